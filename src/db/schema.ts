import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Timestamp } from './schema-types.js';
import type { ApiTokenTable, AuditLogTable, ExternalIdentityTable, GroupTable, MembershipTable, RateLimitTable, SessionTable, UserTable } from './schema-people.js';
import type { IndicatorReviewTable, IndicatorTable, ObservationTable, SeriesFetchTable } from './schema-indicators.js';
import type { ImportChangeTable, ImportMappingTable, ImportTable, ImportUploadPartTable, ImportUploadTable } from './schema-imports.js';
import type { ActionStatusChangeTable, ActionTable, MeetingItemQuestionTable, MeetingItemTable, MeetingSnapshotChartTable, MeetingSnapshotTable, MeetingTable, OutboxTable } from './schema-meetings.js';
import type { GoalAcceptanceTable, GoalMilestoneTable, GoalResourceTable, GoalTable } from './schema-goals.js';

// The database as Kysely sees it: one file per area holds its tables, this one puts them together.
export type * from './schema-people.js';
export type * from './schema-indicators.js';
export type * from './schema-imports.js';
export type * from './schema-meetings.js';
export type * from './schema-goals.js';
export type { Timestamp } from './schema-types.js';

/** Changes with every write of a group's indicators, values, actions and goals (see src/db/data-version.ts). */
export interface GroupDataVersionTable {
  group_id: number;
  /** bigint: counted up by triggers. */
  version: Generated<number | string>;
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
