import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './schema-types.js';

// People, groups and access: who signs in, where, and what they may do. Tables as the database holds them; see schema.ts for the whole database.

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
