import type { Kysely } from 'kysely';

// Frozen: never import app code here, and never edit after release; add a new migration instead.

/*
 * SMARTE by structure: a goal stores its answers to each criterion's questions instead of
 * one free text per criterion. New on goals: the target group, what changes, the evidence,
 * the reason a small change still counts, who benefits, and the driver among the members.
 * New tables: resource rows and milestones. Resources written as free text move to one
 * resource row of kind 'other', so nothing typed is lost; acceptance dates written the
 * Danish way ("12. marts 2026") become ISO dates. Each step checks what is already there,
 * so a run that failed halfway (SQLite DDL is not transactional) can simply run again.
 */

const NEW_GOAL_TEXT_COLUMNS = ['target_group_name', 'what_changes', 'evidence', 'noise_reason', 'beneficiary_name'];

async function columnsOf(db: Kysely<any>, table: string): Promise<Set<string>> {
  const tables = await db.introspection.getTables();
  return new Set(tables.find((t) => t.name === table)?.columns.map((c) => c.name) ?? []);
}

async function hasTable(db: Kysely<any>, table: string): Promise<boolean> {
  return (await db.introspection.getTables()).some((t) => t.name === table);
}

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** The ISO date for '12. marts 2026', '12.03.2026' or '2026-03-12'; undefined for anything else. */
function isoDate(input: string): string | undefined {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  let parts: [number, number, number] | undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const numeric = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$/.exec(text);
  const written = /^(\d{1,2})\.?\s*([a-zæøå]+)\.?\s*(\d{4})$/.exec(text);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric) parts = [Number(numeric[3]), Number(numeric[2]), Number(numeric[1])];
  else if (written) {
    const month = MONTHS.findIndex((name) => name === written[2] || name.slice(0, 3) === written[2]);
    if (month >= 0) parts = [Number(written[3]), month + 1, Number(written[1])];
  }
  if (!parts) return undefined;
  const [year, month, day] = parts;
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export async function up(db: Kysely<any>): Promise<void> {
  const columns = await columnsOf(db, 'goals');
  for (const name of NEW_GOAL_TEXT_COLUMNS) {
    if (!columns.has(name)) await db.schema.alterTable('goals').addColumn(name, 'text', (c) => c.notNull().defaultTo('')).execute();
  }
  // Keys from the app's list of groups ('elderly', 'employees', …, 'other'); null until chosen.
  for (const name of ['target_group', 'beneficiary']) {
    if (!columns.has(name)) await db.schema.alterTable('goals').addColumn(name, 'text').execute();
  }
  if (!columns.has('driver_user_id')) {
    await db.schema.alterTable('goals').addColumn('driver_user_id', 'integer', (c) => c.references('users.id').onDelete('set null')).execute();
  }

  // What the group sets aside: a kind ('hours', 'people', 'money', 'skills', 'other'), how much, and what exactly.
  await db.schema
    .createTable('goal_resources')
    .ifNotExists()
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount', 'double precision')
    .addColumn('description', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('goal_resources_pk', ['goal_id', 'position'])
    .execute();

  // The value the indicator should have reached by a period on the way; periods are canonical text ('2027K1').
  await db.schema
    .createTable('goal_milestones')
    .ifNotExists()
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('goal_milestones_pk', ['goal_id', 'period'])
    .execute();

  if (columns.has('resources')) {
    const written = await db.selectFrom('goals').select(['id', 'resources']).where('resources', '<>', '').execute();
    const moved = new Set((await db.selectFrom('goal_resources').select('goal_id').execute()).map((r) => r.goal_id as number));
    const rows = written
      .filter((g) => !moved.has(g.id as number))
      .map((g) => ({ goal_id: g.id, position: 0, kind: 'other', amount: null, description: String(g.resources).trim() }));
    if (rows.length > 0) await db.insertInto('goal_resources').values(rows).execute();
    await db.schema.alterTable('goals').dropColumn('resources').execute();
  }

  const acceptances = await db.selectFrom('goal_acceptances').select(['goal_id', 'position', 'when_text']).execute();
  for (const a of acceptances) {
    const iso = isoDate(String(a.when_text));
    if (iso && iso !== a.when_text) {
      await db
        .updateTable('goal_acceptances')
        .set({ when_text: iso })
        .where('goal_id', '=', a.goal_id)
        .where('position', '=', a.position)
        .execute();
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const columns = await columnsOf(db, 'goals');
  if (!columns.has('resources')) {
    await db.schema.alterTable('goals').addColumn('resources', 'text', (c) => c.notNull().defaultTo('')).execute();
  }
  if (await hasTable(db, 'goal_resources')) {
    const rows = await db.selectFrom('goal_resources').select(['goal_id', 'description']).orderBy('goal_id').orderBy('position').execute();
    const byGoal = new Map<number, string[]>();
    for (const r of rows) byGoal.set(r.goal_id as number, [...(byGoal.get(r.goal_id as number) ?? []), String(r.description)]);
    for (const [goalId, texts] of byGoal) {
      await db.updateTable('goals').set({ resources: texts.join(' ') }).where('id', '=', goalId).execute();
    }
  }
  for (const table of ['goal_milestones', 'goal_resources']) await db.schema.dropTable(table).ifExists().execute();
  for (const name of [...NEW_GOAL_TEXT_COLUMNS, 'target_group', 'beneficiary', 'driver_user_id']) {
    if (columns.has(name)) await db.schema.alterTable('goals').dropColumn(name).execute();
  }
}
