/**
 * The number of queries a page makes must not grow with the number of groups, indicators, values,
 * meetings or actions: a page that asks once per indicator or per meeting (N+1) is slow at municipal
 * scale however fast each query is. Each page is loaded in a small and a bigger world and the
 * queries are counted (a Kysely plugin sees every executed query, raw SQL included).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import request from 'supertest';
import { createApp } from '../../src/app/create-app.js';
import { configFromEnv } from '../../src/config.js';
import { loadContent } from '../../src/content/content-loader.js';
import type { Db } from '../../src/db/connection.js';
import { buildScaleWorld, type ScaleSize } from '../support/scale-world.js';
import { csrfFrom } from '../support/test-app.js';
import { openTestDatabase } from '../support/test-db.js';

class QueryCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.count++;
    return args.result;
  }
}

// Two meetings at least, so the page shows a previous meeting's follow-up in both worlds.
const SMALL: ScaleSize = { groups: 2, indicators: 3, quarters: 6, meetings: 2, itemsPerMeeting: 2, goals: 1 };
const BIGGER: ScaleSize = { groups: 6, indicators: 9, quarters: 16, meetings: 4, itemsPerMeeting: 5, goals: 3 };

const opened: Db[] = [];
afterAll(async () => {
  for (const db of opened) await db.destroy();
});

/** Queries per page, loaded twice: once cold (nothing kept in memory yet), once warm. */
async function countQueries(size: ScaleSize): Promise<Record<string, [number, number]>> {
  const db = await openTestDatabase();
  opened.push(db);
  const world = await buildScaleWorld(db, size);
  const counter = new QueryCounter();
  const config = configFromEnv({ NODE_ENV: 'test' });
  const app = createApp({ db: db.withPlugin(counter), config, content: await loadContent(config.contentDir) });
  const agent = request.agent(app);
  const login = await agent.get('/log-ind');
  const signedIn = await agent.post('/log-ind').type('form').send({ email: world.email, password: world.password, _csrf: csrfFrom(login.text) });
  expect(signedIn.status).toBe(302);
  const { groupId, indicatorId, meetingId } = world.first;
  const pages = {
    'group home': `/grupper/${groupId}`,
    'indicator page': `/grupper/${groupId}/indikatorer/${indicatorId}`,
    'meeting page': `/grupper/${groupId}/moeder/${meetingId}`,
    dashboard: `/grupper/${groupId}/overblik`,
  };
  const counts: Record<string, [number, number]> = {};
  for (const [name, path] of Object.entries(pages)) {
    const runs: number[] = [];
    for (let i = 0; i < 2; i++) {
      counter.count = 0;
      const res = await agent.get(path);
      if (res.status !== 200) console.error(res.text.slice(0, 3000));
      expect(res.status, `${name} ${path}`).toBe(200);
      runs.push(counter.count);
    }
    counts[name] = [runs[0]!, runs[1]!];
  }
  return counts;
}

describe('queries per page at municipal scale', () => {
  it('stay the same in a world with three times the groups, indicators, values and meetings', async () => {
    const small = await countQueries(SMALL);
    const bigger = await countQueries(BIGGER);
    expect(bigger).toEqual(small);
    // And a page is a handful of queries, not dozens.
    for (const [page, [cold]] of Object.entries(small)) expect(cold, page).toBeLessThan(40);
    // The indicator and meeting pages take what the group's kept board holds and read each row once
    // (they made 16 and 13 queries before): [first load, warm load] at most. Two of these are the
    // signed-in user and their groups by name, and one the group in view by its key.
    const limits: Record<string, [number, number]> = { 'indicator page': [11, 8], 'meeting page': [10, 9] };
    for (const [page, [cold, warm]] of Object.entries(limits)) {
      expect(small[page]![0], `${page}, first load`).toBeLessThanOrEqual(cold);
      expect(small[page]![1], `${page}, warm`).toBeLessThanOrEqual(warm);
    }
  }, 60_000);
});
