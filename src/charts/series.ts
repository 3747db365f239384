import {
  comparePeriods,
  formatCanonical,
  periodRange,
  periodsBetween,
  samePeriodLastYear,
  type Period,
} from '../periods/period.js';
import type { ChartObservation, TrendChartInput } from './chart-types.js';

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
  /** From the first to the last observation, one entry per period. */
  points: SeriesPoint[];
  /** The series moved one year forward, over the same periods as `points`. */
  lastYear: SeriesPoint[];
  xOf(period: Period): number;
}

/** Sorted, without non-finite values, and with one observation per period (the last one given wins). */
export function cleanObservations(observations: readonly ChartObservation[]): ChartObservation[] {
  const byPeriod = new Map<string, ChartObservation>();
  for (const observation of observations) {
    if (Number.isFinite(observation.value)) byPeriod.set(formatCanonical(observation.period), observation);
  }
  return [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

function extent(periods: readonly Period[]): [Period, Period] | undefined {
  let first: Period | undefined;
  let last: Period | undefined;
  for (const period of periods) {
    if (!first || comparePeriods(period, first) < 0) first = period;
    if (!last || comparePeriods(period, last) > 0) last = period;
  }
  return first && last ? [first, last] : undefined;
}

/** Undefined when there is nothing at all to place on a time axis. */
export function buildSeries(input: TrendChartInput): TrendSeries | undefined {
  const observations = cleanObservations(input.observations);
  const anchors: Period[] = observations.map((o) => o.period);
  if (input.goal) anchors.push(input.goal.baselinePeriod, input.goal.targetPeriod);
  for (const marker of input.markers ?? []) anchors.push(marker.period);
  const axis = extent(anchors);
  if (!axis) return undefined;

  const start = axis[0];
  const xOf = (period: Period): number => periodsBetween(start, period);
  const byPeriod = new Map(observations.map((o) => [formatCanonical(o.period), o]));
  const pointAt = (period: Period, source: Period): SeriesPoint => {
    const observation = byPeriod.get(formatCanonical(source));
    return { period, x: xOf(period), value: observation?.value, comment: observation?.comment ?? null };
  };

  const first = observations[0];
  const last = observations[observations.length - 1];
  const observed = first && last ? periodRange(first.period, last.period) : [];
  // A yearly series moved one year is just the same line moved one step, which tells nothing new.
  const compares = start.frequency !== 'year';
  return {
    periods: periodRange(axis[0], axis[1]),
    points: observed.map((period) => pointAt(period, period)),
    lastYear: compares ? observed.map((period) => pointAt(period, samePeriodLastYear(period))) : [],
    xOf,
  };
}
