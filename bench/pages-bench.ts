// Meeting pages benchmark (issue 5, §7). Run with: npm run bench:pages
//
// 1. Builds the app in-process (createApp, NODE_ENV=production settings) on a fresh file-based SQLite
//    database in a temp folder, migrated with the real migrations: one group, one editor, 12 quarterly
//    indicators × 28 quarters (2019K1–2025K4, a few comments, a gap), and a meeting whose agenda holds
//    the 12 indicators, created through the real "Nyt ledermøde" form. Three actions with a start
//    period are decided through the meeting-mode form, so the charts carry markers. The editor logs in
//    through the real login form with fetch; the session cookie is kept. The app listens on 127.0.0.1:0.
// 2. Saves the meeting overview (/grupper/:g/moeder/:m, 12 small charts) and the minutes (/referat,
//    12 full charts with their tables) as static files, served by the same app: express.static mounted
//    for the bench behind the same middleware stack and the same group guard, before the 404 handler.
// 3. Loads each page and its static copy with autocannon (10 connections, 10 s each, only 127.0.0.1,
//    the same cookie), in its own process so it does not share the app's event loop. The 10 s are run
//    as 5 alternating slices (page, static, page, …) so that other work on the machine weighs on both.
// 4. Prints both throughputs, their ratio, and the median time to render one chart (renderTrendChart,
//    28 quarters + goal + 2 markers, 200 runs after 50 warm-up runs, without the chart cache).
//
// Targets: page/static ≥ 0.5 for each page; one chart ≤ 5 ms median. Exits 1 when a target is missed.
// Environment: BENCH_DURATION (seconds per URL, default 10), BENCH_ROUNDS (slices, default 5),
// BENCH_CONNECTIONS (default 10), BENCH_KEEP=1 keeps the temp folder.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import express, { type Express } from 'express';
import { configFromEnv } from '../src/config.js';
import { loadContent } from '../src/content/content-loader.js';
import { migrateToLatest, openSqlite, type Db } from '../src/db/connection.js';
import { hashPassword } from '../src/auth/password.js';
import { insertUser } from '../src/auth/user-queries.js';
import { insertGroup, upsertMembership } from '../src/groups/group-queries.js';
import { insertIndicator } from '../src/indicators/indicator-queries.js';
import type { Direction } from '../src/indicators/indicator.js';
import { upsertObservation } from '../src/indicators/observation-queries.js';
import { listItems } from '../src/meetings/meeting-queries.js';
import { periodRange, type Period } from '../src/periods/period.js';
import { chartBytesCache, chartCache } from '../src/charts/chart-cache.js';
import { renderTrendChart, type TrendChartInput } from '../src/charts/trend-chart.js';
import { createApp } from '../src/app/create-app.js';
import { notFoundHandler } from '../src/web/error-handler.js';
import { groupGuards } from '../src/web/guards.js';
import { findGroupAccess } from '../src/groups/group-queries.js';

const TARGET_RATIO = 0.5;
const TARGET_CHART_MS = 5;
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PASSWORD = 'bench-adgangskode-123';
const EMAIL = 'bench@kommune.dk';

const q = (year: number, index: number): Period => ({ frequency: 'quarter', year, index });
const QUARTERS = periodRange(q(2019, 1), q(2025, 4)); // 28

