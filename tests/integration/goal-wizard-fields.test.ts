/**
 * The wizard's structured answers through the real app: every field a step posts comes back in
 * the form as it was written (dates as dd.mm.åååå, choices selected, rows in order) and on the goal
 * page in words; rows are added and removed without JavaScript; the wizard proposes what it can
 * (target group, milestones) and asks why a small change counts only when the target is inside the
 * indicator's swing. The demo goal opens in the wizard with every criterion met.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { parseHTML } from 'linkedom';
import { createApp } from '../../src/app/create-app.js';
import { configFromEnv } from '../../src/config.js';
import { loadContent } from '../../src/content/content-loader.js';
import { listGoals } from '../../src/goals/goal-queries.js';
import { upsertObservation } from '../../src/indicators/observation-queries.js';
import { nextPeriod, parseCanonical } from '../../src/periods/period.js';
import { DEMO_PASSWORD, seedDemoData } from '../../src/seed/demo-seed.js';
import { csrfFrom, createTestWorld, signIn, type SignedIn, type TestWorld } from '../support/test-app.js';
import { openTestDatabase } from '../support/test-db.js';

let world: TestWorld;
beforeEach(async () => {
  world = await createTestWorld();
});
afterEach(async () => {
  await world.db.destroy();
});

const goalsUrl = () => `/grupper/${world.ids.groupA}/maal`;
const goalUrl = (id: number) => `${goalsUrl()}/${id}`;
const stepUrl = (id: number, step: string) => `${goalUrl(id)}/trin/${step}`;

/** Sygefravær 2022K1–2026K3: a fall in 2022–23, then twelve quarters swinging ±1,0 procentpoint around 6,5 %. */
async function addSwingingHistory(): Promise<void> {
  let period = parseCanonical('2022K1');
  for (const value of [8.6, 8.3, 8.0, 7.6, 7.3, 7.0, 6.6, 6.1, 6.6, 6.2, 6.6, 6.3, 6.7, 6.3, 6.8, 6.4, 6.8, 6.4, 6.5]) {
    await upsertObservation(world.db, world.ids.sickLeave, { period, value, comment: null, userId: null });
    period = nextPeriod(period);
  }
}

function dom(html: string) {
  return parseHTML(html).document;
}

/** A field's value as the form shows it: an input's value, a textarea's text, a select's chosen option. */
function field(html: string, id: string): string | undefined {
  const el = dom(html).getElementById(id);
  if (!el) return undefined;
  if (el.tagName === 'TEXTAREA') return el.textContent ?? '';
  if (el.tagName === 'SELECT') return el.querySelector('option[selected]')?.getAttribute('value') ?? '';
  return el.getAttribute('value') ?? '';
}

/** The goal page's answers as term → description; a list in a description is joined with " | ". */
function facts(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dt of dom(html).querySelectorAll('.goal-answers dt')) {
    const dd = dt.nextElementSibling;
    const items = dd ? Array.from(dd.querySelectorAll('li'), (li) => li.textContent ?? '') : [];
    out[dt.textContent ?? ''] = items.length > 0 ? items.join(' | ') : (dd?.textContent ?? '');
  }
  return out;
}

/** The text of every element the selector finds. */
function texts(html: string, selector: string): string[] {
  return Array.from(dom(html).querySelectorAll(selector), (el) => (el.textContent ?? '').trim());
}

