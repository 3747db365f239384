import type { Db } from '../db/connection.js';
import { nowIso } from '../shared/clock.js';

export type AuditEntityType = 'group' | 'indicator' | 'observation' | 'membership' | 'user' | 'import' | 'goal' | 'meeting' | 'action';

export interface AuditEntry {
  groupId: number | null;
  userId: number | null;
  entityType: AuditEntityType;
  entityId: number | null;
  action: string;
  /** A Danish sentence a leader can read on the Historik page. */
  summary: string;
  oldValue?: unknown;
  newValue?: unknown;
}

export interface AuditRecord {
  id: number;
  at: string;
  userName: string | null;
  entityType: string;
  entityId: number | null;
  action: string;
  summary: string;
  oldValue: unknown;
  newValue: unknown;
}

/** Append-only: nothing in the app updates or deletes audit rows. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      group_id: entry.groupId,
      user_id: entry.userId,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      action: entry.action,
      summary: entry.summary,
      old_value: entry.oldValue === undefined ? null : JSON.stringify(entry.oldValue),
      new_value: entry.newValue === undefined ? null : JSON.stringify(entry.newValue),
      created_at: nowIso(),
    })
    .execute();
}

export async function listAuditForGroup(
  db: Db,
  groupId: number,
  options: { limit: number; offset: number; entityType?: string; entityId?: number },
): Promise<AuditRecord[]> {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select([
      'audit_log.id',
      'audit_log.created_at',
      'users.name as user_name',
      'audit_log.entity_type',
      'audit_log.entity_id',
      'audit_log.action',
      'audit_log.summary',
      'audit_log.old_value',
      'audit_log.new_value',
    ])
    .where('audit_log.group_id', '=', groupId);
  if (options.entityType) query = query.where('audit_log.entity_type', '=', options.entityType);
  if (options.entityId !== undefined) query = query.where('audit_log.entity_id', '=', options.entityId);
  const rows = await query.orderBy('audit_log.id', 'desc').limit(options.limit).offset(options.offset).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.created_at,
    userName: r.user_name,
    entityType: r.entity_type,
    entityId: r.entity_id,
    action: r.action,
    summary: r.summary,
    oldValue: r.old_value === null ? null : JSON.parse(r.old_value),
    newValue: r.new_value === null ? null : JSON.parse(r.new_value),
  }));
}
