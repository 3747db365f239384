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

/**
 * What an instance keeps in memory per group, valid while the group's data version is unchanged:
 * each get reads the version (one primary-key lookup) and loads afresh only when it moved, so a
 * write by any instance is seen at the next request. At most `maxGroups` groups are kept (the
 * least recently used go first). Kept values are shared between requests: freeze them, or never
 * change them. Kept per database object, so a transaction's reads never reach other requests.
 */
export class GroupCache<T> {
  // The load under way is kept, not only its result: two requests that need the same group at once
  // (the home's board and its goals) share one load instead of both reading the values.
  private readonly byDb = new WeakMap<Kysely<any>, Map<number, { version: number; value: Promise<T> }>>();

  constructor(private readonly maxGroups: number) {}

  /**
   * `knownVersion`: the version this request has read already (a group's board reads it first), so
   * it is not read twice; it must have been read before anything the load reads.
   */
  async get(db: Kysely<any>, groupId: number, load: () => Promise<T>, knownVersion?: number): Promise<T> {
    // The version is read before the data, so data kept under a version is never older than it.
    const version = knownVersion ?? (await groupDataVersion(db, groupId));
    let groups = this.byDb.get(db);
    if (!groups) this.byDb.set(db, (groups = new Map()));
    const kept = groups.get(groupId);
    if (kept && kept.version === version) {
      groups.delete(groupId);
      groups.set(groupId, kept);
      return kept.value;
    }
    const entry = { version, value: load() };
    groups.delete(groupId);
    groups.set(groupId, entry);
    while (groups.size > this.maxGroups) groups.delete(groups.keys().next().value!);
    // A failed load is not kept: the next request tries again.
    entry.value.catch(() => {
      if (groups.get(groupId) === entry) groups.delete(groupId);
    });
    return entry.value;
  }
}

/**
 * Like GroupCache, for several values per group (one per indicator, say), each loaded the first time
 * it is asked for under the group's current data version. Valid by the same rule: only for data that
 * every change of changes the group's data version.
 */
export class GroupKeyedCache<K, T> {
  private readonly groups: GroupCache<Map<K, Promise<T>>>;

  constructor(maxGroups: number) {
    this.groups = new GroupCache(maxGroups);
  }

  async get(db: Kysely<any>, groupId: number, key: K, load: () => Promise<T>, knownVersion?: number): Promise<T> {
    const byKey = await this.groups.get(db, groupId, async () => new Map(), knownVersion);
    let value = byKey.get(key);
    if (!value) {
      const loading = load();
      byKey.set(key, (value = loading));
      // A failed load is not kept: the next request tries again.
      loading.catch(() => {
        if (byKey.get(key) === loading) byKey.delete(key);
      });
    }
    return value;
  }
}
