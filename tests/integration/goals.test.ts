import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorld, signIn, type SignedIn, type TestWorld } from '../support/test-app.js';
import { upsertObservation } from '../../src/indicators/observation-queries.js';
import { parseCanonical } from '../../src/periods/period.js';
import { messages as serviceMessages } from '../../src/goals/goal-service.js';

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

/** Sygefravær 2024K1–2025K4, before the world's 2026K1 = 7,7 and 2026K2 = 7,5: a slow fall with small swings. */
async function addSickLeaveHistory(): Promise<void> {
  const values: [string, number][] = [
    ['2024K1', 8.6], ['2024K2', 8.4], ['2024K3', 8.1], ['2024K4', 7.9],
    ['2025K1', 7.8], ['2025K2', 7.9], ['2025K3', 7.8], ['2025K4', 7.7],
  ];
  for (const [period, value] of values) {
    await upsertObservation(world.db, world.ids.sickLeave, { period: parseCanonical(period), value, comment: null, userId: null });
  }
}

const steps = {
  s: {
    title: 'Lavere sygefravær i hjemmeplejen',
    description: 'Sygefraværet blandt medarbejderne i hjemmeplejen skal ned fra 7,5 % til 6,9 %, så borgerne oftere møder kendte ansigter.',
    targetGroup: 'employees',
    whatChanges: 'Medarbejderne i hjemmeplejen har højst 6,9 % sygefravær mod 7,5 % i dag.',
    responsible: 'Områdeleder Hanne Berg',
  },
  m: () => ({ indicatorId: String(world.ids.sickLeave), baselineValue: '7,5', baselinePeriod: '2. kvt. 2026', targetValue: '6,9' }),
  a: {
    'acceptance-0-party': 'employees',
    'acceptance-0-otherName': '',
    'acceptance-0-how': 'MED-udvalget godkendte målet',
    'acceptance-0-when': '12. november 2026',
  },
  r: {
    'resource-0-kind': 'hours',
    'resource-0-amount': '2',
    'resource-0-description': 'om ugen til arbejdsmiljørepræsentanten',
    realismReasoning: 'I 2024 fik vi fraværet ned med tidlige samtaler. Vi genindfører det, der virkede.',
  },
  t: { deadline: '4. kvt. 2027', 'milestone-0-period': '1. kvt. 2027', 'milestone-0-value': '7,2' },
  e: () => ({
    beneficiary: 'home-care',
    whyItMatters: 'Når en kollega er syg, møder borgerne vikarer, som ikke kender deres vaner. Færre sygedage giver ro.',
    driverUserId: String(world.ids.users.editorA),
    drivenBy: 'Teamlederne i hjemmeplejen',
  }),
};

/** Step S of a new goal; returns the new goal's id from the redirect to step M. */
async function start(user: SignedIn, fields: Record<string, string> = steps.s): Promise<number> {
  const res = await user.post(goalsUrl(), { ...fields, naviger: 'naeste' });
  expect(res.status).toBe(302);
  const match = new RegExp(`^${goalsUrl()}/(\\d+)/trin/m$`).exec(res.headers.location ?? '');
  expect(match, res.headers.location).not.toBeNull();
  return Number(match![1]);
}

/** A goal written through every step, ready to be made active. */
async function writeGoodGoal(user: SignedIn): Promise<number> {
  await addSickLeaveHistory();
  const id = await start(user);
  for (const [step, fields] of [['m', steps.m()], ['a', steps.a], ['r', steps.r], ['t', steps.t], ['e', steps.e()]] as const) {
    const res = await user.post(stepUrl(id, step), { ...fields, naviger: 'naeste' });
    expect(res.status, `step ${step}`).toBe(302);
  }
  return id;
}

