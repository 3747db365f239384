import type { Request, Response } from 'express';
import { suggestionsFor } from '../../meetings/agenda-suggestions.js';
import { MAX_PRESELECTED, type Suggestion } from '../../meetings/attention.js';
import { listMeetings } from '../../meetings/meeting-queries.js';
import { closeMeeting, createMeeting, editMeeting } from '../../meetings/meeting-service.js';
import { ChartSlots } from '../../charts/chart-slots.js';
import { readDateField, readIsoDate } from '../../periods/calendar-date.js';
import { attempt, type FieldError } from '../../shared/errors.js';
import { actorOf, groupContext } from '../../web/guards.js';
import { formErrors } from '../../web/form-errors.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { groupCrumbs, groupHref } from '../breadcrumbs.js';
import { sendWithCharts } from '../send-with-charts.js';
import { invitationStatus } from '../../reminders/outbox-queries.js';
import { countNoun } from '../../numbers/danish-nouns.js';
import { boardOf, loadMeeting, meetingCrumbs, meetingHref, meetingOf, meetingsHref, messages as linkMessages } from './meeting-links.js';
import { itemView, meetingView, memberOptions, topicKindOptions } from './meeting-view.js';
import { responsibleMembers } from '../../meetings/action-service.js';
import { listThemeItemsOfGroup } from '../../meetings/meeting-queries.js';
import { bankOptions, themeJourney } from './bank-view.js';
import { buildMinutes } from './minutes-view.js';
import type { ResponsibleMember } from '../../meetings/action.js';
import { copenhagenDay } from '../../shared/clock.js';

const messages = {
  listTitle: (group: string) => `Ledermøder – ${group}`,
  newMeeting: 'Nyt ledermøde',
  newCrumb: 'Nyt møde',
  edit: (title: string) => `Rediger ${title}`,
  editCrumb: 'Rediger',
  created: 'Mødet er oprettet med den valgte dagsorden.',
  saved: 'Mødet er gemt.',
  closed: 'Mødet er afsluttet. Referatet er klar.',
  reopened: 'Mødet er genåbnet.',
};

const stampFormat = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

function invitationView(status: { recipients: number; lastAt: string | null }) {
  return {
    recipients: status.recipients,
    recipientsText: countNoun(status.recipients, 'medlem', 'medlemmer'),
    lastText: status.lastAt ? `senest ${stampFormat.format(new Date(status.lastAt))}` : '',
  };
}

export async function list(req: Request, res: Response) {
  const { group, role } = groupContext(res);
  const { db, content } = services(req);
  const [meetings, taken] = await Promise.all([listMeetings(db, group.id), listThemeItemsOfGroup(db, group.id)]);
  res.render('meetings/list', {
    journey: themeJourney(content, taken, (id) => `${meetingsHref(group.id)}/${id}`),
    title: messages.listTitle(group.name),
    breadcrumbs: groupCrumbs(group, { label: linkMessages.listTitle }),
    meetings: meetings.map((m) => meetingView(m)),
    base: meetingsHref(group.id),
    canEdit: role === 'editor',
  });
}

async function renderNew(req: Request, res: Response, values: Record<string, unknown>, errors?: FieldError[]) {
  const { db, now, content } = services(req);
  const { group } = groupContext(res);
  const board = await boardOf(req, res);
  const typed = readDateField(values, 'date');
  const date = typed.ok ? typed.iso : copenhagenDay(now());
  const suggestions = await suggestionsFor(db, group.id, board, date);
  const suggested = new Set(suggestions.map((s) => s.indicatorId));
  const chosen = new Set((Array.isArray(values.indicatorIds) ? values.indicatorIds : [values.indicatorIds]).filter(Boolean).map(String));
  const checked = (s: Suggestion) => (errors ? chosen.has(String(s.indicatorId)) : s.preselected);
  const members = await responsibleMembers(db, group.id);
  res.status(errors ? 400 : 200).render('meetings/new', {
    ...roleOptions(members, values),
    title: messages.newMeeting,
    breadcrumbs: meetingCrumbs(res, { label: messages.newCrumb }),
    action: meetingsHref(group.id),
    values: typed.ok || !errors ? { ...values, date } : values,
    // The few that most need the group are ticked; the rest of those with a reason are offered unticked.
    suggestions: suggestions.filter((s) => s.preselected).map((s) => ({ ...s, checked: checked(s) })),
    moreSuggestions: suggestions.filter((s) => !s.preselected).map((s) => ({ ...s, checked: checked(s) })),
    maxPreselected: MAX_PRESELECTED,
    others: board.entries.filter((e) => !suggested.has(e.indicator.id)).map((e) => ({ id: e.indicator.id, name: e.indicator.name, checked: chosen.has(String(e.indicator.id)) })),
    topicKinds: topicKindOptions(content, values.topicKind),
    ...formErrors(errors),
  });
}

