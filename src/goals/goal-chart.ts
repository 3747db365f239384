import { indicatorChartHtml } from '../charts/indicator-chart.js';
import type { Indicator } from '../indicators/indicator.js';
import type { Observation } from '../indicators/observation.js';
import type { Goal } from './goal.js';
import { chartGoalOf } from './chart-goal.js';
import type { Progress } from './progress.js';

/**
 * The indicator's curve with the goal's glide path from baseline to target, for the goal page.
 * The chart module adds a caption sentence, a legend and the numbers in a table, so it can be
 * read without seeing it. A goal without all four numbers gets the curve alone.
 */
export function goalChartHtml(goal: Goal, indicator: Indicator, observations: readonly Observation[], progress: Progress | undefined): string {
  const chartGoal = chartGoalOf(goal, indicator, progress);
  return indicatorChartHtml(`maal-${goal.id}-graf`, { indicator, observations, ...(chartGoal && { goal: chartGoal }) }, 'full');
}
