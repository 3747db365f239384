import type { Request, Response } from 'express';
import type { Action } from '../../meetings/action.js';
import { findAction, listStatusChanges } from '../../meetings/action-queries.js';
import { changeActionStatus, createActionFromForm, editAction, responsibleMembers } from '../../meetings/action-service.js';
import { findMeeting } from '../../meetings/meeting-queries.js';
import { displayPeriod } from '../../periods/period.js';
import { attempt, found, type FieldError } from '../../shared/errors.js';
import { actorOf, groupContext, idParam, parseId } from '../../web/guards.js';
import { formErrors } from '../../web/form-errors.js';
import { setFlash } from '../../web/flash.js';
import { localReturn } from '../../web/return-to.js';
import { services } from '../../web/services.js';
import { groupCrumbs, groupHref, type Crumb } from '../breadcrumbs.js';
import { actionView, goalTitleMap, interventionKindOptions, responsibleOptions } from '../meetings/meeting-view.js';
import { boardOf } from '../meetings/meeting-links.js';
import { historyView, linkChoices } from './action-view.js';
import { copenhagenDay } from '../../shared/clock.js';

const messages = {
  title: (group: string) => `Handlinger – ${group}`,
  crumb: 'Handlinger',
  action: 'Handlingen',
  newTitle: 'Ny handling',
  editTitle: 'Rediger handlingen',
  editCrumb: 'Rediger',
  statusSaved: 'Handlingens status er gemt.',
  created: (what: string) => `Handlingen er gemt: „${what}“.`,
  saved: 'Ændringerne er gemt.',
};

export function actionsHref(groupId: number): string {
  return `/grupper/${groupId}/handlinger`;
}

function actionsCrumbs(res: Response, ...rest: Crumb[]): Crumb[] {
  const { group } = groupContext(res);
  return groupCrumbs(group, { label: messages.crumb, href: actionsHref(group.id) }, ...rest);
}

async function actionOf(req: Request, res: Response): Promise<Action> {
  const id = idParam(req, 'actionId', messages.action);
  return found(await findAction(services(req).db, groupContext(res).group.id, id), messages.action);
}

export async function list(req: Request, res: Response) {
  const { now } = services(req);
  const { group, role } = groupContext(res);
  const board = await boardOf(req, res);
  const names = new Map(board.entries.map((e) => [e.indicator.id, e.indicator.name]));
  const today = copenhagenDay(now());
  const views = board.actions.map((a) => actionView(a, today, names, goalTitleMap(board)));
  res.render('meetings/actions', {
    title: messages.title(group.name),
    breadcrumbs: groupCrumbs(group, { label: messages.crumb }),
    open: views.filter((a) => a.open),
    closed: views.filter((a) => !a.open),
    overdueCount: views.filter((a) => a.overdue).length,
    actionBase: actionsHref(group.id),
    returnTo: actionsHref(group.id),
    canEdit: role === 'editor',
  });
}

/** Where the form was opened from (the actions list, an indicator, a goal): the way back afterwards. */
function returnOf(res: Response, value: unknown): string {
  const { group } = groupContext(res);
  return localReturn(value, groupHref(group), actionsHref(group.id));
}

async function renderForm(req: Request, res: Response, opts: { action?: Action; values: Record<string, unknown>; errors?: FieldError[] }) {
  const { db, content } = services(req);
  const { group } = groupContext(res);
  const board = await boardOf(req, res);
  const members = await responsibleMembers(db, group.id);
  const editing = opts.action;
  const base = actionsHref(group.id);
  res.status(opts.errors ? 400 : 200).render('actions/form', {
    title: editing ? messages.editTitle : messages.newTitle,
    breadcrumbs: editing
      ? actionsCrumbs(res, { label: editing.whatAndWhy, href: `${base}/${editing.id}` }, { label: messages.editCrumb })
      : actionsCrumbs(res, { label: messages.newTitle }),
    editing: Boolean(editing),
    formAction: editing ? `${base}/${editing.id}` : base,
    returnTo: returnOf(res, opts.values.returnTo),
    values: opts.values,
    actionQuestions: content.actionQuestions,
    responsibleOptions: responsibleOptions(members, opts.values),
    interventionKinds: interventionKindOptions(opts.values.interventionKind),
    links: linkChoices(board, opts.values),
    ...formErrors(opts.errors),
  });
}

