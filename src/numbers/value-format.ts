import { formatChange as formatSignedNumber, formatNumber } from './danish-number.js';

/**
 * The one place values and changes of an indicator become Danish text, by unit. Pages, charts,
 * captions, goal messages, minutes and exports all call these, so a value reads the same everywhere.
 */
export interface ValueFormat {
  unit: string;
  decimals: number;
}

/** "7,7 %", "21 dage", "1.465 antal" reads oddly, so counts and shares carry no unit suffix. */
export function unitSuffix(unit: string): string {
  if (unit === '%') return ' %';
  if (unit === 'antal' || unit === 'andel') return '';
  return ` ${unit}`;
}

// The difference between two percentages is percentage points; "2 %" would read as a relative change.
function amountSuffix(unit: string): string {
  return unit === '%' ? ' procentpoint' : unitSuffix(unit);
}

/** '7,5 %', '21 dage', '1.465'. */
export function formatValue(format: ValueFormat, value: number): string {
  return `${formatNumber(value, format.decimals)}${unitSuffix(format.unit)}`;
}

/** A signed change between two values: '+0,3 %', '−2 dage', '0,0 %' when it rounds to nothing. */
export function formatChange(format: ValueFormat, delta: number): string {
  return `${formatSignedNumber(delta, format.decimals)}${unitSuffix(format.unit)}`;
}

/** Size of a change, without sign: '2,2 procentpoint', '3 dage'. */
export function formatAmount(format: ValueFormat, amount: number): string {
  return `${formatNumber(Math.abs(amount), format.decimals)}${amountSuffix(format.unit)}`;
}

/** '5–10 dage': the unit once, after the upper limit. */
export function formatLimits(format: ValueFormat, min: number, max: number): string {
  return `${formatNumber(min, format.decimals)}–${formatValue(format, max)}`;
}

/**
 * Size of a change per period. A rate is a change spread over several periods, so at the
 * indicator's own precision 0,37 and 0,42 would both read "0,4"; one extra decimal keeps
 * the goal's pace and the history's pace distinguishable.
 */
export function formatRate(format: ValueFormat, rate: number): string {
  return `${formatNumber(Math.abs(rate), Math.min(format.decimals + 1, 20))}${amountSuffix(format.unit)}`;
}
