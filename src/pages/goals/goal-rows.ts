import type { Db } from '../../db/connection.js';
import type { Indicator } from '../../indicators/indicator.js';
import type { Observation } from '../../indicators/observation.js';
import { goalsWithProgress, progressOf } from '../../goals/goal-overview.js';
import { listGoals } from '../../goals/goal-queries.js';
import { goalRow } from './goal-figures-view.js';
import type { GroupBoard } from '../../meetings/group-board.js';
import type { Goal } from '../../goals/goal.js';

/** Goals as rows of a list: on the goals page, the indicator page and the group's home. */

export function goalsBase(groupId: number): string {
  return `/grupper/${groupId}/maal`;
}

/** The goals on one indicator, for the indicator page; the page already has the indicator's values. */
export async function goalsForIndicator(db: Db, groupId: number, indicator: Indicator, observations: Observation[], today: Date, groupGoals?: readonly Goal[]) {
  // The group's goals when the page has them already (from the board); otherwise this indicator's are read.
  const goals = groupGoals ? groupGoals.filter((g) => g.indicatorId === indicator.id) : await listGoals(db, groupId, { indicatorId: indicator.id });
  return goals
    .filter((goal) => goal.status !== 'abandoned')
    .map((goal) => {
      const progress = progressOf(goal, indicator, observations, today);
      return goalRow(goalsBase(groupId), { goal, indicator, ...(progress && { progress }) });
    });
}

/** The "Mål" section of the group's home page: each active goal and how it is doing. */
export async function goalsForGroupHome(db: Db, groupId: number, today: Date, board?: Pick<GroupBoard, 'allGoals' | 'byId'>) {
  // The board has read the goals already; without one they are read here.
  const active = board ? board.allGoals.filter((g) => g.status === 'active') : await listGoals(db, groupId, { status: 'active' });
  const rows = (await goalsWithProgress(db, groupId, active, today, board?.byId)).map((row) => goalRow(goalsBase(groupId), row));
  return { href: goalsBase(groupId), newHref: `${goalsBase(groupId)}/nyt`, rows };
}
