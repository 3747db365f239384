import { describe, expect, it } from 'vitest';
import { detectSeasonality, rollingYear, yearOverYear } from '../../../src/variation/seasonality.js';
import { noise, seasonal, prepared } from './fixtures.js';
import { demoGroups } from '../../../src/seed/demo-data.js';
import { parseCanonical } from '../../../src/periods/period.js';
import { prepareSeries } from '../../../src/variation/series.js';

describe('detecting a yearly pattern in quarterly figures', () => {
  it.each([
    { name: 'sick leave: 1st quarter high, 3rd low', values: seasonal(20, 5), seasonal: true, reason: 'measured' },
    { name: 'the same pattern with a rise starting in year four', values: seasonal(24, 5, 12, 0.15), seasonal: true, reason: 'measured' },
    { name: 'pure noise', values: noise(20, 6), seasonal: false, reason: 'measured' },
    { name: 'a steady rise is not a pattern', values: noise(20, 5, 0.3).map((v, i) => v + 0.2 * i), seasonal: false, reason: 'measured' },
    { name: 'all-equal values', values: Array<number>(16).fill(4), seasonal: false, reason: 'measured' },
    { name: 'a perfect pattern without noise', values: Array.from({ length: 12 }, (_, i) => [6, 5, 3, 5][i % 4] as number), seasonal: true, reason: 'measured' },
    { name: 'two years are too few', values: seasonal(8, 5), seasonal: false, reason: 'too-short' },
    { name: 'gaps leave too few comparable quarters', values: seasonal(12, 5).map((v, i) => (i === 6 ? null : v)), seasonal: false, reason: 'too-short' },
  ])('$name', ({ values, seasonal: expected, reason }) => {
    const result = detectSeasonality(prepared(values));
    expect(result.seasonal).toBe(expected);
    expect(result.reason).toBe(reason);
  });

  it('finds the demo sick leave\'s pattern (high 1st and 3rd quarters) despite its covid year', () => {
    const demo = demoGroups[0]!.indicators.find((i) => i.code === 'SYGEFRAV')!;
    const result = detectSeasonality(prepareSeries(demo.observations.map((o) => ({ period: parseCanonical(o.period), value: o.value }))));
    expect(result.ratio).toBeGreaterThan(1.5);
    expect(result.ratio).toBeLessThan(2);
    expect(result.seasonal).toBe(true);
  });

  it('asks for the stronger pattern while the series is shorter than five years', () => {
    // The same ratio of about 1,7 is chance often enough in 16 quarters to be ignored.
    const values = Array.from({ length: 16 }, (_, i) => 6 + [0.5, -0.5, 0.5, -0.5][i % 4]! + 0.8 * [0.3, -0.5, 0.1, 0.6, -0.2, -0.4, 0.5, 0.0, -0.6, 0.2, 0.4, -0.1, -0.3, 0.6, -0.5, 0.1][i]!);
    const result = detectSeasonality(prepared(values));
    expect(result.ratio).toBeGreaterThan(1.5);
    expect(result.ratio).toBeLessThan(2);
    expect(result.seasonal).toBe(false);
  });

  it('names the highest and the lowest quarter', () => {
    expect(detectSeasonality(prepared(seasonal(20, 5)))).toMatchObject({ highestSeason: 1, lowestSeason: 3 });
  });

  it('does not test monthly or yearly series', () => {
    expect(detectSeasonality(prepared(noise(24, 5), 'month')).reason).toBe('not-quarterly');
    expect(detectSeasonality(prepared(noise(12, 5), 'year')).reason).toBe('not-quarterly');
  });
});

describe('comparing with the same quarter last year', () => {
  it('subtracts last year’s value where it exists, skipping gaps', () => {
    const differences = yearOverYear(prepared([5, 4, 3, 4, 6, null, 3.5, 4, 7]));
    expect(differences.map((d) => [`${d.period.year}K${d.period.index}`, d.value])).toEqual([
      ['2020K1', 1],
      ['2020K3', 0.5],
      ['2020K4', 0],
      ['2021K1', 1],
    ]);
  });

  it('the rolling year is the mean of the last four quarters, and needs all four', () => {
    expect(rollingYear(prepared([5, 4, 3, 4, 6]))).toMatchObject({ value: 4.25, from: { year: 2019, index: 2 }, to: { year: 2020, index: 1 } });
    expect(rollingYear(prepared([5, 4, null, 4, 6]))).toBeUndefined();
    expect(rollingYear(prepared([5, 4, 3]))).toBeUndefined();
    expect(rollingYear(prepared([5, 4, 3, 4, 6]), 3)).toMatchObject({ value: 4 });
  });
});
