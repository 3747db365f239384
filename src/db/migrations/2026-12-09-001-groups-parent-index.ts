import type { Kysely } from 'kysely';

// Frozen: never import app code here, and never edit after release; add a new migration instead.

/**
 * A group's home asks whether any group sits below it; at municipal scale most groups are leaves,
 * and the answer should come from an index, not from reading every group.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('groups_parent_id_idx').ifNotExists().on('groups').column('parent_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('groups_parent_id_idx').ifExists().execute();
}