async function goalRow(id: number) {
  return world.db.selectFrom('goals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function goalAudit(id: number): Promise<string[]> {
  const rows = await world.db.selectFrom('audit_log').select('summary').where('entity_type', '=', 'goal').where('entity_id', '=', id).orderBy('id').execute();
  return rows.map((r) => r.summary);
}

describe('the SMARTE wizard', () => {
  it('shows step S with the seed text and the guiding questions from content/', async () => {
    const ellen = await signIn(world, 'editorA');
    const page = await ellen.get(`${goalsUrl()}/nyt`);
    expect(page.status).toBe(200);
    const s = world.content.smarte.criteria[0]!;
    expect(page.text).toContain('S – Specifik');
    expect(page.text).toContain(s.seedText);
    for (const q of s.guidingQuestions) expect(page.text).toContain(q);
    expect(page.text).toContain('Trin 1 af 7');
  });

  it('creates a draft at the first step and walks through every step to the whole check', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await writeGoodGoal(ellen);
    const row = await goalRow(id);
    expect(row).toMatchObject({
      group_id: world.ids.groupA,
      status: 'draft',
      title: steps.s.title,
      indicator_id: world.ids.sickLeave,
      baseline_value: 7.5,
      baseline_period: '2026K2',
      baseline_source: 'data',
      target_value: 6.9,
      deadline: '2027K4',
      driven_by: 'Teamlederne i hjemmeplejen',
      created_by: world.ids.users.editorA,
    });
    const acceptances = await world.db.selectFrom('goal_acceptances').selectAll().where('goal_id', '=', id).execute();
    expect(acceptances).toEqual([
      { goal_id: id, position: 0, party: 'employees', other_name: null, how: 'MED-udvalget godkendte målet', when_text: '2026-11-12' },
    ]);

    // The last step leads to the whole check, where all six criteria are met.
    const last = await ellen.post(stepUrl(id, 'e'), { ...steps.e(), naviger: 'naeste' });
    expect(last.headers.location).toBe(`${goalUrl(id)}/tjek`);
    const check = await ellen.get(`${goalUrl(id)}/tjek`);
    expect(check.status).toBe(200);
    expect(check.text).toContain('Alle seks kriterier er opfyldt.');
    expect(check.text.match(/status-badge[^>]*>[^<]*<svg[^>]*><use href="\/dkfds\/img\/all-svg-icons.svg#success"><\/use><\/svg> Opfyldt/g)).toHaveLength(6);
    expect(check.text).toContain('Gør målet aktivt');
    expect(check.text).toContain('Gem som kladde');
  });

  it('creates no draft when "Næste" is pressed on an empty first step, and says so', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.post(goalsUrl(), { title: '', description: '', naviger: 'naeste' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Skriv mindst en titel eller hvem målet gælder for, før I går videre.');
    expect(await world.db.selectFrom('goals').select('id').execute()).toEqual([]);
  });

  it('keeps what was typed when going back and forward', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen);
    const back = await ellen.post(stepUrl(id, 'm'), { ...steps.m(), targetValue: '6,8', naviger: 'tilbage' });
    expect(back.headers.location).toBe(stepUrl(id, 's'));
    const s = await ellen.get(stepUrl(id, 's'));
    expect(s.text).toContain(`value="${steps.s.title}"`);
    expect(s.text).toContain(steps.s.description);

    const next = await ellen.post(stepUrl(id, 's'), { ...steps.s, naviger: 'naeste' });
    expect(next.headers.location).toBe(stepUrl(id, 'm'));
    const m = await ellen.get(stepUrl(id, 'm'));
    expect(m.text).toContain('id="targetValue" name="targetValue" value="6,8"');
    expect(m.text).toMatch(new RegExp(`value="${world.ids.sickLeave}"[^>]*checked`));

    // Step A: a row typed before going back is there on return, with a new spare row after it.
    await ellen.post(stepUrl(id, 'a'), { ...steps.a, naviger: 'tilbage' });
    const a = await ellen.get(stepUrl(id, 'a'));
    expect(a.text).toContain('value="MED-udvalget godkendte målet"');
    expect(a.text).toContain('id="acceptance-1-party"');
  });

  it('proposes the baseline from the indicator’s latest value and says where it came from', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen);
    const res = await ellen.post(stepUrl(id, 'm'), { indicatorId: String(world.ids.sickLeave), baselineValue: '', baselinePeriod: '', targetValue: '6,9', naviger: 'naeste' });
    // The group sees the proposal before it goes on.
    expect(res.headers.location).toBe(stepUrl(id, 'm'));
    const page = await ellen.get(stepUrl(id, 'm'));
    expect(page.text).toContain('id="baselineValue" name="baselineValue" value="7,5"');
    expect(page.text).toContain('value="2. kvt. 2026"');
    expect(page.text).toContain('Fra jeres data: 7,5 % i 2. kvt. 2026.');
    expect(await goalRow(id)).toMatchObject({ baseline_value: 7.5, baseline_period: '2026K2', baseline_source: 'data', target_value: 6.9 });
  });

  it('keeps a baseline the group wrote itself and marks it as theirs', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen);
    const res = await ellen.post(stepUrl(id, 'm'), { ...steps.m(), baselineValue: '7,6', baselinePeriod: '1. kvt. 2026', baselineSource: 'manual', naviger: 'naeste' });
    expect(res.headers.location).toBe(stepUrl(id, 'a'));
    expect(await goalRow(id)).toMatchObject({ baseline_value: 7.6, baseline_period: '2026K1', baseline_source: 'manual' });
    const page = await ellen.get(stepUrl(id, 'm'));
    expect(page.text).toContain('I har selv skrevet udgangspunktet. Det seneste tal i jeres data er 7,5 % i 2. kvt. 2026.');
  });

  it('shows each step’s verdicts beside the fields, naming the field to fix', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen, { title: 'Bedre trivsel', description: 'Vi vil forbedre trivslen.', responsible: '' });
    const page = await ellen.get(stepUrl(id, 's'));
    expect(page.text).toContain('Tjek af Specifik');
    expect(page.text).toContain('Beskrivelsen er kun 25 tegn.');
    expect(page.text).toMatch(/<a href="#description">Beskrivelsen er kun 25 tegn/);
    expect(page.text).toContain('Mangler');
  });

  it('refuses an unreadable number with an error summary, keeps the input and stores nothing', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen);
    const before = await goalRow(id);
    const res = await ellen.post(stepUrl(id, 'm'), { ...steps.m(), targetValue: '1.234', naviger: 'naeste' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Der er en fejl i formularen');
    expect(res.text).toContain('href="#targetValue"');
    expect(res.text).toContain('id="targetValue-error"');
    expect(res.text).toContain('value="1.234"');
    expect(await goalRow(id)).toEqual(before);
  });

  it('edits an active goal with the same steps and checks, and records what changed', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await writeGoodGoal(ellen);
    await ellen.post(`${goalUrl(id)}/status`, { status: 'active' });
    const res = await ellen.post(stepUrl(id, 't'), { ...steps.t, deadline: '2. kvt. 2028', naviger: 'naeste' });
    expect(res.headers.location).toBe(stepUrl(id, 'e'));
    expect(await goalRow(id)).toMatchObject({ deadline: '2028K2', status: 'active' });
    expect(await goalAudit(id)).toContain('Ændrede fristen i målet „Lavere sygefravær i hjemmeplejen“');
    const check = await ellen.get(`${goalUrl(id)}/tjek`);
    expect(check.text).toContain('Målet har status');
    expect(check.text).toContain('Til målets side');
  });
});

