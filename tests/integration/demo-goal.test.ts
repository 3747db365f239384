import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openSqlite, type Db } from '../../src/db/connection.js';
import { listGoals } from '../../src/goals/goal-queries.js';
import { checkGoal } from '../../src/goals/goal-service.js';
import { seedDemoData } from '../../src/seed/demo-seed.js';

let db: Db;
beforeEach(async () => {
  db = openSqlite(':memory:');
  await migrateToLatest(db);
});
afterEach(async () => {
  await db.destroy();
});

describe('the demo goal', () => {
  it('is a well-formed goal: every SMARTE criterion is met on the demo data', async () => {
    expect(await seedDemoData(db)).toBe(true);
    const group = await db.selectFrom('groups').select('id').orderBy('id').executeTakeFirstOrThrow();
    const [goal] = await listGoals(db, group.id);
    expect(goal?.title).toBe('Kortere sagsbehandlingstid i visitationen');
    const { results } = await checkGoal(db, goal!, new Date('2026-11-27T12:00:00'));
    const unmet = results.flatMap((c) => c.rules.filter((r) => r.verdict !== 'opfyldt').map((r) => `${c.letter} ${r.rule}: ${r.message}`));
    expect(unmet).toEqual([]);
    expect(results.map((c) => c.verdict)).toEqual(Array(6).fill('opfyldt'));
  });
});

describe('the demo meeting', () => {
  it.each([new Date('2026-12-01T10:00:00Z'), new Date('2026-10-03T10:00:00Z'), new Date('2027-02-15T10:00:00Z')])(
    'seeded on %s, was held after the figures it discussed had arrived, and before today',
    async (now) => {
      expect(await seedDemoData(db, now)).toBe(true);
      const meetings = await db.selectFrom('meetings').select(['meeting_date', 'closed_at']).where('closed_at', 'is not', null).execute();
      expect(meetings.length).toBeGreaterThan(0);
      const latestArrival = (await db.selectFrom('observations').select(({ fn }) => fn.max('updated_at').as('at')).executeTakeFirstOrThrow()).at as string;
      for (const meeting of meetings) {
        expect(meeting.meeting_date >= latestArrival.slice(0, 10)).toBe(true);
        expect(new Date(String(meeting.closed_at)).getTime()).toBeLessThan(now.getTime());
      }
    },
  );
});
