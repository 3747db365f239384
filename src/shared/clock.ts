/** One place for "now" so stored timestamps share one format. */
export function nowIso(): string {
  return new Date().toISOString();
}
