import { formatNumber, parseNumber } from './danish-number.js';
import { changeSuffix, suffixFor, unitSuffix } from './units.js';

/**
 * The one way the app writes an indicator's values and changes in Danish.
 *
 * Decisions:
 * - The indicator's own `decimals` are always honoured, for every unit. Counts and days are whole
 *   units because new indicators get 0 decimals for them (`defaultDecimals`), not because this
 *   module rounds them: an average of 12,3 sick days per employee must not print as 12 dage.
 * - Singular only when the number shown is exactly "1": "1 dag", "−1 dag", but "0 dage", "1,0 dage".
 * - A change that rounds to nothing prints as an unsigned zero with its unit ("0,0 procentpoint"), so
 *   columns of changes stay comparable and nothing claims "uændret" about a value that only rounds
 *   to zero. Prose that wants the word uses `isUnchanged`.
 */

const MINUS = '\u2212';

export interface ValueFormat {
  unit: string;
  decimals: number;
}

function magnitude(value: number, decimals: number): string {
  return formatNumber(Math.abs(value), decimals);
}

function isZeroText(text: string): boolean {
  return !/[1-9]/.test(text);
}

/** Never '−0' or '+0': a sign only where the number shown is not zero. */
function withSign(value: number, decimals: number, plus: string, suffix: string): string {
  const shown = magnitude(value, decimals);
  const sign = isZeroText(shown) ? '' : value < 0 ? MINUS : plus;
  return sign + shown + suffixFor(suffix, shown);
}

/** '7,5 %', '21 dage', '1 dag', '1.465', '12,3 pr. 1.000', '1.250 kr.'. */
export function formatValue(format: ValueFormat, value: number): string {
  return withSign(value, format.decimals, '', unitSuffix(format.unit));
}

/** Signed change: '+2,7 procentpoint', '−1 dag', '+3 dage', '−12', '0,0 procentpoint'. */
export function formatChange(format: ValueFormat, delta: number): string {
  return withSign(delta, format.decimals, '+', changeSuffix(format.unit));
}

/** Size of a change, without sign: '2,2 procentpoint', '1 dag'. */
export function formatAmount(format: ValueFormat, amount: number): string {
  const shown = magnitude(amount, format.decimals);
  return shown + suffixFor(changeSuffix(format.unit), shown);
}

/**
 * Size of a change per period, without sign. A pace is a change spread over several periods, so at
 * the indicator's own precision 0,37 and 0,42 would both read "0,4"; one extra decimal keeps a
 * goal's pace and the history's pace distinguishable.
 */
export function formatRate(format: ValueFormat, rate: number): string {
  return formatAmount({ unit: format.unit, decimals: Math.min(format.decimals + 1, 20) }, rate);
}

/**
 * '5–10 dage', '5,0–10,0 %': the unit once, after the upper limit. With a negative lower limit the
 * dash would read as a second minus, so it says '−5 til 10 kr.' instead.
 */
export function formatLimits(format: ValueFormat, min: number, max: number): string {
  const low = formatValue({ unit: 'antal', decimals: format.decimals }, min);
  const joiner = low.startsWith(MINUS) ? ' til ' : '–';
  return low + joiner + formatValue(format, max);
}

/** '−0,4 til +0,6 procentpoint': limits for a change, signed, unit once. */
export function formatChangeLimits(format: ValueFormat, min: number, max: number): string {
  const low = formatChange({ unit: 'antal', decimals: format.decimals }, min);
  return `${low} til ${formatChange(format, max)}`;
}

/**
 * The value as the reader sees it, rounded to the indicator's decimals. A change described next to
 * two shown values must be computed from these: 4,66 → 4,84 shows as "4,7 mod 4,8", and calling
 * that a change of 0,2 would look like a sum error.
 */
export function shownValue(format: ValueFormat, value: number): number {
  const parsed = parseNumber(formatNumber(value, format.decimals), 'da');
  return parsed.ok ? parsed.value : value;
}

/** True when the change prints as zero at the indicator's precision; prose can then say "uændret". */
export function isUnchanged(format: ValueFormat, delta: number): boolean {
  return isZeroText(magnitude(delta, format.decimals));
}

/**
 * The change as a fraction of where it started: 64,7 → 67,4 is 0,0417. Undefined unless the start
 * is above zero, because a relative change from zero or from a negative amount means nothing to a reader.
 */
export function relativeChange(from: number, to: number): number | undefined {
  if (!(from > 0) || !Number.isFinite(from) || !Number.isFinite(to)) return undefined;
  return (to - from) / from;
}

/** '+4 %' for 64,7 → 67,4: a relative change, which for percentages is not the same as procentpoint. */
export function formatRelativeChange(from: number, to: number, decimals = 0): string | undefined {
  const relative = relativeChange(from, to);
  return relative === undefined ? undefined : withSign(relative * 100, decimals, '+', ' %');
}
