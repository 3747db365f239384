import type { Request, Response } from 'express';
import { changeActionStatus } from '../../meetings/meeting-service.js';
import { attempt } from '../../shared/errors.js';
import { actorOf, groupContext, idParam } from '../../web/guards.js';
import { setFlash } from '../../web/flash.js';
import { localReturn } from '../../web/return-to.js';
import { services } from '../../web/services.js';
import { groupCrumbs, groupHref } from '../breadcrumbs.js';
import { actionView } from '../meetings/meeting-view.js';
import { boardOf, isoDay } from '../meetings/meeting-links.js';

const messages = {
  title: (group: string) => `Handlinger – ${group}`,
  crumb: 'Handlinger',
  action: 'Handlingen',
  statusSaved: 'Handlingens status er gemt.',
};

function actionsHref(groupId: number): string {
  return `/grupper/${groupId}/handlinger`;
}

export async function list(req: Request, res: Response) {
  const { now } = services(req);
  const { group, role } = groupContext(res);
  const board = await boardOf(req, res);
  const names = new Map(board.entries.map((e) => [e.indicator.id, e.indicator.name]));
  const views = board.actions.map((a) => actionView(a, isoDay(now()), names));
  res.render('meetings/actions', {
    title: messages.title(group.name),
    breadcrumbs: groupCrumbs(group, { label: messages.crumb }),
    open: views.filter((a) => a.open),
    closed: views.filter((a) => !a.open),
    actionBase: actionsHref(group.id),
    returnTo: actionsHref(group.id),
    canEdit: role === 'editor',
  });
}

export async function changeStatus(req: Request, res: Response) {
  const { group } = groupContext(res);
  const id = idParam(req, 'actionId', messages.action);
  const result = await attempt(() => changeActionStatus(services(req).db, actorOf(res), id, req.body));
  const back = localReturn(req.body.returnTo, groupHref(group), actionsHref(group.id));
  setFlash(req, result.ok ? messages.statusSaved : result.errors[0]!.message, result.ok ? 'success' : 'error');
  res.redirect(`${back}#handling-${id}`);
}
