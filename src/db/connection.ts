import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, sql, SqliteAdapter, SqliteDialect, type SqliteDatabase as KyselySqliteDatabase, type SqliteStatement } from 'kysely';
import type { Config } from '../config.js';
import { migrations } from './migrations/index.js';
import { describePostgresUrl, openPostgres } from './postgres.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

type DatabaseSettings = Pick<Config, 'databasePath' | 'databaseUrl'> & Partial<Pick<Config, 'databasePoolSize'>>;

/** PostgreSQL when a DATABASE_URL is configured, otherwise the embedded SQLite file. */
export function openDatabase(settings: DatabaseSettings): Db {
  return settings.databaseUrl ? openPostgres(settings.databaseUrl, { poolSize: settings.databasePoolSize }) : openSqlite(settings.databasePath);
}

/** Which database is in use, without any password, for log lines. */
export function describeDatabase(settings: DatabaseSettings): string {
  return settings.databaseUrl ? describePostgresUrl(settings.databaseUrl) : settings.databasePath;
}

// Statements whose SQL repeats keep their prepared statement. Kysely's SQLite driver prepares every
// query afresh: a bulk import runs the same 1,000-row INSERT a thousand times (preparing an
// 8,000-parameter statement costs about as much as running it), and every page asks the same
// SELECTs (preparing them took a twentieth of a busy overview page's time).
const STATEMENT_CACHE_SIZE = 256;

function runToEnd(sqlite: KyselySqliteDatabase, sql: string): SqliteStatement {
  const exec = () => {
    (sqlite as unknown as { exec(sql: string): void }).exec(sql);
    return { changes: 0, lastInsertRowid: 0 };
  };
  return { reader: false, all: () => [], run: exec, iterate: () => [][Symbol.iterator]() };
}

function withStatementCache(sqlite: KyselySqliteDatabase): KyselySqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      // A prepared PRAGMA incremental_vacuum frees one page per step, and Kysely steps a statement
      // without result columns once; exec runs it to the end.
      if (/^PRAGMA incremental_vacuum\b/i.test(sql)) return runToEnd(sqlite, sql);
      const cached = cache.get(sql);
      if (cached) return cached;
      const prepared = sqlite.prepare(sql);
      // A SELECT is kept too, but only for all() and run(), which finish before they return; a
      // streaming SELECT (iterate) gets a statement of its own, so it is never handed out twice.
      const statement: SqliteStatement = prepared.reader
        ? { reader: true, all: (p) => prepared.all(p), run: (p) => prepared.run(p), iterate: (p) => sqlite.prepare(sql).iterate(p) }
        : prepared;
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(sql, statement);
      return statement;
    },
  };
}

/**
 * Space freed by deleting rows (a discarded 19 MB upload) goes back to the file system at once,
 * without a full VACUUM, when the database keeps its free pages for incremental vacuum. A new
 * database is made that way; an older one is converted once by a VACUUM at open.
 */
function useIncrementalVacuum(sqlite: SqliteDatabase.Database): void {
  const INCREMENTAL = 2;
  if (sqlite.pragma('auto_vacuum', { simple: true }) === INCREMENTAL) return;
  sqlite.pragma('auto_vacuum = INCREMENTAL');
  const hasTables = sqlite.prepare("SELECT 1 FROM sqlite_schema LIMIT 1").get() !== undefined;
  if (hasTables) sqlite.exec('VACUUM');
}

/** Opens the embedded database; ':memory:' gives a private database for a test. */
export function openSqlite(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  useIncrementalVacuum(sqlite);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

/**
 * Brings the schema up to date. On PostgreSQL, Kysely's Migrator holds a session advisory lock
 * and runs the pending migrations in one transaction, so instances starting together migrate
 * once (tests/integration/migrations.test.ts proves it). SQLite is the embedded, single-instance
 * setup: Kysely takes no lock there.
 */
export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration failed${failed ? ` in ${failed.migrationName}` : ''}`, { cause: error });
  }
}

// SQLite's page cache for bulk writes, in KiB (SQLite's own default; better-sqlite3 sets 16 MB).
const BULK_WRITE_CACHE_KIB = 2000;

/**
 * Runs a bulk write with SQLite's small default page cache instead of better-sqlite3's 16 MB.
 * The rows of an import go in key order, so a big cache buys no speed there; it would only add
 * its size to the process's memory while a million rows pass through it. The setting is put back
 * afterwards. On any other database `write` simply runs.
 */
export async function withBulkWriteCache<T>(db: Kysely<any>, write: () => Promise<T>): Promise<T> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return write();
  const before = await sql<{ cache_size: number }>`PRAGMA cache_size`.execute(db);
  const cacheSize = before.rows[0]?.cache_size;
  await sql.raw(`PRAGMA cache_size = -${BULK_WRITE_CACHE_KIB}`).execute(db);
  try {
    return await write();
  } finally {
    if (cacheSize !== undefined) await sql.raw(`PRAGMA cache_size = ${Number(cacheSize)}`).execute(db);
  }
}

/**
 * Gives the pages that deleted rows left free back to the file system (SQLite). PostgreSQL's own
 * autovacuum reuses the space of deleted large values, so there is nothing to do there.
 */
export async function reclaimFreeSpace(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql.raw('PRAGMA incremental_vacuum').execute(db);
}
