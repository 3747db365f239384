import { tolerance, type PreparedSeries } from './series.js';
import type { XmrLimits } from './xmr.js';

/**
 * Wheeler's detection rules. Each returns the indices of the points that fire, so a chart can mark
 * them. Runs and windows never reach across a missing period: we cannot know on which side of the
 * centre line the missing value was, and guessing would invent signals.
 */

export type Side = 'above' | 'below';

export const RULES = {
  runLength: 8,
  nearLimitWindow: 4,
  nearLimitNeeded: 3,
} as const;

/** A point on the centre line is on neither side; it ends a run rather than extending it. */
export function sideOf(value: number, line: number): Side | undefined {
  const slack = tolerance(line);
  if (value > line + slack) return 'above';
  if (value < line - slack) return 'below';
  return undefined;
}

/** Rule 1: a point outside the natural process limits. */
export function outsideLimits(series: PreparedSeries, limits: XmrLimits): number[] {
  const fired: number[] = [];
  series.values.forEach((v, i) => {
    if (sideOf(v, limits.upper) === 'above' || sideOf(v, limits.lower) === 'below') fired.push(i);
  });
  return fired;
}

export interface Run {
  start: number;
  end: number;
  length: number;
  side: Side;
}

/** Every maximal run of neighbouring periods on one side of the centre line. */
export function runs(series: PreparedSeries, centre: number): Run[] {
  const found: Run[] = [];
  let current: Run | undefined;
  series.values.forEach((v, i) => {
    const side = sideOf(v, centre);
    if (current && side === current.side && series.linked[i]) {
      current.end = i;
      current.length++;
    } else {
      current = side ? { start: i, end: i, length: 1, side } : undefined;
      if (current) found.push(current);
    }
  });
  return found;
}

/** Rule 2: points in a run of at least eight on one side of the centre line. */
export function longRuns(series: PreparedSeries, centre: number, minLength: number = RULES.runLength): number[] {
  const fired: number[] = [];
  for (const run of runs(series, centre)) {
    if (run.length >= minLength) for (let i = run.start; i <= run.end; i++) fired.push(i);
  }
  return fired;
}

/** Which side's zone (beyond the 1.5-sigma line) a value lies in, if any. */
export function zoneOf(value: number, limits: XmrLimits): Side | undefined {
  if (sideOf(value, limits.upperZone) === 'above') return 'above';
  if (sideOf(value, limits.lowerZone) === 'below') return 'below';
  return undefined;
}

/** How many of the `window` neighbouring points ending at `end` lie in `side`'s zone; undefined across a gap. */
export function zoneCount(
  series: PreparedSeries,
  limits: XmrLimits,
  end: number,
  side: Side,
  window: number = RULES.nearLimitWindow,
): number | undefined {
  const start = end - window + 1;
  if (start < 0 || end >= series.values.length) return undefined;
  let inZone = 0;
  for (let i = start; i <= end; i++) {
    if (i > start && !series.linked[i]) return undefined;
    if (zoneOf(series.values[i] as number, limits) === side) inZone++;
  }
  return inZone;
}

/** Rule 3: three of four neighbouring points closer to the same limit than to the centre line. */
export function nearLimits(
  series: PreparedSeries,
  limits: XmrLimits,
  window: number = RULES.nearLimitWindow,
  needed: number = RULES.nearLimitNeeded,
): number[] {
  const zones = series.values.map((v) => zoneOf(v, limits));
  const fired = new Set<number>();
  // One pass: count zone points per side in a sliding window that restarts after every gap.
  let above = 0;
  let below = 0;
  let windowStart = 0;
  zones.forEach((zone, i) => {
    if (!series.linked[i]) {
      above = below = 0;
      windowStart = i;
    } else if (i - windowStart === window) {
      const leaving = zones[windowStart];
      if (leaving === 'above') above--;
      if (leaving === 'below') below--;
      windowStart++;
    }
    if (zone === 'above') above++;
    if (zone === 'below') below++;
    if (i - windowStart + 1 < window) return;
    for (const [side, n] of [['above', above], ['below', below]] as const) {
      if (n >= needed) for (let j = windowStart; j <= i; j++) if (zones[j] === side) fired.add(j);
    }
  });
  return [...fired].sort((a, b) => a - b);
}

/** Range chart: a jump between neighbouring periods larger than the upper range limit. */
export function largeJumps(series: PreparedSeries, limits: XmrLimits): number[] {
  const fired: number[] = [];
  const { values, linked } = series;
  for (let i = 1; i < values.length; i++) {
    if (linked[i] && sideOf(Math.abs((values[i] as number) - (values[i - 1] as number)), limits.upperRangeLimit) === 'above') fired.push(i);
  }
  return fired;
}
