import { type Kysely, sql } from 'kysely';

// Frozen: never import app code here, and never edit after release; add a new migration instead.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const withId = (name: string) =>
    pg
      ? db.schema.createTable(name).addColumn('id', 'serial', (c) => c.primaryKey())
      : db.schema.createTable(name).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

  // A SMARTE goal. Every text is stored even when empty, because a draft is saved step by step;
  // numbers and periods stay null until the group writes them. Periods are canonical text ('2026K4').
  await withId('goals')
    .addColumn('group_id', 'integer', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('indicator_id', 'integer', (c) => c.references('indicators.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('baseline_value', 'double precision')
    .addColumn('baseline_period', 'text')
    .addColumn('baseline_source', 'text', (c) => c.check(sql`baseline_source in ('data', 'manual')`))
    .addColumn('target_value', 'double precision')
    .addColumn('deadline', 'text')
    .addColumn('responsible', 'text', (c) => c.notNull())
    .addColumn('resources', 'text', (c) => c.notNull())
    .addColumn('realism_reasoning', 'text', (c) => c.notNull())
    .addColumn('why_it_matters', 'text', (c) => c.notNull())
    .addColumn('driven_by', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('draft', 'active', 'reached', 'not-reached', 'abandoned')`),
    )
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('goals_group_status').on('goals').columns(['group_id', 'status']).execute();
  await db.schema.createIndex('goals_indicator').on('goals').column('indicator_id').execute();

  // Who accepted the goal, how and when, in the order the group wrote them.
  await db.schema
    .createTable('goal_acceptances')
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('other_name', 'text')
    .addColumn('how', 'text', (c) => c.notNull())
    .addColumn('when_text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('goal_acceptances_pk', ['goal_id', 'position'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['goal_acceptances', 'goals']) await db.schema.dropTable(table).execute();
}
