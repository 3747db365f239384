import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'kysely';
import { startDraining } from '../../src/web/lifecycle.js';
import { freePort } from '../support/ports.js';
import { productionCommand } from '../support/production.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';

let world: TestWorld;
beforeEach(async () => {
  world = await createTestWorld();
});
afterEach(async () => {
  await world.db.destroy();
});

describe('health checks for load balancers', () => {
  it('answers /healthz and /readyz as JSON, without a session or a cache', async () => {
    const health = await request(world.app).get('/healthz');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
    const ready = await request(world.app).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', database: 'ok', migrations: 'current', pending: [] });
    for (const res of [health, ready]) {
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('is not ready while a migration this code expects has not run', async () => {
    await sql`delete from kysely_migration where name = '2026-11-27-004-meetings'`.execute(world.db);
    const ready = await request(world.app).get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'not-ready', migrations: 'pending', pending: ['2026-11-27-004-meetings'] });
  });

  it('is not ready once the app has begun to shut down, though it still answers /healthz', async () => {
    startDraining(world.app);
    expect((await request(world.app).get('/readyz')).body).toEqual({ status: 'shutting-down' });
    expect((await request(world.app).get('/healthz')).status).toBe(200);
  });
});


// The process and its stop are the same on either engine: run once. The server is the production
// build (npm run build, then npm run start:production): what a municipality runs.
describe.skipIf(process.env.TEST_DB === 'postgres')('the production build and a graceful stop', () => {
  const dir = mkdtempSync(join(tmpdir(), 'datadialog-stop-'));
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds, serves the login page with its styles from the build, finishes a request under way after SIGTERM, then exits cleanly', async () => {
    const built = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { encoding: 'utf8' });
    expect(built.status, built.stdout + built.stderr).toBe(0);
    const port = await freePort();
    const { flags, entry } = productionCommand();
    child = spawn(process.execPath, [...flags, entry], {
      env: { ...process.env, NODE_ENV: 'development', PORT: String(port), DATABASE_PATH: join(dir, 'stop.sqlite'), LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      child!.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('kører på')) resolve();
      });
      child!.once('exit', () => reject(new Error('the server stopped before it listened')));
    });

    const login = await fetch(`http://127.0.0.1:${port}/log-ind`);
    expect(await login.text()).toContain('Log ind');
    expect((await fetch(`http://127.0.0.1:${port}/static/app.css`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/dkfds/css/dkfds.min.css`)).status).toBe(200);

    // A sign-in whose body arrives slowly: half of it before the stop, half after.
    const body = 'email=ingen%40kommune.dk&password=forkert-kode-123';
    const answer = new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, method: 'POST', path: '/log-ind', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        child!.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 200);
    });
    // Without the CSRF token the sign-in is refused: what matters is that an answer comes at all.
    expect(await answer).toBe(403);
    expect(await exited).toBe(0);
  }, 60_000);
});
