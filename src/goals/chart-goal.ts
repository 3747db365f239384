import type { ChartGoal } from '../charts/chart-types.js';
import type { Indicator } from '../indicators/indicator.js';
import type { Goal } from './goal.js';
import { hasGlidePath, type Progress } from './progress.js';

/** The glide path as a chart goal, for an active goal with all four numbers. */
export function chartGoalOf(goal: Goal, indicator: Indicator, progress: Progress | undefined): ChartGoal | undefined {
  if (!hasGlidePath(goal) || goal.baselinePeriod.frequency !== indicator.frequency || goal.deadline.frequency !== indicator.frequency) {
    return undefined;
  }
  return {
    baselinePeriod: goal.baselinePeriod,
    baselineValue: goal.baselineValue,
    targetPeriod: goal.deadline,
    targetValue: goal.targetValue,
    ...(progress && { status: progress.status }),
  };
}
