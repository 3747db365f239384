import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** ISO-8601 timestamps as text keep SQLite and PostgreSQL behaviour identical. */
type Timestamp = string;

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string;
  is_admin: number;
  deactivated_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionTable {
  sid: string;
  user_id: number | null;
  data: string;
  expires_at: Timestamp;
}

/** A rate-limit counter (rate-limiter-flexible's key, points and expiry in epoch milliseconds). */
export interface RateLimitTable {
  key: string;
  points: number;
  /** bigint: PostgreSQL's driver hands it back as text. */
  expire: number | string | null;
}

export interface GroupTable {
  id: Generated<number>;
  name: string;
  description: string;
  core_task: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** The group this one sits under in the organisation; null at the top. */
  parent_id: Generated<number | null>;
}

export interface MembershipTable {
  group_id: number;
  user_id: number;
  role: 'editor' | 'reader';
  created_at: Timestamp;
  /** 1 when the sign-in provider's groups claim granted it, 0 when an administrator did. */
  granted_by_claim: Generated<number>;
}

export interface ExternalIdentityTable {
  id: Generated<number>;
  user_id: number;
  /** The issuer, or "entra:<tenant id>" for Entra ID. */
  issuer_key: string;
  subject: string;
  created_at: Timestamp;
  last_login_at: Timestamp;
}

export interface IndicatorTable {
  id: Generated<number>;
  group_id: number;
  code: string | null;
  name: string;
  definition: string;
  why_it_matters: string;
  unit: string;
  decimals: number;
  direction: 'up' | 'down' | 'range';
  range_min: number | null;
  range_max: number | null;
  frequency: 'quarter' | 'month' | 'year';
  data_source: string;
  delivered_by: string;
  /** The member accountable for the indicator (issue 11). */
  owner_user_id: ColumnType<number | null, number | null | undefined, number | null>;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  // The organisation's data (issue 14): see src/db/migrations/2026-12-07-001-organisation-data.ts.
  series_of: Generated<number | null>;
  series_kind: Generated<'reference' | 'numerator' | 'denominator' | null>;
  series_label: Generated<string | null>;
  factor: Generated<number | null>;
  shared_at: Generated<Timestamp | null>;
  total_rule: Generated<'sum' | 'none' | null>;
  adopted_from: Generated<number | null>;
  definition_changed_at: Generated<Timestamp | null>;
}

export interface IndicatorReviewTable {
  id: Generated<number>;
  indicator_id: number;
  group_id: number;
  user_id: number | null;
  note: string;
  reviewed_at: Timestamp;
}

export type FetchStatus = 'ok' | 'nothing-new' | 'timeout' | 'http-error' | 'network' | 'not-csv' | 'format' | 'too-large';

export interface SeriesFetchTable {
  id: Generated<number>;
  series_id: number;
  group_id: number;
  url: string;
  row_label: string | null;
  interval_hours: Generated<number>;
  configured_by: number | null;
  created_at: Timestamp;
  next_due_at: Timestamp;
  last_attempt_at: Timestamp | null;
  last_success_at: Timestamp | null;
  last_status: FetchStatus | null;
  last_message: string | null;
}

export interface ObservationTable {
  id: Generated<number>;
  indicator_id: number;
  period: string;
  value: number;
  comment: string | null;
  import_id: number | null;
  updated_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  group_id: number | null;
  user_id: number | null;
  entity_type: string;
  entity_id: number | null;
  action: string;
  summary: string;
  old_value: string | null;
  new_value: string | null;
  created_at: ColumnType<Timestamp, Timestamp, never>;
}

export interface ImportUploadTable {
  id: Generated<number>;
  group_id: number;
  user_id: number;
  file_name: string;
  sha256: string;
  size_bytes: number;
  content: Uint8Array;
  created_at: Timestamp;
}

export interface ImportTable {
  id: Generated<number>;
  group_id: number;
  user_id: number | null;
  source: 'ui' | 'api';
  file_name: string;
  sha256: string;
  size_bytes: number;
  settings: string;
  mapping: string;
  new_count: number;
  changed_count: number;
  unchanged_count: number;
  skipped_error_count: number;
  created_at: Timestamp;
  undone_at: Timestamp | null;
  undone_by: number | null;
}

