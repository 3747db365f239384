import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseImport, commitImport, type ImportRefusedError } from '../../src/imports/import-service.js';
import { createTestWorld, csrfFrom, signIn, type TestWorld } from '../support/test-app.js';
import { addIndicators, fixture, observationsOf, snapshotDatabase, upload } from '../support/import-helpers.js';

let world: TestWorld;
beforeEach(async () => {
  world = await createTestWorld();
});
afterEach(async () => {
  await world.db.destroy();
});

const actor = () => ({ userId: world.ids.users.editorA, groupId: world.ids.groupA });
const commit = (name: string, bytes: Uint8Array, skipErrors = false, confirmRevisions = false) =>
  commitImport(world.db, actor(), { fileName: name, bytes, via: 'ui' }, { settings: {}, skipErrors, confirmRevisions });

describe('the sample files import untouched', () => {
  it('imports the eldercare long file (UTF-8 with BOM, CRLF, decimal comma) with its comments', async () => {
    const ids = await addIndicators(world, world.ids.groupA, [
      { name: 'Sygefravær, medarbejdere', unit: '%' },
      { name: 'Sagsbehandlingstid, visitation', unit: 'dage', decimals: 0 },
      { name: 'Borgertilfredshed, hjemmeplejen', unit: '%' },
    ]);
    const result = await commit('aeldreomraadet-lang-utf8-bom.csv', fixture('aeldreomraadet-lang-utf8-bom.csv'));
    expect(result.counts).toMatchObject({ new: 77, changed: 0, errorRows: 0 });
    const sick = await observationsOf(world, ids['Sygefravær, medarbejdere']!);
    expect(sick[0]).toEqual({ period: '2019K1', value: 7.7, comment: null });
    expect(sick).toHaveLength(27);
    const visitation = await observationsOf(world, ids['Sagsbehandlingstid, visitation']!);
    expect(visitation.find((o) => o.period === '2022K3')).toEqual({ period: '2022K3', value: 21, comment: 'Ny visitationsproces indført' });
  });

  it('imports the daycare wide file (Windows-1252) with æøå and units in the headers', async () => {
    const ids = await addIndicators(world, world.ids.groupB, [
      { name: 'Sygefravær', unit: '%' },
      { name: 'Forældretilfredshed', unit: '%' },
      { name: 'Normering', unit: 'børn pr. voksen', decimals: 2 },
    ]);
    ids['Ventetid på plads'] = world.ids.waitingTime;
    const result = await commitImport(world.db, { userId: world.ids.users.editorB, groupId: world.ids.groupB }, { fileName: 'dagtilbud.csv', bytes: fixture('dagtilbud-bred-windows1252.csv'), via: 'ui' }, { settings: {}, skipErrors: false });
    expect(result.counts).toMatchObject({ new: 76, changed: 0, errorRows: 0 });
    expect((await observationsOf(world, ids['Ventetid på plads']!))[0]).toEqual({ period: '2021K1', value: 21, comment: null });
    expect((await observationsOf(world, ids['Normering']!))[0]).toEqual({ period: '2021K1', value: 3.38, comment: null });
  });

  it('imports the jobcenter BI export (comma, quoted text, decimal point, 2019-Q1)', async () => {
    const ids = await addIndicators(world, world.ids.groupA, [
      { name: 'Andel i job 6 mdr. efter forløb', unit: 'andel', decimals: 3 },
      { name: 'Antal borgere på ydelse', unit: 'antal', decimals: 0 },
    ]);
    const result = await commit('jobcenter.csv', fixture('jobcenter-bi-eksport-iso.csv'));
    expect(result.counts).toMatchObject({ new: 54, changed: 0, errorRows: 0 });
    expect((await observationsOf(world, ids['Andel i job 6 mdr. efter forløb']!))[0]).toEqual({ period: '2019K1', value: 0.319, comment: null });
    expect((await observationsOf(world, ids['Antal borgere på ydelse']!))[0]).toEqual({ period: '2019K1', value: 1465, comment: null });
  });

  it('does not record the same file a second time: nothing new, nothing to undo', async () => {
    await addIndicators(world, world.ids.groupA, [
      { name: 'Andel i job 6 mdr. efter forløb', unit: 'andel', decimals: 3 },
      { name: 'Antal borgere på ydelse', unit: 'antal', decimals: 0 },
    ]);
    await commit('jobcenter.csv', fixture('jobcenter-bi-eksport-iso.csv'));
    const before = await snapshotDatabase(world);
    const again = commit('jobcenter.csv', fixture('jobcenter-bi-eksport-iso.csv'));
    await expect(again).rejects.toMatchObject({ code: 'nothing-new', message: 'Intet nyt: filen svarer til det, der allerede er gemt.' });
    await again.catch((err: ImportRefusedError) => expect(err.analysis.plan?.counts).toMatchObject({ new: 0, changed: 0, unchanged: 54 }));
    expect(await snapshotDatabase(world)).toEqual(before);
  });
});

