import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertObservation } from '../../src/indicators/observation-queries.js';
import { parseCanonical } from '../../src/periods/period.js';
import { createTestWorld, signIn, type SignedIn, type TestWorld } from '../support/test-app.js';

let world: TestWorld;
let ellen: SignedIn;
beforeEach(async () => {
  world = await createTestWorld();
  ellen = await signIn(world, 'editorA');
});
afterEach(async () => {
  await world.db.destroy();
});

const meetings = () => `/grupper/${world.ids.groupA}/moeder`;

async function createMeeting(form: Record<string, string | string[]>) {
  const res = await ellen.agent.post(meetings()).type('form').send({ _csrf: ellen.token, ...form });
  expect(res.status, res.text.slice(0, 500)).toBe(302);
  return res.headers.location!;
}

const action = { whatAndWhy: 'Ny vagtplan, fordi fraværet stiger', howAndWho: 'Planlæggerne laver den med teamlederne', responsible: 'Mette Holm', dueDate: '2027-01-31', startPeriod: '2026K4' };

describe('a meeting from agenda to minutes', () => {
  it('suggests the indicators that need attention and says why', async () => {
    const page = await ellen.get(`${meetings()}/nyt`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Sygefravær');
    expect(page.text).toContain('Mangler data for 3. kvt. 2026');
  });

  it('keeps what was typed and names the problem when the title is missing', async () => {
    const res = await ellen.post(meetings(), { title: '', date: '2026-12-10', attendees: 'Mette, Jens' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Giv mødet en titel');
    expect(res.text).toContain('Mette, Jens');
  });

  it('runs the meeting: item slide with chart, key figures and reflection questions; notes, an action, minutes', async () => {
    const url = await createMeeting({ title: 'Ledermøde december', date: '2026-12-10', attendees: 'Mette, Jens', indicatorIds: String(world.ids.sickLeave), topic: 'Ny visitationsproces' });
    const overview = await ellen.get(url);
    expect(overview.text).toContain('Ledermøde december');
    expect(overview.text).toContain('Ny visitationsproces');

    const slide = await ellen.get(`${url}/afvikling/1`);
    expect(slide.status).toBe(200);
    expect(slide.text).toContain('Punkt 1 af 2');
    expect(slide.text).toContain('<svg');
    expect(slide.text).toContain('role="img"');
    expect(slide.text).toContain('7,5 %');
    expect(slide.text).toContain('Mangler 3. kvt. 2026');
    const missingQuestions = world.content.reflectionSituations.missingData.questionIds;
    const firstQuestion = world.content.dataTheme.reflectionQuestions.find((q) => q.id === missingQuestions[0])!;
    expect(slide.text).toContain(firstQuestion.text.replaceAll("'", '&#x27;'));
    expect(slide.text).toContain('href="' + url + '/afvikling/2"');

    const itemId = /\/punkter\/(\d+)\/noter/.exec(slide.text)![1];
    const noted = await ellen.post(`${url}/punkter/${itemId}/noter`, { notes: 'Fraværet stiger i nattevagten.', returnTo: `${url}/afvikling/1` });
    expect(noted.headers.location, 'back at the notes').toBe(`${url}/afvikling/1#noter`);
    const decided = await ellen.post(`${url}/punkter/${itemId}/handlinger`, { ...action, returnTo: `${url}/afvikling/1` });
    const actionId = (await world.db.selectFrom('actions').select('id').executeTakeFirstOrThrow()).id;
    expect(decided.headers.location, 'back at the new action').toBe(`${url}/afvikling/1#handling-${actionId}`);

    const closed = await ellen.post(`${url}/afslut`);
    expect(closed.headers.location).toBe(`${url}/referat`);
    const minutes = await ellen.get(`${url}/referat`);
    expect(minutes.text).toContain('Fraværet stiger i nattevagten.');
    expect(minutes.text).toContain('Ny vagtplan, fordi fraværet stiger');
    expect(minutes.text).toContain('Ansvarlig: Mette Holm. Senest 31. januar 2027.');
    expect(minutes.text).toContain('/static/print.css');

    const stored = await world.db.selectFrom('actions').selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ indicator_id: world.ids.sickLeave, start_period: '2026K4', status: 'open' });
  });

  it('refuses an action without the three answers and shows the form again with the messages', async () => {
    const url = await createMeeting({ title: 'Møde', date: '2026-12-10', indicatorIds: String(world.ids.sickLeave) });
    const slide = await ellen.get(`${url}/afvikling/1`);
    const itemId = /\/punkter\/(\d+)\/noter/.exec(slide.text)![1];
    const res = await ellen.post(`${url}/punkter/${itemId}/handlinger`, { ...action, responsible: '', dueDate: 'snart', returnTo: `${url}/afvikling/1` });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Vælg, hvem der er ansvarlig');
    expect(res.text).toContain('„snart“ er ikke en dato. Skriv fristen med dag, måned og år');
    expect(res.text).toContain('Ny vagtplan, fordi fraværet stiger');
    expect(await world.db.selectFrom('actions').selectAll().execute()).toEqual([]);
  });

  it('opens the next meeting with the last meeting’s actions, their status and the new values since', async () => {
    const first = await createMeeting({ title: 'September', date: '2026-09-10', indicatorIds: String(world.ids.sickLeave) });
    const slide = await ellen.get(`${first}/afvikling/1`);
    const itemId = /\/punkter\/(\d+)\/noter/.exec(slide.text)![1];
    await ellen.post(`${first}/punkter/${itemId}/handlinger`, action);
    await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/vaerdier`, { period: '2026K3', value: '6,9' });
    const actionId = (await world.db.selectFrom('actions').select('id').executeTakeFirstOrThrow()).id;
    await ellen.post(`/grupper/${world.ids.groupA}/handlinger/${actionId}/status`, { status: 'in-progress', returnTo: first });

    const second = await createMeeting({ title: 'December', date: '2026-12-10' });
    const opening = await ellen.get(`${second}/afvikling/1`);
    expect(opening.text).toContain('Opfølgning fra September');
    expect(opening.text).toContain('Ny vagtplan, fordi fraværet stiger');
    expect(opening.text).toContain('I gang');
    expect(opening.text).toContain('3. kvt. 2026 6,9 %');
  });

  it('keeps a closed meeting’s agenda, notes and decisions fixed until it is reopened', async () => {
    const url = await createMeeting({ title: 'Møde', date: '2026-12-10', indicatorIds: String(world.ids.sickLeave) });
    const itemId = /\/punkter\/(\d+)\/noter/.exec((await ellen.get(`${url}/afvikling/1`)).text)![1];
    await ellen.post(`${url}/afslut`);
    const refused = await ellen.post(`${url}/punkter/${itemId}/slet`);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Mødet er afsluttet');
    expect(await world.db.selectFrom('meeting_items').select('id').execute()).toHaveLength(1);
    expect((await ellen.get(url)).text).not.toContain('Tilføj et punkt');
    await ellen.post(`${url}/genaabn`);
    expect((await ellen.post(`${url}/punkter/${itemId}/noter`, { notes: 'Efter genåbning' })).status).toBe(302);
  });

  it('logs decisions and status changes in the group’s history', async () => {
    const url = await createMeeting({ title: 'Møde', date: '2026-12-10', indicatorIds: String(world.ids.sickLeave) });
    const itemId = /\/punkter\/(\d+)\/noter/.exec((await ellen.get(`${url}/afvikling/1`)).text)![1];
    await ellen.post(`${url}/punkter/${itemId}/handlinger`, action);
    const actionId = (await world.db.selectFrom('actions').select('id').executeTakeFirstOrThrow()).id;
    await ellen.post(`/grupper/${world.ids.groupA}/handlinger/${actionId}/status`, { status: 'done' });
    const history = await ellen.get(`/grupper/${world.ids.groupA}/historik`);
    expect(history.text).toContain('Besluttede på „Møde“: „Ny vagtplan, fordi fraværet stiger“ – Mette Holm, senest 31. januar 2027 fra 4. kvt. 2026');
    expect(history.text).toContain('Satte handlingen „Ny vagtplan, fordi fraværet stiger“ til færdig');
  });
});

describe('goal items', () => {
  async function goalIn(groupId: number, indicatorId: number, title: string) {
    const { insertGoal } = await import('../../src/goals/goal-queries.js');
    const { EMPTY_DRAFT } = await import('../../src/goals/goal-steps.js');
    return insertGoal(world.db, groupId, world.ids.users.editorA, {
      ...EMPTY_DRAFT,
      title, description: 'Lavere sygefravær for medarbejderne', indicatorId, baselineValue: 7.7, baselinePeriod: parseCanonical('2026K1'),
      targetValue: 6, deadline: parseCanonical('2027K4'), responsible: 'Mette', status: 'active',
    });
  }

  it('links an action on a goal item to the goal’s indicator with its start period', async () => {
    const goal = await goalIn(world.ids.groupA, world.ids.sickLeave, 'Sygefravær under 6 %');
    const url = await createMeeting({ title: 'Møde', date: '2026-12-10' });
    await ellen.post(`${url}/punkter`, { goalId: String(goal.id) });
    const slide = await ellen.get(`${url}/afvikling/1`);
    expect(slide.text).toContain('Mål: Sygefravær under 6 %');
    const itemId = /\/punkter\/(\d+)\/noter/.exec(slide.text)![1];
    await ellen.post(`${url}/punkter/${itemId}/handlinger`, action);
    const stored = await world.db.selectFrom('actions').selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ goal_id: goal.id, indicator_id: world.ids.sickLeave, start_period: '2026K4' });

    await world.db.updateTable('goals').set({ status: 'reached' }).where('id', '=', goal.id).execute();
    expect((await ellen.get(`${url}/referat`)).text).toContain('Mål: Sygefravær under 6 %');
  });

  it('refuses another group’s goal on the agenda', async () => {
    const theirs = await goalIn(world.ids.groupB, world.ids.waitingTime, 'Kortere ventetid');
    const url = await createMeeting({ title: 'Møde', date: '2026-12-10' });
    expect((await ellen.post(`${url}/punkter`, { goalId: String(theirs.id) })).status).toBe(404);
    expect(await world.db.selectFrom('meeting_items').selectAll().execute()).toEqual([]);
  });
});

describe('isolation', () => {
  it('answers 404 for another group’s meeting, and refuses another group’s indicator on the agenda', async () => {
    const bodil = await signIn(world, 'editorB');
    const res = await bodil.agent.post(`/grupper/${world.ids.groupB}/moeder`).type('form').send({ _csrf: bodil.token, title: 'Dagtilbud', date: '2026-12-10' });
    const theirs = res.headers.location!;
    const meetingId = theirs.split('/').pop();
    expect((await ellen.get(`/grupper/${world.ids.groupA}/moeder/${meetingId}`)).status).toBe(404);
    expect((await ellen.get(theirs)).status).toBe(404);
    const smuggled = await ellen.post(meetings(), { title: 'Mit møde', date: '2026-12-10', indicatorIds: String(world.ids.waitingTime) });
    expect(smuggled.status).toBe(404);
    expect(await world.db.selectFrom('meetings').select('id').where('group_id', '=', world.ids.groupA).execute()).toEqual([]);
  });
});

describe('charts in pages', () => {
  it('escapes script and markup in names, comments and notes, in the HTML and inside the SVG', async () => {
    const payload = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';
    await world.db.updateTable('indicators').set({ name: `Sygefravær ${payload}` }).where('id', '=', world.ids.sickLeave).execute();
    await upsertObservation(world.db, world.ids.sickLeave, { period: parseCanonical('2026K3'), value: 6.9, comment: payload, userId: null });
    const url = await createMeeting({ title: `Møde ${payload}`, date: '2026-12-10', indicatorIds: String(world.ids.sickLeave) });
    const itemId = /\/punkter\/(\d+)\/noter/.exec((await ellen.get(`${url}/afvikling/1`)).text)![1];
    await ellen.post(`${url}/punkter/${itemId}/noter`, { notes: payload });
    for (const page of [`${url}/afvikling/1`, `${url}/referat`, `/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}`, `/grupper/${world.ids.groupA}/overblik`]) {
      const res = await ellen.get(page);
      expect(res.status, page).toBe(200);
      expect(res.text, page).not.toContain('<script>alert(1)</script>');
      expect(res.text, page).not.toContain('<img src=x');
      expect(res.text, page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    const svg = await ellen.get(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/graf.svg`);
    const text = svg.text || (svg.body as Buffer).toString('utf8');
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;');
  });

  it('downloads a chart as a standalone SVG file with xmlns', async () => {
    const res = await ellen.get(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/graf.svg`).buffer(true);
    expect(res.headers['content-type']).toContain('image/svg+xml');
    expect(res.headers['content-disposition']).toMatch(/filename="sygefravaer-.*\.svg"/);
    const text = Buffer.isBuffer(res.body) ? res.body.toString('utf8') : res.text;
    expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('shows before and after for an action marked as an intervention, with its verdict and the caution', async () => {
    for (const [period, value] of [['2025K1', 8.2], ['2025K2', 8.0], ['2025K3', 8.1], ['2025K4', 7.9], ['2026K3', 6.9]] as const) {
      await upsertObservation(world.db, world.ids.sickLeave, { period: parseCanonical(period), value, comment: null, userId: null });
    }
    const url = await createMeeting({ title: 'Møde', date: '2026-12-10', indicatorIds: String(world.ids.sickLeave) });
    const itemId = /\/punkter\/(\d+)\/noter/.exec((await ellen.get(`${url}/afvikling/1`)).text)![1];
    await ellen.post(`${url}/punkter/${itemId}/handlinger`, { ...action, startPeriod: '2026K1', interventionKind: 'organisation' });
    expect(await world.db.selectFrom('actions').select(['start_period', 'intervention_kind']).executeTakeFirstOrThrow()).toEqual({ start_period: '2026K1', intervention_kind: 'organisation' });
    const page = await ellen.get(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}`);
    expect(page.text).toContain('Effekt af jeres indsatser');
    expect(page.text).toContain('Organisering eller bemanding, fra 1. kvt. 2026');
    expect(page.text).toContain('I gennemsnit 8,0 % før og 7,4 % efter (−0,6 procentpoint) – mere end den normale variation: et signal om en forbedring.');
    expect(page.text).toContain('andre forhold');
    // The chart shades the before and the after, and so does the slide in meeting mode.
    expect(page.text).toContain('Efter: 7,4 %');
    expect((await ellen.get(`${url}/afvikling/1`)).text).toContain('Efter: 7,4 %');
  });

  it('keeps an ordinary action a marker, without a before and after', async () => {
    const url = await createMeeting({ title: 'Møde', date: '2026-12-10', indicatorIds: String(world.ids.sickLeave) });
    const itemId = /\/punkter\/(\d+)\/noter/.exec((await ellen.get(`${url}/afvikling/1`)).text)![1];
    await ellen.post(`${url}/punkter/${itemId}/handlinger`, { ...action, startPeriod: '2026K1' });
    const page = await ellen.get(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}`);
    expect(page.text).not.toContain('Effekt af jeres indsatser');
    expect(page.text).toContain('Handling fra ledermøde: Ny vagtplan, fordi fraværet stiger');
  });

  it('asks for the period an intervention works from, and stores nothing without it', async () => {
    const url = await createMeeting({ title: 'Møde', date: '2026-12-10', indicatorIds: String(world.ids.sickLeave) });
    const itemId = /\/punkter\/(\d+)\/noter/.exec((await ellen.get(`${url}/afvikling/1`)).text)![1];
    const res = await ellen.post(`${url}/punkter/${itemId}/handlinger`, { ...action, startPeriod: '', interventionKind: 'competence', returnTo: `${url}/afvikling/1` });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Skriv, fra hvilken periode indsatsen virker');
    expect(res.text).toMatch(/id="interventionKind-competence" value="competence" checked/);
    const odd = await ellen.post(`${url}/punkter/${itemId}/handlinger`, { ...action, interventionKind: 'magi', returnTo: `${url}/afvikling/1` });
    expect(odd.status).toBe(400);
    expect(odd.text).toContain('Vælg, om handlingen er en indsats');
    expect(await world.db.selectFrom('actions').selectAll().execute()).toEqual([]);
  });

  it('orders the dashboard by attention and shows the reason', async () => {
    const page = await ellen.get(`/grupper/${world.ids.groupA}/overblik`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Mangler data for 3. kvt. 2026');
    expect(page.text).toContain('trend-chart--small');
  });
});
