import { formatCanonical, periodRange, periodsBetween, samePeriodLastYear, type Period } from '../periods/period.js';
import { rollingYears } from '../variation/seasonality.js';
import { prepareSeries } from '../variation/series.js';
import type { ChartSpec } from './chart-spec.js';

export { cleanObservations } from './chart-spec.js';

export interface SeriesPoint {
  period: Period;
  /** Position on the x axis: periods since the first period shown. */
  x: number;
  /** Undefined for a missing period, so the line breaks there instead of bridging it. */
  value: number | undefined;
  comment: string | null;
}

export interface TrendSeries {
  /** Every period on the x axis, first to last, without holes. */
  periods: Period[];
  /** From the first to the last observation in view, one entry per period. */
  points: SeriesPoint[];
  /** The series moved one year forward, over the same periods as `points`; empty for seasonal and yearly series. */
  lastYear: SeriesPoint[];
  /** The rolling year ("løbende år") of a seasonal series, over the same periods as `points`; otherwise empty. */
  rollingYear: SeriesPoint[];
  xOf(period: Period): number;
}

/** Undefined when there is nothing at all to place on a time axis. */
export function buildSeries(spec: ChartSpec): TrendSeries | undefined {
  if (!spec.window) return undefined;
  const [start, end] = spec.window;
  const xOf = (period: Period): number => periodsBetween(start, period);
  const byPeriod = new Map(spec.all.map((o) => [formatCanonical(o.period), o]));
  const pointAt = (period: Period, value: number | undefined, comment: string | null = null): SeriesPoint => ({ period, x: xOf(period), value, comment });

  const first = spec.observations[0];
  const last = spec.observations.at(-1);
  const observed = first && last ? periodRange(first.period, last.period) : [];
  const points = observed.map((period) => {
    const o = byPeriod.get(formatCanonical(period));
    return pointAt(period, o?.value, o?.comment ?? null);
  });

  let lastYear: SeriesPoint[] = [];
  let rollingYear: SeriesPoint[] = [];
  if (spec.seasonal) {
    const rolling = new Map(rollingYears(prepareSeries(spec.all)).map((r) => [formatCanonical(r.to), r.value]));
    rollingYear = observed.map((period) => pointAt(period, rolling.get(formatCanonical(period))));
  } else if (start.frequency !== 'year') {
    // A yearly series moved one year is just the same line moved one step, which tells nothing new.
    lastYear = observed.map((period) => pointAt(period, byPeriod.get(formatCanonical(samePeriodLastYear(period)))?.value));
  }
  return { periods: periodRange(start, end), points, lastYear, rollingYear, xOf };
}
