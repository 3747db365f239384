import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport } from '../../src/imports/import-service.js';
import { upsertObservation } from '../../src/indicators/observation-queries.js';
import { parseCanonical } from '../../src/periods/period.js';
import { createTestWorld, signIn, type TestWorld } from '../support/test-app.js';
import { observationsOf } from '../support/import-helpers.js';

let world: TestWorld;
beforeEach(async () => {
  world = await createTestWorld();
});
afterEach(async () => {
  await world.db.destroy();
});

describe('CSV export', () => {
  it('writes Excel-DK by default: BOM, semicolons, decimal comma, CRLF', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.get(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/eksport.csv`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="sygefravaer-\d{4}-\d\d-\d\d\.csv"/);
    expect(body.toString('utf8').slice(1)).toBe('Indikator;Periode;Værdi;Enhed;Bemærkning\r\nSygefravær;2026K1;7,7;%;\r\nSygefravær;2026K2;7,5;%;Ny vagtplan\r\n');
  });

  it('writes plain CSV on request: commas and decimal points', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.get(`/grupper/${world.ids.groupA}/eksport.csv?format=plain`);
    expect(res.text).toBe('Indikator,Periode,Værdi,Enhed,Bemærkning\nSygefravær,2026K1,7.7,%,\nSygefravær,2026K2,7.5,%,Ny vagtplan\n');
  });

  it('neutralises formulas in comments but keeps negative numbers as numbers', async () => {
    await upsertObservation(world.db, world.ids.sickLeave, { period: parseCanonical('2026K3'), value: -0.5, comment: '=HYPERLINK("http://x","klik")', userId: null });
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.get(`/grupper/${world.ids.groupA}/eksport.csv?format=plain`);
    expect(res.text).toContain(`Sygefravær,2026K3,-0.5,%,"'=HYPERLINK(""http://x"",""klik"")"`);
  });

  it('gives the same data back when the export is imported into another group', async () => {
    await upsertObservation(world.db, world.ids.sickLeave, { period: parseCanonical('2026K3'), value: 6.25, comment: 'Semikolon; komma, og "citat"', userId: null });
    const ellen = await signIn(world, 'editorA');
    const exported = await ellen.get(`/grupper/${world.ids.groupA}/eksport.csv`);
    const { insertIndicator } = await import('../../src/indicators/indicator-queries.js');
    const copy = await insertIndicator(world.db, world.ids.groupB, { code: null, name: 'Sygefravær', definition: 'x', whyItMatters: 'y', unit: '%', decimals: 2, direction: 'down', rangeMin: null, rangeMax: null, frequency: 'quarter', dataSource: '', deliveredBy: '' });
    await commitImport(world.db, { userId: world.ids.users.editorB, groupId: world.ids.groupB }, { fileName: 'eksport.csv', bytes: Buffer.from(exported.text, 'utf8'), via: 'ui' }, { settings: {}, skipErrors: false });
    expect(await observationsOf(world, copy.id)).toEqual(await observationsOf(world, world.ids.sickLeave));
  });
});

describe('export then import', () => {
  it('gives back every comment exactly, also those a spreadsheet would run as a formula', async () => {
    const comments = ['=1+1', '+45 12 34 56 78', '-5 % efter ny plan', '@ledelsen', "'=skrevet med apostrof", "''+to apostroffer", "'almindelig apostrof", 'Helt almindelig'];
    const periods = ['2024K1', '2024K2', '2024K3', '2024K4', '2025K1', '2025K2', '2025K3', '2025K4'];
    for (const [i, comment] of comments.entries()) {
      await upsertObservation(world.db, world.ids.sickLeave, { period: parseCanonical(periods[i]!), value: i - 3.5, comment, userId: null });
    }
    const ellen = await signIn(world, 'editorA');
    const { insertIndicator } = await import('../../src/indicators/indicator-queries.js');
    const copy = await insertIndicator(world.db, world.ids.groupB, { code: null, name: 'Sygefravær', definition: 'x', whyItMatters: 'y', unit: '%', decimals: 2, direction: 'down', rangeMin: null, rangeMax: null, frequency: 'quarter', dataSource: '', deliveredBy: '' });
    for (const format of ['excel-dk', 'plain']) {
      const exported = await ellen.get(`/grupper/${world.ids.groupA}/eksport.csv?format=${format === 'plain' ? 'plain' : ''}`);
      expect(exported.text).toContain("'=1+1");
      const imported = commitImport(world.db, { userId: world.ids.users.editorB, groupId: world.ids.groupB }, { fileName: 'eksport.csv', bytes: Buffer.from(exported.text, 'utf8'), via: 'ui' }, { settings: {}, skipErrors: false });
      // The second format brings exactly what the first stored: nothing new, so it is not recorded.
      if (format === 'plain') await expect(imported).rejects.toMatchObject({ code: 'nothing-new' });
      else await imported;
      expect(await observationsOf(world, copy.id), format).toEqual(await observationsOf(world, world.ids.sickLeave));
    }
  });
});
