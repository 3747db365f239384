import { periodsPerYear, type Frequency, type Period } from '../periods/period.js';
import { detectSeasonality, rollingYear, yearOverYear, type RollingYear, type Seasonality } from './seasonality.js';
import { prepareSeries, tolerance, type PreparedSeries, type SeriesPoint } from './series.js';
import { largeJumps, longRuns, nearLimits, outsideLimits, runs, RULES, sideOf, zoneCount, type Side } from './signal-rules.js';
import { xmrLimits, type XmrLimits } from './xmr.js';

/**
 * Signal or noise for the latest value of a series.
 *
 * Decisions:
 * - The baseline is the up to 20 points BEFORE the latest one. The leader's question is whether the
 *   new figure fits the recent history, so the new figure must not help set the limits it is judged by
 *   (a spike would otherwise widen its own limits).
 * - Fewer than 6 points, or fewer than 4 neighbouring pairs in the baseline (too many gaps), gives
 *   'too-little-data'.
 * - Quarterly series with a clear yearly pattern (see seasonality.ts) are judged on the change from the
 *   same quarter a year earlier, not on the raw values. Those differences cancel the pattern and stay
 *   independent of each other, so their moving ranges measure the real noise. A rolling four-quarter
 *   average would not do: neighbouring averages share three of four quarters, their moving ranges
 *   understate the noise, and the limits would be too narrow and cry wolf. The rolling year is still
 *   reported, as the level a leader can quote.
 * - When several rules fire for the latest point, the strongest is reported: outside the limits,
 *   then a long run, then three of four near a limit.
 */

export type Verdict = 'signal-up' | 'signal-down' | 'noise' | 'too-little-data';

export type VerdictReason =
  | 'outside-limits'
  | 'run'
  | 'near-limit'
  | 'within-limits'
  | 'no-variation'
  | 'too-few-points'
  | 'too-many-gaps'
  | 'missing-last-year';

export interface VariationOptions {
  baselineSize?: number;
  minPoints?: number;
  runLength?: number;
  seasonality?: 'auto' | 'off';
}

export const VARIATION_DEFAULTS = {
  baselineSize: 20,
  minPoints: 6,
  runLength: RULES.runLength,
  seasonality: 'auto',
} as const satisfies Required<VariationOptions>;

export interface ChartPoint extends SeriesPoint {
  outside: boolean;
  inLongRun: boolean;
  nearLimit: boolean;
  largeJump: boolean;
  inBaseline: boolean;
}

export interface SeasonalView {
  seasonality: Seasonality;
  /** The raw latest value and the same period a year earlier, when both exist. */
  latest: SeriesPoint;
  lastYear?: SeriesPoint;
  rollingYear?: RollingYear;
  rollingYearBefore?: RollingYear;
}

export interface VariationResult {
  verdict: Verdict;
  reason: VerdictReason;
  frequency?: Frequency;
  /** What the XmR chart was drawn on: the values themselves, or the change from a year earlier. */
  basis: 'values' | 'year-over-year';
  /** Points of the series the chart was drawn on, with the rules that fired for each. */
  points: ChartPoint[];
  limits?: XmrLimits;
  latest?: SeriesPoint;
  previous?: SeriesPoint;
  /** The run the latest point belongs to, whether or not it is long enough to be a signal. */
  run?: { length: number; side: Side; from: Period };
  /** For 'near-limit': how many of the latest four points lie near the limit on `side`. */
  nearLimit?: { count: number; of: number; side: Side };
  seasonal?: SeasonalView;
  minPoints: number;
}

function seasonalView(series: PreparedSeries, seasonality: Seasonality): SeasonalView {
  const end = series.values.length - 1;
  const latest = series.points[end] as SeriesPoint;
  const perYear = periodsPerYear(latest.period.frequency);
  const lastYearIndex = series.offsets.lastIndexOf((series.offsets[end] as number) - perYear);
  const rolling = rollingYear(series);
  const before = lastYearIndex === -1 ? undefined : rollingYear(series, lastYearIndex);
  return {
    seasonality,
    latest,
    ...(lastYearIndex === -1 ? {} : { lastYear: series.points[lastYearIndex] }),
    ...(rolling ? { rollingYear: rolling } : {}),
    ...(before ? { rollingYearBefore: before } : {}),
  };
}

