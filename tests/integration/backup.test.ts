import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openSqlite } from '../../src/db/connection.js';
import { backupSqlite } from '../../src/db/sqlite-backup.js';
import { insertUser } from '../../src/auth/user-queries.js';
import { insertGroup } from '../../src/groups/group-queries.js';
import { insertIndicator } from '../../src/indicators/indicator-queries.js';
import { commitImport } from '../../src/imports/import-service.js';

const dir = mkdtempSync(join(tmpdir(), 'datadialog-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A long file: every quarter 1950–2049 for each indicator, with values that differ per round. */
function csv(names: string[], round: number): Uint8Array {
  const lines = ['Indikator;Periode;Værdi'];
  for (const name of names) {
    for (let year = 1950; year < 2050; year++) {
      for (let q = 1; q <= 4; q++) lines.push(`${name};${year}K${q};${(round * 7 + year + q) % 100},${round}`);
    }
  }
  return new TextEncoder().encode(lines.join('\n'));
}

// The SQLite backup API; PostgreSQL is backed up with pg_dump.
describe.skipIf(process.env.TEST_DB === 'postgres')('npm run backup', () => {
  it('copies the database while imports go on, and the copy holds every import committed before it began', async () => {
    const path = join(dir, 'live.sqlite');
    const db = openSqlite(path);
    await migrateToLatest(db);
    const user = await insertUser(db, { email: 'ellen@kommune.dk', name: 'Ellen', passwordHash: 'x', isAdmin: false });
    const group = await insertGroup(db, { name: 'Ældre og Sundhed', description: '', coreTask: 'Kerneopgaven.' });
    const names = Array.from({ length: 12 }, (_, i) => `Indikator ${i + 1}`);
    for (const name of names) {
      await insertIndicator(db, group.id, { code: null, name, definition: '', whyItMatters: '', unit: 'antal', decimals: 1, direction: 'up', rangeMin: null, rangeMax: null, frequency: 'quarter', dataSource: '', deliveredBy: '' });
    }
    const importOnce = (round: number) =>
      // Every round rewrites the whole history on purpose, so the change to older values is confirmed.
      commitImport(db, { userId: user.id, groupId: group.id }, { fileName: `runde-${round}.csv`, bytes: csv(names, round), via: 'api' }, { settings: {}, skipErrors: false, confirmRevisions: true });

    for (let round = 1; round <= 3; round++) await importOnce(round);
    const committedBefore = (await db.selectFrom('imports').select('id').execute()).map((r) => r.id);

    // Imports keep landing while the copy is made.
    let writing = true;
    let round = 4;
    const writer = (async () => {
      while (writing) {
        await importOnce(round++);
        // SQLite calls resolve as microtasks: let the backup's steps have the event loop in between.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const target = join(dir, 'kopi.sqlite');
    const result = await backupSqlite(path, target);
    writing = false;
    await writer;
    expect(round).toBeGreaterThan(4);
    expect(result.pages).toBeGreaterThan(0);

    const restored = openSqlite(target);
    const ids = (await restored.selectFrom('imports').select('id').execute()).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(committedBefore));
    // Each import in the copy is whole: its recorded changes and its values are all there.
    for (const id of ids) {
      const record = await restored.selectFrom('imports').select(['new_count', 'changed_count']).where('id', '=', id).executeTakeFirstOrThrow();
      const changes = await restored.selectFrom('import_changes').select((eb) => eb.fn.countAll<number>().as('n')).where('import_id', '=', id).executeTakeFirstOrThrow();
      expect(Number(changes.n)).toBe(record.new_count + record.changed_count);
    }
    await restored.destroy();
    await db.destroy();
  }, 120_000);

  it('refuses a source that does not exist, in Danish, and leaves no half-made file', async () => {
    await expect(backupSqlite(join(dir, 'findes-ikke.sqlite'), join(dir, 'x.sqlite'))).rejects.toThrow('findes ikke');
  });
});
