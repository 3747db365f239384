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

/** Who taught a mapping, and in which upload's preview. */
export interface MappingSource {
  userId?: number | null;
  uploadId?: number | null;
}

export async function rememberMapping(db: Db, groupId: number, label: string, target: number | 'skip', source: MappingSource = {}): Promise<void> {
  const values = {
    indicator_id: target === 'skip' ? null : target,
    skip: target === 'skip' ? 1 : 0,
    updated_at: nowIso(),
    label: label.trim(),
    user_id: source.userId ?? null,
    upload_id: source.uploadId ?? null,
    // Taught again: no longer the lesson of an earlier import.
    import_id: null,
  };
  await db
    .insertInto('import_mappings')
    .values({ group_id: groupId, source_label: mappingKey(label), ...values })
    .onConflict((oc) => oc.columns(['group_id', 'source_label']).doUpdateSet(values))
    .execute();
}

export interface LearnedMapping {
  /** The normalised key it is stored and forgotten under. */
  key: string;
  /** The label as a file wrote it. */
  label: string;
  indicatorId: number | null;
  indicatorName: string | null;
  skip: boolean;
  learnedAt: string;
  userName: string | null;
  importId: number | null;
  importFileName: string | null;
}

function learnedQuery(db: Db, groupId: number) {
  return db
    .selectFrom('import_mappings as m')
    .leftJoin('indicators as i', 'i.id', 'm.indicator_id')
    .leftJoin('users as u', 'u.id', 'm.user_id')
    .leftJoin('imports as x', 'x.id', 'm.import_id')
    .select(['m.source_label', 'm.label', 'm.indicator_id', 'm.skip', 'm.updated_at', 'm.import_id', 'i.name as indicator_name', 'u.name as user_name', 'x.file_name'])
    .where('m.group_id', '=', groupId);
}

type LearnedRow = Awaited<ReturnType<ReturnType<typeof learnedQuery>['execute']>>[number];

function toLearned(r: LearnedRow): LearnedMapping {
  return {
    key: r.source_label,
    label: r.label ?? r.source_label,
    indicatorId: r.indicator_id,
    indicatorName: r.indicator_name,
    skip: r.skip === 1,
    learnedAt: r.updated_at,
    userName: r.user_name,
    importId: r.import_id,
    importFileName: r.file_name,
  };
}

/** Every mapping the group has learned, by label. */
export async function listLearnedMappings(db: Db, groupId: number): Promise<LearnedMapping[]> {
  const rows = await learnedQuery(db, groupId).orderBy('m.source_label').execute();
  return rows.map(toLearned);
}

export async function findLearnedMapping(db: Db, groupId: number, key: string): Promise<LearnedMapping | undefined> {
  const row = await learnedQuery(db, groupId).where('m.source_label', '=', key).executeTakeFirst();
  return row && toLearned(row);
}

/** The mappings an import taught that are still as it left them. */
export async function listMappingsTaughtBy(db: Db, groupId: number, importId: number): Promise<LearnedMapping[]> {
  const rows = await learnedQuery(db, groupId).where('m.import_id', '=', importId).orderBy('m.source_label').execute();
  return rows.map(toLearned);
}

export async function forgetMapping(db: Db, groupId: number, key: string): Promise<void> {
  await db.deleteFrom('import_mappings').where('group_id', '=', groupId).where('source_label', '=', key).execute();
}

/** The mappings taught while this upload was in preview become the lessons of the import made from it. */
export async function markMappingsTaught(db: Db, groupId: number, uploadId: number, importId: number): Promise<void> {
  await db
    .updateTable('import_mappings')
    .set({ import_id: importId, upload_id: null })
    .where('group_id', '=', groupId)
    .where('upload_id', '=', uploadId)
    .execute();
}
