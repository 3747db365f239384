import type { Kysely } from 'kysely';

// Frozen: never import app code here, and never edit after release; add a new migration instead.

/**
 * Counters for rate limits (failed sign-ins per address and per account), kept in the app's own
 * database so every app instance on it counts the same attempts. `expire` is epoch milliseconds.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('points', 'integer', (c) => c.notNull())
    .addColumn('expire', 'bigint')
    .execute();
  await db.schema.createIndex('rate_limits_expire').on('rate_limits').column('expire').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limits').execute();
}
