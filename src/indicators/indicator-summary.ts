import { comparePeriods, latestCompletedPeriod, previousPeriod, type Period } from '../periods/period.js';
import type { Indicator } from './indicator.js';
import { judgeChange } from './direction.js';
import type { Observation } from './observation.js';

export type Assessment = 'better' | 'worse' | 'unchanged' | 'inside' | 'outside';

export interface IndicatorSummary {
  latest?: Observation;
  /** The value of the period just before the latest, if there is one; a gap gives no change. */
  previous?: Observation;
  change?: number;
  assessment?: Assessment;
  /** The latest period that has ended and should have a value, when it has none. */
  missingPeriod?: Period;
}

export function assessChange(indicator: Pick<Indicator, 'direction' | 'rangeMin' | 'rangeMax'>, latest: number, change: number | undefined): Assessment | undefined {
  if (indicator.direction === 'range') {
    if (indicator.rangeMin === null || indicator.rangeMax === null) return undefined;
    return latest >= indicator.rangeMin && latest <= indicator.rangeMax ? 'inside' : 'outside';
  }
  return change === undefined ? undefined : judgeChange(indicator.direction, change);
}

export function summariseIndicator(
  indicator: Pick<Indicator, 'direction' | 'rangeMin' | 'rangeMax' | 'frequency'>,
  observations: readonly Observation[],
  today: Date,
): IndicatorSummary {
  const sorted = [...observations].sort((a, b) => comparePeriods(a.period, b.period));
  const latest = sorted.at(-1);
  const expected = latestCompletedPeriod(indicator.frequency, today);
  const hasExpected = sorted.some((o) => comparePeriods(o.period, expected) === 0);
  const missingPeriod = hasExpected ? undefined : expected;
  if (!latest) return { missingPeriod };
  const before = sorted.at(-2);
  const previous = before && comparePeriods(before.period, previousPeriod(latest.period)) === 0 ? before : undefined;
  const change = previous ? latest.value - previous.value : undefined;
  return { latest, previous, change, assessment: assessChange(indicator, latest.value, change), missingPeriod };
}
