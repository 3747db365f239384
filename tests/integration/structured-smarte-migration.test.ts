import { Migrator, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite, type Db } from '../../src/db/connection.js';
import { migrations } from '../../src/db/migrations/index.js';
import { findGoal } from '../../src/goals/goal-queries.js';

const BEFORE = '2026-11-27-004-meetings';
const MIGRATION = '2026-12-01-002-structured-smarte';

let db: Db;
const migrator = () => new Migrator({ db, provider: { getMigrations: async () => migrations } });

beforeEach(async () => {
  db = openSqlite(':memory:');
  const { error } = await migrator().migrateTo(BEFORE);
  if (error) throw error;
});
afterEach(async () => {
  await db.destroy();
});

/** A goal as the free-text checker stored it: resources as one text, acceptance dates as Danes write them. */
async function legacyGoal(resources: string): Promise<number> {
  const raw = db as unknown as Kysely<any>;
  const now = '2026-11-01T00:00:00.000Z';
  const group = await raw.insertInto('groups').values({ name: 'G', description: '', core_task: 'K', created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
  const goal = await raw
    .insertInto('goals')
    .values({
      group_id: group.id, indicator_id: null, title: 'Kortere ventetid', description: 'Ventetiden skal ned fra 28 til 14 dage.',
      baseline_value: null, baseline_period: null, baseline_source: null, target_value: null, deadline: null, responsible: '',
      resources, realism_reasoning: '', why_it_matters: '', driven_by: 'Teamlederne', status: 'draft', created_by: null,
      created_at: now, updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await raw
    .insertInto('goal_acceptances')
    .values([
      { goal_id: goal.id, position: 0, party: 'employees', other_name: null, how: 'MED-udvalget', when_text: '12. marts 2026' },
      { goal_id: goal.id, position: 1, party: 'committee', other_name: null, how: 'Udvalgsmøde', when_text: 'i foråret' },
    ])
    .execute();
  return group.id as number;
}

describe(`migration ${MIGRATION}`, () => {
  it('moves free-text resources into a resource row, turns Danish dates into ISO dates and keeps the rest as typed', async () => {
    const groupId = await legacyGoal('To timer om ugen til arbejdsmiljørepræsentanten.');
    const { error } = await migrator().migrateToLatest();
    expect(error).toBeUndefined();
    const goal = (await findGoal(db, groupId, 1))!;
    expect(goal.resources).toEqual([{ kind: 'other', amount: null, description: 'To timer om ugen til arbejdsmiljørepræsentanten.' }]);
    expect(goal.acceptances.map((a) => a.when)).toEqual(['2026-03-12', 'i foråret']);
    expect(goal).toMatchObject({ targetGroup: null, whatChanges: '', evidence: '', milestones: [], beneficiary: null, driverUserId: null, drivenBy: 'Teamlederne' });
  });

  it('gives a goal without resources no resource row, and can be rolled back to the free text', async () => {
    const groupId = await legacyGoal('');
    await migrator().migrateToLatest();
    expect((await findGoal(db, groupId, 1))!.resources).toEqual([]);
    const { error } = await migrator().migrateTo(BEFORE);
    expect(error).toBeUndefined();
    const row = await (db as unknown as Kysely<any>).selectFrom('goals').selectAll().executeTakeFirstOrThrow();
    expect(row.resources).toBe('');
    expect(row).not.toHaveProperty('what_changes');
    expect(row).not.toHaveProperty('driver_user_id');
  });

  it('runs again without harm after a run that stopped halfway', async () => {
    await legacyGoal('Et kursus for 12 hjælpere.');
    // SQLite DDL is not transactional: simulate a run that added the first column and then failed.
    await (db as unknown as Kysely<any>).schema.alterTable('goals').addColumn('target_group_name', 'text', (c) => c.notNull().defaultTo('')).execute();
    const { error } = await migrator().migrateToLatest();
    expect(error).toBeUndefined();
    expect(await db.selectFrom('goal_resources').selectAll().execute()).toHaveLength(1);
  });
});
