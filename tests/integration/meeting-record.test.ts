/**
 * The ledermøde as a record (issue 11): minutes frozen at closing and kept per version, questions
 * marked as discussed, theme boxes on the agenda, mødeleder and referent, actions made and followed
 * between meetings with a dated history, indicator owners, and "today" in Copenhagen.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport } from '../../src/imports/import-service.js';
import { digestFor } from '../../src/reminders/reminder-service.js';
import { findMeeting } from '../../src/meetings/meeting-queries.js';
import { createApp } from '../../src/app/create-app.js';
import { createTestWorld, signIn, type SignedIn, type TestWorld } from '../support/test-app.js';
import request from 'supertest';

let world: TestWorld;
let ellen: SignedIn;
beforeEach(async () => {
  world = await createTestWorld();
  ellen = await signIn(world, 'editorA');
});
afterEach(async () => {
  await world.db.destroy();
});

const G = () => `/grupper/${world.ids.groupA}`;
const text = (html: string) =>
  html
    .replace(/<\/?(?:a|span|strong|em)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.:;])/g, '$1');
const action = { whatAndWhy: 'Faste makkerpar i nattevagten, fordi fraværet er højest dér', howAndWho: 'Teamlederne sætter makkerpar sammen', dueDate: '2027-03-31' };

async function newMeeting(form: Record<string, string> = {}) {
  const res = await ellen.post(`${G()}/moeder`, { title: 'Ledermøde december', date: '2026-12-10', indicatorIds: String(world.ids.sickLeave), ...form });
  expect(res.status, res.text.slice(0, 300)).toBe(302);
  const url = res.headers.location!;
  const slide = await ellen.get(`${url}/afvikling/1`);
  const itemId = /\/punkter\/(\d+)\/noter/.exec(slide.text)![1]!;
  return { url, itemId, slide: slide.text };
}

async function importCorrection(value: string) {
  const bytes = new TextEncoder().encode(`Indikator;Kvartal;Værdi\r\nSygefravær;2026K2;${value}\r\n`);
  await commitImport(world.db, { userId: world.ids.users.editorA, groupId: world.ids.groupA }, { fileName: 'rettelse.csv', bytes, via: 'ui' }, { settings: {}, skipErrors: false, confirmRevisions: true });
}

describe('minutes as a record', () => {
  it('keeps what the meeting saw after a correction is imported, and says newer figures exist with a link to them', async () => {
    const { url, itemId, slide } = await newMeeting();
    expect(slide).toContain('7,5 %');
    // The group ticks two of the questions it discussed and records a decision.
    const questionIds = [...slide.matchAll(/name="questionIds" value="([^"]+)"/g)].map((m) => m[1]!);
    expect(questionIds.length).toBeGreaterThan(2);
    const marked = await ellen.agent.post(`${url}/punkter/${itemId}/spoergsmaal`).type('form').send({ _csrf: ellen.token, questionIds: questionIds.slice(0, 2), returnTo: `${url}/afvikling/1` });
    expect(marked.headers.location).toBe(`${url}/afvikling/1#droeftet`);
    expect((await ellen.get(`${url}/afvikling/1`)).text).toContain(`value="${questionIds[0]}" checked`);
    await ellen.post(`${url}/punkter/${itemId}/handlinger`, { ...action, responsibleUserId: String(world.ids.users.editorA), returnTo: `${url}/afvikling/1` });
    expect((await ellen.post(`${url}/afslut`)).headers.location).toBe(`${url}/referat`);

    await importCorrection('8,1');
    const minutes = text((await ellen.get(`${url}/referat`)).text);
    expect(minutes).toContain('Seneste værdi 7,5 % (2. kvt. 2026)');
    expect(minutes).not.toContain('Seneste værdi 8,1 %');
    expect(minutes).toContain('Tallene er ændret siden mødet: 2. kvt. 2026 er nu 8,1 % (mødet så 7,5 %)');
    expect((await ellen.get(`${url}/referat`)).text).toContain(`href="${G()}/indikatorer/${world.ids.sickLeave}">Se Sygefravær, som den er nu</a>`);
    // The decisions come first, as a table: what and why, how and who, by when, responsible.
    const html = (await ellen.get(`${url}/referat`)).text;
    expect(html.indexOf('id="decisions-heading"')).toBeLessThan(html.indexOf('class="minutes__item'));
    expect(minutes).toContain(`${action.whatAndWhy} Punkt 1: Sygefravær ${action.howAndWho}`);
    expect(minutes).toContain('31. marts 2027 Ellen Redaktør');
    expect(minutes).toContain('Drøftede spørgsmål');
    // The chart is the one the meeting saw: its table still holds 7,5.
    const chart = /<figure class="trend-chart[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(chart).toContain('7,5 %');
    expect(chart).not.toContain('8,1 %');
    // The page margins of the printed minutes name the meeting.
    const css = await ellen.get(`${url}/referat/udskrift.css`);
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.text).toContain('@top-left { content: "Referat: Ledermøde december"; }');
  });

  it('keeps every version when a meeting is reopened and closed again, in the minutes and in the history', async () => {
    const { url, itemId } = await newMeeting();
    await ellen.post(`${url}/punkter/${itemId}/noter`, { notes: 'Første udgave af noterne.' });
    await ellen.post(`${url}/afslut`);
    expect((await ellen.post(`${url}/punkter/${itemId}/noter`, { notes: 'Må ikke gemmes.' })).status).toBe(302);
    // A closed meeting's page leads to its record, not to starting it.
    const closedPage = text((await ellen.get(url)).text);
    expect(closedPage).toContain('Mødet er afsluttet. Referatet viser tallene, som mødet så dem');
    expect(closedPage).toContain('Læs referatet');
    expect(closedPage).not.toContain('Start mødet');
    await ellen.post(`${url}/genaabn`);
    const draft = text((await ellen.get(`${url}/referat`)).text);
    expect(draft).toContain('Mødet er ikke afsluttet. Referatet herunder er et udkast');
    expect(draft).toContain('Udgave 1, gemt');
    await ellen.post(`${url}/punkter/${itemId}/noter`, { notes: 'Anden udgave af noterne.' });
    await ellen.post(`${url}/afslut`);

    const latest = text((await ellen.get(`${url}/referat`)).text);
    expect(latest).toContain('Anden udgave af noterne.');
    expect(latest).toContain('Udgave 2, gemt da mødet blev afsluttet');
    expect(latest).toContain('Tidligere udgave');
    const first = text((await ellen.get(`${url}/referat/udgaver/1`)).text);
    expect(first).toContain('Første udgave af noterne.');
    expect(first).toContain('Tidligere udgave: udgave 1');
    expect((await ellen.get(`${url}/referat/udgaver/3`)).status).toBe(404);
    expect((await ellen.get(`${url}/referat/udgaver/x`)).status).toBe(404);

    const history = text((await ellen.get(`${G()}/historik`)).text);
    expect(history).toContain('Afsluttede mødet „Ledermøde december“. Referatet er gemt som udgave 1.');
    expect(history).toContain('Genåbnede mødet „Ledermøde december“. De gemte udgaver af referatet er bevaret.');
    expect(history).toContain('Referatet er gemt som udgave 2.');
    const versions = await world.db.selectFrom('meeting_snapshots').select(['version']).orderBy('version').execute();
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('closing twice keeps one version, and a meeting closed before records were kept gets one when its minutes are read', async () => {
    const { url } = await newMeeting();
    await ellen.post(`${url}/afslut`);
    await ellen.post(`${url}/afslut`);
    expect(await world.db.selectFrom('meeting_snapshots').select('version').execute()).toEqual([{ version: 1 }]);
    // An older closed meeting without a record.
    const meetingId = Number(url.split('/').pop());
    await world.db.deleteFrom('meeting_snapshots').execute();
    const rasmus = await signIn(world, 'readerA');
    const [a, b] = await Promise.all([rasmus.get(`${url}/referat`), rasmus.get(`${url}/referat`)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(text(a.text)).toContain('Udgave 1, gemt da mødet blev afsluttet');
    const kept = await world.db.selectFrom('meeting_snapshots').select(['version', 'closed_at']).execute();
    const meeting = await findMeeting(world.db, world.ids.groupA, meetingId);
    expect(kept).toEqual([{ version: 1, closed_at: meeting!.closedAt }]);
  });

  it('compresses an item without notes, discussed questions or decisions to one line', async () => {
    const { url } = await newMeeting({ topic: 'Ny visitationsproces' });
    await ellen.post(`${url}/afslut`);
    const html = (await ellen.get(`${url}/referat`)).text;
    const compact = /<section class="minutes__item minutes__item--compact"[\s\S]*?<\/section>/g;
    const items = [...html.matchAll(compact)].map((m) => text(m[0]));
    expect(items).toEqual([' 1. Sygefravær Seneste værdi 7,5 % (2. kvt. 2026). Ingen noter eller beslutninger. ', ' 2. Ny visitationsproces Ingen noter eller beslutninger. ']);
    expect(text(html)).toContain('Mødet traf ingen beslutninger.');
  });
});

describe('theme boxes from the leadership foundation', () => {
  it('puts a box on the agenda, shows its behaviours, questions and methods, turns a decision on it into an action, and suggests the next box', async () => {
    const { url } = await newMeeting();
    const before = text((await ellen.get(`${G()}/moeder`)).text);
    expect(before).toContain('Næste forslag: Vi ser lederskabet som en profession');
    const added = await ellen.post(`${url}/punkter`, { bankEntryId: 'profession' });
    expect(added.status).toBe(302);
    const slide = await ellen.get(`${url}/afvikling/2`);
    const theme = world.content.bank.themes.find((t) => t.id === 'profession')!;
    const words = text(slide.text);
    expect(words).toContain(theme.title);
    expect(words).toContain(text(theme.behaviours[0]!.text));
    expect(words).toContain(text(theme.reflectionQuestions[0]!.text));
    expect(words).toContain(theme.methods[0]!.title);
    const itemId = /\/punkter\/(\d+)\/noter/.exec(slide.text)![1]!;
    const decided = await ellen.post(`${url}/punkter/${itemId}/handlinger`, { ...action, responsible: 'Karen Ekstern', responsibleUserId: 'other', returnTo: `${url}/afvikling/2` });
    expect(decided.status).toBe(302);
    const stored = await world.db.selectFrom('actions').selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ indicator_id: null, goal_id: null, responsible: 'Karen Ekstern', responsible_user_id: null, item_id: Number(itemId) });

    const after = text((await ellen.get(`${G()}/moeder`)).text);
    expect(after).toContain('Vi ser lederskabet som en profession Ledermøde december, 10. december 2026');
    expect(after).toContain('Næste forslag: Vi skaber mening');
    // A method of a box, too; an unknown id is refused in Danish.
    expect((await ellen.post(`${url}/punkter`, { bankEntryId: 'sticc' })).status).toBe(302);
    const refused = await ellen.post(`${url}/punkter`, { bankEntryId: 'ikke-en-kasse' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Vælg en kasse eller en metode fra ledelsesgrundlaget.');
  });
});

describe('mødeleder and referent', () => {
  it('are chosen among the members, shown in meeting mode and in the minutes; anyone else is refused', async () => {
    const { url } = await newMeeting({ chairUserId: String(world.ids.users.editorA), secretaryUserId: String(world.ids.users.readerA) });
    expect(text((await ellen.get(`${url}/afvikling/1`)).text)).toContain('Mødeleder: Ellen Redaktør · Referent: Rasmus Læser');
    await ellen.post(`${url}/afslut`);
    const minutes = text((await ellen.get(`${url}/referat`)).text);
    expect(minutes).toContain('Mødeleder: Ellen Redaktør');
    expect(minutes).toContain('Referent: Rasmus Læser');
    const refused = await ellen.post(`${G()}/moeder`, { title: 'Møde', date: '2026-12-17', chairUserId: String(world.ids.users.editorB) });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Vælg mødelederen blandt gruppens medlemmer');
  });
});

describe('actions between meetings', () => {
  it('are made from the actions list with a member responsible, linked to an indicator, and shown on the indicator', async () => {
    const form = await ellen.get(`${G()}/handlinger/ny?indikator=${world.ids.sickLeave}`);
    expect(form.status).toBe(200);
    expect(form.text).toContain(`<option value="${world.ids.sickLeave}" selected>Sygefravær</option>`);
    expect(form.text).toContain('<option value="other"');
    const res = await ellen.post(`${G()}/handlinger`, { ...action, 'dueDate-day': '31', 'dueDate-month': '3', 'dueDate-year': '2027', responsibleUserId: String(world.ids.users.readerA), indicatorId: String(world.ids.sickLeave), goalId: '', returnTo: `${G()}/indikatorer/${world.ids.sickLeave}` });
    expect(res.headers.location).toMatch(new RegExp(`^${G()}/indikatorer/${world.ids.sickLeave}#handling-\\d+$`));
    const page = text((await ellen.get(`${G()}/indikatorer/${world.ids.sickLeave}`)).text);
    expect(page).toContain(action.whatAndWhy);
    expect(page).toContain('Ansvarlig: Rasmus Læser');
    const stored = await world.db.selectFrom('actions').selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ responsible: 'Rasmus Læser', responsible_user_id: world.ids.users.readerA, indicator_id: world.ids.sickLeave, meeting_id: null });
  });

  it('names what is wrong and keeps what was typed: no responsible, a name left out, a stranger, an unknown indicator', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ responsibleUserId: '' }, 'Vælg, hvem der er ansvarlig for at sætte det i gang'],
      [{ responsibleUserId: 'other', responsible: '' }, 'Skriv navnet på den ansvarlige uden for ledergruppen.'],
      [{ responsibleUserId: String(world.ids.users.editorB) }, 'Vælg en af ledergruppens medlemmer som ansvarlig'],
      [{ responsibleUserId: String(world.ids.users.editorA), indicatorId: String(world.ids.waitingTime) }, 'Vælg en af gruppens indikatorer'],
    ];
    for (const [extra, message] of cases) {
      const res = await ellen.post(`${G()}/handlinger`, { ...action, ...extra });
      expect(res.status, message).toBe(400);
      expect(res.text).toContain(message);
      expect(res.text).toContain(action.whatAndWhy);
    }
    expect(await world.db.selectFrom('actions').select('id').execute()).toEqual([]);
  });

  it('keeps a dated history of status changes with comments, can be edited, and is shown overdue in words', async () => {
    const created = await ellen.post(`${G()}/handlinger`, { ...action, dueDate: '2026-01-31', responsibleUserId: String(world.ids.users.editorA) });
    const id = /handling-(\d+)/.exec(created.headers.location!)![1]!;
    const list = text((await ellen.get(`${G()}/handlinger`)).text);
    expect(list).toContain('Ikke startet – fristen er overskredet');
    expect(list).toContain('1 handling har overskredet fristen.');
    await ellen.post(`${G()}/handlinger/${id}/status`, { status: 'in-progress', comment: 'Første makkerpar er i gang.', returnTo: `${G()}/handlinger/${id}` });
    await ellen.post(`${G()}/handlinger/${id}/status`, { status: 'in-progress', comment: 'To distrikter mangler.', returnTo: `${G()}/handlinger/${id}` });
    const unchanged = await ellen.post(`${G()}/handlinger/${id}/status`, { status: 'in-progress', returnTo: `${G()}/handlinger/${id}` });
    expect(unchanged.status).toBe(302);
    const page = text((await ellen.get(`${G()}/handlinger/${id}`)).text);
    expect(page).toContain('Oprettet: ikke startet');
    expect(page).toContain('Ikke startet → i gang Første makkerpar er i gang. Ellen Redaktør');
    expect(page).toContain('Stadig i gang To distrikter mangler.');
    expect(await world.db.selectFrom('action_status_changes').select('id').execute()).toHaveLength(3);

    const edited = await ellen.post(`${G()}/handlinger/${id}`, { ...action, whatAndWhy: 'Faste makkerpar i alle vagter', dueDate: '2027-06-30', responsibleUserId: 'other', responsible: 'Karen Ekstern', interventionKind: 'organisation', startPeriod: '1. kvt. 2027', indicatorId: String(world.ids.sickLeave) });
    expect(edited.status).toBe(302);
    const after = text((await ellen.get(`${G()}/handlinger/${id}`)).text);
    expect(after).toContain('Faste makkerpar i alle vagter');
    expect(after).toContain('Karen Ekstern (uden for ledergruppen)');
    expect(after).toContain('Organisering eller bemanding, virker fra 1. kvt. 2027');
    expect(after).not.toContain('fristen er overskredet');
  });

  it('is listed on its goal, and one made from the goal concerns the goal and its indicator', async () => {
    const goal = await ellen.post(`${G()}/maal`, { title: 'Færre sygedage', indicatorId: String(world.ids.sickLeave) });
    const goalId = Number(/\/maal\/(\d+)/.exec(goal.headers.location!)![1]);
    await world.db.updateTable('goals').set({ indicator_id: world.ids.sickLeave }).where('id', '=', goalId).execute();
    const form = await ellen.get(`${G()}/handlinger/ny?maal=${goalId}`);
    expect(form.text).toContain(`<option value="${goalId}" selected>`);
    const res = await ellen.post(`${G()}/handlinger`, { ...action, responsibleUserId: String(world.ids.users.editorA), goalId: String(goalId), indicatorId: '', returnTo: `${G()}/maal/${goalId}` });
    expect(res.headers.location).toMatch(new RegExp(`^${G()}/maal/${goalId}#handling-`));
    const stored = await world.db.selectFrom('actions').selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ goal_id: goalId, indicator_id: world.ids.sickLeave });
    const page = text((await ellen.get(`${G()}/maal/${goalId}`)).text);
    expect(page).toContain('Handlinger på målet');
    expect(page).toContain(action.whatAndWhy);
  });
});

describe('indicator owners', () => {
  it('are chosen among the members, shown on the indicator and named in the digest beside missing figures', async () => {
    const edit = await ellen.get(`${G()}/indikatorer/${world.ids.sickLeave}/rediger`);
    expect(edit.text).toContain('Ejer (valgfri)');
    const form = Object.fromEntries([...edit.text.matchAll(/<input class="form-input[^"]*" type="text" id="(\w+)" name="\w+" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    const base = { ...form, definition: 'Målt hvert kvartal.', whyItMatters: 'Viser om vi når borgerne.', unitChoice: '%', direction: 'down', frequency: 'quarter' };
    const refused = await ellen.post(`${G()}/indikatorer/${world.ids.sickLeave}`, { ...base, ownerUserId: String(world.ids.users.editorB) });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Vælg ejeren blandt ledergruppens medlemmer');
    const saved = await ellen.post(`${G()}/indikatorer/${world.ids.sickLeave}`, { ...base, ownerUserId: String(world.ids.users.readerA) });
    expect(saved.status, saved.text.slice(0, 2000)).toBe(302);
    expect(text((await ellen.get(`${G()}/indikatorer/${world.ids.sickLeave}`)).text)).toContain('Ejer Rasmus Læser');
    expect(text((await ellen.get(`${G()}/historik`)).text)).toContain('Gjorde Rasmus Læser til ejer af indikatoren „Sygefravær“');

    const meeting = (await findMeeting(world.db, world.ids.groupA, Number((await newMeeting()).url.split('/').pop())))!;
    const digest = await digestFor(world.db, meeting, new Date('2026-12-05T09:00:00Z'));
    expect(digest.missing).toEqual(['Sygefravær: mangler tal for 3. kvt. 2026 (ansvarlig: Rasmus Læser)']);
  });
});

describe('today is a day in Copenhagen', () => {
  it('counts a deadline as passed and a value as new by the Danish calendar, around midnight', async () => {
    // 00:30 on 1 February in Copenhagen is still 31 January in UTC.
    const app = createApp({ db: world.db, config: world.config, content: world.content, now: () => new Date('2027-01-31T23:30:00Z') });
    await ellen.post(`${G()}/handlinger`, { ...action, dueDate: '2027-01-31', responsibleUserId: String(world.ids.users.editorA) });
    const agent = request.agent(app);
    const login = await agent.get('/log-ind');
    const token = /name="_csrf" value="([^"]+)"/.exec(login.text)![1];
    await agent.post('/log-ind').type('form').send({ email: 'ellen@kommune.dk', password: 'korrekt-hest-batteri', _csrf: token });
    expect(text((await agent.get(`${G()}/handlinger`)).text)).toContain('fristen er overskredet');

    // A value stored at 23:30 Danish time on the meeting's day was there at the meeting; one at 00:30 the next day is new.
    const previous = await ellen.post(`${G()}/moeder`, { title: 'Forrige møde', date: '2026-12-10', indicatorIds: String(world.ids.sickLeave) });
    const prevUrl = previous.headers.location!;
    const prevItem = /\/punkter\/(\d+)\/noter/.exec((await ellen.get(`${prevUrl}/afvikling/1`)).text)![1]!;
    await ellen.post(`${prevUrl}/punkter/${prevItem}/handlinger`, { ...action, responsibleUserId: String(world.ids.users.editorA) });
    await world.db.updateTable('observations').set({ updated_at: '2026-12-10T22:30:00.000Z' }).where('period', '=', '2026K1').execute();
    await world.db.updateTable('observations').set({ updated_at: '2026-12-10T23:30:00.000Z' }).where('period', '=', '2026K2').execute();
    const next = await ellen.post(`${G()}/moeder`, { title: 'Næste møde', date: '2027-01-14' });
    const followUp = text((await ellen.get(next.headers.location!)).text);
    expect(followUp).toContain('Sygefravær: 2. kvt. 2026 7,5 %');
    expect(followUp).not.toContain('1. kvt. 2026 7,7 %');
  });
});
