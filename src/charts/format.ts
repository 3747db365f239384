import { formatNumber } from '../numbers/danish-number.js';
import { unitSuffix } from '../indicators/indicator.js';

/** '7,5 %', '21 dage', '1.465'. */
export function formatValue(value: number, decimals: number, unit: string): string {
  return formatNumber(value, decimals) + unitSuffix(unit);
}

/**
 * The size of a difference, without sign. A difference between two percentages is
 * percentage points, and calling it "%" would suggest a relative change.
 */
export function formatDifference(difference: number, decimals: number, unit: string): string {
  const size = formatNumber(Math.abs(difference), decimals);
  return unit === '%' ? `${size} procentpoint` : size + unitSuffix(unit);
}
