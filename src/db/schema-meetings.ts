import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './schema-types.js';

// Meetings, their items, records, actions and the outbox of reminders. Tables as the database holds them; see schema.ts for the whole database.

export interface MeetingTable {
  id: Generated<number>;
  group_id: number;
  title: string;
  meeting_date: string;
  /** 'HH:MM' in Danish time; null until the group sets a time. */
  start_time: string | null;
  duration_minutes: Generated<number>;
  location: Generated<string>;
  invitation_sequence: Generated<number>;
  attendees: string;
  /** Mødeleder and referent, members of the group. */
  chair_user_id: ColumnType<number | null, number | null | undefined, number | null>;
  secretary_user_id: ColumnType<number | null, number | null | undefined, number | null>;
  closed_at: Timestamp | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MeetingItemTable {
  id: Generated<number>;
  meeting_id: number;
  position: number;
  kind: 'indicator' | 'goal' | 'topic' | 'theme';
  indicator_id: number | null;
  goal_id: number | null;
  topic: string | null;
  reason: string | null;
  notes: Generated<string>;
  /** What a free topic is about; see content/reflection-situations.yaml, topics. */
  topic_kind: ColumnType<string | null, string | null | undefined, string | null>;
  /** A theme box or a method of the leadership foundation (kind 'theme'): its id in content.bank. */
  bank_entry_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A reflection question the group marked as discussed on an agenda item. */
export interface MeetingItemQuestionTable {
  item_id: number;
  question_id: string;
  marked_by: number | null;
  marked_at: Timestamp;
}

/** What a meeting showed and decided, frozen when it was closed; one version per closing. */
export interface MeetingSnapshotTable {
  id: Generated<number>;
  meeting_id: number;
  version: number;
  closed_at: Timestamp;
  closed_by: number | null;
  /** JSON: src/meetings/minutes-record.ts MinutesRecord. */
  data: string;
}

/** An item's chart as the meeting saw it. */
export interface MeetingSnapshotChartTable {
  snapshot_id: number;
  item_id: number;
  svg: string;
}

/** Every change of an action's status, dated, with the group's comment. */
export interface ActionStatusChangeTable {
  id: Generated<number>;
  action_id: number;
  from_status: string | null;
  to_status: string;
  comment: Generated<string>;
  changed_by: number | null;
  changed_at: Timestamp;
}

export interface ActionTable {
  id: Generated<number>;
  group_id: number;
  meeting_id: number | null;
  item_id: number | null;
  indicator_id: number | null;
  goal_id: number | null;
  what_and_why: string;
  how_and_who: string;
  responsible: string;
  /** The member responsible, when it is one; null for someone outside the group. */
  responsible_user_id: ColumnType<number | null, number | null | undefined, number | null>;
  due_date: string;
  start_period: string | null;
  /** Set when the action is an intervention whose effect the group wants to measure. */
  intervention_kind: ColumnType<string | null, string | null | undefined, string | null>;
  status: 'open' | 'in-progress' | 'done' | 'abandoned';
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type OutboxKind = 'invitation' | 'digest';

export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'not-sent';

export interface OutboxTable {
  id: Generated<number>;
  group_id: number;
  meeting_id: number | null;
  kind: OutboxKind;
  dedupe_key: string;
  recipient_user_id: number | null;
  recipient_email: string;
  recipient_name: string;
  subject: string;
  body_text: string;
  body_html: string;
  ics: string | null;
  status: OutboxStatus;
  attempts: Generated<number>;
  last_error: string | null;
  next_attempt_at: Timestamp;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}
