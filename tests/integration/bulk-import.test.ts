import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport } from '../../src/imports/import-service.js';
import { undoImport } from '../../src/imports/import-undo.js';
import { SpooledFile } from '../../src/imports/spooled-file.js';
import { addIndicators } from '../support/import-helpers.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';

let world: TestWorld;
beforeEach(async () => {
  world = await createTestWorld();
});
afterEach(async () => {
  await world.db.destroy();
});

const actor = () => ({ userId: world.ids.users.editorA, groupId: world.ids.groupA });
const encode = (text: string) => new TextEncoder().encode(text);

/** The file as it would arrive over the network: a stream in small pieces, never one buffer. */
function arriving(text: string, pieceBytes = 1000): SpooledFile {
  const bytes = encode(text);
  return new SpooledFile(
    (async function* () {
      for (let at = 0; at < bytes.length; at += pieceBytes) yield bytes.subarray(at, at + pieceBytes);
    })(),
  );
}

async function valuesOf(indicatorId: number) {
  const rows = await world.db.selectFrom('observations').select(['period', 'value', 'comment']).where('indicator_id', '=', indicatorId).orderBy('period').execute();
  return rows.map((r) => `${r.period}=${r.value}${r.comment === null ? '' : ` (${r.comment})`}`);
}

describe('a bulk import on either engine', () => {
  it('stores comments with backslashes, tabs, quotes and line breaks exactly as written', async () => {
    const comment = 'Ny vagtplan\\efter\tmøde "A"\r\nanden linje';
    const file = arriving(`Indikator;Kvartal;Værdi;Bemærkning\nSygefravær;2026K3;6,9;"${comment.replaceAll('"', '""')}"\n`, 7);
    await commitImport(world.db, actor(), { fileName: 'k3.csv', bytes: file, via: 'api' }, { settings: {}, skipErrors: false });
    await file.dispose();
    expect(await valuesOf(world.ids.sickLeave)).toContain(`2026K3=6.9 (${comment})`);
  });

  it('records the size and checksum of a file that arrived in pieces', async () => {
    const text = 'Indikator;Kvartal;Værdi\nSygefravær;2026K3;6,9\n';
    const file = arriving(text, 5);
    const { importId } = await commitImport(world.db, actor(), { fileName: 'k3.csv', bytes: file, via: 'api' }, { settings: {}, skipErrors: false });
    const stored = await world.db.selectFrom('imports').select(['size_bytes', 'sha256']).where('id', '=', importId).executeTakeFirstOrThrow();
    expect(stored.size_bytes).toBe(encode(text).length);
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    await file.dispose();
  });

  it('undoes a large import in full: new values gone, every replaced value and comment back', async () => {
    const ids = await addIndicators(world, world.ids.groupA, [{ name: 'Ventetid', unit: 'antal' }, { name: 'Besøg', unit: 'antal' }]);
    const [a, b] = [{ id: ids.Ventetid!, name: 'Ventetid' }, { id: ids['Besøg']!, name: 'Besøg' }];
    const quarters = Array.from({ length: 160 }, (_, k) => `${1990 + Math.floor(k / 4)}K${(k % 4) + 1}`);
    const file = (shift: number) =>
      'Indikator;Kvartal;Værdi;Bemærkning\n' + [a, b].flatMap((ind) => quarters.map((q, k) => `${ind!.name};${q};${k + shift};${shift ? '' : `første ${k}`}`)).join('\n') + '\n';
    await commitImport(world.db, actor(), { fileName: 'først.csv', bytes: encode(file(0)), via: 'api' }, { settings: {}, skipErrors: false });
    const before = [await valuesOf(a!.id), await valuesOf(b!.id)];
    // The second file changes every value and adds one more quarter to each.
    const second = file(1000) + `${a!.name};2030K1;5;\n${b!.name};2030K1;6;\n`;
    const { importId, counts } = await commitImport(world.db, actor(), { fileName: 'anden.csv', bytes: arriving(second), via: 'api' }, { settings: {}, skipErrors: false, confirmRevisions: true });
    expect(counts).toMatchObject({ new: 2, changed: 320 });
    await undoImport(world.db, actor(), importId);
    expect([await valuesOf(a!.id), await valuesOf(b!.id)]).toEqual(before);
  });

  it('marks every value of a file longer than one write batch with its import, the importing user and the time', async () => {
    const names = ['Ventetid', 'Besøg', 'Klager'];
    const ids = await addIndicators(world, world.ids.groupA, names.map((name) => ({ name, unit: 'antal' })));
    // 3 × 401 = 1,203 rows: one full batch of 1,000 rows and a shorter one, which is a statement of its own.
    const quarters = Array.from({ length: 401 }, (_, k) => `${1900 + Math.floor(k / 4)}K${(k % 4) + 1}`);
    const text = 'Indikator;Kvartal;Værdi\n' + names.flatMap((name) => quarters.map((q, k) => `${name};${q};${k},5`)).join('\n') + '\n';
    const before = new Date().toISOString();
    const { importId, counts } = await commitImport(world.db, actor(), { fileName: 'lang.csv', bytes: arriving(text, 4096), via: 'api' }, { settings: {}, skipErrors: false });
    expect(counts.new).toBe(1203);
    const rows = await world.db
      .selectFrom('observations')
      .select(['indicator_id', 'period', 'import_id', 'updated_by', 'created_at', 'updated_at', 'value'])
      .where('indicator_id', 'in', names.map((name) => ids[name]!))
      .execute();
    expect(rows).toHaveLength(1203);
    for (const row of rows) {
      expect(row).toMatchObject({ import_id: importId, updated_by: world.ids.users.editorA });
      expect(row.created_at >= before && row.updated_at === row.created_at).toBe(true);
    }
    expect(rows.find((r) => r.indicator_id === ids.Klager! && r.period === '2000K1')?.value).toBe(400.5);
  });

  it('forgets what an import did to an indicator when the indicator is deleted', async () => {
    const ids = await addIndicators(world, world.ids.groupA, [{ name: 'Referenceserie', unit: 'antal' }]);
    const file = 'Indikator;Kvartal;Værdi\nReferenceserie;2026K1;4\nSygefravær;2026K3;6,9\n';
    const { importId } = await commitImport(world.db, actor(), { fileName: 'r.csv', bytes: encode(file), via: 'api' }, { settings: {}, skipErrors: false });
    await world.db.deleteFrom('indicators').where('id', '=', ids.Referenceserie!).execute();
    const left = await world.db.selectFrom('import_changes').select('indicator_id').where('import_id', '=', importId).execute();
    expect(left.map((r) => r.indicator_id)).toEqual([world.ids.sickLeave]);
  });
});
