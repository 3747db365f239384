/** Addresses of the indicator pages that other page areas link to. */

export function indicatorsHref(groupId: number): string {
  return `/grupper/${groupId}/indikatorer`;
}

/** A label in an imported file that is to become a new indicator, with the unit the file gives it. */
export interface LabelToCreate {
  label: string;
  unit: string;
}

/**
 * The new-indicator form for the first of `labels`, the rest queued after it, and the preview to
 * return to (`back`) when they are all created.
 */
export function newFromLabelsHref(groupId: number, labels: readonly LabelToCreate[], back: string): string {
  const query = new URLSearchParams();
  for (const { label, unit } of labels) {
    query.append('fra', label);
    query.append('enhed', unit);
  }
  query.append('tilbage', back);
  return `${indicatorsHref(groupId)}/ny?${query.toString()}`;
}

/** The queue back out of a query string or a form: parallel lists `fra` and `enhed`. */
export function labelsToCreate(raw: Record<string, unknown>): LabelToCreate[] {
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)]);
  const units = list(raw.enhed);
  return list(raw.fra)
    .map((label, i) => ({ label: label.trim(), unit: (units[i] ?? '').trim() }))
    .filter((l) => l.label !== '' && l.label.length <= 300)
    .slice(0, 50);
}
