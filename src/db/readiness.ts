import { Migrator, sql, type Kysely } from 'kysely';
import { migrations } from './migrations/index.js';

export interface Readiness {
  database: 'ok' | 'unreachable';
  migrations: 'current' | 'pending' | 'unknown';
  /** Migrations this code has that the database has not run yet. */
  pending: string[];
}

/** Whether the database answers and has every migration this code expects: what a load balancer asks before sending traffic. */
export async function checkReadiness(db: Kysely<any>): Promise<Readiness> {
  try {
    await sql`select 1`.execute(db);
  } catch {
    return { database: 'unreachable', migrations: 'unknown', pending: [] };
  }
  try {
    const known = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).getMigrations();
    const pending = known.filter((m) => m.executedAt === undefined).map((m) => m.name);
    return { database: 'ok', migrations: pending.length ? 'pending' : 'current', pending };
  } catch {
    return { database: 'ok', migrations: 'unknown', pending: [] };
  }
}
