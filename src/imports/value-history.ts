import type { Db } from '../db/connection.js';

/** One value an import wrote, with when the import ran and, if it was undone, when. */
export interface ImportTouch {
  indicatorId: number;
  /** Canonical period, e.g. '2026K3'. */
  period: string;
  /** What the import replaced; null when the value was new. */
  oldValue: number | null;
  newValue: number;
  importedAt: string;
  undoneAt: string | null;
}

/** Every value a group's imports wrote or an undo put back after `sinceIso`: enough to tell what each value was at that moment. */
export async function importTouchesSince(db: Db, groupId: number, sinceIso: string): Promise<ImportTouch[]> {
  const rows = await db
    .selectFrom('import_changes as c')
    .innerJoin('imports as i', 'i.id', 'c.import_id')
    .select(['c.indicator_id', 'c.period', 'c.old_value', 'c.new_value', 'i.created_at', 'i.undone_at'])
    .where('i.group_id', '=', groupId)
    .where((eb) => eb.or([eb('i.created_at', '>', sinceIso), eb('i.undone_at', '>', sinceIso)]))
    .execute();
  return rows.map((r) => ({
    indicatorId: r.indicator_id,
    period: r.period,
    oldValue: r.old_value,
    newValue: r.new_value,
    importedAt: r.created_at,
    undoneAt: r.undone_at,
  }));
}
