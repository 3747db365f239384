import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
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
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (format !== 'binary' && oid === INT8) return toSafeInteger;
    if (format !== 'binary' && oid === NUMERIC) return toNumber;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** pg's own default: enough for one instance; several instances share the server's max_connections. */
export const DEFAULT_POOL_SIZE = 10;

/**
 * Opens a PostgreSQL database from a postgres:// connection string, with a connection pool of at
 * most `poolSize` connections (DATABASE_POOL_SIZE). With several instances, instances × pool size
 * must stay below the server's max_connections (100 by default), less what backups and psql use.
 */
export function openPostgres(connectionString: string, options: { poolSize?: number | undefined } = {}): Kysely<Database> {
  const pool = new pg.Pool({ connectionString, types, max: options.poolSize ?? DEFAULT_POOL_SIZE });
  // A connection that breaks while idle (a database restart) is dropped by the pool and the next
  // query opens a new one; without a listener the error would end the process.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** The connection string without its password, for log lines. */
export function describePostgresUrl(connectionString: string): string {
  const url = new URL(connectionString);
  url.password = '';
  return url.toString();
}
