import type { Db } from '../db/connection.js';
import type { Indicator } from '../indicators/indicator.js';
import { listIndicators } from '../indicators/indicator-queries.js';
import type { Observation } from '../indicators/observation.js';
import { listObservationsOfGroup } from '../indicators/observation-queries.js';
import type { Goal } from './goal.js';
import { goalProgress, type Progress } from './progress.js';

/** Goals with their indicator and, for active goals, the progress against the glide path. */
export interface GoalWithProgress {
  goal: Goal;
  indicator?: Indicator;
  progress?: Progress;
}

/** Progress is followed for active goals only: a draft has no plan yet, and an ended goal is judged. */
export function progressOf(goal: Goal, indicator: Indicator | undefined, observations: Observation[], today: Date): Progress | undefined {
  if (goal.status !== 'active' || !indicator) return undefined;
  return goalProgress(goal, indicator, observations, today);
}

/** Every goal of the group with what is needed to show it in a list. */
export async function goalsWithProgress(
  db: Db,
  groupId: number,
  goals: readonly Goal[],
  today: Date,
  loaded?: ReadonlyMap<number, { indicator: Indicator; observations: readonly Observation[] }>,
): Promise<GoalWithProgress[]> {
  if (goals.length === 0) return [];
  // A page that already holds the group's indicators and values (the board) needs no second read,
  // unless a goal follows an archived indicator, which the board leaves out.
  if (loaded && goals.every((g) => g.indicatorId === null || loaded.has(g.indicatorId))) {
    return goals.map((goal) => {
      const entry = goal.indicatorId === null ? undefined : loaded.get(goal.indicatorId);
      const progress = progressOf(goal, entry?.indicator, entry ? [...entry.observations] : [], today);
      return { goal, ...(entry && { indicator: entry.indicator }), ...(progress && { progress }) };
    });
  }
  const [active, archived, observations] = await Promise.all([
    listIndicators(db, groupId, { archived: false }),
    listIndicators(db, groupId, { archived: true }),
    listObservationsOfGroup(db, groupId),
  ]);
  const indicators = new Map([...active, ...archived].map((i) => [i.id, i]));
  return goals.map((goal) => {
    const indicator = goal.indicatorId === null ? undefined : indicators.get(goal.indicatorId);
    const progress = progressOf(goal, indicator, indicator ? (observations.get(indicator.id) ?? []) : [], today);
    return { goal, ...(indicator && { indicator }), ...(progress && { progress }) };
  });
}