describe('who may do what', () => {
  it('lets a reader see goals but not create or edit them (403)', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen);
    const rasmus = await signIn(world, 'readerA');
    expect((await rasmus.get(goalsUrl())).status).toBe(200);
    expect((await rasmus.get(goalUrl(id))).status).toBe(200);
    expect((await rasmus.get(`${goalsUrl()}/nyt`)).status).toBe(403);
    expect((await rasmus.post(goalsUrl(), { ...steps.s, naviger: 'naeste' })).status).toBe(403);
    expect((await rasmus.get(stepUrl(id, 's'))).status).toBe(403);
    expect((await rasmus.post(stepUrl(id, 's'), { title: 'Ændret af en læser' })).status).toBe(403);
    expect((await rasmus.post(`${goalUrl(id)}/status`, { status: 'abandoned' })).status).toBe(403);
    expect(await goalRow(id)).toMatchObject({ title: steps.s.title, status: 'draft' });
    expect((await world.db.selectFrom('goals').select('id').execute()).length).toBe(1);
  });

  it('answers 404 to another group, by path and by goal id', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen);
    const bodil = await signIn(world, 'editorB');
    expect((await bodil.get(goalUrl(id))).status).toBe(404);
    expect((await bodil.post(stepUrl(id, 's'), { title: 'Overtaget' })).status).toBe(404);
    // Bodil's own goal, asked for inside group A's address by Ellen: not found either.
    const res = await bodil.post(`/grupper/${world.ids.groupB}/maal`, { title: 'Kortere ventetid', naviger: 'naeste' });
    const bodilsGoal = Number(/maal\/(\d+)\//.exec(res.headers.location ?? '')![1]);
    expect((await ellen.get(goalUrl(bodilsGoal))).status).toBe(404);
    expect((await ellen.post(stepUrl(bodilsGoal, 's'), { title: 'Overtaget' })).status).toBe(404);
    expect(await goalRow(id)).toMatchObject({ title: steps.s.title });
    expect(await goalRow(bodilsGoal)).toMatchObject({ title: 'Kortere ventetid' });
  });

  it('refuses another group’s indicator posted in the form field and stores nothing', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen);
    const res = await ellen.post(stepUrl(id, 'm'), { ...steps.m(), indicatorId: String(world.ids.waitingTime), naviger: 'naeste' });
    expect(res.status).toBe(400);
    expect(res.text).toContain(serviceMessages.indicatorUnknown);
    expect(res.text).toContain('href="#indicatorId"');
    expect(res.text).not.toContain('Ventetid på plads');
    expect(await goalRow(id)).toMatchObject({ indicator_id: null, target_value: null });
  });
});

