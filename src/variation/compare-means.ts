import { periodsPerYear, type Frequency, type Period } from '../periods/period.js';
import { detectSeasonality, yearOverYear } from './seasonality.js';
import { mean, prepareSeries, type SeriesPoint } from './series.js';
import { xmrLimits } from './xmr.js';

/**
 * Did the level move, or is the difference between two stretches of time what the indicator does by
 * itself? Used for the before and after of an intervention and for the long trend of a chart.
 *
 * Decisions:
 * - Sigma (the ordinary spread of one value) comes from the same average moving range as the XmR
 *   limits in variation.ts: sigma = mR̄ / 1,128. For a quarterly series with a yearly pattern it comes
 *   from the changes since the same quarter a year earlier, whose spread is √2 × sigma.
 * - The difference of two means of n₁ and n₂ values has the spread sigma × √(1/n₁ + 1/n₂). It is a
 *   signal when it is larger than three of those, the same three-sigma yardstick as the limits.
 * - A stretch needs two values to have a mean worth comparing. For a seasonal series each stretch must
 *   be a whole year, otherwise a mean of two winter quarters against two summer quarters would report
 *   the season.
 * - Sigma is taken from the values before `after` starts when there are enough of them (an intervention
 *   must not set the yardstick it is judged by), otherwise from the whole series.
 */

export const COMPARISON = {
  sigmas: 3,
  minPerSide: 2,
  /** Moving ranges needed before a sigma is trusted. */
  minMovingRanges: 4,
} as const;

export interface Stretch {
  mean: number;
  /** Periods in the stretch that had a value. */
  count: number;
  /** First and last period that had a value. */
  from: Period;
  to: Period;
}

export type ComparisonVerdict = 'signal' | 'noise' | 'too-little-data';

export interface MeanComparison {
  before?: Stretch;
  after?: Stretch;
  /** after.mean − before.mean, when both exist. */
  difference?: number;
  /** The smallest difference that counts as a signal. */
  threshold?: number;
  sigma?: number;
  seasonal: boolean;
  verdict: ComparisonVerdict;
  /** Periods in each stretch. */
  size: number;
}

/** Periods per stretch when nothing else is asked for: a year of quarters, half a year of months, three years. */
export function defaultStretch(frequency: Frequency): number {
  return frequency === 'quarter' ? 4 : frequency === 'month' ? 6 : 3;
}

function ordinal(p: Period): number {
  return p.year * periodsPerYear(p.frequency) + p.index - 1;
}

function stretchOf(points: readonly SeriesPoint[], from: number, to: number): Stretch | undefined {
  const inside = points.filter((p) => {
    const n = ordinal(p.period);
    return n >= from && n <= to;
  });
  const first = inside[0];
  const last = inside.at(-1);
  if (!first || !last) return undefined;
  return { mean: mean(inside.map((p) => p.value)), count: inside.length, from: first.period, to: last.period };
}

/** The ordinary spread of a single value (sigma) of the series, or undefined when there are too few neighbouring values. */
export function noiseSigma(points: readonly SeriesPoint[]): { sigma: number; seasonal: boolean } | undefined {
  if (points.length === 0) return undefined;
  const series = prepareSeries(points);
  const seasonal = detectSeasonality(series).seasonal;
  const basis = seasonal ? prepareSeries(yearOverYear(series)) : series;
  const limits = xmrLimits(basis);
  if (!limits || limits.movingRangeCount < COMPARISON.minMovingRanges) return undefined;
  return { sigma: seasonal ? limits.sigma / Math.SQRT2 : limits.sigma, seasonal };
}

/**
 * Compares the mean of the periods `before` (inclusive ordinals of the same frequency) with the mean of
 * the periods `after`. Points must be in period order, one frequency, as for analyseVariation.
 */
function compareStretches(points: readonly SeriesPoint[], before: [number, number], after: [number, number], seasonalHint?: boolean): MeanComparison {
  const size = after[1] - after[0] + 1;
  const b = stretchOf(points, before[0], before[1]);
  const a = stretchOf(points, after[0], after[1]);
  const prior = points.filter((p) => ordinal(p.period) < after[0]);
  const noise = noiseSigma(prior) ?? noiseSigma(points);
  const seasonal = seasonalHint ?? noise?.seasonal ?? false;
  const base = {
    ...(b && { before: b }),
    ...(a && { after: a }),
    ...(a && b && { difference: a.mean - b.mean }),
    seasonal,
    size,
  };
  const wholeYear = (s: Stretch | undefined, span: [number, number]) => !seasonal || (s?.count ?? 0) === span[1] - span[0] + 1;
  if (!a || !b || !noise || a.count < COMPARISON.minPerSide || b.count < COMPARISON.minPerSide || !wholeYear(b, before) || !wholeYear(a, after)) {
    return { ...base, verdict: 'too-little-data' };
  }
  const threshold = COMPARISON.sigmas * noise.sigma * Math.sqrt(1 / a.count + 1 / b.count);
  const difference = a.mean - b.mean;
  // Within a hair of the threshold counts as noise: sums of decimals are not exact.
  const verdict = Math.abs(difference) > threshold * (1 + 1e-9) ? 'signal' : 'noise';
  return { ...base, threshold, sigma: noise.sigma, verdict };
}

/**
 * The `size` periods before `start` against the `size` periods from `start` on (the period an
 * intervention took effect counts as after). Windows are calendar periods: a missing period lowers the
 * count instead of reaching further back.
 */
export function compareBeforeAfter(points: readonly SeriesPoint[], start: Period, size: number = defaultStretch(start.frequency)): MeanComparison {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`size must be a whole number ≥ 1, got ${size}`);
  const own = points.filter((p) => p.period.frequency === start.frequency);
  const s = ordinal(start);
  // For a seasonal series the stretches are whole years whatever was asked.
  const seasonal = noiseSigma(own)?.seasonal ?? false;
  const width = seasonal ? periodsPerYear(start.frequency) : size;
  return compareStretches(own, [s - width, s - 1], [s, s + width - 1], seasonal);
}

/**
 * The long trend: the first stretch of the series against the latest (a year of quarters each, see
 * defaultStretch), so one odd first or last value does not decide what "over the whole period" means.
 * Undefined when the series is shorter than two stretches.
 */
export function longTrend(points: readonly SeriesPoint[], size?: number): MeanComparison | undefined {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return undefined;
  const seasonal = noiseSigma(points)?.seasonal ?? false;
  const width = seasonal ? periodsPerYear(first.period.frequency) : (size ?? defaultStretch(first.period.frequency));
  const from = ordinal(first.period);
  const to = ordinal(last.period);
  if (to - from + 1 < 2 * width) return undefined;
  return compareStretches(points, [from, from + width - 1], [to - width + 1, to], seasonal);
}
