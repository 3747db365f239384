import type { Db } from '../db/connection.js';
import type { Indicator } from '../indicators/indicator.js';
import { listIndicators } from '../indicators/indicator-queries.js';
import type { Observation } from '../indicators/observation.js';
import { listObservationsOfGroup } from '../indicators/observation-queries.js';
import type { Goal } from './goal.js';
import { listGoals } from './goal-queries.js';
import { goalRow, type GoalRowInput } from './goal-view.js';
import { goalProgress, type Progress } from './progress.js';

/** Goals with their indicator and, for active goals, the progress against the glide path. */

export function goalsBase(groupId: number): string {
  return `/grupper/${groupId}/maal`;
}

/** Progress is followed for active goals only: a draft has no plan yet, and an ended goal is judged. */
export function progressOf(goal: Goal, indicator: Indicator | undefined, observations: Observation[], today: Date): Progress | undefined {
  if (goal.status !== 'active' || !indicator) return undefined;
  return goalProgress(goal, indicator, observations, today);
}

/** Every goal of the group with what is needed to show it in a list. */
export async function goalsWithProgress(db: Db, groupId: number, goals: readonly Goal[], today: Date): Promise<GoalRowInput[]> {
  if (goals.length === 0) return [];
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

/** The goals on one indicator, for the indicator page; the page already has the indicator's values. */
export async function goalsForIndicator(db: Db, groupId: number, indicator: Indicator, observations: Observation[], today: Date) {
  const goals = await listGoals(db, groupId, { indicatorId: indicator.id });
  return goals
    .filter((goal) => goal.status !== 'abandoned')
    .map((goal) => {
      const progress = progressOf(goal, indicator, observations, today);
      return goalRow(goalsBase(groupId), { goal, indicator, ...(progress && { progress }) });
    });
}

/** The "Mål" section of the group's home page: each active goal and how it is doing. */
export async function goalsForGroupHome(db: Db, groupId: number, today: Date) {
  const active = await listGoals(db, groupId, { status: 'active' });
  const rows = (await goalsWithProgress(db, groupId, active, today)).map((row) => goalRow(goalsBase(groupId), row));
  return { href: goalsBase(groupId), newHref: `${goalsBase(groupId)}/nyt`, rows };
}
