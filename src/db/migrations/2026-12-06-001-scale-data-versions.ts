import { type Kysely, sql } from 'kysely';

// Frozen: never import app code here, and never edit after release; add a new migration instead.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

/**
 * Two things several app instances on one database need:
 *
 * - group_data_versions: one number per group that changes in the same transaction as any write of
 *   the group's indicators, values, actions, goals or goal milestones, so an instance that keeps a
 *   group's data in memory sees at once that another instance changed it. Triggers keep it, so no
 *   write anywhere in the code can forget it.
 *   On PostgreSQL they are statement triggers with transition tables: one bump per statement and
 *   group, however many rows (a million-row import costs one hash join, not a million calls).
 *   SQLite has row triggers only. There a value written with an import_id (a bulk import) does not
 *   fire per row; the import bumps the version itself, once (src/db/data-version.ts). Every other
 *   write of a value, and every deletion, bumps per row.
 *
 * - job_runs: when each background job last started, read under the job's lock, so a job that
 *   several instances schedule runs once per interval across all of them.
 *
 * - import_upload_parts: a file waiting in preview, in parts of up to a megabyte, so it is stored as
 *   it arrives and read back part by part; the upload's own content column stays empty for new
 *   uploads (older ones keep theirs).
 *
 * - outbox (meeting_id, kind): the meeting page's question who was invited.
 *
 * - PostgreSQL only: import_changes.indicator_id loses its foreign key, whose check PostgreSQL runs
 *   as a query per inserted row (a million-row import spent 4 of its 20 seconds there). Its rows are
 *   only ever written from values just upserted into observations, whose own foreign key has checked
 *   the indicator. What the key did on delete is kept: a statement trigger removes the rows of
 *   deleted indicators. SQLite checks a foreign key cheaply and keeps it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('group_data_versions')
    .addColumn('group_id', 'integer', (c) => c.primaryKey().references('groups.id').onDelete('cascade'))
    .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(1))
    .execute();
  await sql`insert into group_data_versions (group_id, version) select id, 1 from groups`.execute(db);

  await db.schema
    .createTable('job_runs')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('last_started_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('import_upload_parts')
    .addColumn('upload_id', 'integer', (c) => c.notNull().references('import_uploads.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('bytes', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_upload_parts_pk', ['upload_id', 'seq'])
    .execute();

  // A meeting page asks who was invited (outbox by meeting and kind): without an index that is a
  // scan of every message the municipality has sent.
  await db.schema.createIndex('outbox_meeting_kind').on('outbox').columns(['meeting_id', 'kind']).execute();

  if (isPostgres(db)) {
    await postgresTriggers(db);
    await postgresImportChangesKey(db);
  } else {
    await sqliteTriggers(db);
  }
}

async function postgresImportChangesKey(db: Kysely<any>): Promise<void> {
  await sql`
    do $$
    declare name text;
    begin
      select c.conname into name from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
      where c.conrelid = 'import_changes'::regclass and c.contype = 'f' and a.attname = 'indicator_id';
      if name is not null then execute format('alter table import_changes drop constraint %I', name); end if;
    end $$`.execute(db);
  await sql`
    create function dd_forget_changes_of_deleted_indicators() returns trigger language plpgsql as $$
    begin
      delete from import_changes where indicator_id in (select d.id from deleted_rows d);
      return null;
    end $$`.execute(db);
  await sql`create trigger dd_indicators_delete_changes after delete on indicators
    referencing old table as deleted_rows for each statement execute function dd_forget_changes_of_deleted_indicators()`.execute(db);
}

async function postgresTriggers(db: Kysely<any>): Promise<void> {
  await sql`
    create function dd_group_data_version_row() returns trigger language plpgsql as $$
    begin
      insert into group_data_versions (group_id, version) values (new.id, 1) on conflict (group_id) do nothing;
      return null;
    end $$`.execute(db);
  await sql`create trigger dd_groups_version after insert on groups for each row execute function dd_group_data_version_row()`.execute(db);

  // changed_rows is the transition table of the statement (new rows, or old rows for a delete);
  // previous_rows, for an update, the rows before it (an indicator moved to another group changes both).
  await sql`
    create function dd_bump_group_data_version() returns trigger language plpgsql as $$
    begin
      if tg_table_name = 'observations' then
        update group_data_versions v set version = v.version + 1
        where v.group_id in (select i.group_id from indicators i where i.id in (select distinct c.indicator_id from changed_rows c));
      elsif tg_table_name = 'goal_milestones' then
        update group_data_versions v set version = v.version + 1
        where v.group_id in (select g.group_id from goals g where g.id in (select distinct c.goal_id from changed_rows c));
      elsif tg_op = 'UPDATE' then
        update group_data_versions v set version = v.version + 1
        where v.group_id in (select c.group_id from changed_rows c union select p.group_id from previous_rows p);
      else
        update group_data_versions v set version = v.version + 1 where v.group_id in (select c.group_id from changed_rows c);
      end if;
      return null;
    end $$`.execute(db);
  for (const table of ['indicators', 'observations', 'actions', 'goals', 'goal_milestones']) {
    const t = sql.id(table);
    await sql`create trigger ${sql.id(`dd_${table}_insert_version`)} after insert on ${t}
      referencing new table as changed_rows for each statement execute function dd_bump_group_data_version()`.execute(db);
    await sql`create trigger ${sql.id(`dd_${table}_update_version`)} after update on ${t}
      referencing old table as previous_rows new table as changed_rows for each statement execute function dd_bump_group_data_version()`.execute(db);
    await sql`create trigger ${sql.id(`dd_${table}_delete_version`)} after delete on ${t}
      referencing old table as changed_rows for each statement execute function dd_bump_group_data_version()`.execute(db);
  }
}

async function sqliteTriggers(db: Kysely<any>): Promise<void> {
  const bump = (groupIds: string) => `update group_data_versions set version = version + 1 where group_id in (${groupIds});`;
  const triggers: string[] = [
    `create trigger dd_groups_version after insert on groups begin insert or ignore into group_data_versions (group_id, version) values (new.id, 1); end`,
  ];
  for (const table of ['indicators', 'actions', 'goals']) {
    triggers.push(
      `create trigger dd_${table}_insert_version after insert on ${table} begin ${bump('new.group_id')} end`,
      `create trigger dd_${table}_update_version after update on ${table} begin ${bump('old.group_id, new.group_id')} end`,
      `create trigger dd_${table}_delete_version after delete on ${table} begin ${bump('old.group_id')} end`,
    );
  }
  const ofIndicator = (row: string) => `select group_id from indicators where id = ${row}.indicator_id`;
  const ofGoal = (row: string) => `select group_id from goals where id = ${row}.goal_id`;
  triggers.push(
    // A bulk import writes with its import_id and bumps once itself; see the comment above.
    `create trigger dd_observations_insert_version after insert on observations when new.import_id is null begin ${bump(ofIndicator('new'))} end`,
    `create trigger dd_observations_update_version after update on observations when new.import_id is null begin ${bump(ofIndicator('new'))} end`,
    `create trigger dd_observations_delete_version after delete on observations begin ${bump(ofIndicator('old'))} end`,
    `create trigger dd_goal_milestones_insert_version after insert on goal_milestones begin ${bump(ofGoal('new'))} end`,
    `create trigger dd_goal_milestones_update_version after update on goal_milestones begin ${bump(ofGoal('new'))} end`,
    `create trigger dd_goal_milestones_delete_version after delete on goal_milestones begin ${bump(ofGoal('old'))} end`,
  );
  for (const trigger of triggers) await sql.raw(trigger).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    for (const table of ['indicators', 'observations', 'actions', 'goals', 'goal_milestones']) {
      for (const op of ['insert', 'update', 'delete']) await sql`drop trigger if exists ${sql.id(`dd_${table}_${op}_version`)} on ${sql.id(table)}`.execute(db);
    }
    await sql`drop trigger if exists dd_groups_version on groups`.execute(db);
    await sql`drop trigger if exists dd_indicators_delete_changes on indicators`.execute(db);
    await sql`drop function if exists dd_forget_changes_of_deleted_indicators()`.execute(db);
    await sql`delete from import_changes where indicator_id not in (select id from indicators)`.execute(db);
    await sql`alter table import_changes add foreign key (indicator_id) references indicators (id) on delete cascade`.execute(db);
    await sql`drop function if exists dd_bump_group_data_version()`.execute(db);
    await sql`drop function if exists dd_group_data_version_row()`.execute(db);
  } else {
    const names = ['dd_groups_version'];
    for (const table of ['indicators', 'observations', 'actions', 'goals', 'goal_milestones']) {
      for (const op of ['insert', 'update', 'delete']) names.push(`dd_${table}_${op}_version`);
    }
    for (const name of names) await sql.raw(`drop trigger if exists ${name}`).execute(db);
  }
  await db.schema.dropIndex('outbox_meeting_kind').execute();
  await db.schema.dropTable('import_upload_parts').execute();
  await db.schema.dropTable('job_runs').execute();
  await db.schema.dropTable('group_data_versions').execute();
}
