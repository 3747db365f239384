/**
 * Where a form may send the user back to: a plain path inside `area` (the area itself or below it),
 * never another site or another group's pages. Anything else gives `fallback`.
 */
export function localReturn(value: unknown, area: string, fallback: string): string {
  if (typeof value !== 'string' || !/^\/[\w/-]*$/.test(value)) return fallback;
  return value === area || value.startsWith(`${area}/`) ? value : fallback;
}
