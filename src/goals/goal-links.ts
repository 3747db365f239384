import type { Db } from '../db/connection.js';
import type { ChartGoal } from '../charts/chart-types.js';
import type { Indicator } from '../indicators/indicator.js';
import type { Observation } from '../indicators/observation.js';
import { listGoals } from './goal-queries.js';
import { goalProgress, type ProgressStatus } from './progress.js';
import { chartGoalOf } from './chart-goal.js';
import type { Goal } from './goal.js';

/** What meetings and the dashboard need to know about an active goal. */
export interface GoalLink {
  id: number;
  title: string;
  indicatorId: number | null;
  status: ProgressStatus;
  progressText: string;
  chartGoal?: ChartGoal;
}

export interface GoalOverview {
  /** Active goals with their progress. */
  active: GoalLink[];
  /** Every goal of the group, ended ones too, for agenda items that name them. */
  titles: Map<number, { title: string; indicatorId: number | null }>;
  /** Every goal of the group as read, so a page that lists goals need not read them again. */
  all: readonly Goal[];
}

/**
 * Every goal's title (an agenda item may name a goal that has since ended), and the active goals
 * with their progress, in the shape meetings and the dashboard use. The caller hands in the goals
 * and the indicators and values it has already read (the board keeps them with the group's data
 * version), so nothing is read twice.
 */
export function goalOverviewOf(
  goals: readonly Goal[],
  today: Date,
  loaded: ReadonlyArray<{ indicator: Indicator; observations: readonly Observation[] }>,
): GoalOverview {
  const byId = new Map(loaded.map((e) => [e.indicator.id, e]));
  const titles = new Map(goals.map((g) => [g.id, { title: g.title, indicatorId: g.indicatorId }]));
  const active = goals.flatMap((goal): GoalLink[] => {
    const entry = goal.status === 'active' && goal.indicatorId !== null ? byId.get(goal.indicatorId) : undefined;
    if (!entry) return [];
    const progress = goalProgress(goal, entry.indicator, [...entry.observations], today);
    return [
      {
        id: goal.id,
        title: goal.title,
        indicatorId: entry.indicator.id,
        status: progress.status,
        progressText: progress.message,
        chartGoal: chartGoalOf(goal, entry.indicator, progress),
      },
    ];
  });
  return { active, titles, all: goals };
}

/** The glide path an indicator's chart shows: that of its first active goal, if any. */
export async function activeChartGoal(db: Db, indicator: Indicator, observations: readonly Observation[], today: Date): Promise<ChartGoal | undefined> {
  return activeChartGoalOf(await listGoals(db, indicator.groupId, { indicatorId: indicator.id, status: 'active' }), indicator, observations, today);
}

/** The same from goals already read; any of the group's goals may be handed in, only the indicator's active ones count. */
export function activeChartGoalOf(goals: readonly Goal[], indicator: Indicator, observations: readonly Observation[], today: Date): ChartGoal | undefined {
  for (const goal of goals) {
    if (goal.indicatorId !== indicator.id || goal.status !== 'active') continue;
    const chartGoal = chartGoalOf(goal, indicator, goalProgress(goal, indicator, [...observations], today));
    if (chartGoal) return chartGoal;
  }
  return undefined;
}
