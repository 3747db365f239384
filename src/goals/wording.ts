import { unitSuffix, type Indicator } from '../indicators/indicator.js';
import { formatNumber } from '../numbers/danish-number.js';
import type { Frequency } from '../periods/period.js';

/** Shared Danish phrasing, so every goal message writes numbers and periods the same way. */

export type ValueFormat = Pick<Indicator, 'decimals' | 'unit'>;

export function quote(text: string): string {
  return `„${text}“`;
}

export function joinDanish(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} og ${items.at(-1) ?? ''}`;
}

export function formatValue(indicator: ValueFormat, value: number): string {
  return `${formatNumber(value, indicator.decimals)}${unitSuffix(indicator.unit)}`;
}

/** '5–10 dage': the unit once, after the upper limit. */
export function formatLimits(indicator: ValueFormat, min: number, max: number): string {
  return `${formatNumber(min, indicator.decimals)}–${formatValue(indicator, max)}`;
}

// The difference between two percentages is percentage points; "2 %" would read as a relative change.
function amountSuffix(unit: string): string {
  return unit === '%' ? ' procentpoint' : unitSuffix(unit);
}

/** Size of a change, without sign: '2,2 procentpoint'. */
export function formatAmount(indicator: ValueFormat, amount: number): string {
  return `${formatNumber(Math.abs(amount), indicator.decimals)}${amountSuffix(indicator.unit)}`;
}

/**
 * Size of a change per period. A rate is a change spread over several periods, so at the
 * indicator's own precision 0,37 and 0,42 would both read "0,4"; one extra decimal keeps
 * the goal's pace and the history's pace distinguishable.
 */
export function formatRate(indicator: ValueFormat, rate: number): string {
  return `${formatNumber(Math.abs(rate), Math.min(indicator.decimals + 1, 20))}${amountSuffix(indicator.unit)}`;
}

const PERIOD_NOUNS: Record<Frequency, { one: string; many: string }> = {
  quarter: { one: 'kvartal', many: 'kvartaler' },
  month: { one: 'måned', many: 'måneder' },
  year: { one: 'år', many: 'år' },
};

export function countPeriods(frequency: Frequency, n: number): string {
  const noun = PERIOD_NOUNS[frequency];
  return `${n} ${n === 1 ? noun.one : noun.many}`;
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
