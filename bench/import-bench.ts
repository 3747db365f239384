// Import benchmark (issue 3 §11, issue 12 §4). Run with: npm run bench:import
//
// 1. Generates a 1,000,000-row long-format ";" file with Danish decimals ("Indikator 0042;2013K3;12,7":
//    2,500 indicators × 400 quarters 1950K1–2049K4, sorted by indicator then period as BI exports are).
// 2. For each engine, a database migrated with the real migrations holding those 2,500 indicators in
//    one group; every run starts from its own copy. PostgreSQL is a throwaway cluster the benchmark
//    starts itself (tests/support/postgres.ts: Debian's binaries, a temporary folder, a free port).
// 3. Ours: a child process (bench/import-child.mjs) streams the file (64 kB pieces, as from a socket)
//    into commitImport(db, actor, { via: 'api' }, …), the code path behind POST
//    /api/v1/groups/:group/imports with a text/csv body. The child runs the production build
//    (`npm run build`, which the benchmark runs first) with plain Node and the Node flags of
//    `npm run start:production`, as a server does. Peak RSS is the child's VmHWM from /proc/self/status at the end (the whole process: Node,
//    the modules, the import).
// 4. The floor does the same work with the engine's own command-line tool: sqlite3 `.import` or
//    psql `\copy` into a staging table, then one typed upsert into observations (the decimal comma
//    converted with replace(), labels mapped to indicator ids with a join, the importing user and an
//    import id set as ours sets them: the same upsert). It does not record what the import replaced
//    (import_changes), which ours must, for undo. Its peak RSS is the tool's own VmHWM. Ours and the floor alternate for BENCH_RUNS
//    rounds (default 3); medians are compared.
// 5. SQLite only: the preview page of a 10,000-row file, uploaded and fetched through the app
//    in-process, against the database that now holds the million values.
//
// Environment: BENCH_ROWS (default 1000000; a multiple of 400), BENCH_RUNS (default 3),
// BENCH_ENGINES (default "sqlite,postgres"), BENCH_KEEP=1 keeps the temp folder.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { productionCommand } from '../tests/support/production.js';

const SQLITE3 = '/usr/bin/sqlite3';
const PERIODS = 400; // 1950K1 … 2049K4
const FIRST_YEAR = 1950;
const PSQL = '/usr/bin/psql';
const CHILD = fileURLToPath(new URL('import-child.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const TARGET_RATIO = { sqlite: 1.5, postgres: 2 } as const;
const TARGET_RSS_MB = 150;
const TARGET_PREVIEW_MS = 1000;
const PREVIEW_ROWS = 10_000;
const PASSWORD = 'bench-adgangskode-123';

const indicatorName = (i: number) => `Indikator ${String(i + 1).padStart(4, '0')}`;
const periodText = (p: number) => `${FIRST_YEAR + Math.floor(p / 4)}K${(p % 4) + 1}`;
const valueText = (i: number, p: number, shift: number) => (((i * 37 + p * 11 + shift) % 997) / 10).toFixed(1).replace('.', ',');

/** Writes `indicators × PERIODS` rows, indicator by indicator, in chunks so the file is never one big string. */
function writeLongFile(path: string, indicators: number, shift = 0): number {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, 'Indikator;Kvartal;Værdi\n');
    for (let i = 0; i < indicators; i++) {
      let chunk = '';
      const name = indicatorName(i);
      for (let p = 0; p < PERIODS; p++) chunk += `${name};${periodText(p)};${valueText(i, p, shift)}\n`;
      writeSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
  return indicators * PERIODS;
}

function vmHwmMb(status: string): number {
  const kb = /VmHWM:\s*(\d+)\s*kB/.exec(status)?.[1];
  if (kb === undefined) throw new Error('no VmHWM in /proc status');
  return Number(kb) / 1024;
}

interface ChildResult {
  seconds: number;
  peakRssMb: number;
  /** The process's RSS just before the import began (Node and the app's modules loaded). */
  startRssMb: number;
  counts: Record<string, number>;
}

// ---------------------------------------------------------------------------------------------
// Parent.

async function setUpDatabase(target: string, indicators: number) {
  const { openDatabase, migrateToLatest } = await import('../src/db/connection.js');
  const { insertUser } = await import('../src/auth/user-queries.js');
  const { hashPassword } = await import('../src/auth/password.js');
  const { insertGroup, upsertMembership } = await import('../src/groups/group-queries.js');
  const db = openDatabase(target.startsWith('postgres') ? { databasePath: '', databaseUrl: target } : { databasePath: target, databaseUrl: null });
  await migrateToLatest(db);
  const user = await insertUser(db, { email: 'bench@kommune.dk', name: 'Bench Redaktør', passwordHash: await hashPassword(PASSWORD), isAdmin: false });
  const group = await insertGroup(db, { name: 'Benchmark', description: 'Benchmark', coreTask: 'Måle importen.' });
  await upsertMembership(db, group.id, user.id, 'editor');
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < indicators; start += 500) {
      const rows = [];
      for (let i = start; i < Math.min(indicators, start + 500); i++) {
        rows.push({
          group_id: group.id,
          code: null,
          name: indicatorName(i),
          definition: 'Genereret til benchmark.',
          why_it_matters: 'Genereret til benchmark.',
          unit: '%',
          decimals: 1,
          direction: 'down' as const,
          range_min: null,
          range_max: null,
          frequency: 'quarter' as const,
          data_source: '',
          delivered_by: '',
          created_at: now,
          updated_at: now,
        });
      }
      await trx.insertInto('indicators').values(rows).execute();
    }
  });
  return { db, userId: user.id, groupId: group.id };
}

