/*
 * The indicator's own noise, read the way an XmR (process behaviour) chart reads it: the
 * average distance between neighbouring values (the mean moving range) times 2,66 is how far
 * a single value can land from the centre without anything having changed. Kept small and
 * self-contained so a fuller signal/noise module can replace it behind the same name.
 */

/** Wheeler's scaling constant for individual values: 3 / d2, with d2 = 1,128 for ranges of two. */
export const XMR_SCALING = 2.66;

export interface NaturalVariation {
  /** The average of the values: the centre line. */
  centre: number;
  meanMovingRange: number;
  /** How far one value normally swings from the centre: meanMovingRange × 2,66. */
  halfWidth: number;
  lower: number;
  upper: number;
  /** How many values it is computed from. */
  count: number;
}

/** The natural process limits of values in time order; undefined with fewer than two values. */
export function naturalVariation(values: readonly number[]): NaturalVariation | undefined {
  if (values.length < 2) return undefined;
  let ranges = 0;
  for (let i = 1; i < values.length; i++) ranges += Math.abs(values[i]! - values[i - 1]!);
  const meanMovingRange = ranges / (values.length - 1);
  const centre = values.reduce((sum, v) => sum + v, 0) / values.length;
  const halfWidth = XMR_SCALING * meanMovingRange;
  return { centre, meanMovingRange, halfWidth, lower: centre - halfWidth, upper: centre + halfWidth, count: values.length };
}

/** True when a change of this size is no larger than one value's ordinary swing, so chance alone can produce it. */
export function isWithinNoise(change: number, variation: Pick<NaturalVariation, 'halfWidth'>): boolean {
  return Math.abs(change) <= variation.halfWidth;
}
