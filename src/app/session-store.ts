import session from 'express-session';
import type { Db } from '../db/connection.js';
import { deleteSession, extendSession, findSessionData, saveSession } from '../auth/session-queries.js';

type Callback<T = void> = (err?: unknown, value?: T) => void;

/** express-session's store interface over the sessions the auth feature keeps in the database. */
export class DbSessionStore extends session.Store {
  constructor(
    private readonly db: Db,
    private readonly idleMs: number,
  ) {
    super();
  }

  override get(sid: string, cb: Callback<session.SessionData | null>): void {
    findSessionData(this.db, sid).then((data) => cb(undefined, data ? (JSON.parse(data) as session.SessionData) : null), cb);
  }

  override set(sid: string, data: session.SessionData, cb?: Callback): void {
    saveSession(this.db, { sid, userId: data.userId ?? null, data: JSON.stringify(data), expiresAt: this.expiry(data) }).then(
      () => cb?.(),
      (err) => cb?.(err),
    );
  }

  override touch(sid: string, data: session.SessionData, cb?: Callback): void {
    extendSession(this.db, sid, this.expiry(data)).then(
      () => cb?.(),
      (err) => cb?.(err),
    );
  }

  override destroy(sid: string, cb?: Callback): void {
    deleteSession(this.db, sid).then(
      () => cb?.(),
      (err) => cb?.(err),
    );
  }

  private expiry(data: session.SessionData): string {
    const expires = data.cookie?.expires ? new Date(data.cookie.expires) : new Date(Date.now() + this.idleMs);
    return expires.toISOString();
  }
}
