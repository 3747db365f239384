import type { Kysely } from 'kysely';

/**
 * A group's data version: a number that changes in the same transaction as every write of the
 * group's indicators, values, actions, goals and goal milestones (database triggers keep it; see
 * migration 2026-12-06-001-scale-data-versions). Anything an instance keeps in memory about a
 * group is valid exactly while this number is unchanged, also when another instance wrote.
 * Reading it is one primary-key lookup.
 */
export async function groupDataVersion(db: Kysely<any>, groupId: number): Promise<number> {
  const row = await db.selectFrom('group_data_versions').select('version').where('group_id', '=', groupId).executeTakeFirst();
  return row ? Number(row.version) : 0;
}

/**
 * Bumps the version by hand. Only a bulk write of values that carries an import_id needs it: on
 * SQLite the triggers leave such rows out, so a million-row import bumps once instead of a million
 * times. Call it inside the write's transaction.
 */
export async function bumpGroupDataVersion(db: Kysely<any>, groupId: number): Promise<void> {
  await db
    .updateTable('group_data_versions')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('group_id', '=', groupId)
    .execute();
}
