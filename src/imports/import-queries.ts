import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.js';
import type { ImportChangeTable, ImportTable } from '../db/schema.js';

export interface ImportRecord {
  id: number;
  groupId: number;
  userId: number | null;
  userName: string | null;
  source: 'ui' | 'api';
  fileName: string;
  sha256: string;
  sizeBytes: number;
  settings: Record<string, unknown>;
  mapping: Record<string, unknown>;
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  skippedErrorCount: number;
  createdAt: string;
  undoneAt: string | null;
}

export interface ImportChange {
  indicatorId: number;
  period: string;
  oldValue: number | null;
  oldComment: string | null;
  oldImportId: number | null;
  newValue: number;
  newComment: string | null;
}

type ImportRow = Selectable<ImportTable> & { user_name: string | null };

function toImport(row: ImportRow): ImportRecord {
  return {
    id: row.id,
    groupId: row.group_id,
    userId: row.user_id,
    userName: row.user_name,
    source: row.source,
    fileName: row.file_name,
    sha256: row.sha256,
    sizeBytes: row.size_bytes,
    settings: JSON.parse(row.settings) as Record<string, unknown>,
    mapping: JSON.parse(row.mapping) as Record<string, unknown>,
    newCount: row.new_count,
    changedCount: row.changed_count,
    unchangedCount: row.unchanged_count,
    skippedErrorCount: row.skipped_error_count,
    createdAt: row.created_at,
    undoneAt: row.undone_at,
  };
}

function importsQuery(db: Db) {
  return db.selectFrom('imports').leftJoin('users', 'users.id', 'imports.user_id').selectAll('imports').select('users.name as user_name');
}

export async function listImports(db: Db, groupId: number): Promise<ImportRecord[]> {
  const rows = await importsQuery(db).where('imports.group_id', '=', groupId).orderBy('imports.id', 'desc').execute();
  return rows.map(toImport);
}

export async function findImport(db: Db, groupId: number, id: number): Promise<ImportRecord | undefined> {
  const row = await importsQuery(db).where('imports.group_id', '=', groupId).where('imports.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toImport(row);
}

function toChange(r: Selectable<ImportChangeTable>): ImportChange {
  return {
    indicatorId: r.indicator_id,
    period: r.period,
    oldValue: r.old_value,
    oldComment: r.old_comment,
    oldImportId: r.old_import_id,
    newValue: r.new_value,
    newComment: r.new_comment,
  };
}

export async function listImportChanges(db: Db, importId: number, limit?: number): Promise<ImportChange[]> {
  let query = db.selectFrom('import_changes').selectAll().where('import_id', '=', importId).orderBy('indicator_id').orderBy('period');
  if (limit !== undefined) query = query.limit(limit);
  const rows = await query.execute();
  return rows.map(toChange);
}

/** The values an import set that something later has changed or removed: an undo must not overwrite them. */
export async function listTouchedSince(db: Db, importId: number): Promise<ImportChange[]> {
  const rows = await db
    .selectFrom('import_changes as c')
    .leftJoin('observations as o', (join) => join.onRef('o.indicator_id', '=', 'c.indicator_id').onRef('o.period', '=', 'c.period'))
    .selectAll('c')
    .where('c.import_id', '=', importId)
    .where((eb) => eb.or([eb('o.id', 'is', null), eb('o.import_id', 'is', null), eb('o.import_id', '!=', importId)]))
    .orderBy('c.indicator_id')
    .orderBy('c.period')
    .execute();
  return rows.map(toChange);
}
