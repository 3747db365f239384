import { formatCanonical, type Period } from '../periods/period.js';
import type { Observation } from './observation.js';

/**
 * Computed indicators (issue 14): the value is numerator / denominator × factor, e.g. fraværsdage /
 * mulige arbejdsdage × 100. The two parts are stored as ordinary values of two series rows, so they
 * are imported, entered, corrected and undone like any value; the computed value is derived when read.
 */

/**
 * Below this denominator a ratio is shown with a caution: a handful of cases more or less moves it a
 * lot. 30 is the usual rule of thumb for when a share can be read on its own (and Danmarks Statistik
 * suppresses far smaller cells); for a count of days it is about one person's month.
 */
export const SMALL_DENOMINATOR = 30;

export interface Computation {
  indicatorId: number;
  numeratorId: number;
  denominatorId: number;
  factor: number;
}

/** One period's two parts, for tables, captions and the organisation's totals. */
export interface PartValues {
  period: Period;
  numerator: number;
  denominator: number;
}

export function isSmallDenominator(denominator: number): boolean {
  return denominator < SMALL_DENOMINATOR;
}

/** numerator × factor / denominator, multiplied first so 385 / 5000 × 100 gives exactly 7,7. */
export function ratio(numerator: number, denominator: number, factor: number): number | undefined {
  if (!(denominator > 0) || !Number.isFinite(numerator)) return undefined;
  return (numerator * factor) / denominator;
}

/** The periods where both parts have a value, in period order. A period missing either part is missing. */
export function pairParts(numerators: readonly Observation[], denominators: readonly Observation[]): Array<{ numerator: Observation; denominator: Observation }> {
  const byPeriod = new Map(denominators.map((d) => [formatCanonical(d.period), d]));
  const pairs: Array<{ numerator: Observation; denominator: Observation }> = [];
  for (const numerator of numerators) {
    const denominator = byPeriod.get(formatCanonical(numerator.period));
    if (denominator) pairs.push({ numerator, denominator });
  }
  return pairs.sort((a, b) => formatCanonical(a.numerator.period).localeCompare(formatCanonical(b.numerator.period)));
}

/**
 * The computed indicator's values from its parts: one per period with both parts and a denominator
 * above zero. A value's time is the later of its parts', and its remark the numerator's (or else the
 * denominator's), so charts, "new since the last meeting" and comments work as for any indicator.
 */
export function computeObservations(computation: Computation, numerators: readonly Observation[], denominators: readonly Observation[]): Observation[] {
  const result: Observation[] = [];
  for (const { numerator, denominator } of pairParts(numerators, denominators)) {
    const value = ratio(numerator.value, denominator.value, computation.factor);
    if (value === undefined) continue;
    result.push({
      indicatorId: computation.indicatorId,
      period: numerator.period,
      value,
      comment: numerator.comment ?? denominator.comment,
      importId: null,
      updatedAt: numerator.updatedAt > denominator.updatedAt ? numerator.updatedAt : denominator.updatedAt,
    });
  }
  return result;
}

export function partValues(numerators: readonly Observation[], denominators: readonly Observation[]): PartValues[] {
  return pairParts(numerators, denominators).map(({ numerator, denominator }) => ({ period: numerator.period, numerator: numerator.value, denominator: denominator.value }));
}
