import type { Db } from '../db/connection.js';

/**
 * Sessions live in the app's own database so they survive a restart and are shared by several app
 * instances; the user_id column lets deactivation or a password change end a user's sessions at once.
 */
export interface StoredSession {
  sid: string;
  userId: number | null;
  /** The session as JSON, exactly as express-session hands it over. */
  data: string;
  expiresAt: string;
}

/** The session's JSON, or undefined when it does not exist or has expired. */
export async function findSessionData(db: Db, sid: string, now = new Date()): Promise<string | undefined> {
  const row = await db.selectFrom('sessions').select(['data', 'expires_at']).where('sid', '=', sid).executeTakeFirst();
  return row && row.expires_at > now.toISOString() ? row.data : undefined;
}

export async function saveSession(db: Db, session: StoredSession): Promise<void> {
  const row = { sid: session.sid, user_id: session.userId, data: session.data, expires_at: session.expiresAt };
  await db
    .insertInto('sessions')
    .values(row)
    .onConflict((oc) => oc.column('sid').doUpdateSet({ user_id: row.user_id, data: row.data, expires_at: row.expires_at }))
    .execute();
}

export async function extendSession(db: Db, sid: string, expiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ expires_at: expiresAt }).where('sid', '=', sid).execute();
}

export async function deleteSession(db: Db, sid: string): Promise<void> {
  await db.deleteFrom('sessions').where('sid', '=', sid).execute();
}

export async function endSessionsOfUser(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
}