function text(html: string, selector: string): string {
  return (dom(html).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function start(user: SignedIn, fields: Record<string, string>): Promise<number> {
  const res = await user.post(goalsUrl(), { ...fields, naviger: 'naeste' });
  expect(res.status, res.text.slice(0, 400)).toBe(302);
  return Number(/maal\/(\d+)\/trin\/m$/.exec(res.headers.location ?? '')![1]);
}

async function save(user: SignedIn, id: number, step: string, fields: Record<string, string>, naviger = 'naeste') {
  const res = await user.post(stepUrl(id, step), { ...fields, naviger });
  expect(res.status, res.text.slice(0, 400)).toBe(302);
  return res;
}

const S = {
  title: 'Færre borgere venter på genoptræning',
  description: 'Borgere på genoptræningsholdet skal starte inden for 10 dage efter udskrivning i stedet for 21 dage i dag.',
  targetGroup: 'other',
  targetGroupName: 'Borgere på genoptræningsholdet',
  whatChanges: 'De starter genoptræningen inden for 10 dage efter udskrivning.',
  evidence: 'Ventetiden fra udskrivning til første træning i omsorgssystemet',
  responsible: 'Terapeutleder Lis Holm',
};

describe('the structured answers', () => {
  it('come back in the form as they were written, step by step, and stand on the goal page in words', async () => {
    await addSwingingHistory();
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen, S);
    await save(ellen, id, 'm', { indicatorId: String(world.ids.sickLeave), baselineValue: '6,5', baselinePeriod: '3. kvt. 2026', targetValue: '6,4' });
    await save(ellen, id, 'a', {
      'acceptance-0-party': 'med-committee',
      'acceptance-0-how': 'MED-udvalget godkendte målet på sit møde',
      'acceptance-0-when': '12.11.2026',
      'acceptance-1-party': 'other',
      'acceptance-1-otherName': 'Ældrerådet',
      'acceptance-1-how': 'Ældrerådet bakkede op i sit høringssvar',
      'acceptance-1-when': '3. marts 2026',
      'acceptance-2-party': '',
    });
    await save(ellen, id, 'r', {
      'resource-0-kind': 'hours',
      'resource-0-amount': '2',
      'resource-0-description': 'om ugen til en fast træningskoordinator',
      'resource-1-kind': 'money',
      'resource-1-amount': '150000',
      'resource-1-description': 'til vikarer, mens terapeuterne omlægger holdene',
      realismReasoning: 'Holdtræning i 2024 kortede ventetiden med en uge på et halvt år.',
      noiseReason: 'Vi følger gennemsnittet for hele året, ikke det enkelte kvartal.',
    });
    await save(ellen, id, 't', { deadline: '2. kvt. 2027', 'milestone-0-period': '4. kvt. 2026', 'milestone-0-value': '6,5', 'milestone-1-period': '1. kvt. 2027', 'milestone-1-value': '6,4' });
    await save(ellen, id, 'e', {
      beneficiary: 'other',
      beneficiaryName: 'Borgere, der lige er udskrevet',
      whyItMatters: 'De kommer hurtigere på benene og kan selv klare indkøb og bad igen.',
      driverUserId: String(world.ids.users.editorA),
      drivenBy: 'Terapeuterne på genoptræningsholdet',
    });

    const s = (await ellen.get(stepUrl(id, 's'))).text;
    for (const [name, value] of Object.entries(S)) expect(field(s, name), name).toBe(value);

    const a = (await ellen.get(stepUrl(id, 'a'))).text;
    expect(field(a, 'acceptance-0-party')).toBe('med-committee');
    expect(field(a, 'acceptance-0-when')).toBe('12.11.2026');
    expect(field(a, 'acceptance-1-party')).toBe('other');
    expect(field(a, 'acceptance-1-otherName')).toBe('Ældrerådet');
    expect(field(a, 'acceptance-1-when')).toBe('03.03.2026');
    // The spare row is empty and comes last.
    expect(field(a, 'acceptance-2-party')).toBe('');
    expect(field(a, 'acceptance-3-party')).toBeUndefined();

    const r = (await ellen.get(stepUrl(id, 'r'))).text;
    expect([field(r, 'resource-0-kind'), field(r, 'resource-0-amount'), field(r, 'resource-0-description')]).toEqual(['hours', '2', 'om ugen til en fast træningskoordinator']);
    expect([field(r, 'resource-1-kind'), field(r, 'resource-1-amount')]).toEqual(['money', '150000']);
    expect(field(r, 'realismReasoning')).toBe('Holdtræning i 2024 kortede ventetiden med en uge på et halvt år.');
    expect(field(r, 'noiseReason')).toBe('Vi følger gennemsnittet for hele året, ikke det enkelte kvartal.');

    const t = (await ellen.get(stepUrl(id, 't'))).text;
    expect([field(t, 'deadline'), field(t, 'milestone-0-period'), field(t, 'milestone-0-value'), field(t, 'milestone-1-period'), field(t, 'milestone-1-value')]).toEqual([
      '2. kvt. 2027', '4. kvt. 2026', '6,5', '1. kvt. 2027', '6,4',
    ]);

    const e = (await ellen.get(stepUrl(id, 'e'))).text;
    expect(field(e, 'beneficiary')).toBe('other');
    expect(field(e, 'beneficiaryName')).toBe('Borgere, der lige er udskrevet');
    expect(field(e, 'driverUserId')).toBe(String(world.ids.users.editorA));
    // The driver list is the group's active members: Ellen and Rasmus, not Bodil from the other group.
    expect(texts(e, '#driverUserId option')).toEqual(['Vælg person', 'Ellen Redaktør', 'Rasmus Læser']);

    // Stored as the domain keeps it: ISO dates, amounts as numbers.
    const acceptances = await world.db.selectFrom('goal_acceptances').select(['party', 'when_text']).where('goal_id', '=', id).orderBy('position').execute();
    expect(acceptances).toEqual([{ party: 'med-committee', when_text: '2026-11-12' }, { party: 'other', when_text: '2026-03-03' }]);

    const page = (await ellen.get(goalUrl(id))).text;
    expect(facts(page)).toEqual({
      Målgruppe: 'Borgere på genoptræningsholdet',
      'Det skal være anderledes': S.whatChanges,
      'Det viser, at det er lykkedes': S.evidence,
      Ansvarlig: S.responsible,
      'Det sætter I af': '2 timer (om ugen til en fast træningskoordinator) | 150.000 kr. (til vikarer, mens terapeuterne omlægger holdene)',
      'Derfor kan målet nås': 'Holdtræning i 2024 kortede ventetiden med en uge på et halvt år.',
      'Derfor tæller ændringen, selv om den ligger inden for de almindelige udsving': 'Vi følger gennemsnittet for hele året, ikke det enkelte kvartal.',
      'Får gavn af målet': 'Borgere, der lige er udskrevet',
      'Det vil de mærke': 'De kommer hurtigere på benene og kan selv klare indkøb og bad igen.',
      'Driver arbejdet': 'Ellen Redaktør',
      'Også med': 'Terapeuterne på genoptræningsholdet',
    });
    expect(texts(page, '.acceptance-list li')).toEqual([
      'MED-udvalg: MED-udvalget godkendte målet på sit møde, 12. november 2026',
      'Ældrerådet: Ældrerådet bakkede op i sit høringssvar, 3. marts 2026',
    ]);
    expect(texts(page, '.goal-milestones tbody tr')).toEqual(['4. kvt. 20266,5 %', '1. kvt. 20276,4 %']);
  });

  it('refuses a choice that is not on the list and a date the check cannot read stays as typed, so the check can say why', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen, { title: 'Bedre trivsel' });
    const refused = await ellen.post(stepUrl(id, 's'), { title: 'Bedre trivsel', targetGroup: 'aliens', naviger: 'naeste' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('href="#targetGroup"');
    expect(text(refused.text, '#targetGroup-error')).toContain('Vælg en målgruppe fra listen');

    await save(ellen, id, 'a', { 'acceptance-0-party': 'employees', 'acceptance-0-how': 'Ok', 'acceptance-0-when': 'i går' });
    const a = (await ellen.get(stepUrl(id, 'a'))).text;
    expect(field(a, 'acceptance-0-when')).toBe('i går');
    expect(text(a, '.verdict-panel')).toContain('„i går“ er ikke en dato.');
    expect(a).toContain('<a href="#acceptance-0-when">');
  });
});

describe('rows without JavaScript', () => {
  it('"Tilføj en række" saves the step and shows one more empty row, with the address pointing at it', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen, { title: 'Bedre trivsel' });
    const rows = {
      'resource-0-kind': 'hours',
      'resource-0-amount': '2',
      'resource-0-description': 'om ugen',
      'resource-1-kind': 'people',
      'resource-1-amount': '1',
      'resource-1-description': 'koordinator',
      'resource-2-kind': '',
      'resource-2-amount': '',
      'resource-2-description': '',
    };
    const added = await save(ellen, id, 'r', rows, 'tilfoej');
    expect(added.headers.location).toBe(`${stepUrl(id, 'r')}?raekker=2#resource-3-kind`);
    const page = (await ellen.get(added.headers.location!.split('#')[0]!)).text;
    expect(dom(page).querySelectorAll('#resource-rows fieldset').length).toBe(4);
    expect(field(page, 'resource-3-kind')).toBe('');
    expect(text(page, '#resource-rows fieldset:last-of-type legend')).toBe('Ressource 4 (ny)');
    expect((await world.db.selectFrom('goal_resources').select('kind').where('goal_id', '=', id).execute()).length).toBe(2);

    // Pressed again with both empty rows still empty: three empty rows.
    const again = await save(ellen, id, 'r', { ...rows, 'resource-3-kind': '', 'resource-3-amount': '' }, 'tilfoej');
    expect(again.headers.location).toBe(`${stepUrl(id, 'r')}?raekker=3#resource-4-kind`);
    // A number in the address is capped, and anything else means one empty row.
    expect(dom((await ellen.get(`${stepUrl(id, 'r')}?raekker=999`)).text).querySelectorAll('#resource-rows fieldset').length).toBe(20);
    expect(dom((await ellen.get(`${stepUrl(id, 'r')}?raekker=x`)).text).querySelectorAll('#resource-rows fieldset').length).toBe(3);
  });

  it('"Tilføj en række" with a row that cannot be read keeps everything typed, says what is wrong and still adds the row', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen, { title: 'Bedre trivsel' });
    const res = await ellen.post(stepUrl(id, 'r'), { 'resource-0-amount': '2', 'resource-0-description': 'om ugen', 'resource-1-kind': '', naviger: 'tilfoej' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('href="#resource-0-kind"');
    expect(field(res.text, 'resource-0-description')).toBe('om ugen');
    expect(dom(res.text).querySelectorAll('#resource-rows fieldset').length).toBe(3);
    expect(await world.db.selectFrom('goal_resources').select('kind').where('goal_id', '=', id).execute()).toEqual([]);
  });

  it('"Fjern" saves the step without that row and numbers the rest from 1 again', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen, { title: 'Bedre trivsel' });
    const a = {
      'acceptance-0-party': 'employees',
      'acceptance-0-how': 'Personalemødet',
      'acceptance-0-when': '01.11.2026',
      'acceptance-1-party': 'med-committee',
      'acceptance-1-how': 'MED-udvalget godkendte målet',
      'acceptance-1-when': '12.11.2026',
    };
    await save(ellen, id, 'a', a);
    const page = (await ellen.get(stepUrl(id, 'a'))).text;
    expect(Array.from(dom(page).querySelectorAll('button[name="fjern"]'), (b) => `${b.getAttribute('value')}: ${b.textContent?.trim()}`)).toEqual([
      'acceptance-0: Fjern part 1',
      'acceptance-1: Fjern part 2',
    ]);
    const removed = await ellen.post(stepUrl(id, 'a'), { ...a, 'acceptance-2-party': '', fjern: 'acceptance-0' });
    expect(removed.headers.location).toBe(`${stepUrl(id, 'a')}#acceptance-rows`);
    const after = (await ellen.get(stepUrl(id, 'a'))).text;
    expect(text(after, '[role="status"]')).toContain('Part 1 er fjernet');
    expect(field(after, 'acceptance-0-party')).toBe('med-committee');
    expect(field(after, 'acceptance-1-party')).toBe('');
    const stored = await world.db.selectFrom('goal_acceptances').select(['position', 'party']).where('goal_id', '=', id).execute();
    expect(stored).toEqual([{ position: 0, party: 'med-committee' }]);
    // A row of another step, or no row at all, is not a removal.
    await save(ellen, id, 'a', { ...a, fjern: 'resource-0' });
    expect((await world.db.selectFrom('goal_acceptances').select('party').where('goal_id', '=', id).execute()).length).toBe(2);
  });
});