describe('status', () => {
  it('refuses to make a goal active while a criterion is "mangler", and says what to fix', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen);
    const res = await ellen.post(`${goalUrl(id)}/status`, { status: 'active' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Målet kan ikke gøres aktivt endnu');
    expect(res.text).toContain(`href="${stepUrl(id, 'm')}#indicatorId"`);
    expect(res.text).toContain(`href="${stepUrl(id, 't')}#deadline"`);
    expect((await goalRow(id)).status).toBe('draft');
    expect(await goalAudit(id)).toEqual(['Oprettede målet „Lavere sygefravær i hjemmeplejen“ som kladde']);
  });

  it('activates a complete goal, ends it as reached, and records both in the goal’s history', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await writeGoodGoal(ellen);
    const activated = await ellen.post(`${goalUrl(id)}/status`, { status: 'active' });
    expect(activated.status).toBe(302);
    expect(activated.headers.location).toBe(goalUrl(id));
    expect((await goalRow(id)).status).toBe('active');
    await ellen.post(`${goalUrl(id)}/status`, { status: 'reached' });
    expect((await goalRow(id)).status).toBe('reached');
    const audit = await goalAudit(id);
    expect(audit).toContain('Ændrede status for målet „Lavere sygefravær i hjemmeplejen“ fra kladde til aktiv');
    expect(audit).toContain('Ændrede status for målet „Lavere sygefravær i hjemmeplejen“ fra aktiv til nået');
    const page = await ellen.get(goalUrl(id));
    expect(page.text).toContain('fra aktiv til nået');
    expect(page.text).toContain('Ellen Redaktør');
  });

  it('saves a draft as a draft without a history entry, and refuses a status the goal cannot move to', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await start(ellen);
    const saved = await ellen.post(`${goalUrl(id)}/status`, { status: 'draft' });
    expect(saved.headers.location).toBe(goalUrl(id));
    expect((await ellen.get(goalUrl(id))).text).toContain('Målet er gemt som kladde.');
    const refused = await ellen.post(`${goalUrl(id)}/status`, { status: 'reached' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Et mål med status „kladde“ kan ikke skifte til „nået“.');
    expect(await goalAudit(id)).toHaveLength(1);
  });
});

