/**
 * Issue 10, item 2: an import mapping that keeps its word. Creating indicators from a file's labels
 * (several, renamed, with a form error in between), choices that survive an error, the learned
 * mappings page, undo that asks whether to forget what the import taught, files with nothing new,
 * and the warning about changes to older values, in the UI and the API.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestWorld, signIn, type SignedIn, type TestWorld } from '../support/test-app.js';
import { addIndicators, fixture, snapshotDatabase, upload } from '../support/import-helpers.js';
import { commitImport } from '../../src/imports/import-service.js';
import { createToken } from '../../src/api/api-token-service.js';

let world: TestWorld;
beforeEach(async () => {
  world = await createTestWorld();
});
afterEach(async () => {
  await world.db.destroy();
});

const DAYCARE = 'dagtilbud-bred-windows1252.csv';
const ELDERCARE = 'aeldreomraadet-lang-utf8-bom.csv';
const decode = (text: string) => text.replaceAll('&#x27;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
const mappings = () => world.db.selectFrom('import_mappings').selectAll().orderBy('source_label').execute();
const newIndicator = {
  definition: 'Fraværsdage i procent af mulige arbejdsdage.',
  whyItMatters: 'Fravær rammer kontinuiteten for børnene.',
  unitChoice: '%',
  decimals: '1',
  direction: 'down',
  frequency: 'quarter',
};

/** The hidden fields of the indicator form that carry the labels still to create. */
function queueOf(html: string) {
  const pairs = [...html.matchAll(/name="(fra|enhed|af|returnTo)" value="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)] as const);
  return { fra: pairs.filter(([k]) => k === 'fra').map(([, v]) => v), enhed: pairs.filter(([k]) => k === 'enhed').map(([, v]) => v), af: pairs.find(([k]) => k === 'af')?.[1], returnTo: pairs.find(([k]) => k === 'returnTo')?.[1] };
}

async function uploadDaycare(bodil: SignedIn) {
  const res = await upload(bodil, world.ids.groupB, 'dagtilbud.csv', fixture(DAYCARE));
  expect(res.status).toBe(302);
  return res.headers.location as string;
}

describe('creating indicators from a file’s labels', () => {
  it('creates two, one renamed, after a row left unchosen and a form error; both stay linked and the rest is skipped', async () => {
    const bodil = await signIn(world, 'editorB');
    const preview = await uploadDaycare(bodil);
    const uploadId = Number(preview.split('/').pop());
    const first = await bodil.get(preview);
    // "Ventetid på plads (dage)" is the group's "Ventetid på plads"; the other three are unknown.
    expect(decode(first.text)).toContain('Knyt „Sygefravær pct.“ til');
    expect(decode(first.text)).toContain('Knyt „Normering (børn pr. voksen)“ til');
    const labels = ['Sygefravær pct.', 'Forældretilfredshed pct.', 'Normering (børn pr. voksen)'];

    // One row left on "Vælg …": nothing is saved, the row says what is missing, the others keep their choice.
    const refused = await bodil.post(`${preview}/tilknyt`, { label: labels, target: ['create', '', 'create'] } as never);
    expect(refused.status).toBe(400);
    const page = decode(refused.text);
    expect(page).toContain('<a href="#target-1">Vælg, hvad „Forældretilfredshed pct.“ skal knyttes til.</a>');
    expect(page).toMatch(/<select class="form-select" id="target-1" name="target" aria-invalid="true" aria-describedby="target-1-error">/);
    expect((page.match(/<option value="create" selected>/g) ?? []).length).toBe(2);
    expect(await mappings()).toEqual([]);

    const mapped = await bodil.post(`${preview}/tilknyt`, { label: labels, target: ['create', 'skip', 'create'] } as never);
    expect(mapped.status).toBe(302);
    const formUrl = mapped.headers.location as string;
    expect(formUrl).toMatch(new RegExp(`^/grupper/${world.ids.groupB}/indikatorer/ny\\?`));
    // The skip is remembered at once; the two to create wait for their forms.
    expect((await mappings()).map((m) => [m.label, m.skip, m.upload_id])).toEqual([['Forældretilfredshed pct.', 1, uploadId]]);

    // The first form: the name without its unit, "%" chosen from the file, and both labels queued.
    const form = await bodil.get(formUrl);
    expect(form.status).toBe(200);
    expect(decode(form.text)).toContain('Ny indikator fra filen (1 af 2)');
    expect(form.text).toContain('id="name" name="name" value="Sygefravær"');
    expect(form.text).toMatch(/<option value="%" selected>/);
    expect(form.text).not.toMatch(/name="direction"[^>]*checked/);
    const queue = queueOf(form.text);
    expect(queue).toEqual({ fra: ['Sygefravær pct.', 'Normering (børn pr. voksen)'], enhed: ['pct.', 'børn pr. voksen'], af: '2', returnTo: preview });

    // Renamed, and the "why" left out: the error keeps the queue.
    const renamed = { ...newIndicator, name: 'Sygefravær, pædagogisk personale', fra: queue.fra, enhed: queue.enhed, af: queue.af!, returnTo: queue.returnTo! };
    const withError = await bodil.post(`/grupper/${world.ids.groupB}/indikatorer`, { ...renamed, whyItMatters: '' } as never);
    expect(withError.status).toBe(400);
    expect(queueOf(withError.text)).toEqual(queue);
    const created = await bodil.post(`/grupper/${world.ids.groupB}/indikatorer`, renamed as never);
    expect(created.status).toBe(302);
    const secondUrl = created.headers.location as string;
    const second = await bodil.get(secondUrl);
    expect(decode(second.text)).toContain('Indikatoren „Sygefravær, pædagogisk personale“ er oprettet og knyttet til „Sygefravær pct.“ i filen. Opret nu „Normering (børn pr. voksen)“.');
    expect(decode(second.text)).toContain('Ny indikator fra filen (2 af 2)');
    expect(second.text).toContain('id="name" name="name" value="Normering"');
    const rest = queueOf(second.text);
    expect(rest.fra).toEqual(['Normering (børn pr. voksen)']);

    const done = await bodil.post(`/grupper/${world.ids.groupB}/indikatorer`, {
      ...newIndicator,
      name: 'Normering',
      unitChoice: 'other',
      unitOther: 'børn pr. voksen',
      decimals: '2',
      fra: rest.fra,
      enhed: rest.enhed,
      af: rest.af!,
      returnTo: rest.returnTo!,
    } as never);
    expect(done.headers.location).toBe(preview);

    // Back at the preview: nothing left to map, and the renamed indicator gets the file's values.
    const after = decode((await bodil.get(preview)).text);
    expect(after).toContain('Indikatoren „Normering“ er oprettet og knyttet til „Normering (børn pr. voksen)“ i filen.');
    expect(after).not.toContain('Knyt filens indikatorer til gruppens');
    const indicators = await world.db.selectFrom('indicators').select(['id', 'name']).where('group_id', '=', world.ids.groupB).execute();
    const idOf = (name: string) => indicators.find((i) => i.name === name)!.id;
    expect((await mappings()).map((m) => [m.label, m.indicator_id, m.skip])).toEqual([
      ['Forældretilfredshed pct.', null, 1],
      ['Normering (børn pr. voksen)', idOf('Normering'), 0],
      ['Sygefravær pct.', idOf('Sygefravær, pædagogisk personale'), 0],
    ]);
    expect(after).toMatch(/<th scope="row" data-title="Indikator">Sygefravær, pædagogisk personale<\/th><td data-title="Nye">19<\/td>/);
  });
});

describe('learned mappings', () => {
  async function importDaycareWithMappings(bodil: SignedIn) {
    const preview = await uploadDaycare(bodil);
    const labels = ['Sygefravær pct.', 'Forældretilfredshed pct.', 'Normering (børn pr. voksen)'];
    await bodil.post(`${preview}/tilknyt`, { label: labels, target: ['skip', 'skip', 'skip'] } as never);
    const committed = await bodil.post(`${preview}/importer`);
    expect(committed.status).toBe(302);
    return committed.headers.location as string;
  }

  it('lists what imports have learned, links the import that taught it, and forgets one on request', async () => {
    const bodil = await signIn(world, 'editorB');
    const result = await importDaycareWithMappings(bodil);
    const importId = Number(result.split('/').pop());
    expect((await mappings()).every((m) => m.import_id === importId && m.upload_id === null)).toBe(true);

    const page = decode((await bodil.get(`/grupper/${world.ids.groupB}/tilknytninger`)).text);
    expect(page).toContain('<th scope="row" data-title="Navn i filen">Sygefravær pct.</th>');
    expect(page).toContain('Springes over');
    expect(page).toContain(`<a href="/grupper/${world.ids.groupB}/importer/${importId}">importen af dagtilbud.csv</a>`);

    const forgot = await bodil.post(`/grupper/${world.ids.groupB}/tilknytninger/glem`, { key: 'sygefravær pct.' });
    expect(forgot.status).toBe(302);
    expect(decode((await bodil.get(forgot.headers.location as string)).text)).toContain('Tilknytningen af „Sygefravær pct.“ er glemt. Næste fil med det navn spørger igen.');
    expect((await mappings()).map((m) => m.label)).toEqual(['Forældretilfredshed pct.', 'Normering (børn pr. voksen)']);
    // A second click finds nothing to forget: said plainly, not an error page.
    const again = await bodil.post(`/grupper/${world.ids.groupB}/tilknytninger/glem`, { key: 'sygefravær pct.' });
    expect(again.status).toBe(302);
    expect((await bodil.get(again.headers.location as string)).text).toContain('Tilknytningen var allerede glemt.');
    const audit = await world.db.selectFrom('audit_log').select('summary').where('action', '=', 'forget-mapping').execute();
    expect(audit.map((a) => a.summary)).toEqual(['Glemte tilknytningen af „Sygefravær pct.“']);
  });

  it('shows readers the learned mappings without a button to forget them', async () => {
    const ellen = await signIn(world, 'editorA');
    const preview = (await upload(ellen, world.ids.groupA, 'f.csv', 'Nøgletal;Periode;Værdi\r\nFraværsprocent;2026K3;6,9\r\n')).headers.location as string;
    await ellen.post(`${preview}/tilknyt`, { label: 'Fraværsprocent', target: String(world.ids.sickLeave) });
    const rasmus = await signIn(world, 'readerA');
    const page = await rasmus.get(`/grupper/${world.ids.groupA}/tilknytninger`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Fraværsprocent');
    expect(page.text).not.toContain('/tilknytninger/glem');
    expect((await rasmus.post(`/grupper/${world.ids.groupA}/tilknytninger/glem`, { key: 'fraværsprocent' })).status).toBe(403);
  });

  it('asks on undo whether to forget what the import taught, and does as answered', async () => {
    const bodil = await signIn(world, 'editorB');
    const result = await importDaycareWithMappings(bodil);
    const page = decode((await bodil.get(result)).text);
    expect(page).toContain('Skal Datadialog også glemme, hvad importen lærte?');
    expect(page).toContain('„Sygefravær pct.“ springes over');
    expect(page).not.toMatch(/name="forgetMappings"[^>]*checked/);

    const unanswered = await bodil.post(`${result}/fortryd`);
    expect(unanswered.status).toBe(400);
    expect(unanswered.text).toContain('<a href="#forgetMappings">Vælg, om tilknytningerne skal glemmes, eller om de skal huskes til næste fil.</a>');
    expect(await world.db.selectFrom('imports').select('undone_at').executeTakeFirst()).toEqual({ undone_at: null });

    const undone = await bodil.post(`${result}/fortryd`, { forgetMappings: 'ja' });
    expect(undone.status).toBe(302);
    expect(decode((await bodil.get(result)).text)).toContain(
      'Importen er fortrudt. Værdierne er sat tilbage til, hvad de var før, og tilknytningen af „Forældretilfredshed pct.“, „Normering (børn pr. voksen)“, „Sygefravær pct.“ er glemt.',
    );
    expect(await mappings()).toEqual([]);
  });

  it('keeps what the import taught when the answer is no', async () => {
    const bodil = await signIn(world, 'editorB');
    const result = await importDaycareWithMappings(bodil);
    expect((await bodil.post(`${result}/fortryd`, { forgetMappings: 'nej' })).status).toBe(302);
    expect(await mappings()).toHaveLength(3);
    // The next upload of the file needs no mapping.
    const preview = await uploadDaycare(bodil);
    expect((await bodil.get(preview)).text).not.toContain('Knyt filens indikatorer til gruppens');
  });
});

describe('a file with nothing new', () => {
  it('is not recorded: the preview says so and offers no import', async () => {
    const bodil = await signIn(world, 'editorB');
    const preview = await uploadDaycare(bodil);
    const labels = ['Sygefravær pct.', 'Forældretilfredshed pct.', 'Normering (børn pr. voksen)'];
    await bodil.post(`${preview}/tilknyt`, { label: labels, target: ['skip', 'skip', 'skip'] } as never);
    expect((await bodil.post(`${preview}/importer`)).status).toBe(302);

    const again = await uploadDaycare(bodil);
    const page = decode((await bodil.get(again)).text);
    expect(page).toContain('Intet nyt: filen svarer til det, der allerede er gemt.');
    expect(page).not.toContain(`action="${again}/importer"`);
    const before = await snapshotDatabase(world);
    // A stale form posted anyway changes nothing and goes back to the preview.
    const posted = await bodil.post(`${again}/importer`);
    expect(posted.headers.location).toBe(again);
    expect(await snapshotDatabase(world)).toEqual(before);
    expect(await world.db.selectFrom('imports').select('id').execute()).toHaveLength(1);
  });
});

describe('changes to older values', () => {
  /** Group A has the eldercare file; then the daycare file's "Sygefravær pct." is mapped to its sick leave by mistake. */
  async function mistakenMapping(ellen: SignedIn) {
    const ids = await addIndicators(world, world.ids.groupA, [
      { name: 'Sygefravær, medarbejdere', unit: '%' },
      { name: 'Sagsbehandlingstid, visitation', unit: 'dage', decimals: 0 },
      { name: 'Borgertilfredshed, hjemmeplejen', unit: '%' },
    ]);
    await commitImport(world.db, { userId: world.ids.users.editorA, groupId: world.ids.groupA }, { fileName: 'ældre.csv', bytes: fixture(ELDERCARE), via: 'ui' }, { settings: {}, skipErrors: false });
    const preview = (await upload(ellen, world.ids.groupA, 'dagtilbud.csv', fixture(DAYCARE))).headers.location as string;
    const labels = ['Sygefravær pct.', 'Forældretilfredshed pct.', 'Ventetid på plads (dage)', 'Normering (børn pr. voksen)'];
    const sick = String(ids['Sygefravær, medarbejdere']);
    expect((await ellen.post(`${preview}/tilknyt`, { label: labels, target: [sick, 'skip', 'skip', 'skip'] } as never)).status).toBe(302);
    return preview;
  }

  it('lists them with old and new value, and imports only when confirmed', async () => {
    const ellen = await signIn(world, 'editorA');
    const preview = await mistakenMapping(ellen);
    const page = decode((await ellen.get(preview)).text);
    const warning = /<section aria-labelledby="revisions-heading"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(warning).toContain('Ældre tal bliver ændret');
    expect(warning).toMatch(/Filen ændrer \d+ værdier fra før de seneste to perioder/);
    expect(warning).toMatch(/<li>Sygefravær, medarbejdere: \d+ værdier \(1\. kvt\. 2021 til \d\. kvt\. 20\d\d\)<\/li>/);
    expect(warning).toContain('<caption>Sygefravær, medarbejdere: ældre værdier, der ændres</caption>');
    expect(warning).toMatch(/<tr><th scope="row">1\. kvt\. 2021<\/th><td class="revision-table__num">[\d,]+ %<\/td><td class="revision-table__num">8,1 %<\/td><\/tr>/);
    // The same changes are not listed a second time under the other changed values.
    const others = /<section aria-labelledby="changed-heading"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(others).toContain('Andre værdier der ændres');
    expect(others).not.toContain('1. kvt. 2021');
    expect(page).toContain('<label for="confirmRevisions">Ja, de ');

    const before = await snapshotDatabase(world);
    const refused = await ellen.post(`${preview}/importer`);
    expect(refused.status).toBe(400);
    expect(decode(refused.text)).toMatch(/<a href="#confirmRevisions">Filen ændrer \d+ ældre værdier – fra før de seneste to perioder\. Se ændringerne, og bekræft, at de skal gemmes\.<\/a>/);
    expect(refused.text).toContain('id="confirmRevisions" name="confirmRevisions" aria-describedby="confirmRevisions-hint confirmRevisions-error" aria-invalid="true"');
    expect(await snapshotDatabase(world)).toEqual(before);

    const confirmed = await ellen.post(`${preview}/importer`, { confirmRevisions: 'on' });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.location).toMatch(/\/importer\/\d+$/);
  });

  it('needs confirmRevisions=true on the API, and answers a file with nothing new with 200 and no import', async () => {
    const ellen = await signIn(world, 'editorA');
    await mistakenMapping(ellen);
    const { secret } = await createToken(world.db, { userId: world.ids.users.editorA, groupId: world.ids.groupA }, { name: 'BI' });
    const post = (query: string) =>
      request(world.app).post(`/api/v1/groups/${world.ids.groupA}/imports${query}`).set('Authorization', `Bearer ${secret}`).set('Content-Type', 'text/csv').send(fixture(DAYCARE));
    const refused = await post('');
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('unconfirmed-revisions');
    expect(refused.body.error.revisions.count).toBeGreaterThan(10);
    expect(refused.body.error.revisions.values[0]).toEqual({ indicatorId: expect.any(Number), period: '2021K1', from: expect.any(Number), to: 8.1 });
    const done = await post('?confirmRevisions=true');
    expect(done.status).toBe(201);
    const same = await post('?confirmRevisions=true');
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ importId: null, code: 'nothing-new', message: 'Intet nyt: filen svarer til det, der allerede er gemt.' });
    expect(await world.db.selectFrom('imports').select('id').execute()).toHaveLength(2);
  });

  it('does not warn about the latest two periods, which are often corrected, but does once a newer period arrives', async () => {
    const ellen = await signIn(world, 'editorA');
    // Stored: 2026K1 = 7,7 and 2026K2 = 7,5: the file corrects both.
    const latestTwo = (await upload(ellen, world.ids.groupA, 'rettelse.csv', 'Indikator;Kvartal;Værdi\r\nSygefravær;2026K1;7,6\r\nSygefravær;2026K2;7,4\r\n')).headers.location as string;
    expect(decode((await ellen.get(latestTwo)).text)).not.toContain('Ældre tal bliver ændret');
    // With 2026K3 in the file, 2026K1 is no longer one of the latest two.
    const withNewer = (await upload(ellen, world.ids.groupA, 'rettelse2.csv', 'Indikator;Kvartal;Værdi\r\nSygefravær;2026K1;7,6\r\nSygefravær;2026K2;7,4\r\nSygefravær;2026K3;7,0\r\n')).headers.location as string;
    const page = decode((await ellen.get(withNewer)).text);
    expect(page).toContain('Filen ændrer én værdi fra før de seneste to perioder');
    expect(page).toContain('<li>Sygefravær: 1 værdi (1. kvt. 2026)</li>');
  });
});
