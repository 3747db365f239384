import type { Request, Response } from 'express';
import type { Goal } from '../../goals/goal.js';
import { findGoal } from '../../goals/goal-queries.js';
import { found } from '../../shared/errors.js';
import { groupContext, idParam } from '../../web/guards.js';
import { services } from '../../web/services.js';
import { groupCrumbs, type Crumb } from '../breadcrumbs.js';
import { goalTitle } from './goal-figures-view.js';
import { goalsBase } from './goal-rows.js';

export { goalTitle };

export const messages = {
  listTitle: 'Mål',
  newGoal: 'Nyt mål',
  goal: 'Målet',
};

export function goalHref(goal: Goal): string {
  return `${goalsBase(goal.groupId)}/${goal.id}`;
}

/** The goal in the route, within the route's group; anything else is a 404. */
export async function goalOf(req: Request, res: Response): Promise<Goal> {
  const id = idParam(req, 'goalId', messages.goal);
  return found(await findGoal(services(req).db, groupContext(res).group.id, id), messages.goal);
}

/** 'Mine grupper › Gruppe › Mål › …rest'. */
export function goalCrumbs(res: Response, ...rest: Crumb[]): Crumb[] {
  const { group } = groupContext(res);
  return groupCrumbs(group, { label: messages.listTitle, href: goalsBase(group.id) }, ...rest);
}

/** 'Mine grupper › Gruppe › Mål › Målets titel › last'. */
export function crumbsOnGoal(res: Response, goal: Goal, last: string): Crumb[] {
  return goalCrumbs(res, { label: goalTitle(goal), href: goalHref(goal) }, { label: last });
}
