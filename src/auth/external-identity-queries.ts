import type { Db } from '../db/connection.js';
import { nowIso } from '../shared/clock.js';

export interface IdentityKey {
  issuerKey: string;
  subject: string;
}

export async function findUserIdByIdentity(db: Db, key: IdentityKey): Promise<number | undefined> {
  const row = await db
    .selectFrom('external_identities')
    .select('user_id')
    .where('issuer_key', '=', key.issuerKey)
    .where('subject', '=', key.subject)
    .executeTakeFirst();
  return row?.user_id;
}

/** Whether the user already has an account at this provider (another subject than the one signing in). */
export async function hasIdentityAt(db: Db, userId: number, issuerKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('external_identities')
    .select('id')
    .where('user_id', '=', userId)
    .where('issuer_key', '=', issuerKey)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertIdentity(db: Db, userId: number, key: IdentityKey): Promise<void> {
  const now = nowIso();
  await db
    .insertInto('external_identities')
    .values({ user_id: userId, issuer_key: key.issuerKey, subject: key.subject, created_at: now, last_login_at: now })
    .execute();
}

export async function touchIdentity(db: Db, key: IdentityKey): Promise<void> {
  await db
    .updateTable('external_identities')
    .set({ last_login_at: nowIso() })
    .where('issuer_key', '=', key.issuerKey)
    .where('subject', '=', key.subject)
    .execute();
}

/** A user's work accounts, for the administrator: which provider, since when, last used. */
export interface LinkedIdentity {
  id: number;
  issuerKey: string;
  createdAt: string;
  lastLoginAt: string;
}

export async function listIdentitiesOfUser(db: Db, userId: number): Promise<LinkedIdentity[]> {
  const rows = await db
    .selectFrom('external_identities')
    .select(['id', 'issuer_key', 'created_at', 'last_login_at'])
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, issuerKey: r.issuer_key, createdAt: String(r.created_at), lastLoginAt: String(r.last_login_at) }));
}

/** Removes the link; the number of links removed (0 when it was not this user's). */
export async function deleteIdentity(db: Db, userId: number, identityId: number): Promise<number> {
  const result = await db.deleteFrom('external_identities').where('id', '=', identityId).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
