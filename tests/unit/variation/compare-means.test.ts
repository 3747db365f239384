import { describe, expect, it } from 'vitest';
import { compareBeforeAfter, COMPARISON, longTrend, noiseSigma } from '../../../src/variation/compare-means.js';
import { naturalVariationOf, isWithinNoise } from '../../../src/variation/natural-variation.js';
import { analyseVariation } from '../../../src/variation/variation.js';
import { rollingYears } from '../../../src/variation/seasonality.js';
import { prepareSeries } from '../../../src/variation/series.js';
import { noise, seasonal, series } from './fixtures.js';

const q = (year: number, index: number) => ({ frequency: 'quarter' as const, year, index });

describe('before and after an intervention', () => {
  it.each([
    { name: 'a drop of three sigma-widths after the start is a signal', values: [...noise(12, 6), ...noise(4, 4.6)], verdict: 'signal' },
    { name: 'the same level on both sides is noise', values: noise(16, 6), verdict: 'noise' },
    { name: 'one value after the start is too little to judge', values: noise(13, 6), verdict: 'too-little-data' },
  ])('$name', ({ values, verdict }) => {
    const result = compareBeforeAfter(series(values), q(2022, 1));
    expect(result.verdict).toBe(verdict);
    expect(result.before?.count).toBe(4);
  });

  it('means and counts come from the calendar windows, gaps lowering the count', () => {
    const values = [...noise(8, 6), 6, null, 6.4, 6.2, 5, 5.2, null, 5.4];
    const result = compareBeforeAfter(series(values), q(2022, 1));
    expect(result.before).toMatchObject({ count: 3, from: q(2021, 1), to: q(2021, 4) });
    expect(result.before?.mean).toBeCloseTo((6 + 6.4 + 6.2) / 3, 9);
    expect(result.after).toMatchObject({ count: 3, from: q(2022, 1), to: q(2022, 4) });
    expect(result.difference).toBeCloseTo((5 + 5.2 + 5.4) / 3 - (6 + 6.4 + 6.2) / 3, 9);
  });

  it('the threshold is three sigmas of a difference of two means, sigma from before the start', () => {
    const values = [...noise(12, 6), ...noise(4, 4.6)];
    const result = compareBeforeAfter(series(values), q(2022, 1));
    const sigma = noiseSigma(series(values.slice(0, 12)))?.sigma ?? NaN;
    expect(result.sigma).toBeCloseTo(sigma, 9);
    expect(result.threshold).toBeCloseTo(COMPARISON.sigmas * sigma * Math.sqrt(1 / 4 + 1 / 4), 9);
  });

  it('a seasonal series needs a whole year on each side, so the season is not taken for an effect', () => {
    const values = seasonal(20, 6);
    // Two winter quarters after a start in 1. kvt.: the mean is high because of the season alone.
    const partial = compareBeforeAfter(series(values.slice(0, 18)), q(2023, 1));
    expect(partial.seasonal).toBe(true);
    expect(partial.verdict).toBe('too-little-data');
    const whole = compareBeforeAfter(series(values), q(2023, 1));
    expect(whole.verdict).toBe('noise');
  });

  it('refuses a window that is not a whole number of periods', () => {
    expect(() => compareBeforeAfter(series(noise(8, 6)), q(2020, 1), 0)).toThrow(RangeError);
  });
});

describe('the long trend', () => {
  it('compares the first year with the latest, not the first point with the last', () => {
    // The first and last points alone would say "fell by 1,1"; the yearly means say "rose".
    const values = [7.2, 6.0, 6.2, 6.1, 6.4, 6.5, 6.3, 6.6, 6.9, 7.0, 6.8, 6.1];
    const trend = longTrend(series(values));
    expect(trend?.before).toMatchObject({ count: 4, from: q(2019, 1), to: q(2019, 4) });
    expect(trend?.after).toMatchObject({ count: 4, from: q(2021, 1), to: q(2021, 4) });
    expect(trend?.difference).toBeGreaterThan(0);
  });

  it('a steady fall over five years is a signal', () => {
    const values = noise(20, 0).map((e, i) => 8 - 0.1 * i + 0.3 * e);
    expect(longTrend(series(values))?.verdict).toBe('signal');
  });

  it('is undefined for less than two years', () => {
    expect(longTrend(series(noise(7, 6)))).toBeUndefined();
    expect(longTrend([])).toBeUndefined();
  });
});

describe('natural variation for the R check', () => {
  it('gives the very limits the agenda judges the latest figure by', () => {
    const points = series(noise(16, 6));
    const variation = naturalVariationOf(points);
    const limits = analyseVariation(points).limits;
    expect(variation).toMatchObject({ basis: 'values', centre: limits?.centre, lower: limits?.lower, upper: limits?.upper });
    expect(variation?.halfWidth).toBeCloseTo(2.66 * (limits?.averageMovingRange ?? NaN), 9);
  });

  it('uses the changes from a year earlier for a seasonal series', () => {
    expect(naturalVariationOf(series(seasonal(20, 6)))?.basis).toBe('year-over-year');
  });

  it('is undefined with too few values', () => {
    expect(naturalVariationOf(series([6, 6.1, 6.2]))).toBeUndefined();
  });

  it.each([
    { change: 0.5, within: true },
    { change: -1.0, within: true },
    { change: -1.01, within: false },
  ])('a change of $change against ±1,0 is within the noise: $within', ({ change, within }) => {
    expect(isWithinNoise(change, { halfWidth: 1.0 })).toBe(within);
  });
});

describe('rolling years', () => {
  it('starts when the first whole year is in and skips years with a gap', () => {
    const years = rollingYears(prepareSeries(series([4, 8, 4, 8, 6, null, 6, 6, 6, 6])));
    expect(years.map((y) => [y.value, y.to.year, y.to.index])).toEqual([
      [6, 2019, 4],
      [6.5, 2020, 1],
      [6, 2021, 2],
    ]);
  });
});
