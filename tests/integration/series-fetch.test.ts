import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, signIn, type TestWorld } from '../support/test-app.js';
import { findIndicator } from '../../src/indicators/indicator-queries.js';
import { listStoredObservations } from '../../src/indicators/observation-queries.js';
import { addReferenceSeries, findFetch, setSeriesFetch } from '../../src/organisation/reference-series.js';
import { runDueFetches, runFetchNow } from '../../src/organisation/series-fetch.js';
import { formatCanonical } from '../../src/periods/period.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/statistikbanken/${name}`, import.meta.url));

/** A local stand-in for Statistikbanken, answering with recorded responses. */
let server: Server;
let base: string;
let revised = false;
beforeAll(async () => {
  server = createServer((req, res) => {
    const send = (status: number, type: string, body: Buffer | string) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    switch (req.url) {
      case '/frav?format=CSV':
        if (!revised) return send(200, 'text/csv; charset=utf-8', fixture('frav-hele-landet-bred.csv'));
        // A later answer: 2026K2 revised from 4,8 to 4,7, and 2026K3 new.
        return send(200, 'text/csv; charset=utf-8', '"OMRÅDE";"2026K1";"2026K2";"2026K3"\r\n"Hele landet";5,6;4,7;4,9\r\n');
      case '/lang':
        return send(200, 'text/csv', fixture('frav-lang-flere-omraader.csv'));
      case '/langsom':
        return; // never answers
      case '/fejl':
        return send(500, 'text/plain', 'Internal Server Error');
      case '/html':
        return send(200, 'text/html; charset=utf-8', fixture('fejlside.html'));
      case '/nyt-format':
        return send(200, 'text/csv', fixture('frav-nyt-format-maaneder.csv'));
      default:
        return send(404, 'text/plain', 'Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function seriesWorld(path: string, rowLabel = '') {
  const world = await createTestWorld();
  const actor = { userId: world.ids.users.editorA, groupId: world.ids.groupA };
  const sickLeave = (await findIndicator(world.db, world.ids.groupA, world.ids.sickLeave))!;
  const series = await addReferenceSeries(world.db, actor, sickLeave, { label: 'Hele landet', source: 'Danmarks Statistik' });
  const now = new Date('2026-11-01T08:00:00Z');
  await setSeriesFetch(world.db, actor, sickLeave, series.id, { url: `${base}${path}`, rowLabel, intervalHours: '24' }, now);
  return { world, series, fetchRow: (await findFetch(world.db, series.id))!, now };
}

const values = async (world: TestWorld, seriesId: number) =>
  (await listStoredObservations(world.db, seriesId)).map((o) => `${formatCanonical(o.period)}=${o.value}`);

describe('fetching a reference series from a CSV address', () => {
  it('reads Statistikbanken’s CSV (semicolons, decimal comma, periods as columns) into the series, as an import that can be undone', async () => {
    const { world, series, fetchRow, now } = await seriesWorld('/frav?format=CSV');
    const outcome = await runFetchNow(world.db, fetchRow, now);
    expect(outcome).toEqual({ status: 'ok', message: 'Hentet: 4 nye værdier.' });
    expect(await values(world, series.id)).toEqual(['2025K3=4.9', '2025K4=5.1', '2026K1=5.6', '2026K2=4.8']);
    const imports = await world.db.selectFrom('imports').select(['file_name', 'source']).where('group_id', '=', world.ids.groupA).execute();
    expect(imports).toEqual([{ file_name: 'Automatisk hentning: Hele landet', source: 'api' }]);
    // The same answer again brings nothing new; a revised answer is saved as a change of the old value.
    expect(await runFetchNow(world.db, fetchRow, now)).toEqual({ status: 'nothing-new', message: 'Hentet: intet nyt siden sidst.' });
    revised = true;
    try {
      expect(await runFetchNow(world.db, fetchRow, now)).toEqual({ status: 'ok', message: 'Hentet: 1 ny værdi og 1 rettet værdi.' });
    } finally {
      revised = false;
    }
    const changes = await world.db.selectFrom('import_changes').select(['period', 'old_value', 'new_value']).where('indicator_id', '=', series.id).where('old_value', 'is not', null).execute();
    expect(changes).toEqual([{ period: '2026K2', old_value: 4.8, new_value: 4.7 }]);
    await world.db.destroy();
  });

  it('takes the chosen row of a long file with several areas', async () => {
    const { world, series, fetchRow, now } = await seriesWorld('/lang', 'Hele landet');
    expect((await runFetchNow(world.db, fetchRow, now)).status).toBe('ok');
    expect(await values(world, series.id)).toEqual(['2026K1=5.6', '2026K2=4.7']);
    await world.db.destroy();
  });

  it('asks which row to take when the file has several and none is chosen', async () => {
    const { world, fetchRow, now } = await seriesWorld('/lang');
    expect(await runFetchNow(world.db, fetchRow, now)).toEqual({
      status: 'format',
      message: 'Filen har flere rækker („Hele landet“, „Region Syddanmark“). Skriv navnet på den række, der skal hentes.',
    });
    await world.db.destroy();
  });

  it.each([
    ['/langsom', 'timeout', 'Adressen svarede ikke inden for 1 sekund. Vi prøver igen ved næste hentning.'],
    ['/fejl', 'http-error', 'Adressen svarede med en fejl hos udbyderen (HTTP 500). Det er som regel midlertidigt; vi prøver igen ved næste hentning.'],
    ['/html', 'not-csv', 'Adressen sendte en webside i stedet for en CSV-fil. Brug adressen på selve dataene, fx en forespørgsel til Statistikbankens API med format=CSV.'],
    ['/nyt-format', 'format', 'Filens format er ændret: perioden „2026M01“ passer ikke til indikatorens hyppighed.'],
    ['/findes-ikke', 'http-error', 'Adressen findes ikke (HTTP 404). Tjek adressen, fx om tabellens navn er stavet rigtigt.'],
  ])('%s gives the status %s with a Danish message on the indicator, and stores nothing', async (path, status, message) => {
    const { world, series, fetchRow, now } = await seriesWorld(path);
    const outcome = await runFetchNow(world.db, fetchRow, now, { timeoutMs: 300 });
    expect(outcome).toEqual({ status, message });
    expect(await values(world, series.id)).toEqual([]);
    const ellen = await signIn(world, 'editorA');
    const page = await ellen.get(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}`);
    expect(page.text).toContain(message.replaceAll('=', '&#x3D;'));
    const stored = (await findFetch(world.db, series.id))!;
    expect(stored.lastStatus).toBe(status);
    expect(stored.lastSuccessAt).toBeNull();
    await world.db.destroy();
  });

  it('runs what is due once, claims it, and leaves the rest for later', async () => {
    const { world, series, now } = await seriesWorld('/frav?format=CSV');
    const first = await runDueFetches(world.db, now);
    expect(first).toEqual([{ seriesId: series.id, status: 'ok', message: 'Hentet: 4 nye værdier.' }]);
    expect(await runDueFetches(world.db, now)).toEqual([]);
    expect((await findFetch(world.db, series.id))!.nextDueAt).toBe('2026-11-02T08:00:00.000Z');
    expect(await runDueFetches(world.db, new Date('2026-11-02T08:00:00Z'))).toEqual([{ seriesId: series.id, status: 'nothing-new', message: 'Hentet: intet nyt siden sidst.' }]);
    await world.db.destroy();
  });
});

describe('the reference series on the indicator', () => {
  it('is drawn as a comparison line with its own legend entry, table column and caption sentence', async () => {
    const { world, fetchRow, now } = await seriesWorld('/frav?format=CSV');
    await runFetchNow(world.db, fetchRow, now);
    const ellen = await signIn(world, 'editorA');
    const page = await ellen.get(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}`);
    expect(page.text).toMatch(/<figure class="trend-chart[^"]*"/);
    expect(page.text).toContain('<span>Hele landet</span>');
    expect(page.text).toContain('<th scope="col" class="trend-chart__num">Hele landet</th>');
    expect(page.text).toContain('Til sammenligning: Hele landet 4,8 % i 2. kvt. 2026.');
    expect(page.text).toContain('<figcaption');
    await world.db.destroy();
  });

  it('arrives by CSV import with a series column, and by a mapping choice', async () => {
    const world = await createTestWorld();
    const sickLeave = (await findIndicator(world.db, world.ids.groupA, world.ids.sickLeave))!;
    const series = await addReferenceSeries(world.db, { userId: world.ids.users.editorA, groupId: world.ids.groupA }, sickLeave, { label: 'Hele landet' });
    const ellen = await signIn(world, 'editorA');
    const csv = 'Indikator;Serie;Kvartal;Værdi\r\nSygefravær;;2026K3;7,1\r\nSygefravær;Hele landet;2026K3;4,9\r\n';
    const upload = await ellen.agent.post(`/grupper/${world.ids.groupA}/import`).field('_csrf', ellen.token).attach('file', Buffer.from(csv), 'kvartal.csv');
    expect(upload.status).toBe(302);
    const preview = await ellen.get(upload.headers.location!);
    expect(preview.text).not.toContain('ikke er knyttet');
    const commit = await ellen.post(`${upload.headers.location!}/importer`);
    expect(commit.status).toBe(302);
    expect(await values(world, series.id)).toEqual(['2026K3=4.9']);
    expect((await listStoredObservations(world.db, world.ids.sickLeave)).at(-1)?.value).toBe(7.1);
    await world.db.destroy();
  });
});