export const showNew = (req: Request, res: Response) => renderNew(req, res, { date: typeof req.query.dato === 'string' ? (readIsoDate(req.query.dato) ?? '') : '' });

export async function create(req: Request, res: Response) {
  const { db, now } = services(req);
  const { group } = groupContext(res);
  const board = await boardOf(req, res);
  const typed = readDateField(req.body, 'date');
  const date = typed.ok ? typed.iso : copenhagenDay(now());
  const reasons = new Map((await suggestionsFor(db, group.id, board, date)).map((s) => [s.indicatorId, s.reasons.join('. ')]));
  const result = await attempt(() => createMeeting(db, actorOf(res), req.body, reasons));
  if (!result.ok) return renderNew(req, res, req.body, result.errors);
  setFlash(req, messages.created);
  res.redirect(meetingHref(result.value));
}

/** The meeting's overview: agenda with small charts, the follow-up of last time, and the agenda tools. */
export async function renderOverview(req: Request, res: Response, errors?: FieldError[]) {
  const { content } = services(req);
  const { group, role } = groupContext(res);
  const { meeting, board, items, actions, day, followUp, reasons, discussed, members, themes } = await loadMeeting(req, res);
  const journey = themeJourney(content, themes, (id) => `${meetingsHref(group.id)}/${id}`);
  const onAgenda = new Set(items.flatMap((i) => (i.indicatorId !== null ? [i.indicatorId] : [])));
  const slots = new ChartSlots();
  await sendWithCharts(res, 'meetings/show', {
    title: meeting.title,
    breadcrumbs: meetingCrumbs(res, { label: meeting.title }),
    meeting: meetingView(meeting, members),
    bankOptions: bankOptions(content, journey.next?.id),
    nextBox: journey.next,
    items: items.map((i, index) => Object.assign(itemView(i, board, content, actions, day, 'small', slots, reasons, discussed), { number: index + 1, first: index === 0, last: index === items.length - 1 })),
    followUp,
    invitation: invitationView(await invitationStatus(services(req).db, meeting.id)),
    base: meetingHref(meeting),
    groupBase: groupHref(group),
    addable: board.entries.filter((e) => !onAgenda.has(e.indicator.id)).map((e) => ({ id: e.indicator.id, name: e.indicator.name })),
    topicKinds: topicKindOptions(content),
    goals: board.goals.map((g) => ({ id: g.id, title: g.title })),
    canEdit: role === 'editor',
    canChange: role === 'editor' && !meeting.closedAt,
    ...formErrors(errors),
  }, slots, errors ? 400 : 200);
}

export const show = (req: Request, res: Response) => renderOverview(req, res);

/** The selects of mødeleder and referent. */
function roleOptions(members: readonly ResponsibleMember[], values: Record<string, unknown>) {
  return { chairOptions: memberOptions(members, values.chairUserId), secretaryOptions: memberOptions(members, values.secretaryUserId) };
}

async function renderEdit(req: Request, res: Response, values?: Record<string, unknown>, errors?: FieldError[]) {
  const meeting = await meetingOf(req, res);
  const members = await responsibleMembers(services(req).db, meeting.groupId);
  res.status(errors ? 400 : 200).render('meetings/edit', {
    ...roleOptions(members, values ?? (meeting as unknown as Record<string, unknown>)),
    title: messages.edit(meeting.title),
    breadcrumbs: meetingCrumbs(res, { label: meeting.title, href: meetingHref(meeting) }, { label: messages.editCrumb }),
    action: meetingHref(meeting),
    values: values ?? meeting,
    ...formErrors(errors),
  });
}

export const showEdit = (req: Request, res: Response) => renderEdit(req, res);

export async function update(req: Request, res: Response) {
  const meeting = await meetingOf(req, res);
  const result = await attempt(() => editMeeting(services(req).db, actorOf(res), meeting.id, req.body));
  if (!result.ok) return renderEdit(req, res, req.body, result.errors);
  setFlash(req, messages.saved);
  res.redirect(meetingHref(meeting));
}

async function setClosed(req: Request, res: Response, closed: boolean) {
  const meeting = await meetingOf(req, res);
  const { group } = groupContext(res);
  // Closing keeps the minutes exactly as the meeting's pages show them now.
  const minutes = closed && !meeting.closedAt ? await buildMinutes(services(req).db, await loadMeeting(req, res), services(req).content, group.name) : undefined;
  await closeMeeting(services(req).db, actorOf(res), meeting.id, closed, minutes);
  setFlash(req, closed ? messages.closed : messages.reopened);
  res.redirect(closed ? `${meetingHref(meeting)}/referat` : meetingHref(meeting));
}

export const close = (req: Request, res: Response) => setClosed(req, res, true);
export const reopen = (req: Request, res: Response) => setClosed(req, res, false);