const INDICATORS: { name: string; unit: string; decimals: number; direction: Direction; base: number; step: number }[] = [
  { name: 'Sygefravær', unit: '%', decimals: 1, direction: 'down', base: 7.8, step: -0.05 },
  { name: 'Genindlæggelser inden for 30 dage', unit: '%', decimals: 1, direction: 'down', base: 12.4, step: -0.08 },
  { name: 'Borgertilfredshed', unit: 'point', decimals: 1, direction: 'up', base: 3.6, step: 0.02 },
  { name: 'Personaleomsætning', unit: '%', decimals: 1, direction: 'down', base: 18, step: -0.1 },
  { name: 'Ventetid på visitation', unit: 'dage', decimals: 0, direction: 'down', base: 21, step: -0.2 },
  { name: 'Faldulykker pr. 1.000 borgere', unit: 'antal', decimals: 1, direction: 'down', base: 9.5, step: -0.06 },
  { name: 'Borgere i rehabiliteringsforløb', unit: 'antal', decimals: 0, direction: 'up', base: 140, step: 1.5 },
  { name: 'Andel selvhjulpne efter forløb', unit: '%', decimals: 0, direction: 'up', base: 42, step: 0.4 },
  { name: 'Udgift pr. hjemmeplejetime', unit: 'kr.', decimals: 0, direction: 'down', base: 452, step: -1.2 },
  { name: 'Medarbejdertrivsel', unit: 'point', decimals: 1, direction: 'up', base: 68, step: 0.15 },
  { name: 'Tryksår', unit: 'antal', decimals: 0, direction: 'down', base: 31, step: -0.3 },
  { name: 'Vikarforbrug', unit: '%', decimals: 1, direction: 'down', base: 9.1, step: -0.04 },
];

// ---------------------------------------------------------------------------------------------
// The world: a database file in a temp folder, filled through the real queries.

async function seed(db: Db): Promise<{ groupId: number; indicatorIds: number[] }> {
  const user = await insertUser(db, { email: EMAIL, name: 'Bench Redaktør', passwordHash: await hashPassword(PASSWORD), isAdmin: false });
  const group = await insertGroup(db, { name: 'Ældre og Sundhed', description: 'Ledergruppen for hjemmepleje og plejecentre', coreTask: 'Vi hjælper ældre borgere til at klare mest muligt selv.' });
  await upsertMembership(db, group.id, user.id, 'editor');
  const indicatorIds: number[] = [];
  for (const [i, spec] of INDICATORS.entries()) {
    const indicator = await insertIndicator(db, group.id, {
      code: `B${String(i + 1).padStart(2, '0')}`,
      name: spec.name,
      definition: `${spec.name}, målt hvert kvartal.`,
      whyItMatters: 'Viser, om vi løser kerneopgaven.',
      unit: spec.unit,
      decimals: spec.decimals,
      direction: spec.direction,
      rangeMin: null,
      rangeMax: null,
      frequency: 'quarter',
      dataSource: 'Ledelsesinformation',
      deliveredBy: 'Økonomi og analyse',
    });
    indicatorIds.push(indicator.id);
    for (const [p, period] of QUARTERS.entries()) {
      // One indicator has a gap of two quarters, which the charts must show as a break.
      if (i === 4 && (p === 13 || p === 14)) continue;
      const wobble = Math.sin(p * 0.9 + i) * Math.abs(spec.base) * 0.04;
      const value = Number((spec.base + spec.step * p + wobble).toFixed(spec.decimals));
      const comment = (p + i) % 9 === 0 ? 'Ny arbejdsgang indført' : null;
      await upsertObservation(db, indicator.id, { period, value, comment, userId: user.id });
    }
  }
  return { groupId: group.id, indicatorIds };
}

// ---------------------------------------------------------------------------------------------
// A tiny HTTP client with one cookie, as a browser would hold it.

class Client {
  private cookie = '';
  constructor(readonly baseUrl: string) {}

  get cookieHeader(): string {
    return this.cookie;
  }

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';')[0]!;
      if (pair.startsWith('datadialog.sid=')) this.cookie = pair;
    }
  }

  async get(path: string): Promise<{ status: number; text: string }> {
    const res = await fetch(this.baseUrl + path, { headers: { cookie: this.cookie }, redirect: 'manual' });
    this.remember(res);
    return { status: res.status, text: await res.text() };
  }

  async post(path: string, form: [string, string][]): Promise<{ status: number; location: string | null }> {
    const res = await fetch(this.baseUrl + path, {
      method: 'POST',
      headers: { cookie: this.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
      redirect: 'manual',
    });
    this.remember(res);
    await res.arrayBuffer();
    return { status: res.status, location: res.headers.get('location') };
  }
}

function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no CSRF token on the page');
  return match[1]!;
}