function chartPoints(series: PreparedSeries, limits: XmrLimits | undefined, baselineStart: number, runLength: number): ChartPoint[] {
  const flags = limits
    ? {
        outside: new Set(outsideLimits(series, limits)),
        runs: new Set(longRuns(series, limits.centre, runLength)),
        near: new Set(nearLimits(series, limits)),
        jumps: new Set(largeJumps(series, limits)),
      }
    : undefined;
  const last = series.values.length - 1;
  return series.points.map((p, i) => ({
    period: p.period,
    value: p.value,
    outside: flags?.outside.has(i) ?? false,
    inLongRun: flags?.runs.has(i) ?? false,
    nearLimit: flags?.near.has(i) ?? false,
    largeJump: flags?.jumps.has(i) ?? false,
    inBaseline: limits !== undefined && i >= baselineStart && i < last,
  }));
}

function judge(
  series: PreparedSeries,
  points: readonly ChartPoint[],
  limits: XmrLimits,
  runLength: number,
): Pick<VariationResult, 'verdict' | 'reason' | 'run' | 'nearLimit'> {
  const last = points.length - 1;
  const latest = points[last] as ChartPoint;
  const side = sideOf(latest.value, limits.centre);
  const runOfLatest = runs(series, limits.centre).at(-1);
  const latestRun = runOfLatest?.end === last ? runOfLatest : undefined;
  const run = latestRun ? { run: { length: latestRun.length, side: latestRun.side, from: (points[latestRun.start] as ChartPoint).period } } : {};
  const up = side === 'above' ? 'signal-up' : 'signal-down';
  if (latest.outside) return { verdict: up, reason: 'outside-limits', ...run };
  if (latestRun && latestRun.length >= runLength) return { verdict: up, reason: 'run', ...run };
  if (latest.nearLimit && side) {
    const count = zoneCount(series, limits, last, side) ?? 0;
    return { verdict: up, reason: 'near-limit', nearLimit: { count, of: RULES.nearLimitWindow, side }, ...run };
  }
  const flat = limits.averageMovingRange <= tolerance(limits.centre);
  return { verdict: 'noise', reason: flat ? 'no-variation' : 'within-limits', ...run };
}

export function analyseVariation(points: readonly SeriesPoint[], options: VariationOptions = {}): VariationResult {
  const series = prepareSeries(points);
  const settings = { ...VARIATION_DEFAULTS, ...options };
  const frequency = points[0]?.period.frequency;
  const base = { frequency, minPoints: settings.minPoints } as const;
  const seasonality = settings.seasonality === 'auto' ? detectSeasonality(series) : undefined;
  const seasonal = seasonality?.seasonal ? seasonalView(series, seasonality) : undefined;
  const basis = seasonal ? 'year-over-year' : 'values';
  const analysed = seasonal ? prepareSeries(yearOverYear(series)) : series;
  const tooLittle = (reason: VerdictReason): VariationResult => ({
    ...base,
    verdict: 'too-little-data',
    reason,
    basis,
    points: chartPoints(analysed, undefined, 0, settings.runLength),
    ...(seasonal ? { seasonal } : {}),
  });

  const n = analysed.values.length;
  if (seasonal && !seasonal.lastYear) return tooLittle('missing-last-year');
  if (n < settings.minPoints) return tooLittle('too-few-points');
  const baselineStart = Math.max(0, n - 1 - settings.baselineSize);
  const limits = xmrLimits(analysed, baselineStart, n - 1);
  if (!limits || limits.movingRangeCount < settings.minPoints - 2) return tooLittle('too-many-gaps');

  const chart = chartPoints(analysed, limits, baselineStart, settings.runLength);
  return {
    ...base,
    basis,
    points: chart,
    limits,
    latest: analysed.points[n - 1] as SeriesPoint,
    previous: analysed.points[n - 2] as SeriesPoint,
    ...judge(analysed, chart, limits, settings.runLength),
    ...(seasonal ? { seasonal } : {}),
  };
}
