import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { migrateToLatest, openSqlite, type Db } from '../../src/db/connection.js';
import { openPostgres } from '../../src/db/postgres.js';
import { createDatabase, dropDatabase, MIGRATED_TEMPLATE } from './postgres.js';

export type Engine = 'sqlite' | 'postgres';

/** The engine this test project runs on; vitest.config.ts sets TEST_DB per project. */
export const engine: Engine = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

function clusterUrl(): string {
  const url = inject('postgresClusterUrl');
  if (!url) throw new Error('TEST_DB=postgres needs the cluster from tests/support/postgres-global-setup.ts (see vitest.config.ts)');
  return url;
}

const uniqueName = () => `test_${randomBytes(6).toString('hex')}`;

/**
 * `destroy()` also drops the database, in the background: PostgreSQL waits in steps of 100 ms for
 * the connections just closed to go away, and no test needs to wait for that. A drop that has not
 * finished when the run ends goes with the cluster.
 */
function droppedOnDestroy(db: Db, drop: () => Promise<void>): Db {
  const destroy = db.destroy.bind(db);
  db.destroy = async () => {
    await destroy();
    drop().catch(() => undefined);
  };
  return db;
}

/** A fresh, migrated, empty database of the engine under test, private to the caller. */
export async function openTestDatabase(): Promise<Db> {
  if (engine === 'sqlite') {
    const db = openSqlite(':memory:');
    await migrateToLatest(db);
    return db;
  }
  const name = uniqueName();
  const db = openPostgres(await createDatabase(clusterUrl(), name, MIGRATED_TEMPLATE));
  return droppedOnDestroy(db, () => dropDatabase(clusterUrl(), name));
}

export interface EmptyDatabase {
  /** The environment that points the app (or a command) at this database. */
  env: Record<string, string>;
  /** A new connection (pool) to it; each call opens another. */
  open(): Db;
  remove(): Promise<void>;
}

/** A new database with no tables yet, for a command to migrate or a test of migrating itself. */
export async function createEmptyDatabase(): Promise<EmptyDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'datadialog-db-'));
    const path = join(dir, 'db.sqlite');
    return {
      env: { DATABASE_PATH: path, DATABASE_URL: '' },
      open: () => openSqlite(path),
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = uniqueName();
  const url = await createDatabase(clusterUrl(), name);
  return {
    env: { DATABASE_URL: url },
    open: () => openPostgres(url),
    remove: () => dropDatabase(clusterUrl(), name),
  };
}
