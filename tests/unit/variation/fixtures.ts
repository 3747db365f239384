import type { Frequency } from '../../../src/periods/period.js';
import { prepareSeries, type PreparedSeries, type SeriesPoint } from '../../../src/variation/series.js';

/** A fixed, hand-picked noise sequence (mean about 0), so every test series is reproducible. */
export const NOISE = [0.3, -0.5, 0.1, 0.6, -0.2, -0.4, 0.5, 0.0, -0.6, 0.2, 0.4, -0.1, -0.3, 0.6, -0.5, 0.1, 0.3, -0.2, 0.0, -0.4, 0.5, 0.2, -0.3, 0.1];

/** Sick-leave-like pattern: 1st quarter high, 3rd quarter low. */
export const SEASON = [1.2, 0.2, -1.2, -0.2];

/** Consecutive periods from 2019, first of the year; `null` leaves a period out (a gap). */
export function series(values: readonly (number | null)[], frequency: Frequency = 'quarter'): SeriesPoint[] {
  const perYear = frequency === 'quarter' ? 4 : frequency === 'month' ? 12 : 1;
  return values.flatMap((value, i) =>
    value === null ? [] : [{ period: { frequency, year: 2019 + Math.floor(i / perYear), index: (i % perYear) + 1 }, value }],
  );
}

export function noise(n: number, level: number, scale = 1): number[] {
  return NOISE.slice(0, n).map((e) => level + scale * e);
}

export function seasonal(n: number, level: number, trendFrom = Infinity, slope = 0): number[] {
  return NOISE.slice(0, n).map((e, i) => level + (SEASON[i % 4] as number) + 0.3 * e + (i >= trendFrom ? slope * (i - trendFrom + 1) : 0));
}

export function prepared(values: readonly (number | null)[], frequency: Frequency = 'quarter'): PreparedSeries {
  return prepareSeries(series(values, frequency));
}
