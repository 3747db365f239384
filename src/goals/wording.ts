import type { Frequency } from '../periods/period.js';
import { PERIOD_NOUNS } from '../numbers/danish-nouns.js';

// Counted periods have one home: numbers/danish-nouns.ts.
export { countPeriods } from '../numbers/danish-nouns.js';

/** Shared Danish phrasing, so every goal message writes numbers and periods the same way. */

export function quote(text: string): string {
  return `„${text}“`;
}

export function joinDanish(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} og ${items.at(-1) ?? ''}`;
}

export function perPeriod(frequency: Frequency): string {
  return `pr. ${PERIOD_NOUNS[frequency].one}`;
}

export function periodToPeriod(frequency: Frequency): string {
  const noun = PERIOD_NOUNS[frequency].one;
  return `fra ${noun} til ${noun}`;
}

/** 'et fald' or 'en stigning', for a signed change. */
export function changeNoun(change: number): string {
  return change < 0 ? 'et fald' : 'en stigning';
}
