import type { Db } from '../db/connection.js';
import { importTouchesSince } from '../imports/value-history.js';
import { extraReasons, suggestAgenda } from './attention.js';
import type { ImportTouch } from '../imports/value-history.js';
import { dueActionsBy, valuesChangedSince, type GroupBoard } from './group-board.js';
import { findLatestMeetingBefore } from './meeting-queries.js';
import { dataFoundationFor, withDataFoundation } from './data-foundation-suggestion.js';
import { endOfCopenhagenDay } from '../shared/clock.js';

/** The suggested agenda for a meeting on `date`: what has signalled since the group's last meeting before it. */
export async function suggestionsFor(db: Db, groupId: number, board: GroupBoard, date: string) {
  const last = await findLatestMeetingBefore(db, groupId, date);
  const since = last ? endOfCopenhagenDay(last.date) : undefined;
  const changed = since ? valuesChangedSince(board, since, await importTouchesSince(db, groupId, since)) : new Map<number, number>();
  const signals = board.entries.map((e) => ({ indicator: e.indicator, decision: e.decision, newValues: changed.get(e.indicator.id) ?? 0 }));
  return withDataFoundation(suggestAgenda(signals, dueActionsBy(board, date)), await dataFoundationFor(db, groupId, date));
}

/** The meeting's decisions, from the board that already holds all of the group's actions. */
export function actionsOfMeeting(board: GroupBoard, meetingId: number) {
  return board.actions.filter((a) => a.meetingId === meetingId).sort((a, b) => a.id - b.id);
}

/**
 * For each indicator, the live reasons beside its figures on a meeting's agenda: an action whose
 * deadline has come by the meeting's date, and values new since `since` (the previous meeting).
 */
export function extraReasonsFor(board: GroupBoard, date: string, since: string | undefined, touches: readonly ImportTouch[]): Map<number, string[]> {
  const changed = since ? valuesChangedSince(board, since, touches) : new Map<number, number>();
  const due = dueActionsBy(board, date);
  return new Map(board.entries.map((e) => [e.indicator.id, extraReasons({ indicator: e.indicator, newValues: changed.get(e.indicator.id) ?? 0 }, due)]));
}
