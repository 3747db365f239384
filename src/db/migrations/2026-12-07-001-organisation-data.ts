import type { Kysely } from 'kysely';

// Frozen: never import app code here, and never edit after release; add a new migration instead.

/*
 * The organisation's data (issue 14):
 * - groups under groups: groups.parent_id;
 * - an indicator's series: reference series and the two parts of a computed indicator are indicator
 *   rows with series_of (the indicator they belong to), series_kind and series_label, so their values
 *   are ordinary observations (imports, undo, revisions and the API treat them like any value);
 * - computed indicators: factor (numerator / denominator × factor) on the computed indicator;
 * - shared indicators: shared_at and total_rule on the owner, adopted_from on an adopter,
 *   definition_changed_at on both;
 * - reviews of the datagrundlag, scheduled fetches of reference series, and read-only API keys.
 * Each step checks what is already there, so a run that failed halfway (SQLite DDL is not
 * transactional) can simply run again.
 */

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

async function columnsOf(db: Kysely<any>, table: string): Promise<Set<string>> {
  const tables = await db.introspection.getTables();
  return new Set(tables.find((t) => t.name === table)?.columns.map((c) => c.name) ?? []);
}

async function hasTable(db: Kysely<any>, table: string): Promise<boolean> {
  return (await db.introspection.getTables()).some((t) => t.name === table);
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const withId = (name: string) =>
    pg
      ? db.schema.createTable(name).addColumn('id', 'serial', (c) => c.primaryKey())
      : db.schema.createTable(name).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

  if (!(await columnsOf(db, 'groups')).has('parent_id')) {
    await db.schema.alterTable('groups').addColumn('parent_id', 'integer', (c) => c.references('groups.id').onDelete('set null')).execute();
  }

  const indicatorColumns = await columnsOf(db, 'indicators');
  const addIndicatorColumn = async (name: string, build: () => Promise<unknown>) => {
    if (!indicatorColumns.has(name)) await build();
  };
  const indicators = () => db.schema.alterTable('indicators');
  await addIndicatorColumn('series_of', () => indicators().addColumn('series_of', 'integer', (c) => c.references('indicators.id').onDelete('cascade')).execute());
  await addIndicatorColumn('series_kind', () => indicators().addColumn('series_kind', 'text').execute());
  await addIndicatorColumn('series_label', () => indicators().addColumn('series_label', 'text').execute());
  await addIndicatorColumn('factor', () => indicators().addColumn('factor', 'double precision').execute());
  await addIndicatorColumn('shared_at', () => indicators().addColumn('shared_at', 'text').execute());
  await addIndicatorColumn('total_rule', () => indicators().addColumn('total_rule', 'text').execute());
  await addIndicatorColumn('adopted_from', () => indicators().addColumn('adopted_from', 'integer', (c) => c.references('indicators.id').onDelete('set null')).execute());
  await addIndicatorColumn('definition_changed_at', () => indicators().addColumn('definition_changed_at', 'text').execute());
  if (!indicatorColumns.has('series_of')) {
    await db.schema.createIndex('indicators_series_of').ifNotExists().on('indicators').column('series_of').execute();
    await db.schema.createIndex('indicators_adopted_from').ifNotExists().on('indicators').column('adopted_from').execute();
  }

  if (!(await hasTable(db, 'indicator_reviews'))) {
    await withId('indicator_reviews')
      .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id').onDelete('cascade'))
      .addColumn('group_id', 'integer', (c) => c.notNull().references('groups.id').onDelete('cascade'))
      .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('reviewed_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('indicator_reviews_indicator').ifNotExists().on('indicator_reviews').columns(['indicator_id', 'reviewed_at']).execute();
  }

  if (!(await hasTable(db, 'series_fetches'))) {
    // One scheduled fetch of a CSV address per reference series, with how the last try went.
    await withId('series_fetches')
      .addColumn('series_id', 'integer', (c) => c.notNull().unique().references('indicators.id').onDelete('cascade'))
      .addColumn('group_id', 'integer', (c) => c.notNull().references('groups.id').onDelete('cascade'))
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('row_label', 'text')
      .addColumn('interval_hours', 'integer', (c) => c.notNull().defaultTo(24))
      .addColumn('configured_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('next_due_at', 'text', (c) => c.notNull())
      .addColumn('last_attempt_at', 'text')
      .addColumn('last_success_at', 'text')
      .addColumn('last_status', 'text')
      .addColumn('last_message', 'text')
      .execute();
    await db.schema.createIndex('series_fetches_due').ifNotExists().on('series_fetches').column('next_due_at').execute();
  }

  if (!(await columnsOf(db, 'api_tokens')).has('scope')) {
    // 'import' keys send values in; 'read' keys only read a group's data out (BI, Power BI).
    await db.schema.alterTable('api_tokens').addColumn('scope', 'text', (c) => c.notNull().defaultTo('import')).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('series_fetches').ifExists().execute();
  await db.schema.dropTable('indicator_reviews').ifExists().execute();
  await db.schema.alterTable('api_tokens').dropColumn('scope').execute();
  // SQLite cannot drop a column an index still names.
  await db.schema.dropIndex('indicators_series_of').ifExists().execute();
  await db.schema.dropIndex('indicators_adopted_from').ifExists().execute();
  for (const column of ['definition_changed_at', 'adopted_from', 'total_rule', 'shared_at', 'factor', 'series_label', 'series_kind', 'series_of']) {
    await db.schema.alterTable('indicators').dropColumn(column).execute();
  }
  await db.schema.alterTable('groups').dropColumn('parent_id').execute();
}
