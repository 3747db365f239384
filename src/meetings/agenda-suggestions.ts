import type { Db } from '../db/connection.js';
import { suggestAgenda } from './attention.js';
import { dueActionsBy, valuesChangedSince, type GroupBoard } from './group-board.js';
import { findLatestMeetingBefore } from './meeting-queries.js';
import { dataFoundationFor, withDataFoundation } from './data-foundation-suggestion.js';

/** The suggested agenda for a meeting on `date`: what has signalled since the group's last meeting before it. */
export async function suggestionsFor(db: Db, groupId: number, board: GroupBoard, date: string) {
  const last = await findLatestMeetingBefore(db, groupId, date);
  const changed = last ? valuesChangedSince(board, `${last.date}T23:59:59.999Z`) : new Map<number, number>();
  const signals = board.entries.map((e) => ({ ...e, newValues: changed.get(e.indicator.id) ?? 0 }));
  return withDataFoundation(suggestAgenda(signals, dueActionsBy(board, date)), await dataFoundationFor(db, groupId, date));
}

/** The meeting's decisions, from the board that already holds all of the group's actions. */
export function actionsOfMeeting(board: GroupBoard, meetingId: number) {
  return board.actions.filter((a) => a.meetingId === meetingId).sort((a, b) => a.id - b.id);
}
