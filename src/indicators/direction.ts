import type { Direction } from './indicator.js';

export type ChangeJudgement = 'better' | 'worse' | 'unchanged';

// Values are stored as decimals and some are computed, so exact equality would call
// 5,5 "worse" than 5.500000000000001.
const EPSILON = 1e-9;

/** +1 when higher is better, −1 when lower is better; a 'range' indicator has no better direction. */
export function betterSign(direction: Direction): 1 | -1 | undefined {
  return direction === 'up' ? 1 : direction === 'down' ? -1 : undefined;
}

/**
 * The one rule for "did this go the right way?": a change is better when it moves the way the
 * indicator's direction prefers. Undefined for a 'range' indicator, which is judged by its limits.
 */
export function judgeChange(direction: Direction, change: number): ChangeJudgement | undefined {
  const sign = betterSign(direction);
  if (sign === undefined) return undefined;
  if (Math.abs(change) < EPSILON) return 'unchanged';
  return change * sign > 0 ? 'better' : 'worse';
}
