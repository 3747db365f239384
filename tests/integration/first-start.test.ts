/**
 * A safe first start: demo users and data only when asked for; a production start on an empty
 * database creates nobody and says how to create the first administrator.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../src/app/create-app.js';
import { configFromEnv } from '../../src/config.js';
import { loadContent } from '../../src/content/content-loader.js';
import { migrateToLatest, openSqlite, type Db } from '../../src/db/connection.js';
import { prepareFirstStart } from '../../src/seed/first-start.js';
import { DEMO_PASSWORD } from '../../src/seed/demo-seed.js';
import { freePort } from '../support/ports.js';
import { csrfFrom } from '../support/test-app.js';

const DEMO_ADMIN = 'admin@datadialog.local';
const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function emptyDb(): Promise<Db> {
  const db = openSqlite(':memory:');
  await migrateToLatest(db);
  cleanup.push(() => db.destroy());
  return db;
}

async function demoLogin(app: Parameters<typeof request.agent>[0]) {
  const agent = request.agent(app);
  const token = csrfFrom((await agent.get('/log-ind')).text);
  return agent.post('/log-ind').type('form').send({ email: DEMO_ADMIN, password: DEMO_PASSWORD, _csrf: token });
}

describe('DEMO_DATA', () => {
  it('is on by default only while developing, and can be asked for or turned off', () => {
    expect(configFromEnv({}).demoData).toBe(true);
    expect(configFromEnv({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }).demoData).toBe(false);
    expect(configFromEnv({ NODE_ENV: 'test' }).demoData).toBe(false);
    expect(configFromEnv({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), DEMO_DATA: '1' }).demoData).toBe(true);
    expect(configFromEnv({ DEMO_DATA: '0' }).demoData).toBe(false);
    expect(() => configFromEnv({ DEMO_DATA: 'maybe' })).toThrow(/DEMO_DATA must be 1 or 0/);
  });
});

describe('the first start', () => {
  it('in production creates no user, so the demo password opens nothing', async () => {
    const db = await emptyDb();
    const config = configFromEnv({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), LOG_LEVEL: 'silent' });
    expect(await prepareFirstStart(db, { demoData: config.demoData })).toBe('no-users');
    expect(await db.selectFrom('users').select('id').execute()).toEqual([]);
    const app = createApp({ db, config, content: await loadContent(config.contentDir) });
    expect((await demoLogin(app)).status).toBe(401);
  });

  it('seeds the demo when asked, once, and never into a database in use', async () => {
    const db = await emptyDb();
    expect(await prepareFirstStart(db, { demoData: true })).toBe('demo-seeded');
    expect(await prepareFirstStart(db, { demoData: true })).toBe('in-use');
    const other = await emptyDb();
    expect(await prepareFirstStart(other, { demoData: false })).toBe('no-users');
  });

  it('seeded on a day in 2027, shows nothing stale: latest figures, an active goal on track to be followed, a held meeting', async () => {
    const db = await emptyDb();
    const today = new Date('2027-08-15T10:00:00');
    await prepareFirstStart(db, { demoData: true }, today);
    const latest = await db
      .selectFrom('observations')
      .innerJoin('indicators', 'indicators.id', 'observations.indicator_id')
      .select(['indicators.code', (eb) => eb.fn.max('observations.period').as('latest')])
      .groupBy('indicators.code')
      .execute();
    for (const row of latest) expect(row.latest, row.code ?? '').toBe(row.code === 'REHAB' ? '2027K1' : '2027K2');
    const goal = await db.selectFrom('goals').selectAll().executeTakeFirstOrThrow();
    expect(goal).toMatchObject({ status: 'active', baseline_period: '2026K4', deadline: '2028K3' });
    const meeting = await db.selectFrom('meetings').selectAll().executeTakeFirstOrThrow();
    expect(meeting).toMatchObject({ title: 'Ledermøde 2. kvartal 2027', meeting_date: '2027-07-28' });
    const stamps = await db.selectFrom('observations').select((eb) => eb.fn.max('created_at').as('newest')).executeTakeFirstOrThrow();
    expect(String(stamps.newest) < today.toISOString()).toBe(true);

    const config = { ...configFromEnv({ NODE_ENV: 'test' }) };
    const app = createApp({ db, config, content: await loadContent(config.contentDir), now: () => today });
    const agent = request.agent(app);
    const token = csrfFrom((await agent.get('/log-ind')).text);
    await agent.post('/log-ind').type('form').send({ email: 'mette@datadialog.local', password: DEMO_PASSWORD, _csrf: token });
    const goalPage = await agent.get(`/grupper/${goal.group_id}/maal/${goal.id}`);
    expect(goalPage.status).toBe(200);
    expect(goalPage.text).not.toContain('Mangler data');
  });
});

/** Starts the real server (src/app/server.ts) and resolves with its output once it listens. */
async function startServer(env: Record<string, string>): Promise<{ output: string; port: number; child: ChildProcess }> {
  const dir = mkdtempSync(join(tmpdir(), 'datadialog-start-'));
  const port = await freePort();
  const base: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', DATABASE_PATH: join(dir, 'db.sqlite'), PORT: String(port), LOG_LEVEL: 'silent' };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/server.ts'], { env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  cleanup.push(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += String(chunk);
      // Everything about the first start is printed in the same tick as the address.
      if (output.includes('kører på')) {
        clearTimeout(timer);
        setTimeout(() => resolve({ output, port, child }), 100);
      }
    });
    child.once('exit', (code) => reject(new Error(`the server stopped with ${code}:\n${output}`)));
  });
}

describe('npm start', () => {
  it('with NODE_ENV=production on an empty database prints how to create the first administrator, and the demo login fails', async () => {
    const { output, port } = await startServer({ NODE_ENV: 'production', SESSION_SECRET: 'p'.repeat(40) });
    expect(output).toContain('ingen brugere');
    expect(output).toContain('npm run create-admin -- --email');
    expect(output).not.toContain(DEMO_PASSWORD);
    expect((await demoLogin(`http://127.0.0.1:${port}`)).status).toBe(401);
  }, 30_000);

  it('stops with a Danish message, and without claiming to run, when its port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, () => resolve()));
    cleanup.push(() => new Promise<void>((resolve) => taken.close(() => resolve())));
    const port = (taken.address() as AddressInfo).port;
    const dir = mkdtempSync(join(tmpdir(), 'datadialog-start-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', DATABASE_PATH: join(dir, 'db.sqlite'), PORT: String(port), LOG_LEVEL: 'silent' };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/server.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += String(chunk)));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(stderr).toContain(`Datadialog kan ikke starte: port ${port} bruges allerede af et andet program.`);
    expect(stdout).not.toContain('kører på');
  }, 30_000);

  it('without NODE_ENV still shows the demo and prints its logins', async () => {
    const { output, port } = await startServer({});
    expect(output).toContain(`Demodata er oprettet. Log ind med adgangskoden "${DEMO_PASSWORD}"`);
    expect(output).toContain(DEMO_ADMIN);
    expect((await demoLogin(`http://127.0.0.1:${port}`)).status).toBe(302);
  }, 30_000);
});