describe('what the wizard proposes and asks', () => {
  it('proposes the target group the description names, and says so', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen, { title: 'Faste hjælpere', description: 'Beboerne på plejecentret skal møde højst 8 forskellige hjælpere på 14 dage.' });
    const s = (await ellen.get(stepUrl(id, 's'))).text;
    expect(field(s, 'targetGroup')).toBe('nursing-home');
    expect(text(s, '#targetGroup-hint')).toBe('Vi har foreslået „Beboere på plejecentre“ ud fra beskrivelsen. Ret det, hvis det ikke passer.');
    // A group the leader chose is never replaced by a suggestion.
    await save(ellen, id, 's', { title: 'Faste hjælpere', description: 'Beboerne på plejecentret skal møde højst 8 forskellige hjælpere.', targetGroup: 'relatives' });
    expect(field((await ellen.get(stepUrl(id, 's'))).text, 'targetGroup')).toBe('relatives');
  });

  it('asks why a small change counts only while the target is inside the swing, and shows the reason on the goal page', async () => {
    await addSwingingHistory();
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen, { title: 'Lavere sygefravær' });
    const m = { indicatorId: String(world.ids.sickLeave), baselineValue: '6,5', baselinePeriod: '3. kvt. 2026' };
    await save(ellen, id, 'm', { ...m, targetValue: '5,3' });
    await save(ellen, id, 't', { deadline: '3. kvt. 2027' });
    const outside = (await ellen.get(stepUrl(id, 'r'))).text;
    expect(field(outside, 'noiseReason')).toBeUndefined();
    expect(text(outside, '.verdict-panel')).toContain('Målet er et fald på 1,2 procentpoint; tallet svinger normalt ±1,0 procentpoint fra kvartal til kvartal');

    await save(ellen, id, 'm', { ...m, targetValue: '6,2' });
    const inside = (await ellen.get(stepUrl(id, 'r'))).text;
    expect(field(inside, 'noiseReason')).toBe('');
    expect(text(inside, 'label[for="noiseReason"]')).toBe('Ændringen ligger inden for tallets almindelige udsving. Hvorfor tæller den alligevel?');
    expect(text(inside, '.verdict-panel')).toContain('Målet er et fald på 0,3 procentpoint; tallet svinger normalt ±1,0 procentpoint');

    await save(ellen, id, 'r', { noiseReason: 'Selv 0,3 procentpoint er 40 færre sygedage om året i hjemmeplejen.' });
    const r = (await ellen.get(stepUrl(id, 'r'))).text;
    expect(text(r, '.verdict-panel')).toContain(
      'Ændringen ligger inden for de almindelige udsving. I har skrevet, hvorfor den alligevel tæller: „Selv 0,3 procentpoint er 40 færre sygedage om året i hjemmeplejen.“',
    );
    const page = (await ellen.get(goalUrl(id))).text;
    expect(text(page, '.goal-answers')).toContain('Selv 0,3 procentpoint er 40 færre sygedage om året i hjemmeplejen.');
  });

  it('proposes milestones on the straight line when a deadline is set, and stores them when the group goes on', async () => {
    await addSwingingHistory();
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen, { title: 'Lavere sygefravær' });
    await save(ellen, id, 'm', { indicatorId: String(world.ids.sickLeave), baselineValue: '6,5', baselinePeriod: '3. kvt. 2026', targetValue: '5,3' });
    const set = await save(ellen, id, 't', { deadline: '3. kvt. 2027', 'milestone-0-period': '', 'milestone-0-value': '' });
    expect(set.headers.location).toBe(`${stepUrl(id, 't')}#milestone-rows`);
    const t = (await ellen.get(stepUrl(id, 't'))).text;
    expect(text(t, '[role="status"]')).toContain('Vi har foreslået delmål på en lige linje');
    expect([1, 2, 3].map((n) => text(t, `#milestone-rows fieldset:nth-of-type(${n}) legend`))).toEqual([
      'Delmål 1 – forslag',
      'Delmål 2 – forslag',
      'Delmål 3 – forslag',
    ]);
    const proposed = { 'milestone-0-period': field(t, 'milestone-0-period')!, 'milestone-0-value': field(t, 'milestone-0-value')!, 'milestone-1-period': field(t, 'milestone-1-period')!, 'milestone-1-value': field(t, 'milestone-1-value')!, 'milestone-2-period': field(t, 'milestone-2-period')!, 'milestone-2-value': field(t, 'milestone-2-value')! };
    expect(Object.values(proposed)).toEqual(['4. kvt. 2026', '6,2', '1. kvt. 2027', '5,9', '2. kvt. 2027', '5,6']);
    expect(await world.db.selectFrom('goal_milestones').select('period').where('goal_id', '=', id).execute()).toEqual([]);

    const next = await save(ellen, id, 't', { deadline: '3. kvt. 2027', ...proposed });
    expect(next.headers.location).toBe(stepUrl(id, 'e'));
    const stored = await world.db.selectFrom('goal_milestones').select(['period', 'value']).where('goal_id', '=', id).orderBy('period').execute();
    expect(stored).toEqual([{ period: '2026K4', value: 6.2 }, { period: '2027K1', value: 5.9 }, { period: '2027K2', value: 5.6 }]);
  });
});

