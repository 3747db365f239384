import type { Direction } from '../indicators/indicator.js';
import { betterSign } from '../indicators/direction.js';

/** +1 when the goal needs the value to rise, −1 to fall, 0 when it is to hold a level. */
export type Sense = -1 | 0 | 1;

/**
 * For 'up' and 'down' the indicator decides which way is better. A 'range' indicator has no
 * better direction of its own, so the goal's own move from baseline to target decides.
 */
export function goalSense(direction: Direction, baseline: number, target: number): Sense {
  return betterSign(direction) ?? (target > baseline ? 1 : target < baseline ? -1 : 0);
}

// Values are stored as decimals and glide-path values are computed, so exact equality
// would call 5,5 "worse" than 5.500000000000001.
const EPSILON = 1e-9;

/** True when `value` is at `reference` or beyond it in the direction the goal wants. */
export function atLeastAsGood(value: number, reference: number, sense: Sense): boolean {
  if (sense === 1) return value >= reference - EPSILON;
  if (sense === -1) return value <= reference + EPSILON;
  return Math.abs(value - reference) <= EPSILON;
}
