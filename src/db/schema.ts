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

export interface GroupTable {
  id: Generated<number>;
  name: string;
  description: string;
  core_task: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MembershipTable {
  group_id: number;
  user_id: number;
  role: 'editor' | 'reader';
  created_at: Timestamp;
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
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
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

export interface Database {
  users: UserTable;
  sessions: SessionTable;
  groups: GroupTable;
  memberships: MembershipTable;
  indicators: IndicatorTable;
  observations: ObservationTable;
  audit_log: AuditLogTable;
}

export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
