import type { Db } from '../db/connection.js';
import type { AgendaItem, Meeting } from './meeting.js';
import { toItem, toMeeting } from './meeting-queries.js';

/**
 * One meeting's page reads, each in one query: the meeting with the one held before it, and its
 * agenda with the questions discussed and the group's theme items (what the bank's journey has taken).
 */

/**
 * The meeting in the group and the meeting held before it (its decisions open this one): the latest
 * by date, then id, of those before it. Undefined when the group has no such meeting.
 */
export async function findMeetingWithPrevious(db: Db, groupId: number, id: number): Promise<{ meeting: Meeting; previous?: Meeting } | undefined> {
  const dateOf = db.selectFrom('meetings as m').select('m.meeting_date').where('m.id', '=', id).where('m.group_id', '=', groupId);
  // Every meeting before it sorts after it, so it comes first and the previous one second.
  const rows = await db
    .selectFrom('meetings')
    .selectAll()
    .where('group_id', '=', groupId)
    .where((eb) => eb.or([eb('id', '=', id), eb('meeting_date', '<', dateOf), eb.and([eb('meeting_date', '=', dateOf), eb('id', '<', id)])]))
    .orderBy('meeting_date', 'desc')
    .orderBy('id', 'desc')
    .limit(2)
    .execute();
  const [first, second] = rows;
  if (!first || first.id !== id) return undefined;
  return { meeting: toMeeting(first), ...(second && { previous: toMeeting(second) }) };
}

export interface ThemeItem {
  bankEntryId: string;
  meetingId: number;
  meetingTitle: string;
  date: string;
}

export interface MeetingAgenda {
  /** The meeting's items in their order. */
  items: AgendaItem[];
  /** The bank's questions marked as discussed, per item id. */
  discussed: Map<number, Set<string>>;
  /** The group's theme items at any meeting, by meeting date: the themes the group has taken. */
  themes: ThemeItem[];
}

/** A meeting's agenda, its discussed questions and the group's theme items, in one query. */
export async function readMeetingAgenda(db: Db, groupId: number, meetingId: number): Promise<MeetingAgenda> {
  const rows = await db
    .selectFrom('meeting_items')
    .innerJoin('meetings', 'meetings.id', 'meeting_items.meeting_id')
    // Questions only of this meeting's items: one row per question, or one without.
    .leftJoin('meeting_item_questions as q', (join) => join.onRef('q.item_id', '=', 'meeting_items.id').on('meeting_items.meeting_id', '=', meetingId))
    .selectAll('meeting_items')
    .select(['meetings.title as meeting_title', 'meetings.meeting_date as meeting_date', 'q.question_id'])
    .where('meetings.group_id', '=', groupId)
    .where((eb) => eb.or([eb('meeting_items.meeting_id', '=', meetingId), eb('meeting_items.kind', '=', 'theme')]))
    .orderBy('meetings.meeting_date')
    .orderBy('meetings.id')
    .orderBy('meeting_items.position')
    .orderBy('meeting_items.id')
    .execute();
  const agenda: MeetingAgenda = { items: [], discussed: new Map(), themes: [] };
  let last: number | undefined;
  for (const row of rows) {
    if (row.id === last) {
      // The same item again, with its next question.
      if (row.question_id !== null) agenda.discussed.get(row.id)?.add(row.question_id);
      continue;
    }
    last = row.id;
    if (row.meeting_id === meetingId) {
      agenda.items.push(toItem(row));
      if (row.question_id !== null) agenda.discussed.set(row.id, new Set([row.question_id]));
    }
    if (row.kind === 'theme' && row.bank_entry_id) agenda.themes.push({ bankEntryId: row.bank_entry_id, meetingId: row.meeting_id, meetingTitle: row.meeting_title, date: row.meeting_date });
  }
  return agenda;
}
