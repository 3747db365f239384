import { type Kysely, PostgresAdapter, sql } from 'kysely';

// The first key of pg_advisory_xact_lock(int, int): what kind of thing the second key names.
const GROUP_VALUES = 1;

/**
 * Makes transactions that read a group's stored values and then write them run one after the
 * other; the lock is held until commit or rollback. On PostgreSQL such transactions otherwise run
 * side by side (READ COMMITTED): two imports would both plan against the same stored values, and
 * the later one would record wrong "before" values for its undo. SQLite needs nothing: Kysely
 * runs a transaction on its one connection, so a process's transactions already take turns.
 */
export async function lockGroupValues(trx: Kysely<any>, groupId: number): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`select pg_advisory_xact_lock(${sql.lit(GROUP_VALUES)}, ${groupId}::int)`.execute(trx);
}