/** A new action from the actions list, an indicator (?indikator=) or a goal (?maal=). */
export async function showNew(req: Request, res: Response) {
  const { group } = groupContext(res);
  const indicatorId = parseId(req.query.indikator);
  const goalId = parseId(req.query.maal);
  const board = await boardOf(req, res);
  const goal = goalId !== undefined ? board.goalTitles.get(goalId) : undefined;
  const values: Record<string, unknown> = {
    indicatorId: indicatorId !== undefined && board.byId.has(indicatorId) ? String(indicatorId) : goal?.indicatorId ? String(goal.indicatorId) : '',
    goalId: goal ? String(goalId) : '',
    returnTo: indicatorId !== undefined ? `/grupper/${group.id}/indikatorer/${indicatorId}` : goal ? `/grupper/${group.id}/maal/${goalId}` : actionsHref(group.id),
  };
  await renderForm(req, res, { values });
}

export async function create(req: Request, res: Response) {
  const result = await attempt(() => createActionFromForm(services(req).db, actorOf(res), req.body));
  if (!result.ok) return renderForm(req, res, { values: req.body, errors: result.errors });
  setFlash(req, messages.created(result.value.whatAndWhy));
  res.redirect(`${returnOf(res, req.body.returnTo)}#handling-${result.value.id}`);
}

/** An action's page: what was agreed, by whom and when, what it is linked to, and its history. */
export async function show(req: Request, res: Response) {
  const { db, now } = services(req);
  const { group, role } = groupContext(res);
  const action = await actionOf(req, res);
  const board = await boardOf(req, res);
  const names = new Map(board.entries.map((e) => [e.indicator.id, e.indicator.name]));
  const [changes, meeting] = await Promise.all([listStatusChanges(db, action.id), action.meetingId !== null ? findMeeting(db, group.id, action.meetingId) : undefined]);
  const view = actionView(action, copenhagenDay(now()), names, goalTitleMap(board));
  const base = actionsHref(group.id);
  res.render('actions/show', {
    title: action.whatAndWhy,
    breadcrumbs: actionsCrumbs(res, { label: action.whatAndWhy }),
    action: view,
    meeting: meeting && { title: meeting.title, href: `/grupper/${group.id}/moeder/${meeting.id}` },
    startText: action.startPeriod ? displayPeriod(action.startPeriod) : undefined,
    history: historyView(changes),
    actionBase: base,
    returnTo: `${base}/${action.id}`,
    canEdit: role === 'editor',
  });
}

export async function showEdit(req: Request, res: Response) {
  const action = await actionOf(req, res);
  const { group } = groupContext(res);
  await renderForm(req, res, {
    action,
    values: {
      whatAndWhy: action.whatAndWhy,
      howAndWho: action.howAndWho,
      responsibleUserId: action.responsibleUserId ? String(action.responsibleUserId) : action.responsible ? 'other' : '',
      responsible: action.responsibleUserId ? '' : action.responsible,
      dueDate: action.dueDate,
      indicatorId: action.indicatorId !== null ? String(action.indicatorId) : '',
      goalId: action.goalId !== null ? String(action.goalId) : '',
      startPeriod: action.startPeriod ? displayPeriod(action.startPeriod) : '',
      interventionKind: action.interventionKind ?? '',
      returnTo: `${actionsHref(group.id)}/${action.id}`,
    },
  });
}

export async function update(req: Request, res: Response) {
  const action = await actionOf(req, res);
  const result = await attempt(() => editAction(services(req).db, actorOf(res), action.id, req.body));
  if (!result.ok) return renderForm(req, res, { action, values: req.body, errors: result.errors });
  setFlash(req, messages.saved);
  res.redirect(`${returnOf(res, req.body.returnTo)}#handling-${action.id}`);
}

export async function changeStatus(req: Request, res: Response) {
  const { group } = groupContext(res);
  const id = idParam(req, 'actionId', messages.action);
  const result = await attempt(() => changeActionStatus(services(req).db, actorOf(res), id, req.body));
  const back = localReturn(req.body.returnTo, groupHref(group), actionsHref(group.id));
  setFlash(req, result.ok ? messages.statusSaved : result.errors[0]!.message, result.ok ? 'success' : 'error');
  res.redirect(`${back}#handling-${id}`);
}
