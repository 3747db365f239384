import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/connection.js';
import type { Content } from '../content/content-loader.js';
import { attempt, fieldErrorMap, NotFoundError, type FieldError } from '../shared/errors.js';
import { groupContext, parseId, requireGroup } from '../web/guards.js';
import { setFlash } from '../web/flash.js';
import { localReturn } from '../web/return-to.js';
import { ChartSlots } from '../charts/chart-slots.js';
import type { Action } from './action.js';
import { suggestAgenda } from './attention.js';
import { loadFollowUp } from './follow-up.js';
import { dueActionsBy, loadGroupBoard, valuesChangedSince, type GoalSource, type GroupBoard } from './group-board.js';
import { findLatestMeetingBefore, getItem, getMeeting, listItems, listMeetings } from './meeting-queries.js';
import { addItem, changeActionStatus, closeMeeting, createMeeting, decideAction, editMeeting, moveItem, removeItem, saveNotes } from './meeting-service.js';
import { actionView, itemView, meetingView } from './meeting-view.js';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The meeting's decisions, from the board that already holds all of the group's actions. */
function actionsOfMeeting(board: GroupBoard, meetingId: number): Action[] {
  return board.actions.filter((a) => a.meetingId === meetingId).sort((a, b) => a.id - b.id);
}

/** Renders a page whose charts are in `slots` and sends it with the charts' bytes spliced in. */
async function sendWithCharts(res: Response, view: string, locals: Record<string, unknown>, slots: ChartSlots, status = 200): Promise<void> {
  const html = await new Promise<string>((resolve, reject) => res.render(view, locals, (err, out) => (err ? reject(err) : resolve(out))));
  const { body, etag } = slots.fill(html);
  // Set here, Express neither hashes the whole body again nor loses 304 answers to conditional requests.
  res.status(status).type('html').set('ETag', etag).send(body);
}

