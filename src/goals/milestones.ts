import { nextPeriod, periodsBetween, type Period } from '../periods/period.js';
import type { Milestone } from './goal.js';
import { glidePath, type GlidePathGoal } from './progress.js';

/*
 * Suggested milestones: the glide path's value at each period between the baseline and the
 * deadline where a new figure arrives, rounded to the indicator's precision. Monthly
 * indicators get one milestone a quarter, so a two-year goal does not drown in 23 of them.
 */

const STEP: Record<Period['frequency'], number> = { quarter: 1, month: 3, year: 1 };

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Period → value on the straight line from baseline to target, strictly between baseline and deadline. */
export function suggestMilestones(goal: GlidePathGoal, decimals: number): Milestone[] {
  const { baselinePeriod, deadline } = goal;
  if (baselinePeriod.frequency !== deadline.frequency) return [];
  const total = periodsBetween(baselinePeriod, deadline);
  const step = STEP[deadline.frequency];
  const milestones: Milestone[] = [];
  let period = baselinePeriod;
  for (let done = 1; done < total; done++) {
    period = nextPeriod(period);
    if (done % step === 0) milestones.push({ period, value: roundTo(glidePath(goal, period), decimals) });
  }
  return milestones;
}
