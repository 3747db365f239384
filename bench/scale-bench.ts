// Municipal-scale pages benchmark (issue 12, §7). Run with: npm run bench:scale
//
// 1. For each engine (SQLite in a temp folder; PostgreSQL as a throwaway cluster the benchmark starts
//    itself, tests/support/postgres.ts), a database migrated with the real migrations is filled with a
//    municipality (tests/support/scale-world.ts): by default 300 leader groups × 25 indicators × 40
//    quarters (300,000 values), 3 active goals with milestones per group, 8 held meetings with 5 agenda
//    items and a decided action each, and one coming meeting. One leader is editor in every group.
// 2. The app runs as a server does: the production build (`npm run build`, run first) started like
//    `npm run start:production` in its own process on 127.0.0.1, with NODE_ENV=production; the leader
//    signs in through the real login form (over plain HTTP the session cookie goes without Secure, as
//    express-session's secure: 'auto' decides).
// 3. Each page type is loaded by autocannon in its own process (bench/load-runner.mjs) with 20
//    connections for BENCH_DURATION seconds, every connection cycling through the same page of
//    BENCH_SPREAD different groups (so kept boards and chart caches are hit as a municipality hits
//    them, not one warm page). One pass over every URL first, so the numbers are a running app's.
// 4. Prints p50 and p95 of every response time per page and engine. Target: p95 ≤ 100 ms.
//
// Environment: BENCH_GROUPS (300), BENCH_INDICATORS (25), BENCH_QUARTERS (40), BENCH_MEETINGS (8),
// BENCH_DURATION (seconds per page, default 10), BENCH_CONNECTIONS (20), BENCH_SPREAD (groups cycled,
// default 50), BENCH_ENGINES ("sqlite,postgres"), BENCH_PAGES (e.g. "group home,dashboard").
// Exits 1 when a target is missed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { migrateToLatest, openDatabase, type Db } from '../src/db/connection.js';
import { freePort } from '../tests/support/ports.js';
import { productionCommand } from '../tests/support/production.js';
import { buildScaleWorld, MUNICIPALITY, type ScaleSize, type ScaleWorld } from '../tests/support/scale-world.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