describe('pages', () => {
  it('filters the goals list by status through the address', async () => {
    const ellen = await signIn(world, 'editorA');
    const active = await writeGoodGoal(ellen);
    await ellen.post(`${goalUrl(active)}/status`, { status: 'active' });
    await start(ellen, { title: 'Flere borgere klarer sig selv', description: '', responsible: '' });

    const all = await ellen.get(goalsUrl());
    expect(all.text).toContain('Lavere sygefravær i hjemmeplejen');
    expect(all.text).toContain('Flere borgere klarer sig selv');
    const onlyActive = await ellen.get(`${goalsUrl()}?status=aktiv`);
    expect(onlyActive.text).toContain('Lavere sygefravær i hjemmeplejen');
    expect(onlyActive.text).not.toContain('Flere borgere klarer sig selv');
    expect(onlyActive.text).toContain('Viser 1 mål med status „aktiv“.');
    expect(onlyActive.text).toMatch(/<option value="aktiv" selected>/);
    const drafts = await ellen.get(`${goalsUrl()}?status=kladde`);
    expect(drafts.text).toContain('Flere borgere klarer sig selv');
    expect(drafts.text).not.toContain('Lavere sygefravær i hjemmeplejen');
    expect((await ellen.get(`${goalsUrl()}?status=opgivet`)).text).toContain('Der er ingen mål med den status.');
  });

  it('shows the verdicts, the progress and the key numbers on the goal page', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await writeGoodGoal(ellen);
    await ellen.post(`${goalUrl(id)}/status`, { status: 'active' });
    await upsertObservation(world.db, world.ids.sickLeave, { period: parseCanonical('2026K3'), value: 7.3, comment: null, userId: null });
    const page = await ellen.get(goalUrl(id));
    expect(page.status).toBe(200);
    expect(page.text).toContain('SMARTE-tjek');
    expect(page.text).toContain('all-svg-icons.svg#check"></use></svg> På sporet');
    expect(page.text).toContain('„Sygefravær“ var 7,3 % i 3. kvt. 2026. Planen sagde højst 7,4 % på det tidspunkt');
    expect(page.text).toContain('7,5 % i 2. kvt. 2026');
    expect(page.text).toContain('(fra jeres data)');
    expect(page.text).toContain('Fra 7,5 % til 6,9 % i 4. kvt. 2027');
  });

  it('shows the goal’s progress on the indicator page and on the group’s home page', async () => {
    const ellen = await signIn(world, 'editorA');
    const id = await writeGoodGoal(ellen);
    await ellen.post(`${goalUrl(id)}/status`, { status: 'active' });
    await upsertObservation(world.db, world.ids.sickLeave, { period: parseCanonical('2026K3'), value: 7.6, comment: null, userId: null });

    const indicator = await ellen.get(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}`);
    expect(indicator.text).toContain('Mål for indikatoren');
    expect(indicator.text).toContain(`href="${goalUrl(id)}"`);
    expect(indicator.text).toContain('all-svg-icons.svg#warning"></use></svg> Bagud');

    const home = await ellen.get(`/grupper/${world.ids.groupA}`);
    expect(home.text).toContain('id="goals-heading">Mål</h2>');
    expect(home.text).toContain(`href="${goalUrl(id)}"`);
    expect(home.text).toContain('all-svg-icons.svg#warning"></use></svg> Bagud');
    expect(home.text).toContain(`href="${goalsUrl()}"`);
  });
});
