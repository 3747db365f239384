import { describe, expect, it } from 'vitest';
import { analyseVariation, type VariationOptions } from '../../../src/variation/variation.js';
import { noise, seasonal, series } from './fixtures.js';

const step = noise(16, 6).map((v, i) => (i >= 8 ? v + 2 : v));
const runBelow = [...noise(8, 6), 5.5, 5.7, 5.4, 5.6, 5.5, 5.65, 5.55, 5.6];
const seasonalMissingLastYear: (number | null)[] = seasonal(20, 5).map((v, i) => (i === 15 ? null : v));

describe('signal or noise for the latest figure', () => {
  it.each([
    { name: 'pure noise', values: noise(16, 6), verdict: 'noise', reason: 'within-limits', basis: 'values' },
    { name: 'a step up eight quarters ago', values: step, verdict: 'signal-up', reason: 'run', basis: 'values' },
    { name: 'a single spike up', values: [...noise(15, 6), 9], verdict: 'signal-up', reason: 'outside-limits', basis: 'values' },
    { name: 'a single spike down', values: [...noise(15, 6), 3.5], verdict: 'signal-down', reason: 'outside-limits', basis: 'values' },
    { name: 'a spike that has passed', values: [...noise(12, 6), 9, ...noise(3, 6)], verdict: 'noise', reason: 'within-limits', basis: 'values' },
    { name: 'eight quarters in a row below the average', values: runBelow, verdict: 'signal-down', reason: 'run', basis: 'values' },
    { name: 'three of the last four near the upper limit', values: [...noise(12, 6), 7.1, 6.2, 7.2, 7.1], verdict: 'signal-up', reason: 'near-limit', basis: 'values' },
    { name: 'a seasonal series without change', values: seasonal(20, 5), verdict: 'noise', reason: 'within-limits', basis: 'year-over-year' },
    { name: 'a seasonal series with a real rise', values: seasonal(24, 5, 12, 0.15), verdict: 'signal-up', reason: 'run', basis: 'year-over-year' },
    { name: 'a seasonal series without last year’s quarter', values: seasonalMissingLastYear, verdict: 'too-little-data', reason: 'missing-last-year', basis: 'year-over-year' },
    { name: 'gaps, but enough neighbouring pairs', values: [6.1, 5.8, null, 6.3, 6.0, null, 5.9, 6.2, 6.0, null, 6.1], verdict: 'noise', reason: 'within-limits', basis: 'values' },
    { name: 'every other quarter missing', values: [5, null, 6, null, 5, null, 6, null, 5, null, 6, 7], verdict: 'too-little-data', reason: 'too-many-gaps', basis: 'values' },
    { name: 'five quarters', values: [5, 6, 7, 6, 5], verdict: 'too-little-data', reason: 'too-few-points', basis: 'values' },
    { name: 'no data at all', values: [], verdict: 'too-little-data', reason: 'too-few-points', basis: 'values' },
    { name: 'all values equal', values: [5, 5, 5, 5, 5, 5, 5, 5], verdict: 'noise', reason: 'no-variation', basis: 'values' },
    { name: 'all equal until the latest', values: [5, 5, 5, 5, 5, 5, 5, 6], verdict: 'signal-up', reason: 'outside-limits', basis: 'values' },
    { name: 'all equal decimals that do not add up exactly', values: Array<number>(8).fill(0.1), verdict: 'noise', reason: 'no-variation', basis: 'values' },
  ])('$name: $verdict ($reason)', ({ values, verdict, reason, basis }) => {
    const result = analyseVariation(series(values));
    expect({ verdict: result.verdict, reason: result.reason, basis: result.basis }).toEqual({ verdict, reason, basis });
  });

  it('judges the latest figure against limits from the figures before it', () => {
    const result = analyseVariation(series([...noise(15, 6), 9]));
    expect(result.limits?.baselineSize).toBe(15);
    expect(result.limits?.centre).toBeCloseTo(noise(15, 6).reduce((a, b) => a + b) / 15, 10);
    expect(result.points.filter((p) => p.inBaseline)).toHaveLength(15);
    expect(result.points.at(-1)).toMatchObject({ outside: true, inBaseline: false, largeJump: true });
  });

  it('uses at most the 20 figures before the latest as the baseline, or as many as asked', () => {
    const values = [...noise(24, 6), ...noise(10, 6)];
    expect(analyseVariation(series(values)).limits?.baselineSize).toBe(20);
    expect(analyseVariation(series(values), { baselineSize: 12 }).limits?.baselineSize).toBe(12);
  });

  const sevenAbove = [...noise(9, 6), 6.4, 6.5, 6.3, 6.5, 6.4, 6.3, 6.4];
  it.each<{ options: VariationOptions; verdict: string; reason: string }>([
    { options: {}, verdict: 'noise', reason: 'within-limits' },
    { options: { runLength: 7 }, verdict: 'signal-up', reason: 'run' },
    { options: { minPoints: 17 }, verdict: 'too-little-data', reason: 'too-few-points' },
  ])('settings change the verdict: $options → $verdict', ({ options, verdict, reason }) => {
    const result = analyseVariation(series(sevenAbove), options);
    expect([result.verdict, result.reason]).toEqual([verdict, reason]);
  });

  it('reports the run behind a run signal, with where it started', () => {
    const result = analyseVariation(series(runBelow));
    expect(result.run).toMatchObject({ side: 'below', length: 8, from: { year: 2021, index: 1 } });
  });

  it('a seasonal series is judged without its yearly pattern, which would otherwise widen the limits', () => {
    const values = seasonal(20, 5);
    const plain = analyseVariation(series(values), { seasonality: 'off' });
    const yoy = analyseVariation(series(values));
    expect(plain.basis).toBe('values');
    expect((yoy.limits?.upper ?? 0) - (yoy.limits?.lower ?? 0)).toBeLessThan(((plain.limits?.upper ?? 0) - (plain.limits?.lower ?? 0)) / 2);
    expect(yoy.seasonal).toMatchObject({ lastYear: { period: { year: 2022, index: 4 } }, rollingYear: { from: { year: 2023, index: 1 } } });
  });

  it('refuses a series out of order', () => {
    const [a, b] = series([1, 2]);
    expect(() => analyseVariation([b!, a!])).toThrow(RangeError);
  });
});