const TARGET_P95_MS = 100;
const num = (name: string, fallback: number) => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number`);
  return n;
};
const size: ScaleSize = {
  ...MUNICIPALITY,
  groups: num('BENCH_GROUPS', MUNICIPALITY.groups),
  indicators: num('BENCH_INDICATORS', MUNICIPALITY.indicators),
  quarters: num('BENCH_QUARTERS', MUNICIPALITY.quarters),
  meetings: num('BENCH_MEETINGS', MUNICIPALITY.meetings),
};
const DURATION = num('BENCH_DURATION', 10);
const CONNECTIONS = num('BENCH_CONNECTIONS', 20);
const SPREAD = Math.min(num('BENCH_SPREAD', 50), size.groups);
const ENGINES = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',').map((e) => e.trim());

interface LoadResult {
  requests: number;
  perSecond: number;
  non2xx: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
}

function load(url: string, paths: string[], cookie: string): Promise<LoadResult> {
  const runner = fileURLToPath(new URL('./load-runner.mjs', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [runner, JSON.stringify({ url, paths, cookie, connections: CONNECTIONS, seconds: DURATION })], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`load runner exited with ${code}`))));
  });
}

/** The same page in SPREAD groups: the page's first group, then every (groups / SPREAD)-th. */
function pagesOf(world: ScaleWorld, db: Db) {
  const step = Math.max(1, Math.floor(world.groupIds.length / SPREAD));
  const groups = world.groupIds.filter((_, g) => g % step === 0).slice(0, SPREAD);
  return {
    groups,
    async build() {
      // Ids of each group's first indicator and latest held meeting.
      const indicators = await db.selectFrom('indicators').select(['id', 'group_id']).where('group_id', 'in', groups).orderBy('id').execute();
      const meetings = await db.selectFrom('meetings').select(['id', 'group_id']).where('group_id', 'in', groups).where('closed_at', 'is not', null).orderBy('id').execute();
      const firstOf = (rows: { id: number; group_id: number }[]) => {
        const out = new Map<number, number>();
        for (const r of rows) out.set(r.group_id, r.id); // the last one wins: the latest meeting, the last indicator
        return out;
      };
      const indicator = firstOf(indicators);
      const meeting = firstOf(meetings);
      return {
        'group home': groups.map((g) => `/grupper/${g}`),
        'indicator page': groups.map((g) => `/grupper/${g}/indikatorer/${indicator.get(g)}`),
        'meeting page': groups.map((g) => `/grupper/${g}/moeder/${meeting.get(g)}`),
        dashboard: groups.map((g) => `/grupper/${g}/overblik`),
      };
    },
  };
}

/**
 * The production build (npm run build), started as `npm run start:production` starts it, in its own
 * process, on the database the world was built in, with production settings.
 */
async function startServer(database: Record<string, string>): Promise<{ base: string; stop: () => Promise<void> }> {
  const built = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');
  const port = await freePort();
  const { flags, entry } = productionCommand();
  const env = { PATH: process.env.PATH ?? '', NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent', DEMO_DATA: '0', PORT: String(port), ...database };
  const server = spawn(process.execPath, [...flags, entry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('kører på')) resolve();
    });
    server.once('exit', (code) => reject(new Error(`the server stopped before it listened (${code})`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.kill('SIGTERM');
      await exited;
    },
  };
}


async function signIn(base: string, world: ScaleWorld): Promise<string> {
  const first = await fetch(`${base}/log-ind`, { redirect: 'manual' });
  const cookie = first.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await first.text())?.[1] ?? '';
  const res = await fetch(`${base}/log-ind`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ email: world.email, password: world.password, _csrf: csrf }).toString(),
  });
  if (res.status !== 302) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') || cookie;
}

async function measure(engine: string, db: Db, database: Record<string, string>): Promise<Record<string, LoadResult>> {
  let t = performance.now();
  await migrateToLatest(db);
  const world = await buildScaleWorld(db, size);
  console.log(
    `${engine}: built ${size.groups} groups × ${size.indicators} indicators × ${size.quarters} quarters ` +
      `(${(size.groups * size.indicators * size.quarters).toLocaleString('da-DK')} values, ${size.groups * (size.meetings + 1)} meetings) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const { base, stop } = await startServer(database);
  try {
    const cookie = await signIn(base, world);
    const pages = await pagesOf(world, db).build();
    t = performance.now();
    for (const paths of Object.values(pages)) {
      for (const path of paths) {
        const res = await fetch(base + path, { headers: { cookie } });
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
        await res.arrayBuffer();
      }
    }
    console.log(`${engine}: one pass over ${Object.values(pages).flat().length} pages in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const results: Record<string, LoadResult> = {};
    const only = process.env.BENCH_PAGES?.split(',').map((p) => p.trim());
    for (const [name, paths] of Object.entries(pages)) {
      if (only && !only.includes(name)) continue;
      results[name] = await load(base, paths, cookie);
      const r = results[name];
      console.log(`${engine}: ${name.padEnd(15)} p50 ${String(r.p50).padStart(4)} ms  p95 ${String(r.p95).padStart(4)} ms  ${Math.round(r.perSecond)} req/s  (${r.requests} requests, ${r.non2xx} not 2xx)`);
    }
    return results;
  } finally {
    await stop();
  }
}

async function main(): Promise<void> {
  const all: Record<string, Record<string, LoadResult>> = {};
  const dir = mkdtempSync(join(tmpdir(), 'datadialog-scale-bench-'));
  try {
    if (ENGINES.includes('sqlite')) {
      const db = openDatabase({ databasePath: join(dir, 'scale.sqlite'), databaseUrl: null });
      try {
        all.SQLite = await measure('SQLite', db, { DATABASE_PATH: join(dir, 'scale.sqlite') });
      } finally {
        await db.destroy();
      }
    }
    if (ENGINES.includes('postgres')) {
      const { startCluster, createDatabase, closeAdminConnections } = await import('../tests/support/postgres.js');
      const cluster = await startCluster();
      try {
        const url = await createDatabase(cluster.url, 'scale');
        const db = openDatabase({ databasePath: '', databaseUrl: url });
        try {
          all.PostgreSQL = await measure('PostgreSQL', db, { DATABASE_URL: url, DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '10' });
        } finally {
          await db.destroy();
        }
      } finally {
        await closeAdminConnections();
        await cluster.stop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('');
  console.log(`Pages at municipal scale: ${CONNECTIONS} connections, ${DURATION} s per page, cycling through ${SPREAD} groups; target p95 ≤ ${TARGET_P95_MS} ms`);
  let missed = false;
  for (const [engine, results] of Object.entries(all)) {
    for (const [page, r] of Object.entries(results)) {
      const ok = r.p95 <= TARGET_P95_MS && r.non2xx === 0 && r.errors === 0;
      missed ||= !ok;
      console.log(`  ${engine.padEnd(11)} ${page.padEnd(15)} p50 ${String(r.p50).padStart(4)} ms   p95 ${String(r.p95).padStart(4)} ms   ${ok ? 'OK' : 'OVER TARGET'}`);
    }
  }
  if (missed) process.exitCode = 1;
}

await main();