function expectStatus(what: string, actual: number, expected: number) {
  if (actual !== expected) throw new Error(`${what}: expected HTTP ${expected}, got ${actual}`);
}

/** Logs in through the login form, creates the meeting through "Nyt ledermøde" and decides three actions in meeting mode. */
async function prepareMeeting(client: Client, db: Db, groupId: number, indicatorIds: number[]): Promise<string> {
  const loginPage = await client.get('/log-ind');
  expectStatus('login page', loginPage.status, 200);
  const login = await client.post('/log-ind', [['email', EMAIL], ['password', PASSWORD], ['_csrf', csrfFrom(loginPage.text)], ['next', '/']]);
  expectStatus('login', login.status, 302);

  const form = await client.get(`/grupper/${groupId}/moeder/nyt`);
  expectStatus('new meeting form', form.status, 200);
  const token = csrfFrom(form.text);
  const created = await client.post(`/grupper/${groupId}/moeder`, [
    ['_csrf', token],
    ['title', 'Ledermøde 1. kvartal 2026'],
    ['date', '2026-02-12'],
    ['attendees', 'Ellen, Rasmus, Mette, Jens'],
    ...indicatorIds.map((id): [string, string] => ['indicatorIds', String(id)]),
  ]);
  expectStatus('create meeting', created.status, 302);
  const meetingPath = created.location!;
  if (!/^\/grupper\/\d+\/moeder\/\d+$/.test(meetingPath)) throw new Error(`unexpected redirect after creating the meeting: ${meetingPath}`);
  const meetingId = Number(meetingPath.split('/').pop());
  const items = await listItems(db, meetingId);
  if (items.length !== INDICATORS.length) throw new Error(`the agenda has ${items.length} items, expected ${INDICATORS.length}`);

  const starts = ['2021K3', '2023K1', '2024K2'];
  for (const [n, start] of starts.entries()) {
    const item = items[n * 4]!;
    const decided = await client.post(`${meetingPath}/punkter/${item.id}/handlinger`, [
      ['_csrf', token],
      ['returnTo', `${meetingPath}/afvikling/${n * 4 + 1}`],
      ['whatAndWhy', `Vi prøver en ny arbejdsgang (${n + 1}), fordi udviklingen går den forkerte vej.`],
      ['howAndWho', 'Lederne tager det op på personalemøderne.'],
      ['responsible', 'Mette Holm'],
      ['dueDate', '2026-06-30'],
      ['startPeriod', start],
    ]);
    expectStatus('decide an action', decided.status, 302);
  }
  return meetingPath;
}

// ---------------------------------------------------------------------------------------------
// The static twin: the saved HTML served by the same app, behind the same middleware and guard.

function mountStatic(app: Express, db: Db, dir: string): string {
  const mount = '/grupper/:groupId/bench-statisk';
  const { reader } = groupGuards((req, groupId) => findGroupAccess(db, groupId, req.res?.locals.memberships ?? []));
  app.use(mount, reader, express.static(dir, { index: false }));
  // createApp ends with the 404 and error handlers: move the new layer in front of them.
  const stack = (app as unknown as { router: { stack: { handle: unknown }[] } }).router.stack;
  const layer = stack.pop()!;
  const at = stack.findIndex((l) => l.handle === notFoundHandler);
  if (at < 0) throw new Error('could not find the 404 handler in the app stack');
  stack.splice(at, 0, layer);
  return mount;
}

// ---------------------------------------------------------------------------------------------
// Load: autocannon's CLI in a child process, JSON out.

interface LoadResult {
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  total: number;
  non2xx: number;
  errors: number;
}

const require = createRequire(import.meta.url);
const autocannonCli = require.resolve('autocannon/autocannon.js');

function load(url: string, cookie: string, seconds: number): Promise<LoadResult> {
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`refusing to load anything but 127.0.0.1: ${url}`);
  return new Promise((resolve, reject) => {
    const args = [autocannonCli, '-c', String(CONNECTIONS), '-d', String(seconds), '-j', '-n', '-H', `cookie=${cookie}`, url];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      const r = JSON.parse(out) as {
        requests: { average: number; total: number };
        latency: { p50: number; p99: number };
        non2xx: number;
        errors: number;
      };
      resolve({ requestsPerSecond: r.requests.average, latencyP50: r.latency.p50, latencyP99: r.latency.p99, total: r.requests.total, non2xx: r.non2xx, errors: r.errors });
    });
  });
}

