import type { Request, Response } from 'express';
import { actionsOfMeeting } from '../../meetings/agenda-suggestions.js';
import { loadGroupBoard } from '../../meetings/group-board.js';
import type { Meeting } from '../../meetings/meeting.js';
import { findItem, findMeeting, listItems } from '../../meetings/meeting-queries.js';
import { found } from '../../shared/errors.js';
import { groupContext, idParam } from '../../web/guards.js';
import { services } from '../../web/services.js';
import { groupCrumbs, type Crumb } from '../breadcrumbs.js';
import { loadFollowUp } from './follow-up-view.js';

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

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
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

/** What every view of one meeting starts from: the meeting, its agenda, its decisions and last time's follow-up. */
export async function loadMeeting(req: Request, res: Response) {
  const { db, now } = services(req);
  const meeting = await meetingOf(req, res);
  const [board, items] = await Promise.all([boardOf(req, res), listItems(db, meeting.id)]);
  const day = isoDay(now());
  const followUp = await loadFollowUp(db, meeting, board, day);
  return { meeting, board, items, actions: actionsOfMeeting(board, meeting.id), day, followUp };
}
