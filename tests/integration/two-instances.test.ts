/**
 * Two real app processes (node --import tsx src/app/server.ts) on one throwaway PostgreSQL
 * database, as a municipality runs them behind a load balancer without sticky sessions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, type Db } from '../../src/db/connection.js';
import { hashPassword } from '../../src/auth/password.js';
import { insertUser } from '../../src/auth/user-queries.js';
import { insertGroup, upsertMembership } from '../../src/groups/group-queries.js';
import { insertIndicator } from '../../src/indicators/indicator-queries.js';
import { createToken } from '../../src/api/api-token-service.js';
import { freePort } from '../support/ports.js';
import { createEmptyDatabase, engine, type EmptyDatabase } from '../support/test-db.js';

const PASSWORD = 'to-instanser-samme-base';
const SECRET = 'a-session-secret-both-instances-share-0123456789';

interface Instance {
  base: string;
  child: ChildProcess;
}

async function startInstance(env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/server.ts'], {
    env: { ...process.env, NODE_ENV: 'test', PORT: String(port), SESSION_SECRET: SECRET, LOG_LEVEL: 'silent', LOGIN_ATTEMPTS: '4', DATABASE_POOL_SIZE: '4', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('kører på')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`an instance stopped before it listened (${code}): ${errors}`)));
  });
  return { base: `http://127.0.0.1:${port}`, child };
}

/** A browser: one cookie jar, whichever instance the load balancer sends it to. */
function browser() {
  let cookie = '';
  const go = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie } });
    const set = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    if (set) cookie = set;
    return res;
  };
  const csrf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  return {
    go,
    async signIn(base: string, email: string, password: string) {
      const page = await go(`${base}/log-ind`);
      return go(`${base}/log-ind`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email, password, _csrf: csrf(await page.text()) }).toString(),
      });
    },
  };
}

describe.runIf(engine === 'postgres')('two app instances on one PostgreSQL database', () => {
  let database: EmptyDatabase;
  let db: Db;
  let a: Instance;
  let b: Instance;
  let groupId: number;
  let indicatorId: number;
  let token: string;

  beforeAll(async () => {
    database = await createEmptyDatabase();
    db = database.open();
    await migrateToLatest(db);
    const passwordHash = await hashPassword(PASSWORD);
    const user = await insertUser(db, { email: 'leder@kommune.dk', name: 'Lene Leder', passwordHash, isAdmin: false });
    await insertUser(db, { email: 'gaest@kommune.dk', name: 'Gæst', passwordHash, isAdmin: false });
    const group = await insertGroup(db, { name: 'Ældre og Sundhed', description: '', coreTask: 'Hjælpe ældre borgere.' });
    await upsertMembership(db, group.id, user.id, 'editor');
    const indicator = await insertIndicator(db, group.id, {
      code: 'SYG', name: 'Sygefravær', definition: 'Målt hvert kvartal.', whyItMatters: 'Trivsel.', unit: '%', decimals: 1,
      direction: 'down', rangeMin: null, rangeMax: null, frequency: 'quarter', dataSource: 'Løn', deliveredBy: 'HR',
    });
    groupId = group.id;
    indicatorId = indicator.id;
    token = (await createToken(db, { userId: user.id, groupId }, { name: 'BI' })).secret;
    [a, b] = await Promise.all([startInstance(database.env), startInstance(database.env)]);
  }, 60_000);

  afterAll(async () => {
    for (const instance of [a, b]) instance?.child.kill('SIGKILL');
    await db?.destroy();
    await database?.remove();
  });

  const importFile = (instance: Instance, csv: string) =>
    fetch(`${instance.base}/api/v1/groups/${groupId}/imports?fileName=kvartal.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: csv,
    });

  it('accept a sign-in made on one instance on the other', async () => {
    const user = browser();
    expect((await user.signIn(a.base, 'leder@kommune.dk', PASSWORD)).status).toBe(302);
    const home = await user.go(`${b.base}/grupper/${groupId}`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Lene Leder');
  });

  it('count failed sign-ins on both instances together', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await browser().signIn(i % 2 === 0 ? a.base : b.base, 'gaest@kommune.dk', 'forkert-kodeord');
      statuses.push(res.status);
    }
    // LOGIN_ATTEMPTS=4 on each: two and two failed attempts make four, and the fifth is paused.
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect((await browser().signIn(a.base, 'gaest@kommune.dk', PASSWORD)).status).toBe(429);
  });

  it("show an import made on one instance on the other's charts at once", async () => {
    const user = browser();
    await user.signIn(b.base, 'leder@kommune.dk', PASSWORD);
    const overview = `${b.base}/grupper/${groupId}/overblik`;
    // Instance B reads and keeps the group's board and renders its charts before the import.
    const before = await (await user.go(overview)).text();
    expect(before).not.toContain('6,9');
    const imported = await importFile(a, 'Indikator;Kvartal;Værdi\nSygefravær;2026K1;7,7\nSygefravær;2026K2;6,9\n');
    expect(imported.status).toBe(201);
    const after = await (await user.go(overview)).text();
    expect(after).toContain('6,9');
  });

  it('lose nothing when two imports to the same indicator arrive at once, one on each instance', async () => {
    const rows = (from: number) => Array.from({ length: 8 }, (_, k) => `Sygefravær;${2010 + from + k}K3;${(from + k) / 2 + 5}`.replace('.', ',')).join('\n');
    const [first, second] = await Promise.all([
      importFile(a, `Indikator;Kvartal;Værdi\n${rows(0)}\n`),
      importFile(b, `Indikator;Kvartal;Værdi\n${rows(8)}\n`),
    ]);
    expect([first.status, second.status]).toEqual([201, 201]);
    const stored = await db.selectFrom('observations').select(['period', 'value']).where('indicator_id', '=', indicatorId).where('period', 'like', '%K3').execute();
    expect(stored).toHaveLength(16);
    // Each import recorded exactly its own 8 new values, so each can be undone on its own.
    const ids = [(await first.json()).importId, (await second.json()).importId];
    for (const id of ids) {
      const changes = await db.selectFrom('import_changes').select('period').where('import_id', '=', id).execute();
      expect(changes).toHaveLength(8);
    }
  });
});
