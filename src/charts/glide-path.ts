import { formatCanonical, periodRange, periodsBetween, type Period } from '../periods/period.js';
import type { ChartGoal } from './chart-types.js';

export interface GlidePoint {
  period: Period;
  value: number;
}

/** The straight line from baseline to target, one value per period, both ends included. */
export function glidePath(goal: ChartGoal): GlidePoint[] {
  const steps = periodsBetween(goal.baselinePeriod, goal.targetPeriod);
  if (steps <= 0) return [{ period: goal.targetPeriod, value: goal.targetValue }];
  const slope = (goal.targetValue - goal.baselineValue) / steps;
  return periodRange(goal.baselinePeriod, goal.targetPeriod).map((period, i) => ({
    period,
    // The ends are taken as given so rounding never shows a target that differs from the one set.
    value: i === steps ? goal.targetValue : goal.baselineValue + slope * i,
  }));
}

export function glideByPeriod(goal: ChartGoal | undefined): Map<string, number> {
  return new Map(goal ? glidePath(goal).map((p) => [formatCanonical(p.period), p.value]) : []);
}
