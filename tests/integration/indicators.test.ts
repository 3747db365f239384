import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorld, signIn, type TestWorld } from '../support/test-app.js';

let world: TestWorld;
beforeEach(async () => {
  world = await createTestWorld();
});
afterEach(async () => {
  await world.db.destroy();
});

const validIndicator = {
  name: 'Genindlæggelser inden for 30 dage',
  definition: 'Andel af udskrevne borgere, der genindlægges inden for 30 dage.',
  whyItMatters: 'Viser om borgerne får den rette hjælp efter udskrivning.',
  unitChoice: '%',
  decimals: '1',
  direction: 'down',
  frequency: 'quarter',
  dataSource: 'Sundhedsdatastyrelsen',
  deliveredBy: 'Økonomi og analyse',
  code: 'genind',
};

async function auditSummaries(groupId: number): Promise<string[]> {
  const rows = await world.db.selectFrom('audit_log').select('summary').where('group_id', '=', groupId).orderBy('id').execute();
  return rows.map((r) => r.summary);
}

describe('group home page', () => {
  it('shows the kerneopgave, each indicator with its latest value, change and missing-data badge', async () => {
    const ellen = await signIn(world, 'editorA');
    const page = await ellen.get(`/grupper/${world.ids.groupA}`);
    expect(page.text).toContain('Vi hjælper ældre borgere til at klare mest muligt selv.');
    expect(page.text).toContain('7,5 %');
    expect(page.text).toContain('2. kvt. 2026');
    expect(page.text).toContain('−0,2 procentpoint');
    expect(page.text).toContain('Bedre');
    expect(page.text).toContain('Mangler data for 3. kvt. 2026');
  });

  it('shows the data theme and its reflection questions from content/', async () => {
    const ellen = await signIn(world, 'editorA');
    const page = await ellen.get(`/grupper/${world.ids.groupA}`);
    expect(page.text).toContain(world.content.dataTheme.title);
    for (const q of world.content.dataTheme.reflectionQuestions) expect(page.text).toContain(q.text.replaceAll("'", '&#x27;'));
  });
});