export function meetingRoutes(db: Db, content: Content, today: () => Date, goalSource: GoalSource): Router {
  const router = Router();
  const reader = requireGroup(db, 'reader');
  const editor = requireGroup(db, 'editor');
  const base = (res: Response) => `/grupper/${groupContext(res).group.id}/moeder`;
  const crumbs = (res: Response, ...rest: { label: string; href?: string }[]) => {
    const { group } = groupContext(res);
    return [{ label: 'Mine grupper', href: '/' }, { label: group.name, href: `/grupper/${group.id}` }, ...rest];
  };
  const board = (res: Response) => loadGroupBoard(db, groupContext(res).group.id, today(), goalSource);

  async function meetingOf(req: Request, res: Response) {
    const id = parseId(req.params.meetingId);
    if (id === undefined) throw new NotFoundError('Mødet');
    return getMeeting(db, groupContext(res).group.id, id);
  }

  async function itemOf(req: Request, meetingId: number) {
    const id = parseId(req.params.itemId);
    if (id === undefined) throw new NotFoundError('Punktet');
    return getItem(db, meetingId, id);
  }

  const list = async (_req: Request, res: Response) => {
    const { group, role } = groupContext(res);
    const meetings = await listMeetings(db, group.id);
    res.render('meetings/list', {
      title: `Ledermøder – ${group.name}`,
      breadcrumbs: crumbs(res, { label: 'Ledermøder' }),
      meetings: meetings.map(meetingView),
      base: base(res),
      canEdit: role === 'editor',
    });
  };

  /** The suggested agenda for a meeting on `date`: signals since the group's last meeting before it. */
  async function suggestionsFor(groupId: number, b: GroupBoard, date: string) {
    const last = await findLatestMeetingBefore(db, groupId, date);
    const changed = last ? valuesChangedSince(b, `${last.date}T23:59:59.999Z`) : new Map<number, number>();
    const signals = b.entries.map((e) => ({ ...e, newValues: changed.get(e.indicator.id) ?? 0 }));
    return suggestAgenda(signals, dueActionsBy(b, date));
  }

  const renderNew = async (res: Response, values: Record<string, unknown>, errors?: FieldError[]) => {
    const { group } = groupContext(res);
    const b = await board(res);
    const date = typeof values.date === 'string' && values.date ? values.date : isoDay(today());
    const suggestions = await suggestionsFor(group.id, b, date);
    const suggested = new Set(suggestions.map((s) => s.indicatorId));
    const chosen = new Set((Array.isArray(values.indicatorIds) ? values.indicatorIds : [values.indicatorIds]).filter(Boolean).map(String));
    res.status(errors ? 400 : 200).render('meetings/new', {
      title: 'Nyt ledermøde',
      breadcrumbs: crumbs(res, { label: 'Ledermøder', href: base(res) }, { label: 'Nyt møde' }),
      action: base(res),
      values: { ...values, date },
      suggestions: suggestions.map((s) => ({ ...s, checked: errors ? chosen.has(String(s.indicatorId)) : true })),
      others: b.entries.filter((e) => !suggested.has(e.indicator.id)).map((e) => ({ id: e.indicator.id, name: e.indicator.name, checked: chosen.has(String(e.indicator.id)) })),
      errors,
      fieldErrors: errors && fieldErrorMap(errors),
    });
  };

  const showNew = (req: Request, res: Response) => renderNew(res, { date: typeof req.query.dato === 'string' ? req.query.dato : '' });

  const create = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const b = await board(res);
    const date = typeof req.body.date === 'string' ? req.body.date : isoDay(today());
    const reasons = new Map((await suggestionsFor(group.id, b, date)).map((s) => [s.indicatorId, s.reasons.join('. ')]));
    const result = await attempt(() => createMeeting(db, { userId: user.id, groupId: group.id }, req.body, reasons));
    if (!result.ok) return renderNew(res, req.body, result.errors);
    setFlash(req, 'Mødet er oprettet med den valgte dagsorden.');
    res.redirect(`${base(res)}/${result.value.id}`);
  };

  const renderOverview = async (req: Request, res: Response, errors?: FieldError[]) => {
    const { group, role } = groupContext(res);
    const meeting = await meetingOf(req, res);
    const [b, items] = await Promise.all([board(res), listItems(db, meeting.id)]);
    const actions = actionsOfMeeting(b, meeting.id);
    const day = isoDay(today());
    const followUp = await loadFollowUp(db, meeting, b, day);
    const onAgenda = new Set(items.flatMap((i) => (i.indicatorId !== null ? [i.indicatorId] : [])));
    const slots = new ChartSlots();
    await sendWithCharts(res, 'meetings/show', {
      title: meeting.title,
      breadcrumbs: crumbs(res, { label: 'Ledermøder', href: base(res) }, { label: meeting.title }),
      meeting: meetingView(meeting),
      items: items.map((i, index) => Object.assign(itemView(i, b, content, actions, day, 'small', slots), { number: index + 1, first: index === 0, last: index === items.length - 1 })),
      followUp,
      base: `${base(res)}/${meeting.id}`,
      groupBase: `/grupper/${group.id}`,
      addable: b.entries.filter((e) => !onAgenda.has(e.indicator.id)).map((e) => ({ id: e.indicator.id, name: e.indicator.name })),
      goals: b.goals.map((g) => ({ id: g.id, title: g.title })),
      canEdit: role === 'editor',
      canChange: role === 'editor' && !meeting.closedAt,
      errors,
      fieldErrors: errors && fieldErrorMap(errors),
    }, slots, errors ? 400 : 200);
  };

  const show = (req: Request, res: Response) => renderOverview(req, res);

  const renderEdit = async (req: Request, res: Response, values?: Record<string, unknown>, errors?: FieldError[]) => {
    const meeting = await meetingOf(req, res);
    res.status(errors ? 400 : 200).render('meetings/edit', {
      title: `Rediger ${meeting.title}`,
      breadcrumbs: crumbs(res, { label: 'Ledermøder', href: base(res) }, { label: meeting.title, href: `${base(res)}/${meeting.id}` }, { label: 'Rediger' }),
      action: `${base(res)}/${meeting.id}`,
      values: values ?? meeting,
      errors,
      fieldErrors: errors && fieldErrorMap(errors),
    });
  };

  const showEdit = (req: Request, res: Response) => renderEdit(req, res);

  const update = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const meeting = await meetingOf(req, res);
    const result = await attempt(() => editMeeting(db, { userId: user.id, groupId: group.id }, meeting.id, req.body));
    if (!result.ok) return renderEdit(req, res, req.body, result.errors);
    setFlash(req, 'Mødet er gemt.');
    res.redirect(`${base(res)}/${meeting.id}`);
  };

  const addItemRoute = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const meeting = await meetingOf(req, res);
    const result = await attempt(() => addItem(db, { userId: user.id, groupId: group.id }, meeting.id, req.body));
    if (!result.ok) return renderOverview(req, res, result.errors);
    setFlash(req, 'Punktet er sat på dagsordenen.');
    res.redirect(`${base(res)}/${meeting.id}#dagsorden`);
  };

  const removeItemRoute = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const meeting = await meetingOf(req, res);
    const item = await itemOf(req, meeting.id);
    await removeItem(db, { userId: user.id, groupId: group.id }, meeting.id, item.id);
    setFlash(req, 'Punktet er fjernet fra dagsordenen.');
    res.redirect(`${base(res)}/${meeting.id}#dagsorden`);
  };

  const moveItemRoute = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const meeting = await meetingOf(req, res);
    const item = await itemOf(req, meeting.id);
    await moveItem(db, { userId: user.id, groupId: group.id }, meeting.id, item.id, req.body.direction === 'up' ? 'up' : 'down');
    res.redirect(`${base(res)}/${meeting.id}#dagsorden`);
  };

  /** Meeting mode: one slide at a time; when the last meeting decided something, slide 1 is its follow-up. */
  const renderMode = async (req: Request, res: Response, errors?: FieldError[], values: Record<string, unknown> = {}) => {
    const { group, role } = groupContext(res);
    const meeting = await meetingOf(req, res);
    const [b, items] = await Promise.all([board(res), listItems(db, meeting.id)]);
    const actions = actionsOfMeeting(b, meeting.id);
    const day = isoDay(today());
    const followUp = await loadFollowUp(db, meeting, b, day);
    const offset = followUp && followUp.actions.length ? 1 : 0;
    const total = items.length + offset;
    const n = Number.parseInt(String(req.params.n), 10);
    if (!Number.isInteger(n) || n < 1 || n > Math.max(total, 1)) throw new NotFoundError('Punktet');
    const item = n > offset ? items[n - offset - 1] : undefined;
    const modeBase = `${base(res)}/${meeting.id}/afvikling`;
    const view = item ? itemView(item, b, content, actions, day, 'full') : undefined;
    res.status(errors ? 400 : 200).render('meetings/mode', {
      layout: 'meeting',
      title: `${view ? view.title : 'Opfølgning fra sidste møde'} – ${meeting.title}`,
      meeting: meetingView(meeting),
      groupName: group.name,
      overviewHref: `${base(res)}/${meeting.id}`,
      number: n,
      total,
      previousHref: n > 1 ? `${modeBase}/${n - 1}` : undefined,
      nextHref: n < total ? `${modeBase}/${n + 1}` : undefined,
      followUp: item ? undefined : followUp,
      item: view,
      empty: total === 0,
      actionQuestions: content.actionQuestions,
      itemBase: item ? `${base(res)}/${meeting.id}/punkter/${item.id}` : undefined,
      returnTo: `${modeBase}/${n}`,
      actionBase: `/grupper/${group.id}/handlinger`,
      canEdit: role === 'editor' && !meeting.closedAt,
      values,
      errors,
      fieldErrors: errors && fieldErrorMap(errors),
    });
  };

  const mode = (req: Request, res: Response) => renderMode(req, res);

  /** Where to return after a form on a meeting page; only this meeting's own pages are accepted. */
  const backTo = (req: Request, res: Response, meetingId: number) => localReturn(req.body.returnTo, `${base(res)}/${meetingId}`, `${base(res)}/${meetingId}`);

  const notes = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const meeting = await meetingOf(req, res);
    const item = await itemOf(req, meeting.id);
    const result = await attempt(() => saveNotes(db, { userId: user.id, groupId: group.id }, meeting.id, item.id, req.body));
    const back = backTo(req, res, meeting.id);
    setFlash(req, result.ok ? 'Noterne er gemt.' : result.errors[0]!.message, result.ok ? 'success' : 'error');
    res.redirect(back);
  };

  const decide = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const meeting = await meetingOf(req, res);
    const item = await itemOf(req, meeting.id);
    const result = await attempt(() => decideAction(db, { userId: user.id, groupId: group.id }, meeting.id, item.id, req.body));
    const back = backTo(req, res, meeting.id);
    if (!result.ok) {
      const n = back.split('/').pop();
      req.params.n = n && /^\d+$/.test(n) ? n : '1';
      return renderMode(req, res, result.errors, req.body);
    }
    setFlash(req, `Handlingen er gemt: „${result.value.whatAndWhy}“.`);
    res.redirect(back);
  };

  const close = (closed: boolean) => async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const meeting = await meetingOf(req, res);
    await closeMeeting(db, { userId: user.id, groupId: group.id }, meeting.id, closed);
    setFlash(req, closed ? 'Mødet er afsluttet. Referatet er klar.' : 'Mødet er genåbnet.');
    res.redirect(closed ? `${base(res)}/${meeting.id}/referat` : `${base(res)}/${meeting.id}`);
  };

  const minutes = async (req: Request, res: Response) => {
    const { group } = groupContext(res);
    const meeting = await meetingOf(req, res);
    const [b, items] = await Promise.all([board(res), listItems(db, meeting.id)]);
    const actions = actionsOfMeeting(b, meeting.id);
    const day = isoDay(today());
    const slots = new ChartSlots();
    await sendWithCharts(res, 'meetings/minutes', {
      title: `Referat: ${meeting.title}`,
      breadcrumbs: crumbs(res, { label: 'Ledermøder', href: base(res) }, { label: meeting.title, href: `${base(res)}/${meeting.id}` }, { label: 'Referat' }),
      meeting: meetingView(meeting),
      groupName: group.name,
      followUp: await loadFollowUp(db, meeting, b, day),
      items: items.map((i, index) => Object.assign(itemView(i, b, content, actions, day, 'full', slots), { number: index + 1 })),
    }, slots);
  };

  const actionStatus = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const id = parseId(req.params.actionId);
    if (id === undefined) throw new NotFoundError('Handlingen');
    const result = await attempt(() => changeActionStatus(db, { userId: user.id, groupId: group.id }, id, req.body));
    const back = localReturn(req.body.returnTo, `/grupper/${group.id}`, `/grupper/${group.id}/handlinger`);
    setFlash(req, result.ok ? 'Handlingens status er gemt.' : result.errors[0]!.message, result.ok ? 'success' : 'error');
    res.redirect(back);
  };

  const actionList = async (_req: Request, res: Response) => {
    const { group, role } = groupContext(res);
    const b = await board(res);
    const { actions } = b;
    const names = new Map(b.entries.map((e) => [e.indicator.id, e.indicator.name]));
    const day = isoDay(today());
    const views = actions.map((a) => actionView(a, day, names));
    res.render('meetings/actions', {
      title: `Handlinger – ${group.name}`,
      breadcrumbs: crumbs(res, { label: 'Handlinger' }),
      open: views.filter((a) => a.open),
      closed: views.filter((a) => !a.open),
      actionBase: `/grupper/${group.id}/handlinger`,
      returnTo: `/grupper/${group.id}/handlinger`,
      canEdit: role === 'editor',
    });
  };

  router.get('/grupper/:groupId/moeder', reader, list);
  router.get('/grupper/:groupId/moeder/nyt', editor, showNew);
  router.post('/grupper/:groupId/moeder', editor, create);
  router.get('/grupper/:groupId/moeder/:meetingId', reader, show);
  router.get('/grupper/:groupId/moeder/:meetingId/rediger', editor, showEdit);
  router.post('/grupper/:groupId/moeder/:meetingId', editor, update);
  router.post('/grupper/:groupId/moeder/:meetingId/punkter', editor, addItemRoute);
  router.post('/grupper/:groupId/moeder/:meetingId/punkter/:itemId/slet', editor, removeItemRoute);
  router.post('/grupper/:groupId/moeder/:meetingId/punkter/:itemId/flyt', editor, moveItemRoute);
  router.post('/grupper/:groupId/moeder/:meetingId/punkter/:itemId/noter', editor, notes);
  router.post('/grupper/:groupId/moeder/:meetingId/punkter/:itemId/handlinger', editor, decide);
  router.get('/grupper/:groupId/moeder/:meetingId/afvikling/:n', reader, mode);
  router.post('/grupper/:groupId/moeder/:meetingId/afslut', editor, close(true));
  router.post('/grupper/:groupId/moeder/:meetingId/genaabn', editor, close(false));
  router.get('/grupper/:groupId/moeder/:meetingId/referat', reader, minutes);
  router.get('/grupper/:groupId/handlinger', reader, actionList);
  router.post('/grupper/:groupId/handlinger/:actionId/status', editor, actionStatus);
  return router;
}
