import type { Request, Response } from 'express';
import { decideAction, markDiscussed, saveNotes } from '../../meetings/meeting-service.js';
import { attempt, NotFoundError, type FieldError } from '../../shared/errors.js';
import { actorOf, groupContext } from '../../web/guards.js';
import { formErrors } from '../../web/form-errors.js';
import { setFlash } from '../../web/flash.js';
import { localReturn } from '../../web/return-to.js';
import { services } from '../../web/services.js';
import { itemOf, loadMeeting, meetingHref, meetingOf, messages as linkMessages } from './meeting-links.js';
import { interventionKindOptions, itemView, meetingView, responsibleOptions } from './meeting-view.js';
import { itemChartExtras } from './item-chart-extras.js';

const messages = {
  followUpTitle: 'Opfølgning fra sidste møde',
  notesSaved: 'Noterne er gemt.',
  questionsSaved: 'De drøftede spørgsmål er gemt.',
  actionSaved: (what: string) => `Handlingen er gemt: „${what}“.`,
  itemOf: (n: number, total: number) => `Punkt ${n} af ${total}`,
  followUpStep: 'Opfølgning før punkterne',
};

/** Meeting mode: one slide at a time; when the last meeting decided something, slide 1 is its follow-up. */
async function renderMode(req: Request, res: Response, errors?: FieldError[], values: Record<string, unknown> = {}) {
  const { content } = services(req);
  const { group, role } = groupContext(res);
  const { meeting, board, items, actions, day, followUp, reasons, discussed, members } = await loadMeeting(req, res);
  const offset = followUp && followUp.actions.length ? 1 : 0;
  const total = items.length + offset;
  const n = Number.parseInt(String(req.params.n), 10);
  if (!Number.isInteger(n) || n < 1 || n > Math.max(total, 1)) throw new NotFoundError(linkMessages.item);
  const item = n > offset ? items[n - offset - 1] : undefined;
  const modeBase = `${meetingHref(meeting)}/afvikling`;
  const extras = item ? await itemChartExtras(services(req).db, board, [item]) : undefined;
  const view = item ? itemView(item, board, content, actions, day, 'full', undefined, reasons, discussed, extras) : undefined;
  res.status(errors ? 400 : 200).render('meetings/mode', {
    layout: 'meeting',
    title: `${view ? view.title : messages.followUpTitle} – ${meeting.title}`,
    meeting: meetingView(meeting, members),
    groupName: group.name,
    overviewHref: meetingHref(meeting),
    // The agenda's own numbers, as in the minutes: the follow-up slide before them has none.
    stepText: item ? messages.itemOf(n - offset, items.length) : messages.followUpStep,
    previousHref: n > 1 ? `${modeBase}/${n - 1}` : undefined,
    nextHref: n < total ? `${modeBase}/${n + 1}` : undefined,
    followUp: item ? undefined : followUp,
    item: view,
    empty: total === 0,
    actionQuestions: content.actionQuestions,
    itemBase: item ? `${meetingHref(meeting)}/punkter/${item.id}` : undefined,
    returnTo: `${modeBase}/${n}`,
    actionBase: `/grupper/${group.id}/handlinger`,
    canEdit: role === 'editor' && !meeting.closedAt,
    values,
    interventionKinds: interventionKindOptions(values.interventionKind),
    responsibleOptions: responsibleOptions(members, values),
    ...formErrors(errors),
  });
}

export const mode = (req: Request, res: Response) => renderMode(req, res);

/** Where to return after a form on a meeting page; only this meeting's own pages are accepted. */
function backTo(req: Request, meeting: Parameters<typeof meetingHref>[0]): string {
  return localReturn(req.body.returnTo, meetingHref(meeting), meetingHref(meeting));
}

export async function notes(req: Request, res: Response) {
  const meeting = await meetingOf(req, res);
  const item = await itemOf(req, meeting.id);
  const result = await attempt(() => saveNotes(services(req).db, actorOf(res), meeting.id, item.id, req.body));
  setFlash(req, result.ok ? messages.notesSaved : result.errors[0]!.message, result.ok ? 'success' : 'error');
  res.redirect(`${backTo(req, meeting)}#noter`);
}

export async function questions(req: Request, res: Response) {
  const meeting = await meetingOf(req, res);
  const item = await itemOf(req, meeting.id);
  const result = await attempt(() => markDiscussed(services(req).db, actorOf(res), meeting.id, item.id, req.body, services(req).content.bank));
  setFlash(req, result.ok ? messages.questionsSaved : result.errors[0]!.message, result.ok ? 'success' : 'error');
  res.redirect(`${backTo(req, meeting)}#droeftet`);
}

export async function decide(req: Request, res: Response) {
  const meeting = await meetingOf(req, res);
  const item = await itemOf(req, meeting.id);
  const result = await attempt(() => decideAction(services(req).db, actorOf(res), meeting.id, item.id, req.body));
  const back = backTo(req, meeting);
  if (!result.ok) {
    const n = back.split('/').pop();
    req.params.n = n && /^\d+$/.test(n) ? n : '1';
    return renderMode(req, res, result.errors, req.body);
  }
  setFlash(req, messages.actionSaved(result.value.whatAndWhy));
  res.redirect(`${back}#handling-${result.value.id}`);
}
