import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connection.js';
import { engine, openTestDatabase } from '../support/test-db.js';

let db: Db;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(async () => {
  await db.destroy();
});

describe(`values read back from ${engine}`, () => {
  it('gives counts, sums and averages as numbers, as SQLite does', async () => {
    await db
      .insertInto('users')
      .values(['a', 'b', 'c'].map((n) => ({ email: `${n}@x.dk`, name: n, password_hash: 'x', is_admin: n === 'a' ? 1 : 0, created_at: 't', updated_at: 't' })))
      .execute();
    const row = await db
      .selectFrom('users')
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.sum('is_admin').as('admins'), eb.fn.avg('is_admin').as('share'), eb.fn.max('id').as('last')])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ n: 3, admins: 1, share: 1 / 3, last: 3 });
    const { rows } = await sql<{ n: unknown }>`select count(*) as n from users`.execute(db);
    expect(rows[0]!.n).toBe(3);
  });

  it('keeps timestamps as the ISO text that was written, and file bytes unchanged', async () => {
    const at = '2026-03-31T22:00:00.000Z';
    const { id } = await db
      .insertInto('users')
      .values({ email: 'a@x.dk', name: 'A', password_hash: 'x', is_admin: 0, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    const groupId = (await db.insertInto('groups').values({ name: 'G', description: '', core_task: '', created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
    const bytes = new Uint8Array([0, 1, 2, 0xe6, 0xf8, 0xe5, 255]);
    await db
      .insertInto('import_uploads')
      .values({ group_id: groupId, user_id: id, file_name: 'f.csv', sha256: '', size_bytes: bytes.length, content: bytes, created_at: at })
      .execute();
    const user = await db.selectFrom('users').select(['created_at', 'is_admin']).executeTakeFirstOrThrow();
    expect(user).toEqual({ created_at: at, is_admin: 0 });
    const upload = await db.selectFrom('import_uploads').select('content').executeTakeFirstOrThrow();
    expect(new Uint8Array(upload.content)).toEqual(bytes);
  });
});
