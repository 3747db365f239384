import { PostgresAdapter, sql } from 'kysely';
import { copyInto, copyText } from '../db/postgres.js';
import { BatchStatement } from '../db/batch-statement.js';
import { withBulkWriteCache, type Db } from '../db/connection.js';
import { nowIso } from '../shared/clock.js';
import type { ImportRecord } from './import-queries.js';
import type { PlannedChanges } from './planned-changes.js';
import type { ExistingValue } from './row-store.js';

// Rows per multi-row INSERT: 8 values a row keeps a statement at 8,000 parameters, well inside
// SQLite's limit of 32,766 (and PostgreSQL's 65,535).
const BATCH = 1000;

// Indicators per query when loading stored values: keeps the IN list short.
const INDICATORS_PER_QUERY = 500;

/** The stored values of these indicators (only these: a file rarely covers a whole group). */
export async function loadExistingValues(db: Db, indicatorIds: readonly number[]): Promise<Map<number, Map<string, ExistingValue>>> {
  const result = new Map<number, Map<string, ExistingValue>>(indicatorIds.map((id) => [id, new Map()]));
  for (let start = 0; start < indicatorIds.length; start += INDICATORS_PER_QUERY) {
    const rows = await db
      .selectFrom('observations')
      .select(['indicator_id', 'period', 'value', 'comment', 'import_id'])
      .where('indicator_id', 'in', indicatorIds.slice(start, start + INDICATORS_PER_QUERY))
      .execute();
    for (const r of rows) result.get(r.indicator_id)?.set(r.period, { value: r.value, comment: r.comment, importId: r.import_id });
  }
  return result;
}

