// Units people put after an indicator name in a header: "Sygefravær pct.", "Udgift kr.".
const TRAILING_UNIT = /\s(pct\.?|procent|%|kr\.?|mio\.? kr\.?|dage|timer|personer)$/i;
const TRAILING_PARENTHESIS = /\(([^()]+)\)\s*$/;

/**
 * The unit an indicator name carries, e.g. "dage" in "Ventetid på plads (dage)", or null.
 * Only a hint for the person mapping the file: the name itself is kept whole.
 */
export function unitFromLabel(label: string): string | null {
  const text = label.trim();
  const inParentheses = TRAILING_PARENTHESIS.exec(text)?.[1]?.trim();
  if (inParentheses) return inParentheses;
  return TRAILING_UNIT.exec(text)?.[1] ?? null;
}

/** The name without the unit it carries: "Ventetid på plads (dage)" → "Ventetid på plads"; a name for a new indicator. */
export function nameWithoutUnit(label: string): string {
  const text = label.trim();
  const stripped = text.replace(TRAILING_PARENTHESIS, '').replace(TRAILING_UNIT, '').trim();
  return stripped || text;
}