describe('a bad file never changes stored data', () => {
  it('refuses 999 good rows and 1 bad, leaving the database exactly as it was', async () => {
    await addIndicators(world, world.ids.groupA, [{ name: 'Genindlæggelser', unit: '%' }, { name: 'Faldulykker', unit: 'antal' }]);
    const names = ['Sygefravær', 'Genindlæggelser', 'Faldulykker'];
    const lines = ['Indikator;Kvartal;Værdi'];
    for (let i = 0; i < 999; i++) {
      const q = Math.floor(i / 3);
      lines.push(`${names[i % 3]};${1950 + Math.floor(q / 4)}K${(q % 4) + 1};${(5 + (i % 10) / 10).toFixed(1).replace('.', ',')}`);
    }
    lines.splice(500, 0, 'Sygefravær;2300K1;7,1');
    const before = await snapshotDatabase(world);
    await expect(commit('stor.csv', Buffer.from(lines.join('\r\n'), 'utf8'))).rejects.toMatchObject({ code: 'row-errors' });
    expect(await snapshotDatabase(world)).toEqual(before);
    const analysis = await analyseImport(world.db, world.ids.groupA, Buffer.from(lines.join('\r\n'), 'utf8'), {});
    expect(analysis.plan?.errors[0]).toMatchObject({ line: 501 });
  });

  it('names both lines when the same indicator and period has two different values', async () => {
    const csv = 'Indikator;Kvartal;Værdi\r\nSygefravær;2026K3;6,9\r\nSygefravær;2026K4;6,8\r\nSygefravær;2026K3;7,0\r\n';
    const analysis = await analyseImport(world.db, world.ids.groupA, Buffer.from(csv), {});
    expect(analysis.plan?.counts.errorRows).toBe(2);
    expect(analysis.plan?.errors[0]?.message).toContain('Linje 4');
    expect(analysis.plan?.errors[0]?.message).toContain('står også i linje 2');
    expect(analysis.plan?.counts.new).toBe(1);
  });

  it('imports the rest when the user explicitly leaves out the rows in error, and records that choice', async () => {
    const csv = 'Indikator;Kvartal;Værdi\r\nSygefravær;2026K3;6,9\r\nSygefravær;2026K9;6,8\r\n';
    const result = await commit('delvis.csv', Buffer.from(csv), true);
    expect(result.counts).toMatchObject({ new: 1, errorRows: 1 });
    const record = await world.db.selectFrom('imports').select(['skipped_error_count', 'settings']).executeTakeFirstOrThrow();
    expect(record.skipped_error_count).toBe(1);
    expect(JSON.parse(record.settings).skipErrors).toBe(true);
  });

  it('refuses a file with a CPR number at upload, without storing or repeating the number', async () => {
    const cpr = '070761-4285';
    const csv = `Indikator;Kvartal;Værdi;Bemærkning\r\nSygefravær;2026K3;6,9;Borger ${cpr} klagede\r\n`;
    const user = await signIn(world, 'editorA');
    const before = await snapshotDatabase(world);
    const res = await upload(user, world.ids.groupA, 'cpr.csv', csv);
    expect(res.status).toBe(400);
    expect(res.text).toContain('Linje 2, kolonne 4');
    expect(res.text).toContain('CPR-nummer');
    expect(res.text).not.toContain('070761');
    expect(await snapshotDatabase(world)).toEqual(before);
    expect(JSON.stringify(await snapshotDatabase(world))).not.toContain('070761');
  });

  it('refuses a CPR number that fails the modulus-11 check too, also through the API path', async () => {
    const csv = 'Indikator;Kvartal;Værdi\r\nSygefravær;2026K3;6,9\r\n0101901234;2026K3;1\r\n';
    await expect(commit('cpr.csv', Buffer.from(csv))).rejects.toMatchObject({ code: 'unreadable-file' });
    const dump = JSON.stringify(await snapshotDatabase(world));
    expect(dump).not.toContain('0101901234');
  });
});

