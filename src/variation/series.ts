import { periodsPerYear, type Period } from '../periods/period.js';

/**
 * An ordered series of one indicator's values, oldest first. A missing period is simply absent:
 * 2023K1, 2023K2, 2023K4 has a gap before 2023K4. Nothing is ever compared across a gap, because
 * a difference that spans two periods is not the same kind of step as one that spans one.
 */
export interface SeriesPoint {
  period: Period;
  value: number;
}

/** A series checked once and laid out as arrays, so every rule runs in one pass without period arithmetic. */
export interface PreparedSeries {
  readonly points: readonly SeriesPoint[];
  readonly values: readonly number[];
  /** Periods since the first point: 0, 1, 3 for 2023K1, 2023K2, 2023K4. */
  readonly offsets: readonly number[];
  /** linked[i]: point i directly follows point i − 1. Always false for the first point. */
  readonly linked: readonly boolean[];
}

/** Callers pass data from the database; a disordered series is a programming error, not user input. */
export function prepareSeries(points: readonly SeriesPoint[]): PreparedSeries {
  const first = points[0];
  const frequency = first?.period.frequency;
  const perYear = frequency ? periodsPerYear(frequency) : 1;
  const origin = first ? first.period.year * perYear + first.period.index - 1 : 0;
  const values: number[] = [];
  const offsets: number[] = [];
  const linked: boolean[] = [];
  for (let i = 0; i < points.length; i++) {
    const { period, value } = points[i] as SeriesPoint;
    if (period.frequency !== frequency) throw new RangeError(`Series mixes ${frequency} and ${period.frequency} periods (position ${i})`);
    if (!Number.isFinite(value)) throw new RangeError(`Value ${value} at position ${i} is not a finite number`);
    const offset = period.year * perYear + period.index - 1 - origin;
    const before = offsets[i - 1];
    if (before !== undefined && offset <= before) throw new RangeError(`Series must be in increasing period order without repeats (position ${i})`);
    values.push(value);
    offsets.push(offset);
    linked.push(before !== undefined && offset === before + 1);
  }
  return { points, values, offsets, linked };
}

// Sums of decimal values such as 0,1 + 0,1 + 0,1 are not exact; a point that equals the centre
// line on paper must not land a hair above it.
export function tolerance(scale: number): number {
  return 1e-9 * Math.max(1, Math.abs(scale));
}

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
