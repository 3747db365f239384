/** A discarded upload gives its space back to the file system (SQLite, incremental vacuum). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openSqlite, type Db } from '../../src/db/connection.js';
import { insertUser } from '../../src/auth/user-queries.js';
import { insertGroup } from '../../src/groups/group-queries.js';
import { deleteUpload, deleteUploadsOlderThan, insertUpload } from '../../src/imports/upload-queries.js';

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.destroy();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'datadialog-space-'));
  dirs.push(dir);
  return join(dir, 'db.sqlite');
}

async function pages(db: Db): Promise<number> {
  const { rows } = await sql<{ page_count: number }>`PRAGMA page_count`.execute(db);
  return Number(rows[0]!.page_count);
}

async function world(path: string) {
  const db = openSqlite(path);
  dbs.push(db);
  await migrateToLatest(db);
  const user = await insertUser(db, { email: 'a@kommune.dk', name: 'A', passwordHash: 'x', isAdmin: false });
  const group = await insertGroup(db, { name: 'G', description: '', coreTask: 'K' });
  const put = () => {
    const content = randomBytes(4 * 1024 * 1024);
    return insertUpload(db, { groupId: group.id, userId: user.id, fileName: 'f.csv', sha256: 'x', sizeBytes: content.length, content });
  };
  return { db, put };
}

describe('discarded uploads', () => {
  it('leave the database as small as before they came', async () => {
    const { db, put } = await world(tempPath());
    const empty = await pages(db);
    const ids = [await put(), await put(), await put()];
    const full = await pages(db);
    expect(full - empty).toBeGreaterThan(2500); // 12 MB in 4 kB pages
    for (const id of ids) await deleteUpload(db, id);
    expect(await pages(db)).toBeLessThanOrEqual(empty + 5);
    await put();
    await deleteUploadsOlderThan(db, new Date(Date.now() + 60_000));
    expect(await pages(db)).toBeLessThanOrEqual(empty + 5);
  });

  it('leave a database made before this change small too: it is converted once when opened', async () => {
    const path = tempPath();
    const old = new SqliteDatabase(path);
    old.exec('CREATE TABLE legacy (x INTEGER)');
    expect(old.pragma('auto_vacuum', { simple: true })).toBe(0);
    old.close();
    const { db, put } = await world(path);
    const { rows } = await sql<{ auto_vacuum: number }>`PRAGMA auto_vacuum`.execute(db);
    expect(rows[0]!.auto_vacuum).toBe(2);
    const before = await pages(db);
    await deleteUpload(db, await put());
    expect(await pages(db)).toBeLessThanOrEqual(before + 5);
  });
});
