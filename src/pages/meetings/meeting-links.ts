import type { Request, Response } from 'express';
import { actionsOfMeeting, extraReasonsFor } from '../../meetings/agenda-suggestions.js';
import { importTouchesSince } from '../../imports/value-history.js';
import { loadGroupBoard } from '../../meetings/group-board.js';
import type { Meeting } from '../../meetings/meeting.js';
import { findItem, findMeeting } from '../../meetings/meeting-queries.js';
import { findMeetingWithPrevious, readMeetingAgenda } from '../../meetings/meeting-read.js';
import { responsibleMembers } from '../../meetings/action-service.js';
import { found } from '../../shared/errors.js';
import { groupContext, idParam } from '../../web/guards.js';
import { services } from '../../web/services.js';
import { copenhagenDay, endOfCopenhagenDay } from '../../shared/clock.js';
import { groupCrumbs, type Crumb } from '../breadcrumbs.js';
import { followUpView } from './follow-up-view.js';

export const messages = {
  listTitle: 'Ledermøder',
  meeting: 'Mødet',
  item: 'Punktet',
};

export function meetingsHref(groupId: number): string {
  return `/grupper/${groupId}/moeder`;
}

export function meetingHref(meeting: Meeting): string {
  return `${meetingsHref(meeting.groupId)}/${meeting.id}`;
}

/** 'Mine grupper › Gruppe › Ledermøder › …rest'. */
export function meetingCrumbs(res: Response, ...rest: Crumb[]): Crumb[] {
  const { group } = groupContext(res);
  return groupCrumbs(group, { label: messages.listTitle, href: meetingsHref(group.id) }, ...rest);
}

/** The meeting in the route, within the route's group; anything else is a 404. */
export async function meetingOf(req: Request, res: Response): Promise<Meeting> {
  const id = idParam(req, 'meetingId', messages.meeting);
  return found(await findMeeting(services(req).db, groupContext(res).group.id, id), messages.meeting);
}

export async function itemOf(req: Request, meetingId: number) {
  const id = idParam(req, 'itemId', messages.item);
  return found(await findItem(services(req).db, meetingId, id), messages.item);
}

/** The group's indicators, values, goals and actions, as every meeting page reads them. */
export function boardOf(req: Request, res: Response) {
  const { db, now } = services(req);
  return loadGroupBoard(db, groupContext(res).group.id, now());
}

/**
 * What every view of one meeting starts from: the meeting, its agenda, its decisions, last time's
 * follow-up, and the live reasons beside each indicator's figures (deadlines come, values new since
 * the previous meeting).
 */
export async function loadMeeting(req: Request, res: Response) {
  const { db, now } = services(req);
  const groupId = groupContext(res).group.id;
  const id = idParam(req, 'meetingId', messages.meeting);
  // The route's meeting is read with the one before it, its agenda with its questions and the group's themes.
  const [pair, board, agenda, members] = await Promise.all([
    findMeetingWithPrevious(db, groupId, id),
    boardOf(req, res),
    readMeetingAgenda(db, groupId, id),
    responsibleMembers(db, groupId),
  ]);
  const { meeting, previous } = found(pair, messages.meeting);
  const day = copenhagenDay(now());
  // Anything stored after the previous meeting's day counts as new since that meeting.
  const since = previous ? endOfCopenhagenDay(previous.date) : undefined;
  // The board read the group's data version first: what imports touched is kept per version.
  const touches = since ? await importTouchesSince(db, groupId, since, board.dataVersion) : [];
  const followUp = previous ? followUpView(previous, board, day, touches) : undefined;
  const reasons = extraReasonsFor(board, meeting.date, since, touches);
  const { items, discussed, themes } = agenda;
  return { meeting, board, items, actions: actionsOfMeeting(board, meeting.id), day, followUp, reasons, discussed, members, themes };
}
