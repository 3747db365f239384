import type { Db } from '../db/connection.js';
import { nowIso } from '../shared/clock.js';
import { mappingKey } from './indicator-matching.js';

/** The group's remembered choices: which indicator a file's label means, or that it is skipped. */
export async function loadRememberedMappings(db: Db, groupId: number): Promise<Map<string, number | 'skip'>> {
  const rows = await db.selectFrom('import_mappings').select(['source_label', 'indicator_id', 'skip']).where('group_id', '=', groupId).execute();
  const map = new Map<string, number | 'skip'>();
  for (const r of rows) {
    if (r.skip === 1) map.set(r.source_label, 'skip');
    else if (r.indicator_id !== null) map.set(r.source_label, r.indicator_id);
  }
  return map;
}

export async function rememberMapping(db: Db, groupId: number, label: string, target: number | 'skip'): Promise<void> {
  const values = { indicator_id: target === 'skip' ? null : target, skip: target === 'skip' ? 1 : 0, updated_at: nowIso() };
  await db
    .insertInto('import_mappings')
    .values({ group_id: groupId, source_label: mappingKey(label), ...values })
    .onConflict((oc) => oc.columns(['group_id', 'source_label']).doUpdateSet(values))
    .execute();
}
