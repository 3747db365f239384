import type { PreparedSeries } from './series.js';

/**
 * XmR chart (process behaviour chart) after Wheeler.
 *
 * The centre line is the MEAN of the baseline, not its median: the scaling constants below (2.66
 * and 3.268) are calibrated for the mean with the average moving range, and so is the 1.5-sigma
 * zone of the third rule. A median centre would need the median moving range and other constants.
 */
export const XMR = {
  /** Natural process limits: centre ± 2.66 × mR̄ (3 sigma, sigma = mR̄ / 1.128). */
  limitFactor: 2.66,
  /** Upper range limit for a single moving range. */
  rangeFactor: 3.268,
  /** d2 for subgroups of two: sigma = mR̄ / d2. */
  d2: 1.128,
} as const;

export interface XmrLimits {
  centre: number;
  averageMovingRange: number;
  sigma: number;
  lower: number;
  upper: number;
  /** The lines halfway between the centre and each limit (1.5 sigma), used by the third rule. */
  lowerZone: number;
  upperZone: number;
  upperRangeLimit: number;
  /** Points and neighbouring pairs the limits were computed from. */
  baselineSize: number;
  movingRangeCount: number;
}

/** |x[i] − x[i−1]| where the two periods follow directly; undefined across a gap and for the first point. */
export function movingRanges(series: PreparedSeries): (number | undefined)[] {
  const { values, linked } = series;
  return values.map((v, i) => (linked[i] ? Math.abs(v - (values[i - 1] as number)) : undefined));
}

/**
 * Limits from the baseline points start ≤ i < end (default: all). Undefined when the baseline has
 * no pair of neighbouring periods. A moving range needs both of its points inside the baseline.
 */
export function xmrLimits(series: PreparedSeries, start = 0, end = series.values.length): XmrLimits | undefined {
  const { values, linked } = series;
  let sum = 0;
  let rangeSum = 0;
  let ranges = 0;
  for (let i = start; i < end; i++) {
    const v = values[i] as number;
    sum += v;
    if (i > start && linked[i]) {
      rangeSum += Math.abs(v - (values[i - 1] as number));
      ranges++;
    }
  }
  if (end <= start || ranges === 0) return undefined;
  const centre = sum / (end - start);
  const averageMovingRange = rangeSum / ranges;
  const reach = XMR.limitFactor * averageMovingRange;
  return {
    centre,
    averageMovingRange,
    sigma: averageMovingRange / XMR.d2,
    lower: centre - reach,
    upper: centre + reach,
    lowerZone: centre - reach / 2,
    upperZone: centre + reach / 2,
    upperRangeLimit: XMR.rangeFactor * averageMovingRange,
    baselineSize: end - start,
    movingRangeCount: ranges,
  };
}