export async function insertImport(
  db: Db,
  record: Omit<ImportRecord, 'id' | 'userName' | 'createdAt' | 'undoneAt'>,
): Promise<number> {
  const row = await db
    .insertInto('imports')
    .values({
      group_id: record.groupId,
      user_id: record.userId,
      source: record.source,
      file_name: record.fileName,
      sha256: record.sha256,
      size_bytes: record.sizeBytes,
      settings: JSON.stringify(record.settings),
      mapping: JSON.stringify(record.mapping),
      new_count: record.newCount,
      changed_count: record.changedCount,
      unchanged_count: record.unchangedCount,
      skipped_error_count: record.skippedErrorCount,
      created_at: nowIso(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const OBSERVATION_COLUMNS = ['indicator_id', 'period', 'value', 'comment', 'import_id', 'updated_by', 'created_at', 'updated_at'] as const;
const CHANGE_COLUMNS = ['import_id', 'indicator_id', 'period', 'old_value', 'old_comment', 'old_import_id', 'new_value', 'new_comment'] as const;

const VALUE_COLUMNS = ['indicator_id', 'period', 'value', 'comment'] as const;
const IMPORT_CONSTANTS = ['import_id', 'updated_by', 'created_at', 'updated_at'] as const;

/**
 * SQLite: the rows' own four values go in a VALUES list and the import's id, user and time are
 * written once, in the SELECT. Binding them with every row cost a fifth of the import's time.
 * (`where true` tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to a join.)
 */
function upsertObservations() {
  return new BatchStatement(
    VALUE_COLUMNS,
    (db: Db, rows, constants) =>
      db
        .insertInto('observations')
        .columns([...OBSERVATION_COLUMNS])
        .expression(
          sql`select column1, column2, column3, column4, ${constants.import_id}, ${constants.updated_by}, ${constants.created_at}, ${constants.updated_at}
            from (values ${sql.join(rows.map((r) => sql`(${r.indicator_id}, ${r.period}, ${r.value}, ${r.comment})`))}) where true`,
        )
        .onConflict((oc) =>
          oc.columns(['indicator_id', 'period']).doUpdateSet((eb) => ({
            value: eb.ref('excluded.value'),
            comment: eb.ref('excluded.comment'),
            import_id: eb.ref('excluded.import_id'),
            updated_by: eb.ref('excluded.updated_by'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        ),
    IMPORT_CONSTANTS,
  );
}

function insertChanges() {
  return new BatchStatement(CHANGE_COLUMNS, (db: Db, rows) => db.insertInto('import_changes').values(rows as never));
}

// Indicators per INSERT … SELECT when recording the new values: keeps the IN list short.
const INDICATORS_PER_COPY = 500;

/**
 * Writes the values and records what they replaced; the caller owns the transaction.
 * - Every new and changed value is upserted into observations, 1,000 rows per statement, each
 *   statement compiled by Kysely once and run with fresh values.
 * - A changed value's import_changes row carries the value it replaced, so it is written from the plan.
 * - A new value replaced nothing: its row is copied inside the database from the observation just
 *   written (this import's id marks them), instead of sending every value to the database twice.
 * On SQLite the writes run with a small page cache: see withBulkWriteCache.
 */
export async function applyChanges(db: Db, importId: number, userId: number | null, changes: PlannedChanges): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return copyChanges(db, importId, userId, changes);
  await withBulkWriteCache(db, () => writeChanges(db, importId, userId, changes));
}

const STAGING_COLUMNS = ['indicator_id', 'period', 'value', 'comment', 'old_value', 'old_comment', 'old_import_id'] as const;

/** The changes as lines of COPY text, about 1,000 rows to a string. */
function* stagingLines(changes: PlannedChanges): Generator<string> {
  let chunk = '';
  for (let i = 0; i < changes.length; i++) {
    const old = changes.old(i);
    chunk +=
      `${changes.indicatorId(i)}\t${copyText(changes.canonical(i))}\t${copyText(changes.value(i))}\t${copyText(changes.comment(i))}\t` +
      `${old ? copyText(old.value) : '\\N'}\t${old ? copyText(old.comment) : '\\N'}\t${old ? copyText(old.importId) : '\\N'}\n`;
    if (i % 1000 === 999) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * PostgreSQL: every change goes into a temporary staging table with one COPY … FROM STDIN, then
 * one INSERT … ON CONFLICT writes the values and one INSERT … SELECT records them for undo, with
 * what they replaced. The caller owns the transaction; the staging table goes with it.
 */
async function copyChanges(db: Db, importId: number, userId: number | null, changes: PlannedChanges): Promise<void> {
  const now = nowIso();
  await sql`create temp table import_staging (
    indicator_id integer not null, period text not null, value double precision not null, comment text,
    old_value double precision, old_comment text, old_import_id integer
  ) on commit drop`.execute(db);
  await copyInto(db, 'import_staging', STAGING_COLUMNS, stagingLines(changes));
  await sql`
    insert into observations (indicator_id, period, value, comment, import_id, updated_by, created_at, updated_at)
    select indicator_id, period, value, comment, ${importId}::integer, ${userId}::integer, ${now}::text, ${now}::text from import_staging
    on conflict (indicator_id, period) do update set value = excluded.value, comment = excluded.comment,
      import_id = excluded.import_id, updated_by = excluded.updated_by, updated_at = excluded.updated_at`.execute(db);
  await sql`
    insert into import_changes (import_id, indicator_id, period, old_value, old_comment, old_import_id, new_value, new_comment)
    select ${importId}::integer, indicator_id, period, old_value, old_comment, old_import_id, value, comment from import_staging`.execute(db);
  await sql`drop table import_staging`.execute(db);
}

async function writeChanges(db: Db, importId: number, userId: number | null, changes: PlannedChanges): Promise<void> {
  const now = nowIso();
  const observations = upsertObservations();
  const importChanges = insertChanges();
  const obsWidth = VALUE_COLUMNS.length;
  const chgWidth = CHANGE_COLUMNS.length;
  const obs = new Array<unknown>(BATCH * obsWidth);
  const chg = new Array<unknown>(BATCH * chgWidth);
  const constants = [importId, userId, now, now];
  let pending = 0;
  const withNewValues = new Set<number>();
  for (let start = 0; start < changes.length; start += BATCH) {
    const count = Math.min(BATCH, changes.length - start);
    for (let k = 0; k < count; k++) {
      const i = start + k;
      const indicatorId = changes.indicatorId(i);
      const period = changes.canonical(i);
      const value = changes.value(i);
      const comment = changes.comment(i);
      let o = k * obsWidth;
      obs[o++] = indicatorId;
      obs[o++] = period;
      obs[o++] = value;
      obs[o] = comment;
      const old = changes.old(i);
      if (!old) {
        withNewValues.add(indicatorId);
        continue;
      }
      let c = pending * chgWidth;
      chg[c++] = importId;
      chg[c++] = indicatorId;
      chg[c++] = period;
      chg[c++] = old.value;
      chg[c++] = old.comment;
      chg[c++] = old.importId;
      chg[c++] = value;
      chg[c] = comment;
      if (++pending === BATCH) {
        await importChanges.run(db, chg, pending);
        pending = 0;
      }
    }
    await observations.run(db, obs, count, constants);
  }
  if (pending > 0) await importChanges.run(db, chg, pending);
  const ids = [...withNewValues];
  for (let start = 0; start < ids.length; start += INDICATORS_PER_COPY) {
    await db
      .insertInto('import_changes')
      .columns([...CHANGE_COLUMNS])
      .expression((eb) =>
        eb
          .selectFrom('observations')
          .select([
            'import_id',
            'indicator_id',
            'period',
            sql.lit(null).as('old_value'),
            sql.lit(null).as('old_comment'),
            sql.lit(null).as('old_import_id'),
            'value',
            'comment',
          ])
          .where('import_id', '=', importId)
          .where('indicator_id', 'in', ids.slice(start, start + INDICATORS_PER_COPY)),
      )
      // The changed values of these indicators are recorded already, with what they replaced.
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** Puts back what the import replaced and removes what it added; the caller owns the transaction. */
export async function revertImport(db: Db, importId: number, userId: number): Promise<void> {
  const now = nowIso();
  // The values the import added, found through its own records (import_changes' key starts with the
  // import), not by scanning every value for its import id.
  await sql`
    delete from observations where id in (
      select o.id from import_changes as c
      join observations as o on o.indicator_id = c.indicator_id and o.period = c.period
      where c.import_id = ${importId} and c.old_value is null and o.import_id = ${importId})`.execute(db);
  // Every replaced value back in one statement (UPDATE … FROM works on SQLite 3.33+ and PostgreSQL).
  await sql`
    update observations set value = c.old_value, comment = c.old_comment, import_id = c.old_import_id, updated_by = ${userId}, updated_at = ${now}
    from import_changes as c
    where c.import_id = ${importId} and c.old_value is not null
      and c.indicator_id = observations.indicator_id and c.period = observations.period`.execute(db);
  await db.updateTable('imports').set({ undone_at: now, undone_by: userId }).where('id', '=', importId).execute();
}
