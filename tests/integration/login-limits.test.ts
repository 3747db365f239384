/**
 * Failed password sign-ins are limited per account across addresses and per address across
 * accounts, in the app's own database, behind a configured number of trusted proxy hops.
 */
import { afterEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../src/app/create-app.js';
import { configFromEnv, type Config } from '../../src/config.js';
import { createTestWorld, csrfFrom, PASSWORD, people, type TestWorld } from '../support/test-app.js';

let world: TestWorld | undefined;
afterEach(async () => {
  await world?.db.destroy();
  world = undefined;
});

/** One attempt from a client at `client`, seen through one proxy that appends the client's address. */
async function attempt(app: TestWorld['app'], email: string, password: string, forwardedFor: string) {
  const agent = request.agent(app);
  const token = csrfFrom((await agent.get('/log-ind')).text);
  return agent.post('/log-ind').set('X-Forwarded-For', forwardedFor).type('form').send({ email, password, _csrf: token });
}

describe('TRUST_PROXY', () => {
  it('counts hops: 1 means one proxy, and the old "true" means the same', () => {
    expect(configFromEnv({ NODE_ENV: 'test', TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(configFromEnv({ NODE_ENV: 'test', TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(configFromEnv({ NODE_ENV: 'test', TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(configFromEnv({ NODE_ENV: 'test' }).trustProxy).toBe(0);
    expect(() => configFromEnv({ NODE_ENV: 'test', TRUST_PROXY: 'all' })).toThrow(/number of reverse proxies/);
  });

  it('does not let a client-chosen X-Forwarded-For get around the limit behind one proxy', async () => {
    world = await createTestWorld({ trustProxy: 1 });
    const w = world;
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      // The client invents a new leftmost address each time; the proxy appends the real one.
      const res = await attempt(w.app, people.editorA.email, 'forkert-kodeord', `198.51.100.${i + 1}, 203.0.113.7`);
      statuses.push(res.status);
    }
    expect(statuses.slice(0, w.config.loginAttemptsPerWindow)).toEqual(Array(w.config.loginAttemptsPerWindow).fill(401));
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('failed sign-ins', () => {
  it('pause one address that tries a password on many accounts', async () => {
    world = await createTestWorld({ trustProxy: 1, loginAttemptsPerAddress: 10 });
    const w = world;
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await attempt(w.app, `person${i}@kommune.dk`, 'Sommer2026!', '203.0.113.7');
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    const paused = await attempt(w.app, people.readerA.email, PASSWORD, '203.0.113.7');
    expect(paused.status).toBe(429);
    expect(paused.text).toContain('For mange mislykkede forsøg');
    expect(paused.headers['retry-after']).toMatch(/^\d+$/);
    // Another address is not affected.
    expect((await attempt(w.app, people.readerA.email, PASSWORD, '192.0.2.44')).status).toBe(302);
  });

  it('pause one account guessed from many addresses', async () => {
    world = await createTestWorld({ trustProxy: 1 });
    const w = world;
    const limit = w.config.loginAttemptsPerWindow;
    for (let i = 0; i < limit; i++) {
      expect((await attempt(w.app, people.editorA.email, 'forkert-kodeord', `203.0.113.${i + 1}`)).status).toBe(401);
    }
    expect((await attempt(w.app, people.editorA.email, PASSWORD, '192.0.2.99')).status).toBe(429);
    // Other accounts from those addresses still sign in.
    expect((await attempt(w.app, people.readerA.email, PASSWORD, '203.0.113.1')).status).toBe(302);
  });

  it('are counted in the database, so every app instance on it sees the same count', async () => {
    world = await createTestWorld({ trustProxy: 1 });
    const w = world;
    const config: Config = { ...configFromEnv({ NODE_ENV: 'test' }), trustProxy: 1 };
    const other = createApp({ db: w.db, config, content: w.content });
    const limit = w.config.loginAttemptsPerWindow;
    for (let i = 0; i < limit; i++) {
      const app = i % 2 === 0 ? w.app : other;
      expect((await attempt(app, people.editorA.email, 'forkert-kodeord', '203.0.113.7')).status).toBe(401);
    }
    expect((await attempt(other, people.editorA.email, PASSWORD, '203.0.113.8')).status).toBe(429);
    const rows = await w.db.selectFrom('rate_limits').select(['key', 'points']).execute();
    expect(rows).toEqual(expect.arrayContaining([{ key: `login-account:${people.editorA.email}`, points: limit }]));
  });

  it('start over for an account after it signs in', async () => {
    world = await createTestWorld({ trustProxy: 1 });
    const w = world;
    const limit = w.config.loginAttemptsPerWindow;
    for (let i = 0; i < limit - 1; i++) await attempt(w.app, people.editorA.email, 'forkert-kodeord', '203.0.113.7');
    expect((await attempt(w.app, people.editorA.email, PASSWORD, '203.0.113.7')).status).toBe(302);
    for (let i = 0; i < limit - 1; i++) {
      expect((await attempt(w.app, people.editorA.email, 'forkert-kodeord', '203.0.113.7')).status).toBe(401);
    }
  });
});