describe('undo', () => {
  it('restores every changed value exactly and removes the added ones', async () => {
    const csv = 'Indikator;Kvartal;Værdi;Bemærkning\r\nSygefravær;2026K2;7,1;Rettet tal\r\nSygefravær;2026K3;6,9;\r\n';
    const before = await observationsOf(world, world.ids.sickLeave);
    const { importId, counts } = await commit('ret.csv', Buffer.from(csv));
    expect(counts).toMatchObject({ new: 1, changed: 1 });
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.post(`/grupper/${world.ids.groupA}/importer/${importId}/fortryd`);
    expect(res.status).toBe(302);
    expect(await observationsOf(world, world.ids.sickLeave)).toEqual(before);
    const history = await ellen.get(`/grupper/${world.ids.groupA}/historik`);
    expect(history.text).toContain('Fortrød importen af ret.csv');
  });

  it('changes nothing and names the value when a later change touched it', async () => {
    const csv = 'Indikator;Kvartal;Værdi\r\nSygefravær;2026K3;6,9\r\n';
    const { importId } = await commit('ny.csv', Buffer.from(csv));
    const ellen = await signIn(world, 'editorA');
    await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/vaerdier`, { period: '2026K3', value: '6,5' });
    const before = await snapshotDatabase(world);
    const res = await ellen.post(`/grupper/${world.ids.groupA}/importer/${importId}/fortryd`);
    expect(res.status).toBe(400);
    expect(res.text).toContain('„Sygefravær“ 3. kvt. 2026');
    expect(await snapshotDatabase(world)).toEqual(before);
  });
});

describe('the import pages', () => {
  it('walks upload → mapping → preview → import, and remembers the mapping for next time', async () => {
    const ellen = await signIn(world, 'editorA');
    const csv = 'Nøgletal;Periode;Værdi\r\nFraværsprocent;2026K3;6,9\r\n';
    const uploaded = await upload(ellen, world.ids.groupA, 'fravaer.csv', csv);
    expect(uploaded.status).toBe(302);
    const previewUrl = uploaded.headers.location!;
    const preview = await ellen.get(previewUrl);
    expect(preview.text).toContain('Knyt filens indikatorer til gruppens');
    expect(preview.text).toContain('Fraværsprocent');
    const mapped = await ellen.post(`${previewUrl}/tilknyt`, { label: 'Fraværsprocent', target: String(world.ids.sickLeave) });
    expect(mapped.status).toBe(302);
    const ready = await ellen.get(previewUrl);
    expect(ready.text).toMatch(/<strong>1<\/strong> ny værdi/);
    const done = await ellen.post(`${previewUrl}/importer`);
    expect(done.status).toBe(302);
    const result = await ellen.get(done.headers.location!);
    expect(result.text).toContain('1 ny værdi, 0 ændrede værdier');
    expect(await observationsOf(world, world.ids.sickLeave)).toContainEqual({ period: '2026K3', value: 6.9, comment: null });

    const next = await upload(ellen, world.ids.groupA, 'fravaer-k4.csv', 'Nøgletal;Periode;Værdi\r\nFraværsprocent;2026K4;6,7\r\n');
    const nextPreview = await ellen.get(next.headers.location!);
    expect(nextPreview.text).not.toContain('Knyt filens indikatorer til gruppens');
    expect(nextPreview.text).toMatch(/<strong>1<\/strong> ny værdi/);
  });

  it('refuses an indicator of another group chosen in the mapping form', async () => {
    const ellen = await signIn(world, 'editorA');
    const uploaded = await upload(ellen, world.ids.groupA, 'x.csv', 'Nøgletal;Periode;Værdi\r\nVentetid;2026K3;20\r\n');
    const res = await ellen.post(`${uploaded.headers.location!}/tilknyt`, { label: 'Ventetid', target: String(world.ids.waitingTime) });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Den valgte indikator for „Ventetid“ findes ikke i gruppen.');
    expect(await world.db.selectFrom('import_mappings').selectAll().execute()).toEqual([]);
  });

  it('names the file type when a PNG is uploaded, and keeps nothing', async () => {
    const ellen = await signIn(world, 'editorA');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const uploaded = await upload(ellen, world.ids.groupA, 'billede.csv', png);
    expect(uploaded.status).toBe(400);
    expect(uploaded.text).toMatch(/PNG/);
    expect(await world.db.selectFrom('import_uploads').selectAll().execute()).toEqual([]);
  });

  it('refuses UTF-16 without a byte-order mark and a CPR number in the file name before storing', async () => {
    const ellen = await signIn(world, 'editorA');
    const utf16 = Buffer.from('Indikator\tKvartal\tVærdi\r\nSygefravær\t2026K3\t0707614285\r\n', 'utf16le');
    expect((await upload(ellen, world.ids.groupA, 'x.csv', utf16)).status).toBe(400);
    const named = await upload(ellen, world.ids.groupA, 'borger-070761-4285.csv', 'Indikator;Kvartal;Værdi\r\nSygefravær;2026K3;6,9\r\n');
    expect(named.status).toBe(400);
    expect(named.text).toContain('Filnavnet ser ud til at indeholde et CPR-nummer');
    expect(named.text).not.toContain('070761');
    expect(await world.db.selectFrom('import_uploads').selectAll().execute()).toEqual([]);
  });

  it('answers a file over the limit with the Danish 413 page and keeps nothing', async () => {
    await world.db.destroy();
    world = await createTestWorld({ uploadLimitBytes: 1024 });
    const ellen = await signIn(world, 'editorA');
    const res = await upload(ellen, world.ids.groupA, 'stor.csv', 'Indikator;Kvartal;Værdi\r\n' + 'Sygefravær;2026K3;6,9\r\n'.repeat(200));
    expect(res.status).toBe(413);
    expect(res.text).toContain('Filen eller formularen er for stor');
    expect(await world.db.selectFrom('import_uploads').selectAll().execute()).toEqual([]);
  });

  it('answers a malformed upload with 400, not 500', async () => {
    const ellen = await signIn(world, 'editorA');
    const page = await ellen.get(`/grupper/${world.ids.groupA}/import`);
    const res = await ellen.agent.post(`/grupper/${world.ids.groupA}/import`).field('_csrf', csrfFrom(page.text)).attach('andet', Buffer.from('a;b\r\n'), 'x.csv');
    expect(res.status).toBe(400);
    expect(res.text).toContain('Forkert forespørgsel');
  });

  it('refuses an upload without the CSRF token', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.agent.post(`/grupper/${world.ids.groupA}/import`).attach('file', Buffer.from('a;b\r\n1;2\r\n'), 'x.csv');
    expect(res.status).toBe(403);
    expect(await world.db.selectFrom('import_uploads').selectAll().execute()).toEqual([]);
  });

  it('does not show one user’s upload to another member', async () => {
    const ellen = await signIn(world, 'editorA');
    const uploaded = await upload(ellen, world.ids.groupA, 'x.csv', 'Indikator;Kvartal;Værdi\r\nSygefravær;2026K3;6,9\r\n');
    const ada = await signIn(world, 'admin');
    const { upsertMembership } = await import('../../src/groups/group-queries.js');
    await upsertMembership(world.db, world.ids.groupA, world.ids.users.admin, 'editor');
    expect((await ada.get(uploaded.headers.location!)).status).toBe(404);
  });
});

describe('large files and the fast paths', () => {
  // Long-format lines for `names` × quarters from 1900K1 (before anything stored), `value(i, q)` as text.
  const longLines = (names: string[], quarters: number, value: (i: number, q: number) => string) => {
    const lines: string[] = [];
    names.forEach((name, i) => {
      for (let q = 0; q < quarters; q++) lines.push(`${name};${1900 + Math.floor(q / 4)}K${(q % 4) + 1};${value(i, q)}`);
    });
    return lines;
  };
  const longFile = (names: string[], quarters: number, value: (i: number, q: number) => string) =>
    Buffer.from(['Indikator;Kvartal;Værdi', ...longLines(names, quarters, value)].join('\r\n') + '\r\n', 'utf8');
  const others = ['Genindlæggelser', 'Faldulykker', 'Ventetider', 'Udskrivninger', 'Klager', 'Tilsyn', 'Besøg'];

  it('writes thousands of new and changed values in batches, records what they replaced, and undoes exactly', async () => {
    const ids = await addIndicators(world, world.ids.groupA, [{ name: 'Genindlæggelser', unit: '%' }, { name: 'Faldulykker', unit: 'antal' }]);
    const names = ['Sygefravær', 'Genindlæggelser', 'Faldulykker'];
    const first = longFile(names, 400, (i, q) => `${i + 1},${q % 10}`);
    expect((await commit('første.csv', first)).counts).toMatchObject({ new: 1200, changed: 0, errorRows: 0 });
    // Changes every third value, brings a comment for none of them: stored comments stay.
    await world.db.updateTable('observations').set({ comment: 'Gammel bemærkning' }).where('indicator_id', '=', ids['Faldulykker']!).where('period', '=', '1900K1').execute();
    const before = await snapshotDatabase(world);
    const second = longFile(names, 400, (i, q) => (q % 3 === 0 ? `${i + 1},${(q + 1) % 10}5` : `${i + 1},${q % 10}`));
    // The changes reach back to 1900: older than the latest two quarters, so they must be confirmed.
    await expect(commit('anden.csv', second)).rejects.toMatchObject({ code: 'unconfirmed-revisions' });
    const { importId, counts } = await commit('anden.csv', second, false, true);
    expect(counts).toMatchObject({ new: 0, changed: 402, unchanged: 798, errorRows: 0 });
    const changes = await world.db.selectFrom('import_changes').selectAll().where('import_id', '=', importId).execute();
    expect(changes).toHaveLength(402);
    const fall = changes.find((c) => c.indicator_id === ids['Faldulykker'] && c.period === '1900K1');
    expect(fall).toMatchObject({ old_value: 3, old_comment: 'Gammel bemærkning', new_value: 3.15, new_comment: 'Gammel bemærkning' });
    expect((await observationsOf(world, ids['Faldulykker']!))[0]).toEqual({ period: '1900K1', value: 3.15, comment: 'Gammel bemærkning' });

    const ellen = await signIn(world, 'editorA');
    expect((await ellen.post(`/grupper/${world.ids.groupA}/importer/${importId}/fortryd`)).status).toBe(302);
    // Every value, comment and import id is back; only who and when of the last change differ.
    const strip = (rows: unknown[]) => (rows as Record<string, unknown>[]).map(({ updated_at: _u, updated_by: _b, ...rest }) => rest);
    expect(strip((await snapshotDatabase(world)).observations!)).toEqual(strip(before.observations!));
  });

  it('treats a file line that repeats a stored value and then contradicts it as two rows in error', async () => {
    // 2026K1 = 7,7 is stored; the file says 7,7 (unchanged) and then 8,0 for the same quarter.
    const csv = 'Indikator;Kvartal;Værdi\r\nSygefravær;2026K1;7,7\r\nSygefravær;2026K3;6,9\r\nSygefravær;2026K1;8,0\r\n';
    const analysis = await analyseImport(world.db, world.ids.groupA, Buffer.from(csv), {});
    expect(analysis.plan?.counts).toMatchObject({ new: 1, changed: 0, unchanged: 0, errorRows: 2 });
    expect(analysis.plan?.perIndicator).toEqual([{ indicatorId: world.ids.sickLeave, new: 1, changed: 0, unchanged: 0, errors: 2 }]);
    expect(analysis.plan?.errors[0]?.message).toContain('står også i linje 2');
    const result = await commit('modsigelse.csv', Buffer.from(csv), true);
    expect(result.counts).toMatchObject({ new: 1, errorRows: 2 });
    expect((await observationsOf(world, world.ids.sickLeave)).find((o) => o.period === '2026K1')?.value).toBe(7.7);
  });

  it('reads the file again when its first 64 kB suggest another number style than the whole file shows', async () => {
    // 3,200 values "1.234" (Danish thousands or English decimals: no evidence either way), then one "7,5".
    await addIndicators(world, world.ids.groupA, others.map((name) => ({ name, unit: 'antal', decimals: 0 })));
    const lines = ['Indikator;Kvartal;Værdi', ...longLines(['Sygefravær', ...others], 400, () => '1.234'), 'Sygefravær;2100K4;7,5'];
    const csv = Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
    expect(csv.length).toBeGreaterThan(64 * 1024);
    const analysis = await analyseImport(world.db, world.ids.groupA, csv, {});
    expect(analysis.read.numberStyle?.style).toBe('da');
    expect(analysis.plan?.counts).toMatchObject({ new: 3201, changed: 0, errorRows: 0 });
    expect(analysis.plan?.changes.first('new', 1)[0]).toMatchObject({ canonical: '1900K1', value: 1234 });
  });

  it('reads a value far down the file in the style the whole file shows, not the style of its start', async () => {
    // Danish decimals first; an English-only value at the end leaves the file's style undecided,
    // so each value is read on its own: "6,5" as 6.5 and "1,234.5" as 1234.5, neither an error.
    await addIndicators(world, world.ids.groupA, others.map((name) => ({ name, unit: 'antal', decimals: 1 })));
    const lines = ['Indikator;Kvartal;Værdi', ...longLines(['Sygefravær', ...others], 400, (_, q) => `${q % 9},${q % 7}`), 'Sygefravær;2100K2;1,234.5'];
    const csv = Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
    expect(csv.length).toBeGreaterThan(64 * 1024);
    const analysis = await analyseImport(world.db, world.ids.groupA, csv, {});
    expect(analysis.read.numberStyle).toMatchObject({ style: undefined, ambiguous: true });
    expect(analysis.plan?.counts).toMatchObject({ new: 3201, errorRows: 0 });
    const changes = [...analysis.plan!.changes];
    expect(changes.find((c) => c.canonical === '2100K2')?.value).toBe(1234.5);
    expect(changes.find((c) => c.canonical === '1900K2')?.value).toBe(1.1);
  });
});
