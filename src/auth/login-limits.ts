import { createRequire } from 'node:module';
import { sql } from 'kysely';
import { RateLimiterRes, type RateLimiterStoreAbstract as StoreAbstract } from 'rate-limiter-flexible';
import type { Db } from '../db/connection.js';

// The library's base class for stores is typed in its index but not exported from it at run time.
const RateLimiterStoreAbstract = createRequire(import.meta.url)('rate-limiter-flexible/lib/RateLimiterStoreAbstract.js') as typeof StoreAbstract;

interface StoredCount {
  points: number;
  expire: number | null;
}

const toStored = (row: { points: number | string; expire: number | string | null }): StoredCount => ({
  points: Number(row.points),
  expire: row.expire === null ? null : Number(row.expire),
});

/**
 * rate-limiter-flexible's store on the app's own database through Kysely, so SQLite and PostgreSQL
 * work alike and every app instance on one database shares the counts. Each change is one atomic
 * INSERT … ON CONFLICT … RETURNING, like the library's own SQL stores.
 */
export class KyselyRateLimiter extends RateLimiterStoreAbstract {
  private readonly db: Db;

  constructor(db: Db, options: { keyPrefix: string; points: number; duration: number }) {
    super({ ...options, storeClient: db });
    this.db = db;
  }

  protected _getRateLimiterRes(_key: string, changedPoints: number, result: StoredCount): RateLimiterRes {
    const isFirstInDuration = changedPoints === result.points;
    const consumed = isFirstInDuration ? changedPoints : result.points;
    const msBeforeNext = result.expire === null ? -1 : Math.max(result.expire - Date.now(), 0);
    return new RateLimiterRes(Math.max(this.points - consumed, 0), msBeforeNext, consumed, isFirstInDuration);
  }

  protected async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<StoredCount> {
    const now = Date.now();
    const expire = msDuration > 0 ? now + msDuration : null;
    const live = sql`rate_limits.expire IS NULL OR rate_limits.expire > ${now}`;
    const { rows } = forceExpire
      ? await sql<StoredCount>`INSERT INTO rate_limits (key, points, expire) VALUES (${key}, ${points}, ${expire})
          ON CONFLICT (key) DO UPDATE SET points = excluded.points, expire = excluded.expire
          RETURNING points, expire`.execute(this.db)
      : await sql<StoredCount>`INSERT INTO rate_limits (key, points, expire) VALUES (${key}, ${points}, ${expire})
          ON CONFLICT (key) DO UPDATE SET
            points = CASE WHEN ${live} THEN rate_limits.points + excluded.points ELSE excluded.points END,
            expire = CASE WHEN ${live} THEN rate_limits.expire ELSE excluded.expire END
          RETURNING points, expire`.execute(this.db);
    return toStored(rows[0]!);
  }

  protected async _get(key: string): Promise<StoredCount | null> {
    const row = await this.db
      .selectFrom('rate_limits')
      .select(['points', 'expire'])
      .where('key', '=', key)
      .where((eb) => eb.or([eb('expire', 'is', null), eb('expire', '>', Date.now())]))
      .executeTakeFirst();
    return row ? toStored(row) : null;
  }

  protected async _delete(key: string): Promise<boolean> {
    const result = await this.db.deleteFrom('rate_limits').where('key', '=', key).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

/** Counters that ran out more than an hour ago; the server sweeps them away now and then. */
export async function deleteExpiredRateLimits(db: Db, now = Date.now()): Promise<void> {
  await db.deleteFrom('rate_limits').where('expire', '<', now - 3_600_000).execute();
}

export interface LoginLimitSettings {
  /** Failed sign-ins for one account, from any address, within the window. */
  perAccount: number;
  /** Failed sign-ins from one address, for any accounts, within the window. */
  perAddress: number;
  windowMinutes: number;
}

export type LoginCheck = { blocked: false } | { blocked: true; retryAfterSeconds: number };

/**
 * Failed password sign-ins counted two ways: per account across addresses (one account guessed from
 * many machines) and per address across accounts (one machine trying a password on many accounts).
 * A successful sign-in clears its account's count, never the address's.
 */
export function createLoginLimits(db: Db, settings: LoginLimitSettings) {
  const duration = settings.windowMinutes * 60;
  const byAccount = new KyselyRateLimiter(db, { keyPrefix: 'login-account', points: settings.perAccount, duration });
  const byAddress = new KyselyRateLimiter(db, { keyPrefix: 'login-address', points: settings.perAddress, duration });
  const account = (email: string) => email.trim().toLowerCase();

  return {
    async check(address: string, email: string): Promise<LoginCheck> {
      const [a, b] = await Promise.all([byAddress.get(address), email.trim() ? byAccount.get(account(email)) : null]);
      const full = [a && a.consumedPoints >= settings.perAddress ? a : null, b && b.consumedPoints >= settings.perAccount ? b : null].filter(
        (r): r is RateLimiterRes => r !== null,
      );
      if (!full.length) return { blocked: false };
      return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...full.map((r) => r.msBeforeNext)) / 1000)) };
    },
    async failed(address: string, email: string): Promise<void> {
      await Promise.all([byAddress.penalty(address), email.trim() ? byAccount.penalty(account(email)) : undefined]);
    },
    async succeeded(email: string): Promise<void> {
      await byAccount.delete(account(email));
    },
  };
}

export type LoginLimits = ReturnType<typeof createLoginLimits>;
