import { describe, expect, it } from 'vitest';
import { buildSeries, cleanObservations } from '../../../src/charts/series.js';
import { normaliseChart } from '../../../src/charts/chart-spec.js';
import type { TrendChartInput } from '../../../src/charts/chart-types.js';
import { glidePath } from '../../../src/charts/glide-path.js';
import { formatCanonical } from '../../../src/periods/period.js';
import { plainSeries, q, seasonalSeries, seriesWithGap, zoomedGoalSeries } from './fixtures.js';

const seriesOf = (input: TrendChartInput) => buildSeries(normaliseChart(input));

describe('buildSeries', () => {
  it('fills missing periods with undefined values and never interpolates', () => {
    expect(seriesOf(seriesWithGap())?.points.map((p) => p.value)).toEqual([21, 24, 19, undefined, undefined, 17, 15, 16]);
  });

  it('moves last year one year forward over the observed periods, for a series without seasons', () => {
    const series = seriesOf(seriesWithGap());
    expect(series?.lastYear.map((p) => p.value)).toEqual([undefined, undefined, undefined, undefined, 21, 24, 19, undefined]);
    expect(series?.rollingYear).toEqual([]);
  });

  it('gives a seasonal series its rolling year instead of last year’s line', () => {
    const series = seriesOf(seasonalSeries());
    expect(series?.lastYear).toEqual([]);
    const rolling = series?.rollingYear ?? [];
    // The first three quarters have no whole year behind them.
    expect(rolling.slice(0, 3).map((p) => p.value)).toEqual([undefined, undefined, undefined]);
    expect(rolling[3]?.value).toBeCloseTo((7.7 + 6.6 + 7.5 + 6.9) / 4, 9);
    expect(rolling.at(-1)?.value).toBeCloseTo((5.9 + 7.1 + 5.8 + 6.5) / 4, 9);
  });

  it('stretches the time axis to markers, and with a goal from before its baseline to its deadline', () => {
    const series = seriesOf({
      ...plainSeries(),
      observations: [{ period: q(2024, 1), value: 5 }, { period: q(2024, 2), value: 6 }],
      goal: { baselinePeriod: q(2024, 1), baselineValue: 5, targetPeriod: q(2025, 4), targetValue: 4 },
      markers: [{ period: q(2023, 3), label: 'Besluttet', kind: 'action' }],
    });
    expect(series?.periods.map(formatCanonical)).toEqual([
      ...['2024K1', '2024K2', '2024K3', '2024K4'],
      ...['2025K1', '2025K2', '2025K3', '2025K4'],
    ]);
    expect(series?.points.map((p) => p.x)).toEqual([0, 1]);
    expect(series?.xOf(q(2025, 4))).toBe(7);
  });

  it('zooms a goal chart to about two years before the baseline, through the deadline', () => {
    const spec = normaliseChart(zoomedGoalSeries());
    expect(spec.window?.map(formatCanonical)).toEqual(['2024K3', '2027K4']);
    expect(spec.observations[0]?.period).toEqual(q(2024, 3));
    // The judgement still rests on the whole history.
    expect(spec.all).toHaveLength(31);
  });

  it('draws no last-year line for yearly data, where it is just the line shifted one step', () => {
    const year = (y: number) => ({ frequency: 'year' as const, year: y, index: 1 });
    expect(seriesOf({ ...plainSeries(), observations: [{ period: year(2023), value: 1 }, { period: year(2024), value: 2 }] })?.lastYear).toEqual([]);
  });

  it('is undefined when there is nothing to place in time', () => {
    expect(seriesOf({ ...plainSeries(), observations: [] })).toBeUndefined();
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
    expect(glidePath({ baselinePeriod: q(2024, 1), baselineValue: 7, targetPeriod: q(2024, 1), targetValue: 5 })).toEqual([{ period: q(2024, 1), value: 5 }]);
  });
});
