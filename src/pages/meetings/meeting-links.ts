import type { Request, Response } from 'express';
import { actionsOfMeeting, extraReasonsFor } from '../../meetings/agenda-suggestions.js';
import { importTouchesSince } from '../../imports/value-history.js';
import { loadGroupBoard } from '../../meetings/group-board.js';
import type { Meeting } from '../../meetings/meeting.js';
import { findItem, findMeeting, findPreviousMeeting, listDiscussedQuestions, listItems } from '../../meetings/meeting-queries.js';
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
  const meeting = await meetingOf(req, res);
  const [board, items, previous, discussed, members] = await Promise.all([
    boardOf(req, res),
    listItems(db, meeting.id),
    findPreviousMeeting(db, meeting),
    listDiscussedQuestions(db, meeting.id),
    responsibleMembers(db, meeting.groupId),
  ]);
  const day = copenhagenDay(now());
  // Anything stored after the previous meeting's day counts as new since that meeting.
  const since = previous ? endOfCopenhagenDay(previous.date) : undefined;
  const touches = since ? await importTouchesSince(db, meeting.groupId, since) : [];
  const followUp = previous ? followUpView(previous, board, day, touches) : undefined;
  const reasons = extraReasonsFor(board, meeting.date, since, touches);
  return { meeting, board, items, actions: actionsOfMeeting(board, meeting.id), day, followUp, reasons, discussed, members };
}