/**
 * DURATION seconds of load on each URL, in ROUNDS alternating slices (a, b, a, b, …), so that other
 * work on the machine weighs on both alike. Throughput is the mean of the slices; latency percentiles
 * are the medians of the slices'.
 */
async function loadAlternating(a: string, b: string, cookie: string): Promise<[LoadResult, LoadResult]> {
  const slice = Math.max(1, Math.round(DURATION / ROUNDS));
  const runs: [LoadResult[], LoadResult[]] = [[], []];
  for (let round = 0; round < ROUNDS; round++) {
    runs[0].push(await load(a, cookie, slice));
    runs[1].push(await load(b, cookie, slice));
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const combine = (rs: LoadResult[]): LoadResult => ({
    requestsPerSecond: rs.reduce((sum, r) => sum + r.requestsPerSecond, 0) / rs.length,
    latencyP50: median(rs.map((r) => r.latencyP50)),
    latencyP99: median(rs.map((r) => r.latencyP99)),
    total: rs.reduce((sum, r) => sum + r.total, 0),
    non2xx: rs.reduce((sum, r) => sum + r.non2xx, 0),
    errors: rs.reduce((sum, r) => sum + r.errors, 0),
  });
  return [combine(runs[0]), combine(runs[1])];
}

// ---------------------------------------------------------------------------------------------
// One chart, rendered from scratch: what a cache miss costs.

function chartMedianMs(runs = 200, warmUp = 50): { median: number; p95: number } {
  const input: TrendChartInput = {
    id: 'bench',
    title: 'Sygefravær',
    unit: '%',
    decimals: 1,
    direction: 'down',
    observations: QUARTERS.map((period, i) => ({ period, value: 7.8 - i * 0.07 + Math.sin(i) * 0.4, comment: i % 9 === 0 ? 'Kommentar fra indberetningen' : null })),
    goal: { baselinePeriod: q(2023, 1), baselineValue: 6.8, targetPeriod: q(2026, 4), targetValue: 5.5, status: 'på sporet' },
    markers: [
      { period: q(2021, 3), label: 'Trivselsindsats besluttet', kind: 'action' },
      { period: q(2022, 3), label: 'Ny fraværspolitik', kind: 'intervention' },
    ],
    size: 'full',
  };
  for (let i = 0; i < warmUp; i++) renderTrendChart(input);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    renderTrendChart(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: (times[Math.floor((runs - 1) / 2)]! + times[Math.ceil((runs - 1) / 2)]!) / 2, p95: times[Math.floor(runs * 0.95)]! };
}

// ---------------------------------------------------------------------------------------------

const fmt = (n: number, digits = 0) => n.toLocaleString('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kb = (bytes: number) => `${fmt(bytes / 1024, 0)} kB`;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'datadialog-pages-bench-'));
  const staticDir = join(dir, 'statisk');
  let server: Server | undefined;
  let db: Db | undefined;
  try {
    db = openSqlite(join(dir, 'bench.sqlite'));
    await migrateToLatest(db);
    const { groupId, indicatorIds } = await seed(db);
    const config = { ...configFromEnv({ NODE_ENV: 'production', SESSION_SECRET: 'pages-bench-'.padEnd(48, 'x') }), logLevel: 'info' };
    const content = await loadContent(config.contentDir);
    // Request logs are written as in production, into a sink instead of the terminal.
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    const app = createApp({ db, config, content, logDestination: sink });
    const mount = mountStatic(app, db, staticDir).replace(':groupId', String(groupId));
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(0, '127.0.0.1');
      s.once('listening', () => resolve(s));
      s.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const client = new Client(base);
    const meetingPath = await prepareMeeting(client, db, groupId, indicatorIds);

    mkdirSync(staticDir, { recursive: true });
    const pages: { name: string; path: string; file: string; bytes: number; firstMs: number }[] = [];
    for (const [name, path, file] of [['mødets overblik', meetingPath, 'moede.html'], ['referat', `${meetingPath}/referat`, 'referat.html']] as const) {
      const first = performance.now();
      const res = await client.get(path);
      const firstMs = performance.now() - first;
      expectStatus(path, res.status, 200);
      // One figure per chart (a full chart carries a wide and a phone-wide drawing).
      const charts = (res.text.match(/<figure class="trend-chart /g) ?? []).length;
      if (charts !== INDICATORS.length) throw new Error(`${path} shows ${charts} charts, expected ${INDICATORS.length}`);
      writeFileSync(join(staticDir, file), res.text);
      const copy = await client.get(`${mount}/${file}`);
      expectStatus(`static ${file}`, copy.status, 200);
      if (copy.text !== res.text) throw new Error(`the static copy of ${path} differs from the page`);
      pages.push({ name, path, file, bytes: Buffer.byteLength(res.text), firstMs });
    }

    console.log(`Meeting pages: 12 indicators × 28 quarters; autocannon (own process), ${CONNECTIONS} connections, ${DURATION} s per URL in ${ROUNDS} alternating slices`);
    let failed = false;
    const cached = () => chartCache.size + chartBytesCache.size;
    const cachedBefore = cached();
    for (const page of pages) {
      // Warm-up: the first render filled the chart cache; a short run lets the JIT settle on both paths.
      await load(`${base}${page.path}`, client.cookieHeader, 2);
      await load(`${base}${mount}/${page.file}`, client.cookieHeader, 2);
      const [dynamic, stat] = await loadAlternating(`${base}${page.path}`, `${base}${mount}/${page.file}`, client.cookieHeader);
      for (const [what, r] of [['page', dynamic], ['static', stat]] as const) {
        if (r.non2xx || r.errors) throw new Error(`${page.name} (${what}): ${r.non2xx} non-2xx responses and ${r.errors} errors`);
      }
      const ratio = dynamic.requestsPerSecond / stat.requestsPerSecond;
      const ok = ratio >= TARGET_RATIO;
      failed ||= !ok;
      console.log(`\n${page.name} (${page.path}, ${kb(page.bytes)}, first render with empty chart cache ${fmt(page.firstMs, 1)} ms)`);
      console.log(`  page:        ${fmt(dynamic.requestsPerSecond, 1).padStart(9)} req/s   p50 ${dynamic.latencyP50} ms, p99 ${dynamic.latencyP99} ms   (${fmt(dynamic.total)} requests)`);
      console.log(`  static file: ${fmt(stat.requestsPerSecond, 1).padStart(9)} req/s   p50 ${stat.latencyP50} ms, p99 ${stat.latencyP99} ms   (${fmt(stat.total)} requests)`);
      console.log(`  ratio page/static: ${fmt(ratio, 2)} (target ≥ ${fmt(TARGET_RATIO, 1)}) ${ok ? 'OK' : 'MISSED'}`);
    }

    // A chart key that changed between requests would leave new entries behind on every page view.
    const stable = cached() === cachedBefore;
    failed ||= !stable;
    console.log(`\nChart cache: ${cachedBefore} entries before the load, ${cached()} after: ${stable ? 'every request reused the cached charts' : 'KEYS ARE NOT STABLE, charts were rendered again'}`);

    const chart = chartMedianMs();
    const chartOk = chart.median <= TARGET_CHART_MS;
    failed ||= !chartOk;
    console.log(`\nOne chart (renderTrendChart, 28 quarters + goal + 2 markers, 200 runs, no cache): median ${fmt(chart.median, 2)} ms, p95 ${fmt(chart.p95, 2)} ms (target ≤ ${TARGET_CHART_MS} ms) ${chartOk ? 'OK' : 'MISSED'}`);
    process.exitCode = failed ? 1 : 0;
  } finally {
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    }
    await db?.destroy();
    if (process.env.BENCH_KEEP === '1') console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
