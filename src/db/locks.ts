import { type Kysely, PostgresAdapter, sql } from 'kysely';

// The first key of pg_advisory_(xact_)lock(int, int): what kind of thing the second key names.
const GROUP_VALUES = 1;
const FIRST_START = 2;
const JOB = 3;

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Makes transactions that read a group's stored values and then write them run one after the
 * other; the lock is held until commit or rollback. On PostgreSQL such transactions otherwise run
 * side by side (READ COMMITTED): two imports would both plan against the same stored values, and
 * the later one would record wrong "before" values for its undo. SQLite needs nothing: Kysely
 * runs a transaction on its one connection, so a process's transactions already take turns.
 */
export async function lockGroupValues(trx: Kysely<any>, groupId: number): Promise<void> {
  if (!isPostgres(trx)) return;
  await sql`select pg_advisory_xact_lock(${sql.lit(GROUP_VALUES)}, ${groupId}::int)`.execute(trx);
}

/**
 * Makes the first start's check "is the database empty?" and the seeding that follows one step
 * across instances: a second instance starting at the same moment waits for the first one's
 * transaction and then finds its users. Held until commit or rollback; SQLite needs nothing.
 */
export async function lockFirstStart(trx: Kysely<any>): Promise<void> {
  if (!isPostgres(trx)) return;
  await sql`select pg_advisory_xact_lock(${sql.lit(FIRST_START)}, 0)`.execute(trx);
}

/** A stable 32-bit key for a job's name (FNV-1a). */
function jobKey(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash | 0;
}

// Jobs under way in this process: a slow run is never started again beside itself.
const running = new Set<string>();

/**
 * Runs a background job once per `intervalMs` across every instance on the database:
 * - On PostgreSQL the run holds a session advisory lock (pg_try_advisory_lock) on one connection:
 *   while one instance runs the job, another that tries gives up at once instead of waiting.
 * - Under that lock the job's row in job_runs says when it last started anywhere; an instance whose
 *   timer fires sooner than the interval after that start leaves the job (a tenth of the interval
 *   is forgiven, so timers that drift a little do not skip whole rounds).
 * On SQLite one process is the rule (the database is a file on one machine), so only the second
 * check matters there, and it keeps the schedule across restarts.
 * The job gets the connection that holds the lock, so it works with a pool of one connection.
 * Returns whether this call ran the job.
 */
export async function runJobOnce<DB>(db: Kysely<DB>, name: string, intervalMs: number, job: (db: Kysely<DB>) => Promise<unknown>, now = () => new Date()): Promise<boolean> {
  if (running.has(name)) return false;
  running.add(name);
  try {
    return await db.connection().execute(async (conn) => {
      const pg = isPostgres(conn);
      if (pg) {
        const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${sql.lit(JOB)}, ${jobKey(name)}::int) as locked`.execute(conn);
        if (!rows[0]?.locked) return false;
      }
      try {
        if (!(await claimRun(conn as Kysely<any>, name, intervalMs, now()))) return false;
        await job(conn);
        return true;
      } finally {
        if (pg) await sql`select pg_advisory_unlock(${sql.lit(JOB)}, ${jobKey(name)}::int)`.execute(conn);
      }
    });
  } finally {
    running.delete(name);
  }
}

/** Records this start unless the job started elsewhere less than (nearly) an interval ago. */
async function claimRun(db: Kysely<any>, name: string, intervalMs: number, at: Date): Promise<boolean> {
  const cutoff = new Date(at.getTime() - intervalMs * 0.9).toISOString();
  const claimed = await db
    .insertInto('job_runs')
    .values({ name, last_started_at: at.toISOString() })
    .onConflict((oc) => oc.column('name').doUpdateSet({ last_started_at: at.toISOString() }).where('job_runs.last_started_at', '<=', cutoff))
    .returning('name')
    .executeTakeFirst();
  return claimed !== undefined;
}
