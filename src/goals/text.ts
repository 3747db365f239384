/** Plain-text helpers for judging what a group wrote. */

/** Lower-cased words; digits count as words so "7,7" and "5,5" are compared too. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function normalisedText(text: string): string {
  return words(text).join(' ');
}

/** |A ∩ B| / |A ∪ B| over distinct words; 0 when both are empty so blank text never counts as a copy. */
export function jaccard(a: string, b: string): number {
  const setA = new Set(words(a));
  const setB = new Set(words(b));
  const union = new Set([...setA, ...setB]);
  if (union.size === 0) return 0;
  let shared = 0;
  for (const word of setA) if (setB.has(word)) shared++;
  return shared / union.size;
}

/**
 * Splits where a sentence ends and the next begins with a capital letter, so
 * "i 1. kvt. 2026" and "7,7 %." do not split in the middle.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
