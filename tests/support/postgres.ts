import { execFile, execFileSync } from 'node:child_process';
import { accessSync, chownSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** The template every test database is copied from: the schema, migrated once per run. */
export const MIGRATED_TEMPLATE = 'migrated_template';

export interface PostgresCluster {
  /** Superuser connection string to the cluster's `postgres` database. */
  url: string;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

/** Debian puts each major version's binaries in /usr/lib/postgresql/<major>/bin; PG_BIN overrides. */
export function findPostgresBinaries(): string | undefined {
  if (process.env.PG_BIN) return existsSync(join(process.env.PG_BIN, 'initdb')) ? process.env.PG_BIN : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const newest = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))[0];
  return newest === undefined ? undefined : join(root, newest, 'bin');
}

/**
 * Where the cluster's folder goes: RAM (/dev/shm) when there is one. On this machine's disk a
 * CREATE DATABASE from the template takes about 270 ms, in RAM about 20 ms, and every test makes one.
 */
function clusterParent(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a throwaway PostgreSQL server in a temporary folder, on 127.0.0.1 and a free port, with
 * durability switched off (its data dies with the run anyway). initdb refuses to run as root, so
 * as root the binaries run as the `postgres` user in a folder that user owns.
 */
export async function startCluster(): Promise<PostgresCluster> {
  const bin = findPostgresBinaries();
  if (!bin) {
    throw new Error(
      'The PostgreSQL tests need the PostgreSQL server binaries (initdb, pg_ctl) and they are missing. ' +
        'Run scripts/ensure-test-deps.sh as root, or install Debian\'s package: apt-get install -y postgresql',
    );
  }
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? 'postgres' : userInfo().username;
  // The program and arguments that run one of PostgreSQL's binaries as the cluster's owner.
  const invocation = (program: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]] : [join(bin, program), args];
  const as = (program: string, args: string[]) => run(...invocation(program, args));

  const dir = mkdtempSync(join(clusterParent(), 'datadialog-pg-'));
  const data = join(dir, 'data');
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const stopSync = () => {
    try {
      execFileSync(...invocation('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']), { stdio: 'ignore' });
    } catch {
      // Not running (start failed, or already stopped).
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // A run that is interrupted must not leave a server behind.
  process.once('exit', stopSync);

  try {
    // The C locale sorts text by code point, as SQLite's default BINARY collation does.
    await as('initdb', ['-D', data, '-A', 'trust', '-U', owner, '--encoding=UTF8', '--locale=C', '--no-sync', '--no-instructions']);
    const port = await freePort();
    const options = [
      `-c listen_addresses=127.0.0.1`,
      `-p ${port}`,
      `-k ${dir}`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      // Each test database is written to the WAL once; a small WAL keeps the folder small in RAM.
      '-c max_wal_size=128MB',
      '-c min_wal_size=32MB',
    ].join(' ');
    await as('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '30', '-o', options, 'start']);
    return {
      url: `postgres://${encodeURIComponent(owner)}@127.0.0.1:${port}/postgres`,
      async stop() {
        process.removeListener('exit', stopSync);
        stopSync();
      },
    };
  } catch (err) {
    const log = join(dir, 'server.log');
    const serverLog = existsSync(log) ? readFileSync(log, 'utf8') : '';
    process.removeListener('exit', stopSync);
    stopSync();
    throw new Error(`Could not start the test PostgreSQL server${serverLog ? `; its log:\n${serverLog}` : ''}`, { cause: err });
  }
}

/** The same server, another database. */
export function databaseUrl(clusterUrl: string, name: string): string {
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const adminPools = new Map<string, pg.Pool>();

/**
 * One small pool per cluster and process for CREATE/DROP DATABASE, closed when the process idles.
 * More than one connection, so a drop that runs in the background never holds up the next create.
 */
function admin(clusterUrl: string): pg.Pool {
  let pool = adminPools.get(clusterUrl);
  if (!pool) {
    pool = new pg.Pool({ connectionString: clusterUrl, max: 3, allowExitOnIdle: true });
    pool.on('error', () => undefined);
    adminPools.set(clusterUrl, pool);
  }
  return pool;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Creates a database, a copy of `template` when given. The default strategy (WAL_LOG since
 * PostgreSQL 15) is kept: FILE_COPY checkpoints before and after each copy, which costs more once
 * tests have written data.
 */
export async function createDatabase(clusterUrl: string, name: string, template?: string): Promise<string> {
  await admin(clusterUrl).query(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ''}`);
  return databaseUrl(clusterUrl, name);
}

/** Drops a database, closing any connection still open to it. */
export async function dropDatabase(clusterUrl: string, name: string): Promise<void> {
  await admin(clusterUrl).query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
}

/** Marks a database as a template nobody connects to, so copies of it can be made concurrently. */
export async function freezeAsTemplate(clusterUrl: string, name: string): Promise<void> {
  await admin(clusterUrl).query(`ALTER DATABASE ${quote(name)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
}

/** Closes this process's admin connections. */
export async function closeAdminConnections(): Promise<void> {
  const pools = [...adminPools.values()];
  adminPools.clear();
  await Promise.all(pools.map((p) => p.end()));
}
