import type { Db } from '../db/connection.js';
import type { GoalLink } from '../meetings/group-board.js';
import { listIndicators } from '../indicators/indicator-queries.js';
import { listObservationsOfGroup } from '../indicators/observation-queries.js';
import { listGoals } from './goal-queries.js';
import { goalProgress } from './progress.js';
import { chartGoalOf } from './goal-view.js';

/**
 * Active goals with their progress, in the shape meetings, charts and the dashboard use.
 * Drafts and closed goals are left out: only a goal the group works towards has a glide path to follow.
 */
export async function goalLinks(db: Db, groupId: number, today: Date): Promise<GoalLink[]> {
  const goals = (await listGoals(db, groupId)).filter((g) => g.status === 'active');
  if (!goals.length) return [];
  const [indicators, observations] = await Promise.all([listIndicators(db, groupId, { archived: false }), listObservationsOfGroup(db, groupId)]);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return goals.flatMap((goal) => {
    const indicator = goal.indicatorId !== null ? byId.get(goal.indicatorId) : undefined;
    if (!indicator) return [];
    const progress = goalProgress(goal, indicator, observations.get(indicator.id) ?? [], today);
    return [
      {
        id: goal.id,
        title: goal.title,
        indicatorId: indicator.id,
        status: progress.status,
        progressText: progress.message,
        chartGoal: chartGoalOf(goal, indicator, progress),
      },
    ];
  });
}
