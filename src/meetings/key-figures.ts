import type { Indicator } from '../indicators/indicator.js';
import { assessChange, summariseIndicator, type IndicatorSummary } from '../indicators/indicator-summary.js';
import type { Observation } from '../indicators/observation.js';
import { comparePeriods, samePeriodLastYear } from '../periods/period.js';

export interface KeyFigures extends IndicatorSummary {
  /** The value of the same period a year earlier, when there is one. */
  lastYear?: Observation;
  changeSinceLastYear?: number;
  yearAssessment?: ReturnType<typeof assessChange>;
}

/** The figures a meeting looks at first: latest value, change since the previous period and since last year. */
export function keyFigures(indicator: Indicator, observations: readonly Observation[], today: Date): KeyFigures {
  const summary = summariseIndicator(indicator, observations, today);
  if (!summary.latest) return summary;
  const target = samePeriodLastYear(summary.latest.period);
  const lastYear = observations.find((o) => comparePeriods(o.period, target) === 0);
  if (!lastYear) return summary;
  const changeSinceLastYear = summary.latest.value - lastYear.value;
  return { ...summary, lastYear, changeSinceLastYear, yearAssessment: assessChange(indicator, summary.latest.value, changeSinceLastYear) };
}
