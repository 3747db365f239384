import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseVariation, type VariationResult } from '../../../src/variation/variation.js';
import { series } from './fixtures.js';

// Whole numbers keep every sum exact, so a shifted or scaled series hits the same lines exactly.
// Noise, plus sometimes a step and a yearly pattern, with the odd missing quarter, so that every verdict occurs.
const values = fc
  .record({
    noise: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 4, maxLength: 32 }),
    stepAt: fc.nat({ max: 32 }),
    step: fc.integer({ min: -8, max: 8 }),
    season: fc.nat({ max: 8 }),
    gapEvery: fc.integer({ min: 3, max: 40 }),
  })
  .map(({ noise, stepAt, step, season, gapEvery }) =>
    noise.map((e, i) => (i % gapEvery === gapEvery - 1 ? null : e + (i >= stepAt ? step : 0) + season * ([1, 0, -1, 0][i % 4] as number))),
  );

function verdictOf(v: (number | null)[], map: (x: number) => number): Pick<VariationResult, 'verdict' | 'reason' | 'basis'> {
  const { verdict, reason, basis } = analyseVariation(series(v.map((x) => (x === null ? null : map(x)))));
  return { verdict, reason, basis };
}

const flipped = { 'signal-up': 'signal-down', 'signal-down': 'signal-up', noise: 'noise', 'too-little-data': 'too-little-data' } as const;

describe('the verdict does not depend on where the scale starts or how it is measured', () => {
  it('moving every value by the same amount changes nothing', () => {
    fc.assert(fc.property(values, fc.integer({ min: -1000, max: 1000 }), (v, shift) => {
      expect(verdictOf(v, (x) => x + shift)).toEqual(verdictOf(v, (x) => x));
    }));
  });

  it('changing the unit (multiplying every value) changes nothing', () => {
    fc.assert(fc.property(values, fc.integer({ min: 2, max: 1000 }), (v, factor) => {
      expect(verdictOf(v, (x) => x * factor)).toEqual(verdictOf(v, (x) => x));
    }));
  });

  it('turning the series upside down turns a rise into a fall', () => {
    fc.assert(fc.property(values, (v) => {
      const up = verdictOf(v, (x) => x);
      expect(verdictOf(v, (x) => -x)).toEqual({ ...up, verdict: flipped[up.verdict] });
    }));
  });
});