describe('the demo goal', () => {
  it('opens in the wizard with its answers in every step and every criterion met', async () => {
    const db = await openTestDatabase();
    try {
      expect(await seedDemoData(db)).toBe(true);
      const config = configFromEnv({ NODE_ENV: 'test' });
      const app = createApp({ db, config, content: await loadContent(config.contentDir) });
      const agent = request.agent(app);
      const login = await agent.get('/log-ind');
      await agent.post('/log-ind').type('form').send({ email: 'mette@datadialog.local', password: DEMO_PASSWORD, _csrf: csrfFrom(login.text) });
      const group = await db.selectFrom('groups').select('id').orderBy('id').executeTakeFirstOrThrow();
      const [goal] = await listGoals(db, group.id);
      const base = `/grupper/${group.id}/maal/${goal!.id}`;

      for (const step of ['s', 'm', 'a', 'r', 't', 'e']) {
        const page = await agent.get(`${base}/trin/${step}`);
        expect(page.status).toBe(200);
        expect(text(page.text, '.verdict-panel .criterion__head'), `step ${step}`).toContain('Opfyldt');
      }
      const s = (await agent.get(`${base}/trin/s`)).text;
      expect(field(s, 'targetGroup')).toBe('elderly');
      const a = (await agent.get(`${base}/trin/a`)).text;
      expect(field(a, 'acceptance-1-party')).toBe('committee');
      expect(field(a, 'acceptance-0-when')).toMatch(/^12\.03\.\d{4}$/);
      const e = (await agent.get(`${base}/trin/e`)).text;
      expect(dom(e).querySelector('#driverUserId option[selected]')?.textContent).toBe('Mette Holm');

      const check = (await agent.get(`${base}/tjek`)).text;
      expect(check).toContain('Alle seks kriterier er opfyldt.');
      expect(texts(check, '.criteria-list .status-badge')).toEqual(Array(6).fill('Opfyldt'));
    } finally {
      await db.destroy();
    }
  });
});
