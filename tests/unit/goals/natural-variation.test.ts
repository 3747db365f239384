import { describe, expect, it } from 'vitest';
import { isWithinNoise, naturalVariation, XMR_SCALING } from '../../../src/goals/rules/natural-variation.js';

describe('naturalVariation (XmR)', () => {
  it('puts the limits 2,66 mean moving ranges either side of the average', () => {
    // Moving ranges 2, 4, 2, 4: mean 3, so the limits are 10 ± 7,98.
    const v = naturalVariation([10, 12, 8, 10, 14])!;
    expect(v.centre).toBeCloseTo(10.8, 9);
    expect(v.meanMovingRange).toBe(3);
    expect(v.halfWidth).toBeCloseTo(3 * XMR_SCALING, 9);
    expect(v.lower).toBeCloseTo(10.8 - 7.98, 9);
    expect(v.upper).toBeCloseTo(10.8 + 7.98, 9);
    expect(v.count).toBe(5);
  });

  it('has no swing for a flat series, and none at all for fewer than two values', () => {
    expect(naturalVariation([7, 7, 7])?.halfWidth).toBe(0);
    expect(naturalVariation([7])).toBeUndefined();
    expect(naturalVariation([])).toBeUndefined();
  });

  it.each([
    { change: -0.1, halfWidth: 1, inside: true },
    { change: 1, halfWidth: 1, inside: true },
    { change: -1.01, halfWidth: 1, inside: false },
  ])('calls a change of $change inside ±$halfWidth: $inside', ({ change, halfWidth, inside }) => {
    expect(isWithinNoise(change, { halfWidth })).toBe(inside);
  });
});
