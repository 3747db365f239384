import type { Request, RequestHandler, Response } from 'express';
import { hasGroupsBelow, listGroupLinks } from '../../groups/group-queries.js';
import { treeOrder } from '../../groups/group-tree.js';
import { groupContext } from '../../web/guards.js';
import { services } from '../../web/services.js';
import { groupCrumbs } from '../breadcrumbs.js';
import { loadGroupHome } from '../groups/group-home-view.js';

const messages = {
  title: (group: string) => `${group} (læseadgang)`,
};

/** The groups below this one, in tree order, for the "Grupper under jer" part of a group's pages. */
export async function groupsBelow(req: Request, groupId: number) {
  const { db } = services(req);
  if (!(await hasGroupsBelow(db, groupId))) return [];
  const links = await listGroupLinks(db);
  return treeOrder(links, groupId).map((entry) => ({ id: entry.id, name: entry.name, depth: entry.depth, href: `/grupper/${entry.id}` }));
}

/**
 * A group's front page. Its members get the group's own home (with the groups below it, when there
 * are any); a member of a group above it gets a read-only page of the group's indicators, goals and
 * decided actions — what the organisation lets them read — and no meeting or member details.
 */
export function homeFor(memberHome: RequestHandler): RequestHandler {
  return async (req, res, next) => {
    const { group, role } = groupContext(res);
    const below = await groupsBelow(req, group.id);
    if (role !== 'overseer') {
      res.locals.groupsBelow = below;
      return memberHome(req, res, next);
    }
    await renderOverseen(req, res, below);
  };
}

async function renderOverseen(req: Request, res: Response, below: Awaited<ReturnType<typeof groupsBelow>>) {
  const { db, now } = services(req);
  const { group } = groupContext(res);
  const home = await loadGroupHome(db, group, now(), 'overseer');
  res.render('organisation/overseen', {
    title: messages.title(group.name),
    breadcrumbs: groupCrumbs(group),
    cards: home.cards,
    missingCount: home.missingCount,
    goals: home.goals,
    below,
  });
}
