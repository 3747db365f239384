import session from 'express-session';
import type { Db } from '../db/connection.js';

type Callback<T = void> = (err?: unknown, value?: T) => void;

/**
 * Sessions live in the app's own database so they survive a restart and can later be shared by
 * several app instances; the user_id column lets deactivation end a user's sessions at once.
 */
export class DbSessionStore extends session.Store {
  constructor(
    private readonly db: Db,
    private readonly idleMs: number,
  ) {
    super();
  }

  override get(sid: string, cb: Callback<session.SessionData | null>): void {
    this.db
      .selectFrom('sessions')
      .select(['data', 'expires_at'])
      .where('sid', '=', sid)
      .executeTakeFirst()
      .then((row) => {
        if (!row || row.expires_at <= new Date().toISOString()) return cb(undefined, null);
        cb(undefined, JSON.parse(row.data) as session.SessionData);
      }, cb);
  }

  override set(sid: string, data: session.SessionData, cb?: Callback): void {
    const row = {
      sid,
      user_id: data.userId ?? null,
      data: JSON.stringify(data),
      expires_at: this.expiry(data),
    };
    this.db
      .insertInto('sessions')
      .values(row)
      .onConflict((oc) => oc.column('sid').doUpdateSet({ user_id: row.user_id, data: row.data, expires_at: row.expires_at }))
      .execute()
      .then(() => cb?.(), (err) => cb?.(err));
  }

  override touch(sid: string, data: session.SessionData, cb?: Callback): void {
    this.db
      .updateTable('sessions')
      .set({ expires_at: this.expiry(data) })
      .where('sid', '=', sid)
      .execute()
      .then(() => cb?.(), (err) => cb?.(err));
  }

  override destroy(sid: string, cb?: Callback): void {
    this.db
      .deleteFrom('sessions')
      .where('sid', '=', sid)
      .execute()
      .then(() => cb?.(), (err) => cb?.(err));
  }

  private expiry(data: session.SessionData): string {
    const expires = data.cookie?.expires ? new Date(data.cookie.expires) : new Date(Date.now() + this.idleMs);
    return expires.toISOString();
  }
}

export async function endSessionsOfUser(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
}

declare module 'express-session' {
  interface SessionData {
    userId?: number;
    loginAt?: string;
    csrfToken?: string;
    flash?: { kind: 'success' | 'info' | 'error'; message: string };
  }
}
