import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.js';
import type { MeetingItemTable, MeetingTable } from '../db/schema.js';
import { nowIso } from '../shared/clock.js';
import type { AgendaItem, ItemKind, Meeting, MeetingInput } from './meeting.js';

export function toMeeting(row: Selectable<MeetingTable>): Meeting {
  return {
    id: row.id,
    groupId: row.group_id,
    title: row.title,
    date: row.meeting_date,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    location: row.location,
    invitationSequence: row.invitation_sequence,
    attendees: row.attendees,
    chairUserId: row.chair_user_id ?? null,
    secretaryUserId: row.secretary_user_id ?? null,
    closedAt: row.closed_at,
  };
}

function meetingColumns(input: MeetingInput) {
  return {
    title: input.title,
    meeting_date: input.date,
    start_time: input.startTime,
    duration_minutes: input.durationMinutes,
    location: input.location,
    attendees: input.attendees,
    chair_user_id: input.chairUserId ?? null,
    secretary_user_id: input.secretaryUserId ?? null,
  };
}

/** The next invitation for a changed meeting replaces the one in the calendar: a higher SEQUENCE. */
export async function bumpInvitationSequence(db: Db, meetingId: number): Promise<number> {
  const row = await db
    .updateTable('meetings')
    .set((eb) => ({ invitation_sequence: eb('invitation_sequence', '+', 1) }))
    .where('id', '=', meetingId)
    .returning('invitation_sequence')
    .executeTakeFirstOrThrow();
  return row.invitation_sequence;
}

export function toItem(row: Selectable<MeetingItemTable>): AgendaItem {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    position: row.position,
    kind: row.kind,
    indicatorId: row.indicator_id,
    goalId: row.goal_id,
    topic: row.topic,
    reason: row.reason,
    notes: row.notes,
    topicKind: row.topic_kind ?? null,
    bankEntryId: row.bank_entry_id ?? null,
  };
}

export async function listMeetings(db: Db, groupId: number): Promise<Meeting[]> {
  const rows = await db.selectFrom('meetings').selectAll().where('group_id', '=', groupId).orderBy('meeting_date', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toMeeting);
}

export async function findMeeting(db: Db, groupId: number, id: number): Promise<Meeting | undefined> {
  const row = await db.selectFrom('meetings').selectAll().where('group_id', '=', groupId).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toMeeting(row);
}

export async function findLatestMeetingBefore(db: Db, groupId: number, date: string): Promise<Meeting | undefined> {
  const row = await db.selectFrom('meetings').selectAll().where('group_id', '=', groupId).where('meeting_date', '<', date).orderBy('meeting_date', 'desc').orderBy('id', 'desc').executeTakeFirst();
  return row && toMeeting(row);
}

/**
 * The meeting the group is heading for on `today`: the earliest one not yet closed from today on, or
 * else the latest one before today that was never closed (held, but its minutes are not done).
 */
export async function findNextMeeting(db: Db, groupId: number, today: string): Promise<Meeting | undefined> {
  const open = db.selectFrom('meetings').selectAll().where('group_id', '=', groupId).where('closed_at', 'is', null);
  const ahead = await open.where('meeting_date', '>=', today).orderBy('meeting_date').orderBy('id').executeTakeFirst();
  if (ahead) return toMeeting(ahead);
  const behind = await open.where('meeting_date', '<', today).orderBy('meeting_date', 'desc').orderBy('id', 'desc').executeTakeFirst();
  return behind && toMeeting(behind);
}

