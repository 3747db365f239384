import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { CompiledQuery, Kysely, PostgresAdapter, PostgresDialect } from 'kysely';
import type { Database } from './schema.js';

const INT8 = 20;
const NUMERIC = 1700;

function toNumber(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n)) throw new Error(`PostgreSQL returned a number JavaScript cannot hold: ${text}`);
  return n;
}

function toSafeInteger(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new Error(`PostgreSQL returned a whole number too large for JavaScript: ${text}`);
  return n;
}

/**
 * pg returns bigint (count(*), sum() of integers) and numeric (avg()) as strings, where SQLite
 * returns numbers. Parsing them here, once, for this pool only, makes every query, raw SQL
 * included, give the same JavaScript types on both engines; casting in each query would have to be
 * remembered in every feature, and pg's global setTypeParser would also change other pg users in
 * the process. A bigint beyond 2^53 is refused rather than silently rounded.
 */
function parsedTypes(pgTypes: typeof pg.types): pg.CustomTypesConfig {
  return {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (format !== 'binary' && oid === INT8) return toSafeInteger;
      if (format !== 'binary' && oid === NUMERIC) return toNumber;
      return pgTypes.getTypeParser(oid, format);
    },
  } as pg.CustomTypesConfig;
}

/** pg's own default: enough for one instance; several instances share the server's max_connections. */
export const DEFAULT_POOL_SIZE = 10;

/**
 * Opens a PostgreSQL database from a postgres:// connection string, with a connection pool of at
 * most `poolSize` connections (DATABASE_POOL_SIZE). With several instances, instances × pool size
 * must stay below the server's max_connections (100 by default), less what backups and psql use.
 */
export function openPostgres(connectionString: string, options: { poolSize?: number | undefined } = {}): Kysely<Database> {
  // pg is loaded with the first query, so an instance on SQLite never loads it (about 8 MB).
  const pool = async () => {
    const { default: pg } = await import('pg');
    const created = new pg.Pool({ connectionString, types: parsedTypes(pg.types), max: options.poolSize ?? DEFAULT_POOL_SIZE });
    // A connection that breaks while idle (a database restart) is dropped by the pool and the next
    // query opens a new one; without a listener the error would end the process.
    created.on('error', () => undefined);
    return withCopy(created);
  };
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

// A query whose text starts with this is a COPY … FROM STDIN; its one parameter is the data.
const COPY_MARKER = '/* datadialog:copy-from-stdin */ ';

type CopyData = Iterable<string> | AsyncIterable<string>;

/**
 * Kysely's PostgreSQL driver hands every query to the pool client as (sql, parameters). The client
 * given to Kysely here runs a marked query as COPY … FROM STDIN through pg-copy-streams instead,
 * streaming its parameter, so a COPY runs on the transaction's own connection like any query.
 */
function withCopy(pool: pg.Pool) {
  return {
    async connect() {
      const client = await pool.connect();
      return {
        query(sql: unknown, parameters?: unknown[]) {
          if (typeof sql === 'string' && sql.startsWith(COPY_MARKER)) return runCopy(client, sql.slice(COPY_MARKER.length), parameters?.[0] as CopyData);
          return client.query(sql as string, parameters);
        },
        release: (err?: Error | boolean) => client.release(err),
      };
    },
    end: () => pool.end(),
  } as unknown as pg.Pool;
}

async function runCopy(client: pg.PoolClient, statement: string, data: CopyData): Promise<{ command: string; rowCount: number; rows: [] }> {
  const { from: copyFrom } = await import('pg-copy-streams');
  const stream = client.query(copyFrom(statement));
  await pipeline(Readable.from(data, { objectMode: false }), stream);
  return { command: 'COPY', rowCount: Number(stream.rowCount ?? 0), rows: [] };
}

/**
 * Streams rows into a table with COPY … FROM STDIN (text format), on `db`'s connection: inside a
 * transaction, on the transaction's. `lines` are whole lines in COPY's text format (see copyText).
 * PostgreSQL only.
 */
export async function copyInto(db: Kysely<any>, table: string, columns: readonly string[], lines: CopyData): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) throw new Error('copyInto needs PostgreSQL');
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const statement = `COPY ${quote(table)} (${columns.map(quote).join(', ')}) FROM STDIN`;
  await db.executeQuery(CompiledQuery.raw(COPY_MARKER + statement, [lines]));
}

/** A value in COPY's text format: \N for null, and backslash, tab, newline and carriage return escaped. */
export function copyText(value: string | number | null): string {
  if (value === null) return '\\N';
  // The same digits as String(value) for a finite number. V8 files every String(double) in its
  // number-string cache, in the old generation: a million values left 18 MB there for the next
  // full collection. JSON.stringify writes the digits into a new, short-lived string.
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** The connection string without its password, for log lines. */
export function describePostgresUrl(connectionString: string): string {
  const url = new URL(connectionString);
  url.password = '';
  return url.toString();
}
