import type { Db } from '../db/connection.js';
import { GroupKeyedCache } from '../db/data-version.js';

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

// Imports and their undos write values and so change the group's data version (import-service.ts,
// import-undo.ts): what they touched since a moment is kept per version and moment, frozen.
const keptTouches = new GroupKeyedCache<string, readonly ImportTouch[]>(200);

/**
 * Every value a group's imports wrote or an undo put back after `sinceIso`: enough to tell what each
 * value was at that moment. `dataVersion`: the group's data version as this request read it before
 * anything else (the group's board does), when it has it; the touches are then read once per version.
 */
export function importTouchesSince(db: Db, groupId: number, sinceIso: string, dataVersion?: number): Promise<readonly ImportTouch[]> {
  if (dataVersion === undefined) return readTouchesSince(db, groupId, sinceIso);
  return keptTouches.get(db, groupId, sinceIso, async () => Object.freeze((await readTouchesSince(db, groupId, sinceIso)).map((t) => Object.freeze(t))), dataVersion);
}

async function readTouchesSince(db: Db, groupId: number, sinceIso: string): Promise<ImportTouch[]> {
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