/** How many points each meeting's agenda has. */
export async function countItems(db: Db, meetingId: number): Promise<number> {
  const row = await db.selectFrom('meeting_items').select((eb) => eb.fn.countAll().as('n')).where('meeting_id', '=', meetingId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertMeeting(db: Db, groupId: number, userId: number, input: MeetingInput): Promise<Meeting> {
  const now = nowIso();
  const row = await db
    .insertInto('meetings')
    .values({ group_id: groupId, ...meetingColumns(input), created_by: userId, created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toMeeting(row);
}

export async function updateMeeting(db: Db, groupId: number, id: number, input: MeetingInput): Promise<void> {
  await db
    .updateTable('meetings')
    .set({ ...meetingColumns(input), updated_at: nowIso() })
    .where('group_id', '=', groupId)
    .where('id', '=', id)
    .execute();
}

/** Closes (at `at`, by default now) or reopens a meeting. */
export async function setMeetingClosed(db: Db, groupId: number, id: number, closed: boolean, at: string = nowIso()): Promise<void> {
  await db.updateTable('meetings').set({ closed_at: closed ? at : null, updated_at: at }).where('group_id', '=', groupId).where('id', '=', id).execute();
}

export async function listItems(db: Db, meetingId: number): Promise<AgendaItem[]> {
  const rows = await db.selectFrom('meeting_items').selectAll().where('meeting_id', '=', meetingId).orderBy('position').orderBy('id').execute();
  return rows.map(toItem);
}

export async function findItem(db: Db, meetingId: number, id: number): Promise<AgendaItem | undefined> {
  const row = await db.selectFrom('meeting_items').selectAll().where('meeting_id', '=', meetingId).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toItem(row);
}

export async function insertItem(
  db: Db,
  meetingId: number,
  item: { kind: ItemKind; indicatorId?: number | null; goalId?: number | null; topic?: string | null; reason?: string | null; topicKind?: string | null; bankEntryId?: string | null },
): Promise<AgendaItem> {
  const last = await db
    .selectFrom('meeting_items')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  const row = await db
    .insertInto('meeting_items')
    .values({
      meeting_id: meetingId,
      position: Number(last?.max ?? 0) + 1,
      kind: item.kind,
      indicator_id: item.indicatorId ?? null,
      goal_id: item.goalId ?? null,
      topic: item.topic ?? null,
      reason: item.reason ?? null,
      topic_kind: item.topicKind ?? null,
      bank_entry_id: item.bankEntryId ?? null,
      notes: '',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toItem(row);
}

export async function deleteItem(db: Db, meetingId: number, id: number): Promise<void> {
  await db.deleteFrom('meeting_items').where('meeting_id', '=', meetingId).where('id', '=', id).execute();
}

export async function setItemPosition(db: Db, meetingId: number, id: number, position: number): Promise<void> {
  await db.updateTable('meeting_items').set({ position }).where('meeting_id', '=', meetingId).where('id', '=', id).execute();
}

export async function setItemNotes(db: Db, meetingId: number, id: number, notes: string): Promise<void> {
  await db.updateTable('meeting_items').set({ notes }).where('meeting_id', '=', meetingId).where('id', '=', id).execute();
}

/** Replaces the questions marked as discussed on an item. */
export async function setDiscussedQuestions(db: Db, itemId: number, questionIds: readonly string[], userId: number): Promise<void> {
  await db.deleteFrom('meeting_item_questions').where('item_id', '=', itemId).execute();
  if (!questionIds.length) return;
  const at = nowIso();
  await db
    .insertInto('meeting_item_questions')
    .values(questionIds.map((id) => ({ item_id: itemId, question_id: id, marked_by: userId, marked_at: at })))
    .execute();
}

/** The theme boxes and methods a group has had on its agenda, with the meeting each was on. */
export async function listThemeItemsOfGroup(db: Db, groupId: number): Promise<Array<{ bankEntryId: string; meetingId: number; meetingTitle: string; date: string }>> {
  const rows = await db
    .selectFrom('meeting_items')
    .innerJoin('meetings', 'meetings.id', 'meeting_items.meeting_id')
    .select(['meeting_items.bank_entry_id', 'meetings.id', 'meetings.title', 'meetings.meeting_date'])
    .where('meetings.group_id', '=', groupId)
    .where('meeting_items.kind', '=', 'theme')
    .orderBy('meetings.meeting_date')
    .orderBy('meetings.id')
    .execute();
  return rows.flatMap((r) => (r.bank_entry_id ? [{ bankEntryId: r.bank_entry_id, meetingId: r.id, meetingTitle: r.title, date: r.meeting_date }] : []));
}
