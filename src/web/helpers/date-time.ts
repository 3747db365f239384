const formatter = new Intl.DateTimeFormat('da-DK', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Copenhagen',
});

/**
 * A stored ISO timestamp as Danish local time, e.g. "27. november 2026 kl. 15.04".
 * Usage: {{dateTime entry.at}}
 */
export function dateTime(iso: unknown): string {
  if (typeof iso !== 'string') return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatter.format(date);
}
