import session from 'express-session';
import type { Db } from '../db/connection.js';
import { deleteSession, extendSession, findSessionData, saveSession } from '../auth/session-queries.js';

type Callback<T = void> = (err?: unknown, value?: T) => void;

// Sessions whose last written expiry this instance remembers (the ones in use).
const REMEMBERED = 10_000;

/**
 * express-session's store interface over the sessions the auth feature keeps in the database.
 * Every request moves the idle expiry; writing it on every request would be a database write per
 * page view. It is written when it has moved by a twentieth of the idle time (at most a minute)
 * since this instance last wrote it, so a session may end that much sooner than the idle time.
 */
export class DbSessionStore extends session.Store {
  private readonly written = new Map<string, number>();
  private readonly touchStepMs: number;

  constructor(
    private readonly db: Db,
    private readonly idleMs: number,
  ) {
    super();
    this.touchStepMs = Math.min(60_000, idleMs / 20);
  }

  private remember(sid: string, expiresAt: string): void {
    this.written.delete(sid);
    this.written.set(sid, Date.parse(expiresAt));
    if (this.written.size > REMEMBERED) this.written.delete(this.written.keys().next().value!);
  }

  override get(sid: string, cb: Callback<session.SessionData | null>): void {
    findSessionData(this.db, sid).then((data) => cb(undefined, data ? (JSON.parse(data) as session.SessionData) : null), cb);
  }

  override set(sid: string, data: session.SessionData, cb?: Callback): void {
    const expiresAt = this.expiry(data);
    saveSession(this.db, { sid, userId: data.userId ?? null, data: JSON.stringify(data), expiresAt }).then(
      () => {
        this.remember(sid, expiresAt);
        cb?.();
      },
      (err) => cb?.(err),
    );
  }

  override touch(sid: string, data: session.SessionData, cb?: Callback): void {
    const expiresAt = this.expiry(data);
    const last = this.written.get(sid);
    if (last !== undefined && Date.parse(expiresAt) - last < this.touchStepMs) {
      cb?.();
      return;
    }
    extendSession(this.db, sid, expiresAt).then(
      () => {
        this.remember(sid, expiresAt);
        cb?.();
      },
      (err) => cb?.(err),
    );
  }

  override destroy(sid: string, cb?: Callback): void {
    this.written.delete(sid);
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
