import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, type Db } from '../../src/db/connection.js';
import { runJobOnce } from '../../src/db/locks.js';
import { countUsers } from '../../src/auth/user-queries.js';
import { demoUsers } from '../../src/seed/demo-seed.js';
import { prepareFirstStart } from '../../src/seed/first-start.js';
import { createEmptyDatabase, engine, type EmptyDatabase } from '../support/test-db.js';

// Two connections (pools) to one database stand for two app instances.
let database: EmptyDatabase;
let one: Db;
let two: Db;
beforeEach(async () => {
  database = await createEmptyDatabase();
  one = database.open();
  await migrateToLatest(one);
  two = database.open();
});
afterEach(async () => {
  await one.destroy();
  await two.destroy();
  await database.remove();
});

describe('two instances starting at once on an empty database', () => {
  it('seed the demo once: one seeds, the other finds it in use', async () => {
    const starts = await Promise.all([prepareFirstStart(one, { demoData: true }), prepareFirstStart(two, { demoData: true })]);
    expect(starts.sort()).toEqual(['demo-seeded', 'in-use']);
    expect(await countUsers(one)).toBe(demoUsers.length);
    const groups = await one.selectFrom('groups').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    // The two demo groups and the direktion above them (issue 14).
    expect(Number(groups.n)).toBe(3);
  });
});

describe('background jobs across instances', () => {
  const MINUTE = 60_000;
  const at = (ms: number) => () => new Date(Date.UTC(2026, 11, 1) + ms);

  it('run once per interval, whichever instance comes first, and again when the interval has passed', async () => {
    const runs: string[] = [];
    const job = (name: string) => async () => void runs.push(name);
    expect(await runJobOnce(one, 'sweep', 15 * MINUTE, job('one'), at(0))).toBe(true);
    expect(await runJobOnce(two, 'sweep', 15 * MINUTE, job('two'), at(5 * MINUTE))).toBe(false);
    expect(await runJobOnce(one, 'sweep', 15 * MINUTE, job('one'), at(10 * MINUTE))).toBe(false);
    // A timer that fires a little early is forgiven; another job has its own schedule.
    expect(await runJobOnce(two, 'sweep', 15 * MINUTE, job('two'), at(14 * MINUTE))).toBe(true);
    expect(await runJobOnce(two, 'reminders', MINUTE, job('two-reminders'), at(14 * MINUTE))).toBe(true);
    expect(runs).toEqual(['one', 'two', 'two-reminders']);
  });

  it.runIf(engine === 'postgres')('never run side by side: an instance finding the job under way leaves it', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const first = runJobOnce(one, 'reminders', MINUTE, async () => {
      started();
      await held;
    }, at(0));
    await running;
    // Even with its interval long past, the second instance does not run it while the first one does.
    expect(await runJobOnce(two, 'reminders', MINUTE, async () => undefined, at(10 * MINUTE))).toBe(false);
    release();
    expect(await first).toBe(true);
    expect(await runJobOnce(two, 'reminders', MINUTE, async () => undefined, at(10 * MINUTE))).toBe(true);
  });

  it('keep running on a pool of one connection, because the job gets the connection that holds the lock', async () => {
    const small = engine === 'postgres' ? (await import('../../src/db/postgres.js')).openPostgres(database.env.DATABASE_URL!, { poolSize: 1 }) : one;
    try {
      const ran = await runJobOnce(small, 'sweep', MINUTE, async (db) => {
        await db.selectFrom('users').select('id').execute();
      }, at(0));
      expect(ran).toBe(true);
    } finally {
      if (small !== one) await small.destroy();
    }
  });
});