function runOurs(target: string, filePath: string, userId: number, groupId: number): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    // With the Node flags a production instance has (npm run start:production).
    const { flags } = productionCommand();
    const child = spawn(process.execPath, [...flags, CHILD, target, filePath, String(userId), String(groupId)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`our import exited with ${code}`));
      const last = out.trim().split('\n').pop() ?? '';
      resolve(JSON.parse(last) as ChildResult);
    });
  });
}

function runSqliteFloor(dbPath: string, filePath: string, groupId: number, userId: number): { seconds: number; peakRssMb: number; rows: number } {
  const now = new Date().toISOString();
  // Same pragmas as the app's connection (WAL is already set in the file by openSqlite).
  const script = [
    'PRAGMA synchronous = NORMAL;',
    'PRAGMA foreign_keys = ON;',
    'CREATE TEMP TABLE staging (label TEXT, period TEXT, value TEXT);',
    // Labels to ids through a keyed table, so the join is one lookup per row.
    'CREATE TEMP TABLE label_ids (label TEXT PRIMARY KEY, id INTEGER NOT NULL) WITHOUT ROWID;',
    `INSERT INTO label_ids SELECT name, id FROM indicators WHERE group_id = ${groupId} AND archived_at IS NULL;`,
    '.mode csv',
    '.separator ;',
    `.import --skip 1 '${filePath.replaceAll("'", "''")}' staging`,
    'BEGIN;',
    'INSERT INTO observations (indicator_id, period, value, comment, import_id, updated_by, created_at, updated_at)',
    // An import id, as ours writes one (the data-version triggers then leave the rows to the import).
    `  SELECT i.id, s.period, CAST(replace(s.value, ',', '.') AS REAL), NULL, 1, ${userId}, '${now}', '${now}'`,
    '  FROM staging s JOIN label_ids i ON i.label = s.label',
    '  WHERE true',
    '  ON CONFLICT (indicator_id, period) DO UPDATE SET value = excluded.value, comment = excluded.comment, import_id = excluded.import_id, updated_by = excluded.updated_by, updated_at = excluded.updated_at;',
    `UPDATE group_data_versions SET version = version + 1 WHERE group_id = ${groupId};`,
    'COMMIT;',
    '.mode list',
    'SELECT \'rows:\' || count(*) FROM observations;',
    '.system grep VmHWM /proc/$PPID/status',
    '',
  ].join('\n');
  const start = performance.now();
  const run = spawnSync(SQLITE3, ['-bail', dbPath], { input: script, encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`sqlite3 failed (${run.status}): ${run.stderr}`);
  const rows = Number(/rows:(\d+)/.exec(run.stdout)?.[1] ?? NaN);
  return { seconds, peakRssMb: vmHwmMb(run.stdout), rows };
}

function runPostgresFloor(url: string, filePath: string, groupId: number, userId: number): { seconds: number; peakRssMb: number; rows: number } {
  const now = new Date().toISOString();
  const script = [
    '\\set ON_ERROR_STOP on',
    'CREATE TEMP TABLE staging (label text, period text, value text);',
    `\\copy staging FROM '${filePath.replaceAll("'", "''")}' WITH (FORMAT csv, DELIMITER ';', HEADER true)`,
    'BEGIN;',
    'INSERT INTO observations (indicator_id, period, value, comment, import_id, updated_by, created_at, updated_at)',
    `  SELECT i.id, s.period, replace(s.value, ',', '.')::double precision, NULL, 1, ${userId}, '${now}', '${now}'`,
    `  FROM staging s JOIN indicators i ON i.name = s.label AND i.group_id = ${groupId} AND i.archived_at IS NULL`,
    '  ON CONFLICT (indicator_id, period) DO UPDATE SET value = excluded.value, comment = excluded.comment, import_id = excluded.import_id, updated_by = excluded.updated_by, updated_at = excluded.updated_at;',
    'COMMIT;',
    "SELECT 'rows:' || count(*) FROM observations;",
    '\\! grep VmHWM /proc/$PPID/status',
    '',
  ].join('\n');
  const start = performance.now();
  const run = spawnSync(PSQL, ['-X', '-q', '-t', '-A', url], { input: script, encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`psql failed (${run.status}): ${run.stderr}`);
  const rows = Number(/rows:(\d+)/.exec(run.stdout)?.[1] ?? NaN);
  return { seconds, peakRssMb: vmHwmMb(run.stdout), rows };
}

async function timePreview(db: Awaited<ReturnType<typeof setUpDatabase>>['db'], filePath: string, groupId: number) {
  const { createApp } = await import('../src/app/create-app.js');
  const { configFromEnv } = await import('../src/config.js');
  const { loadContent } = await import('../src/content/content-loader.js');
  const config = { ...configFromEnv({ NODE_ENV: 'test' }), logLevel: 'silent' };
  const app = createApp({ db, config, content: await loadContent(config.contentDir) });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let cookie = '';
  const go = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(base + path, { ...init, redirect: 'manual', headers: { ...(init.headers ?? {}), cookie } });
    const set = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    if (set) cookie = set;
    return res;
  };
  const csrf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  try {
    const login = await go('/log-ind');
    const loggedIn = await go('/log-ind', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'bench@kommune.dk', password: PASSWORD, _csrf: csrf(await login.text()) }).toString(),
    });
    if (loggedIn.status !== 302) throw new Error(`login failed: ${loggedIn.status}`);
    const page = await go(`/grupper/${groupId}/import`);
    const form = new FormData();
    form.set('_csrf', csrf(await page.text()));
    form.set('file', new Blob([readFileSync(filePath)], { type: 'text/csv' }), 'preview.csv');
    const uploaded = await go(`/grupper/${groupId}/import`, { method: 'POST', body: form });
    const location = uploaded.headers.get('location');
    if (uploaded.status !== 302 || !location) throw new Error(`upload failed: ${uploaded.status}`);
    const times: number[] = [];
    let html = '';
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const res = await go(location);
      html = await res.text();
      times.push(performance.now() - start);
      if (res.status !== 200) throw new Error(`preview answered ${res.status}`);
    }
    const changed = /<strong>(\d+)<\/strong> ændrede værdier/.exec(html)?.[1];
    return { firstMs: times[0] ?? NaN, medianMs: [...times].sort((a, b) => a - b)[2] ?? NaN, changed: Number(changed) };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const fmt = (n: number, digits = 2) => n.toLocaleString('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (ok: boolean) => (ok ? 'OK' : 'OVER TARGET');

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface EngineResult {
  engine: 'sqlite' | 'postgres';
  ours: { seconds: number; peakRssMb: number; startRssMb: number };
  floor: { seconds: number; peakRssMb: number };
  floorName: string;
}

interface Engine {
  name: 'sqlite' | 'postgres';
  floorName: string;
  /** A fresh copy of the set-up database for one run. */
  copy(label: string): Promise<string>;
  remove(target: string): Promise<void>;
  floor(target: string, file: string, groupId: number, userId: number): { seconds: number; peakRssMb: number; rows: number };
}

async function runRounds(engine: Engine, rows: number, rounds: number, file: string, setUp: { userId: number; groupId: number }, keepLast: boolean) {
  const mine: ChildResult[] = [];
  const floors: { seconds: number; peakRssMb: number }[] = [];
  let last = '';
  for (let round = 1; round <= rounds; round++) {
    const oursTarget = await engine.copy(`ours_${round}`);
    const floorTarget = await engine.copy(`floor_${round}`);
    const ours = await runOurs(oursTarget, file, setUp.userId, setUp.groupId);
    if (ours.counts.new !== rows) throw new Error(`our import wrote ${ours.counts.new} new values, expected ${rows}`);
    const floor = engine.floor(floorTarget, file, setUp.groupId, setUp.userId);
    if (floor.rows !== rows) throw new Error(`the floor wrote ${floor.rows} values, expected ${rows}`);
    await engine.remove(floorTarget);
    if (round < rounds || !keepLast) await engine.remove(oursTarget);
    else last = oursTarget;
    mine.push(ours);
    floors.push(floor);
    console.log(
      `${engine.name} round ${round}: ours ${fmt(ours.seconds)} s, ${fmt(ours.peakRssMb, 0)} MB; floor ${fmt(floor.seconds)} s, ${fmt(floor.peakRssMb, 0)} MB; ratio ${fmt(ours.seconds / floor.seconds)}`,
    );
  }
  const result: EngineResult = {
    engine: engine.name,
    floorName: engine.floorName,
    ours: { seconds: median(mine.map((r) => r.seconds)), peakRssMb: Math.max(...mine.map((r) => r.peakRssMb)), startRssMb: median(mine.map((r) => r.startRssMb)) },
    floor: { seconds: median(floors.map((r) => r.seconds)), peakRssMb: Math.max(...floors.map((r) => r.peakRssMb)) },
  };
  return { result, last };
}

async function main(): Promise<void> {
  const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
  if (!Number.isInteger(rows) || rows <= 0 || rows % PERIODS !== 0) throw new Error(`BENCH_ROWS must be a positive multiple of ${PERIODS}`);
  const rounds = Number(process.env.BENCH_RUNS ?? 3);
  if (!Number.isInteger(rounds) || rounds <= 0) throw new Error('BENCH_RUNS must be a positive whole number');
  const engines = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',').map((e) => e.trim());
  if (engines.includes('sqlite') && !existsSync(SQLITE3)) {
    console.error(`The SQLite floor needs Debian's sqlite3 command-line tool at ${SQLITE3}, and it is missing. Install it with: apt-get install -y sqlite3 (npm run test:deps does as root)`);
    process.exit(2);
  }
  if (engines.includes('postgres') && !existsSync(PSQL)) {
    console.error(`The PostgreSQL floor needs psql at ${PSQL}, and it is missing. Install it with: apt-get install -y postgresql (npm run test:deps does as root)`);
    process.exit(2);
  }
  console.log('Building the production build our import runs (npm run build) …');
  const built = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');
  const indicators = rows / PERIODS;
  const dir = mkdtempSync(join(tmpdir(), 'datadialog-import-bench-'));
  const results: EngineResult[] = [];
  let preview: Awaited<ReturnType<typeof timePreview>> | undefined;
  try {
    console.log(`Benchmark folder: ${dir}`);
    const file = join(dir, 'bench.csv');
    let t = performance.now();
    writeLongFile(file, indicators);
    console.log(`Generated ${rows.toLocaleString('da-DK')} rows (${indicators} indicators × ${PERIODS} quarters) in ${fmt((performance.now() - t) / 1000)} s`);

    if (engines.includes('sqlite')) {
      t = performance.now();
      const template = join(dir, 'template.sqlite');
      const setUp = await setUpDatabase(template, indicators);
      await setUp.db.destroy();
      console.log(`SQLite: migrated a database and created ${indicators} indicators in ${fmt((performance.now() - t) / 1000)} s`);
      const engine: Engine = {
        name: 'sqlite',
        floorName: 'sqlite3 .import + upsert',
        copy: async (label) => {
          const path = join(dir, `${label}.sqlite`);
          copyFileSync(template, path);
          return path;
        },
        remove: async (path) => rmSync(path, { force: true }),
        floor: runSqliteFloor,
      };
      const { result, last } = await runRounds(engine, rows, rounds, file, setUp, true);
      results.push(result);
      const previewFile = join(dir, 'preview.csv');
      writeLongFile(previewFile, PREVIEW_ROWS / PERIODS, 1);
      console.log(`Timing the preview page of a ${PREVIEW_ROWS.toLocaleString('da-DK')}-row file against the database holding the imported values …`);
      const { openSqlite } = await import('../src/db/connection.js');
      const db = openSqlite(last);
      preview = await timePreview(db, previewFile, setUp.groupId);
      await db.destroy();
    }

    if (engines.includes('postgres')) {
      const { startCluster, createDatabase, dropDatabase, freezeAsTemplate, closeAdminConnections } = await import('../tests/support/postgres.js');
      t = performance.now();
      const cluster = await startCluster();
      try {
        const templateUrl = await createDatabase(cluster.url, 'bench_template');
        const setUp = await setUpDatabase(templateUrl, indicators);
        await setUp.db.destroy();
        await freezeAsTemplate(cluster.url, 'bench_template');
        console.log(`PostgreSQL: started a throwaway cluster, migrated a database and created ${indicators} indicators in ${fmt((performance.now() - t) / 1000)} s`);
        const engine: Engine = {
          name: 'postgres',
          floorName: 'psql \\copy + upsert',
          copy: (label) => createDatabase(cluster.url, `bench_${label}`, 'bench_template'),
          remove: (url) => dropDatabase(cluster.url, new URL(url).pathname.slice(1)),
          floor: runPostgresFloor,
        };
        const { result } = await runRounds(engine, rows, rounds, file, setUp, false);
        results.push(result);
      } finally {
        await closeAdminConnections();
        await cluster.stop();
      }
    }

    console.log('');
    console.log(`Import of ${rows.toLocaleString('da-DK')} rows: median time and highest peak RSS of ${rounds} round${rounds === 1 ? '' : 's'}`);
    const line = (label: string, r: { seconds: number; peakRssMb: number }) =>
      `  ${label.padEnd(36)} ${fmt(r.seconds).padStart(7)} s ${Math.round(rows / r.seconds).toLocaleString('da-DK').padStart(10)} rows/s   peak RSS ${fmt(r.peakRssMb, 0).padStart(4)} MB`;
    for (const r of results) {
      const ratio = r.ours.seconds / r.floor.seconds;
      const target = TARGET_RATIO[r.engine];
      console.log(`${r.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}:`);
      console.log(line('ours (commitImport via api, streamed)', r.ours));
      console.log(line(`floor (${r.floorName})`, r.floor));
      console.log(`  ratio ours/floor: ${fmt(ratio)} (target ≤ ${fmt(target, 1)}) ${verdict(ratio <= target)}`);
      console.log(`  our peak RSS: ${fmt(r.ours.peakRssMb, 0)} MB (target ≤ ${TARGET_RSS_MB} MB; VmHWM of the importing process) ${verdict(r.ours.peakRssMb <= TARGET_RSS_MB)}`);
      console.log(`    of which the process before the import (Node and the modules): ${fmt(r.ours.startRssMb, 0)} MB; the import's own: ${fmt(r.ours.peakRssMb - r.ours.startRssMb, 0)} MB`);
    }
    if (preview) {
      console.log(
        `preview page, ${PREVIEW_ROWS.toLocaleString('da-DK')} rows (${preview.changed.toLocaleString('da-DK')} changed values): first ${fmt(preview.firstMs, 0)} ms, ` +
          `median of 5 ${fmt(preview.medianMs, 0)} ms (target < ${TARGET_PREVIEW_MS} ms) ${verdict(preview.firstMs < TARGET_PREVIEW_MS)}`,
      );
    }
  } finally {
    if (process.env.BENCH_KEEP === '1') console.log(`Kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