export interface ImportChangeTable {
  import_id: number;
  indicator_id: number;
  period: string;
  old_value: number | null;
  old_comment: string | null;
  old_import_id: number | null;
  new_value: number;
  new_comment: string | null;
}

export interface ImportMappingTable {
  group_id: number;
  source_label: string;
  indicator_id: number | null;
  skip: number;
  updated_at: Timestamp;
  /** The label as the file wrote it; null for mappings from before it was kept. */
  label: ColumnType<string | null, string | null | undefined, string | null>;
  user_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The upload in preview when the mapping was taught, until that upload is imported. */
  upload_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The import that taught it. */
  import_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface ApiTokenTable {
  id: Generated<number>;
  group_id: number;
  user_id: number;
  name: string;
  token_hash: string;
  token_hint: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
  /** 'import' keys send values in, 'read' keys read the group's data out. */
  scope: Generated<'import' | 'read'>;
}

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

export interface GoalTable {
  id: Generated<number>;
  group_id: number;
  indicator_id: number | null;
  title: string;
  description: string;
  baseline_value: number | null;
  baseline_period: string | null;
  baseline_source: 'data' | 'manual' | null;
  target_value: number | null;
  deadline: string | null;
  responsible: string;
  realism_reasoning: string;
  why_it_matters: string;
  driven_by: string;
  status: 'draft' | 'active' | 'reached' | 'not-reached' | 'abandoned';
  target_group: string | null;
  target_group_name: string;
  what_changes: string;
  evidence: string;
  noise_reason: string;
  beneficiary: string | null;
  beneficiary_name: string;
  driver_user_id: number | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GoalAcceptanceTable {
  goal_id: number;
  position: number;
  party: string;
  other_name: string | null;
  how: string;
  when_text: string;
}

export interface GoalResourceTable {
  goal_id: number;
  position: number;
  kind: string;
  amount: number | null;
  description: string;
}

export interface GoalMilestoneTable {
  goal_id: number;
  period: string;
  value: number;
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

/** Changes with every write of a group's indicators, values, actions and goals (see src/db/data-version.ts). */
export interface GroupDataVersionTable {
  group_id: number;
  /** bigint: counted up by triggers. */
  version: Generated<number | string>;
}

/** A part (up to a megabyte) of a file waiting in preview, in order by seq. */
export interface ImportUploadPartTable {
  upload_id: number;
  seq: number;
  bytes: Uint8Array;
}

/** When each background job last started, across all instances (see src/db/locks.ts runOnce). */
export interface JobRunTable {
  name: string;
  last_started_at: Timestamp;
}

export interface Database {
  users: UserTable;
  sessions: SessionTable;
  groups: GroupTable;
  memberships: MembershipTable;
  external_identities: ExternalIdentityTable;
  indicators: IndicatorTable;
  observations: ObservationTable;
  audit_log: AuditLogTable;
  import_uploads: ImportUploadTable;
  imports: ImportTable;
  import_changes: ImportChangeTable;
  import_mappings: ImportMappingTable;
  api_tokens: ApiTokenTable;
  goals: GoalTable;
  goal_acceptances: GoalAcceptanceTable;
  goal_resources: GoalResourceTable;
  goal_milestones: GoalMilestoneTable;
  meetings: MeetingTable;
  meeting_items: MeetingItemTable;
  actions: ActionTable;
  meeting_item_questions: MeetingItemQuestionTable;
  meeting_snapshots: MeetingSnapshotTable;
  meeting_snapshot_charts: MeetingSnapshotChartTable;
  action_status_changes: ActionStatusChangeTable;
  rate_limits: RateLimitTable;
  outbox: OutboxTable;
  group_data_versions: GroupDataVersionTable;
  job_runs: JobRunTable;
  import_upload_parts: ImportUploadPartTable;
  indicator_reviews: IndicatorReviewTable;
  series_fetches: SeriesFetchTable;
}

export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