describe('indicator registry', () => {
  it('creates an indicator, records who did it and shows it on the group page', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.post(`/grupper/${world.ids.groupA}/indikatorer`, validIndicator);
    expect(res.status).toBe(302);
    const page = await ellen.get(res.headers.location!);
    expect(page.text).toContain('Genindlæggelser inden for 30 dage');
    expect(page.text).toContain('GENIND');
    expect(await auditSummaries(world.ids.groupA)).toContain('Oprettede indikatoren „Genindlæggelser inden for 30 dage“');
    expect((await ellen.get(`/grupper/${world.ids.groupA}`)).text).toContain('Genindlæggelser inden for 30 dage');
  });

  it('refuses an indicator without a why, with an error summary and the message beside the field', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.post(`/grupper/${world.ids.groupA}/indikatorer`, { ...validIndicator, whyItMatters: '  ' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Der er en fejl i formularen');
    expect(res.text).toContain('href="#whyItMatters"');
    expect(res.text).toContain('id="whyItMatters-error"');
    expect(res.text).toContain('Genindlæggelser inden for 30 dage');
    const count = await world.db.selectFrom('indicators').select('id').where('group_id', '=', world.ids.groupA).execute();
    expect(count).toHaveLength(1);
  });

  it('refuses a code that another indicator in the group already uses', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.post(`/grupper/${world.ids.groupA}/indikatorer`, { ...validIndicator, code: 'syg' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Koden SYG bruges allerede af indikatoren „Sygefravær“');
  });

  it('edits an indicator and keeps the old version in the audit log', async () => {
    const ellen = await signIn(world, 'editorA');
    const form = { ...validIndicator, name: 'Sygefravær i alt', code: 'SYG' };
    const res = await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}`, form);
    expect(res.status).toBe(302);
    const entry = await world.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'indicator').where('action', '=', 'update').executeTakeFirstOrThrow();
    expect(JSON.parse(entry.old_value!).name).toBe('Sygefravær');
    expect(JSON.parse(entry.new_value!).name).toBe('Sygefravær i alt');
  });

  it('will not change the frequency of an indicator that has data', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}`, { ...validIndicator, code: 'SYG', frequency: 'month' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Hyppigheden kan ikke ændres, når der er data');
  });

  it('archives and restores an indicator without losing its values', async () => {
    const ellen = await signIn(world, 'editorA');
    await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/arkiver`);
    const home = await ellen.get(`/grupper/${world.ids.groupA}`);
    expect(home.text).not.toContain('>Sygefravær<');
    expect((await ellen.get(`/grupper/${world.ids.groupA}/indikatorer/arkiv`)).text).toContain('Sygefravær');
    await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/gendan`);
    const page = await ellen.get(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}`);
    expect(page.text).toContain('7,7 %');
    expect(page.text).not.toContain('Arkiveret</span>');
  });
});

describe('values by hand', () => {
  const valuesUrl = () => `/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/vaerdier`;

  it('enters a value written the Danish way and shows it in the table of all values', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.post(valuesUrl(), { period: '3. kvt. 2026', value: '6,9', comment: 'Efter ny vagtplan' });
    expect(res.status).toBe(302);
    const page = await ellen.get(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}`);
    expect(page.text).toContain('Værdien for 3. kvt. 2026 er gemt.');
    expect(page.text).toContain('6,9 %');
    expect(page.text).toContain('Efter ny vagtplan');
    expect(page.text).not.toContain('Mangler data for 3. kvt. 2026');
  });

  it('corrects an existing period and logs old → new', async () => {
    const ellen = await signIn(world, 'editorA');
    const saved = await ellen.post(valuesUrl(), { period: '2026-Q2', value: '7,4' });
    // The confirmation says what the value was, so a slip of the finger is seen at once.
    expect((await ellen.get(saved.headers.location!)).text).toContain('Værdien for 2. kvt. 2026 er rettet; den var 7,5 %.');
    const rows = await world.db.selectFrom('observations').select(['period', 'value']).where('indicator_id', '=', world.ids.sickLeave).orderBy('period').execute();
    expect(rows).toEqual([{ period: '2026K1', value: 7.7 }, { period: '2026K2', value: 7.4 }]);
    expect(await auditSummaries(world.ids.groupA)).toContain('Rettede „Sygefravær“ for 2. kvt. 2026 fra 7,5 til 7,4');
  });

  it.each([
    { period: '2026', value: '7', message: 'måles pr. kvartal' },
    { period: '2026K5', value: '7', message: 'Kvartalet skal være 1, 2, 3 eller 4' },
    { period: '2026K3', value: '1.234', message: 'kan betyde både 1234 og 1,234' },
    { period: '2026K3', value: '140', message: 'mellem 0 og 100 %' },
    { period: '', value: '', message: 'Skriv perioden' },
  ])('refuses period "$period" with value "$value" and says why', async ({ period, value, message }) => {
    const ellen = await signIn(world, 'editorA');
    const before = await world.db.selectFrom('observations').selectAll().orderBy('id').execute();
    const res = await ellen.post(valuesUrl(), { period, value });
    expect(res.status).toBe(400);
    expect(res.text).toContain(message);
    expect(await world.db.selectFrom('observations').selectAll().orderBy('id').execute()).toEqual(before);
  });

  it('asks which value before deleting it, and deletes nothing on the way', async () => {
    const ellen = await signIn(world, 'editorA');
    const page = await ellen.get(`${valuesUrl()}/2026K1/slet`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Slet værdien for 1. kvt. 2026?');
    expect(page.text).toContain('<strong>7,7 %</strong> for 1. kvt. 2026');
    expect(page.text).toContain('Fortryd');
    expect((await ellen.get(`${valuesUrl()}/2019K1/slet`)).status).toBe(404);
    const rows = await world.db.selectFrom('observations').select('period').where('indicator_id', '=', world.ids.sickLeave).orderBy('period').execute();
    expect(rows).toEqual([{ period: '2026K1' }, { period: '2026K2' }]);
  });

  it('deletes a value and keeps it in the audit log', async () => {
    const ellen = await signIn(world, 'editorA');
    const deleted = await ellen.post(`${valuesUrl()}/2026K1/slet`);
    expect(deleted.status).toBe(302);
    expect((await ellen.get(deleted.headers.location!)).text).toContain('Værdien for 1. kvt. 2026 (7,7 %) er slettet.');
    const rows = await world.db.selectFrom('observations').select('period').where('indicator_id', '=', world.ids.sickLeave).execute();
    expect(rows).toEqual([{ period: '2026K2' }]);
    const history = await ellen.get(`/grupper/${world.ids.groupA}/historik`);
    expect(history.text).toContain('Slettede værdien 7,7 for 1. kvt. 2026 fra „Sygefravær“');
    expect(history.text).toContain('Ellen Redaktør');
  });
});

describe('isolation between groups', () => {
  it('answers 404 for another group, its indicator and its indicator under my group', async () => {
    const ellen = await signIn(world, 'editorA');
    expect((await ellen.get(`/grupper/${world.ids.groupB}`)).status).toBe(404);
    expect((await ellen.get(`/grupper/${world.ids.groupB}/indikatorer/${world.ids.waitingTime}`)).status).toBe(404);
    expect((await ellen.get(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.waitingTime}`)).status).toBe(404);
    const res = await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.waitingTime}/vaerdier`, { period: '2026K3', value: '1' });
    expect(res.status).toBe(404);
    expect(await world.db.selectFrom('observations').select('id').where('indicator_id', '=', world.ids.waitingTime).execute()).toHaveLength(1);
  });

  it('ignores ids of another group smuggled in as form fields', async () => {
    const ellen = await signIn(world, 'editorA');
    await ellen.post(`/grupper/${world.ids.groupA}`, { name: 'Overtaget', description: '', coreTask: 'x', groupId: String(world.ids.groupB), id: String(world.ids.groupB) });
    await ellen.post(`/grupper/${world.ids.groupA}/indikatorer`, { ...validIndicator, groupId: String(world.ids.groupB), group_id: String(world.ids.groupB) });
    const groupB = await world.db.selectFrom('groups').select('name').where('id', '=', world.ids.groupB).executeTakeFirstOrThrow();
    expect(groupB.name).toBe('Dagtilbud');
    const inB = await world.db.selectFrom('indicators').select('name').where('group_id', '=', world.ids.groupB).execute();
    expect(inB.map((i) => i.name)).toEqual(['Ventetid på plads']);
  });

  it('shows only my own groups in the group switcher', async () => {
    const ellen = await signIn(world, 'editorA');
    const page = await ellen.get('/konto');
    expect(page.text).toContain('Ældre og Sundhed');
    expect(page.text).not.toContain('Dagtilbud');
  });
});
