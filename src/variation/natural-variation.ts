import { analyseVariation, type VariationOptions } from './variation.js';
import type { SeriesPoint } from './series.js';

/**
 * How far an indicator moves by itself, for judging a planned change (the R in SMARTE) with the very
 * limits the agenda and the charts use: this is analyseVariation's XmR chart, seasonality included.
 *
 * - basis 'values': a single value normally lands within centre ± halfWidth.
 * - basis 'year-over-year' (a quarterly series with a yearly pattern): the change from the same quarter a
 *   year earlier normally lands within centre ± halfWidth; compare changes that span whole years.
 */
export interface NaturalVariation {
  basis: 'values' | 'year-over-year';
  centre: number;
  averageMovingRange: number;
  /** 2,66 × the average moving range. */
  halfWidth: number;
  lower: number;
  upper: number;
  /** Values (or year-over-year changes) the limits were computed from. */
  count: number;
}

/** Undefined while there are too few values to tell a signal from noise (see VARIATION_DEFAULTS). */
export function naturalVariationOf(points: readonly SeriesPoint[], options: VariationOptions = {}): NaturalVariation | undefined {
  const result = analyseVariation(points, options);
  const limits = result.limits;
  if (!limits) return undefined;
  return {
    basis: result.basis,
    centre: limits.centre,
    averageMovingRange: limits.averageMovingRange,
    halfWidth: limits.upper - limits.centre,
    lower: limits.lower,
    upper: limits.upper,
    count: limits.baselineSize,
  };
}

/** True when a change of this size is no larger than the indicator's ordinary swing, so chance alone can produce it. */
export function isWithinNoise(change: number, variation: Pick<NaturalVariation, 'halfWidth'>): boolean {
  return Math.abs(change) <= variation.halfWidth * (1 + 1e-9);
}
