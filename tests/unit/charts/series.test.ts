import { describe, expect, it } from 'vitest';
import { buildSeries, cleanObservations } from '../../../src/charts/series.js';
import { glidePath } from '../../../src/charts/glide-path.js';
import { formatCanonical } from '../../../src/periods/period.js';
import { plainSeries, q, seriesWithGap } from './fixtures.js';

describe('buildSeries', () => {
  it('fills missing periods with undefined values and never interpolates', () => {
    const series = buildSeries(seriesWithGap());
    expect(series?.points.map((p) => p.value)).toEqual([21, 24, 19, undefined, undefined, 17, 15, 16]);
  });

  it('moves last year one year forward over the observed periods', () => {
    const series = buildSeries(seriesWithGap());
    expect(series?.lastYear.map((p) => p.value)).toEqual([undefined, undefined, undefined, undefined, 21, 24, 19, undefined]);
  });

  it('stretches the time axis to the goal deadline and to markers, not the observed line', () => {
    const series = buildSeries({
      ...plainSeries(),
      observations: [{ period: q(2024, 1), value: 5 }, { period: q(2024, 2), value: 6 }],
      goal: { baselinePeriod: q(2024, 1), baselineValue: 5, targetPeriod: q(2025, 4), targetValue: 4 },
      markers: [{ period: q(2023, 3), label: 'Besluttet', kind: 'action' }],
    });
    expect(series?.periods.map(formatCanonical)).toEqual([
      ...['2023K3', '2023K4', '2024K1', '2024K2', '2024K3'],
      ...['2024K4', '2025K1', '2025K2', '2025K3', '2025K4'],
    ]);
    expect(series?.points.map((p) => p.x)).toEqual([2, 3]);
    expect(series?.xOf(q(2025, 4))).toBe(9);
  });

  it('draws no last-year line for yearly data, where it is just the line shifted one step', () => {
    const year = (y: number) => ({ frequency: 'year' as const, year: y, index: 1 });
    const series = buildSeries({ ...plainSeries(), observations: [{ period: year(2023), value: 1 }, { period: year(2024), value: 2 }] });
    expect(series?.lastYear).toEqual([]);
  });

  it('is undefined when there is nothing to place in time', () => {
    expect(buildSeries({ ...plainSeries(), observations: [] })).toBeUndefined();
  });
});

describe('cleanObservations', () => {
  it('sorts, keeps the last of duplicates and drops values that are not numbers', () => {
    const cleaned = cleanObservations([
      { period: q(2024, 2), value: 2 },
      { period: q(2024, 1), value: 1 },
      { period: q(2024, 2), value: 3 },
      { period: q(2024, 3), value: Number.NaN },
    ]);
    expect(cleaned.map((o) => [formatCanonical(o.period), o.value])).toEqual([
      ['2024K1', 1],
      ['2024K2', 3],
    ]);
  });
});

describe('glidePath', () => {
  it('runs straight from baseline to target, ends exactly as set', () => {
    const path = glidePath({ baselinePeriod: q(2024, 1), baselineValue: 7, targetPeriod: q(2024, 4), targetValue: 5.5 });
    expect(path.map((p) => formatCanonical(p.period))).toEqual(['2024K1', '2024K2', '2024K3', '2024K4']);
    expect(path.map((p) => p.value)).toEqual([7, 6.5, 6, 5.5]);
  });

  it('is only the target when the deadline is not after the baseline', () => {
    expect(glidePath({ baselinePeriod: q(2024, 1), baselineValue: 7, targetPeriod: q(2024, 1), targetValue: 5 })).toEqual([
      { period: q(2024, 1), value: 5 },
    ]);
  });
});
