/**
 * The judgments a leader must be able to trust, on the demo's own data: the agenda's reason, the
 * chart's caption and the reflection questions beside it come from one decision and agree; the group
 * home writes percentage changes in procentpoint; and an undone import brings no "new" values.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app.js';
import { configFromEnv } from '../../src/config.js';
import { loadContent, questionsForSituation, questionsForTopic, type Content } from '../../src/content/content-loader.js';
import type { Db } from '../../src/db/connection.js';
import { insertGoal } from '../../src/goals/goal-queries.js';
import { EMPTY_DRAFT } from '../../src/goals/goal-steps.js';
import { parseCanonical } from '../../src/periods/period.js';
import { openTestDatabase } from '../support/test-db.js';
import { DEMO_PASSWORD, seedDemoData } from '../../src/seed/demo-seed.js';
import { commitImport } from '../../src/imports/import-service.js';
import { undoImport } from '../../src/imports/import-undo.js';
import { insertItem, insertMeeting } from '../../src/meetings/meeting-queries.js';
import { createTestWorld, csrfFrom, signIn } from '../support/test-app.js';

// Late November 2026: the demo's data run to 3. kvt. 2026.
const TODAY = new Date('2026-11-25T10:00:00Z');

let db: Db;
let content: Content;
let agent: ReturnType<typeof request.agent>;
let token: string;
let groupId: number;
let sickLeave: number;

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');

async function post(path: string, form: Record<string, string | string[]>) {
  return agent.post(path).type('form').send({ _csrf: token, ...form });
}

beforeAll(async () => {
  db = await openTestDatabase();
  await seedDemoData(db, TODAY);
  const config = configFromEnv({ NODE_ENV: 'test' });
  content = await loadContent(config.contentDir);
  const app = createApp({ db, config, content, now: () => TODAY });
  agent = request.agent(app);
  const login = await agent.get('/log-ind');
  await agent.post('/log-ind').type('form').send({ email: 'mette@datadialog.local', password: DEMO_PASSWORD, _csrf: csrfFrom(login.text) });
  token = csrfFrom((await agent.get('/konto')).text);
  const group = await db.selectFrom('groups').select('id').where('name', '=', 'Ledergruppen for Ældre og Sundhed').executeTakeFirstOrThrow();
  groupId = group.id;
  sickLeave = (await db.selectFrom('indicators').select('id').where('code', '=', 'SYGEFRAV').executeTakeFirstOrThrow()).id;
  // The case: a new goal for sick leave, whose baseline is the latest quarter, so it has no
  // measurement after its baseline yet.
  const mette = (await db.selectFrom('users').select('id').where('email', '=', 'mette@datadialog.local').executeTakeFirstOrThrow()).id;
  await insertGoal(db, groupId, mette, {
    ...EMPTY_DRAFT,
    title: 'Lavere sygefravær i hjemmeplejen',
    description: 'Sygefraværet skal ned fra 6,5 % til 5,8 %.',
    indicatorId: sickLeave,
    baselineValue: 6.5,
    baselinePeriod: parseCanonical('2026K3'),
    baselineSource: 'data',
    targetValue: 5.8,
    deadline: parseCanonical('2027K4'),
    status: 'active',
  });
});

afterAll(async () => {
  await db?.destroy();
});

async function slideOf(indicatorId: number, extra: Record<string, string> = {}) {
  const created = await post(`/grupper/${groupId}/moeder`, { title: 'Ledermøde december', date: '2026-12-03', indicatorIds: String(indicatorId), ...extra });
  expect(created.status, created.text.slice(0, 300)).toBe(302);
  // The demo's last meeting decided an action, so the first slide is its follow-up.
  const first = await agent.get(`${created.headers.location}/afvikling/1`);
  const slide = first.text.includes('<h1>Opfølgning fra') ? await agent.get(`${created.headers.location}/afvikling/2`) : first;
  expect(slide.status).toBe(200);
  return slide.text;
}

function questionsIn(html: string): string[] {
  const aside = /<aside class="meeting-grid__side"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
  // A reader sees the questions as a list; an editor as boxes to tick when the group has discussed one.
  return [...aside.matchAll(/<li>([^<]*)<\/li>|<label for="spoergsmaal-[^"]*">([^<]*)<\/label>/g)].map((m) => (m[1] ?? m[2])!.replace(/&#x27;/g, "'"));
}

describe('the demo’s Sygefravær meeting item: reason, caption and questions agree', () => {
  it('calls the usual third-quarter rise what it is, and asks the questions for that, not those for missing data', async () => {
    const html = await slideOf(sickLeave);
    const words = text(html);
    const flat = content.reflectionSituations.flat;
    // The situation, with its icon and words.
    expect(words).toContain(flat.label);
    // The reason: within the normal variation, compared with the same quarter a year earlier.
    expect(words).toContain('På dagsordenen fordi: Inden for den normale variation');
    expect(words).not.toContain('Gik den forkerte vej');
    // The caption under the chart says the same.
    const caption = /<figcaption[^>]*>([^<]*)<\/figcaption>/.exec(html)?.[1] ?? '';
    expect(caption).toContain('svinger med årstiderne, så 3. kvt. 2026 sammenlignes med samme kvartal året før, 3. kvt. 2025');
    expect(caption).toContain('Forskellen er inden for den normale variation');
    // The questions are those for the situation, and the heading names it.
    expect(questionsIn(html)).toEqual(questionsForSituation(content, 'flat').map((q) => q.text));
    expect(questionsIn(html)).not.toEqual(questionsForSituation(content, 'missingData').map((q) => q.text));
    expect(words).toContain(`Spørgsmål til drøftelsen: ${flat.label}`);
  });

  it('when the latest quarter does go the wrong way beyond the noise, all three say so, new goal or not', async () => {
    const set = (value: number) =>
      db.updateTable('observations').set({ value, updated_at: new Date().toISOString() }).where('indicator_id', '=', sickLeave).where('period', '=', '2026K3').execute();
    await set(8.4);
    try {
      const html = await slideOf(sickLeave);
      const words = text(html);
      const offTrack = content.reflectionSituations.offTrack;
      expect(words).toContain(offTrack.label);
      expect(words).toMatch(/På dagsordenen fordi: Gik den forkerte vej: 3\. kvt\. 2026 var 1,8 procentpoint højere end 3\. kvt\. 2025, mere end den normale variation/);
      const caption = /<figcaption[^>]*>([^<]*)<\/figcaption>/.exec(html)?.[1] ?? '';
      expect(caption).toContain('Forskellen er over den normale variation');
      expect(caption).toContain('Det går den forkerte vej.');
      expect(questionsIn(html)).toEqual(questionsForSituation(content, 'offTrack').map((q) => q.text));
      // And the suggested agenda gives the same reason.
      const suggestion = await agent.get(`/grupper/${groupId}/moeder/nyt?dato=2026-12-03`);
      expect(text(suggestion.text)).toContain('Gik den forkerte vej: 3. kvt. 2026 var 1,8 procentpoint højere end 3. kvt. 2025');
    } finally {
      await set(6.5);
    }
  });

  it('gives a free topic the questions for its kind', async () => {
    const created = await post(`/grupper/${groupId}/moeder`, { title: 'Temamøde', date: '2026-12-04', topic: 'Hvor kommer vores fraværstal fra?', topicKind: 'data' });
    const html = (await agent.get(`${created.headers.location}/afvikling/1`)).text;
    expect(questionsIn(html)).toEqual(questionsForTopic(content, 'data').map((q) => q.text));
    expect(text(html)).toContain(`Spørgsmål til drøftelsen: ${content.reflectionSituations.topics.data.label}`);
    expect(questionsForTopic(content, 'data')).not.toEqual(questionsForTopic(content, 'experience'));
  });
});

describe('the suggested agenda on the demo', () => {
  it('ticks at most five items, each with its reason, and offers the rest unticked', async () => {
    const page = await agent.get(`/grupper/${groupId}/moeder/nyt?dato=2026-12-03`);
    const ticked = [...page.text.matchAll(/name="indicatorIds" value="(\d+)" checked/g)];
    expect(ticked.length).toBeGreaterThan(0);
    expect(ticked.length).toBeLessThanOrEqual(5);
    for (const [, id] of ticked) expect(page.text).toMatch(new RegExp(`id="reason-${id}"><li>`));
    const all = [...page.text.matchAll(/name="indicatorIds" value="(\d+)"/g)];
    // The demo group's six indicators and the direktion's shared Personaleomsætning (issue 14).
    expect(all.length).toBe(7);
  });
});

describe('honest numbers on the group home', () => {
  it('writes 64,7 % → 67,4 % as +2,7 procentpoint, not +2,7 %', async () => {
    const home = text((await agent.get(`/grupper/${groupId}`)).text);
    expect(home).toContain('+2,7 procentpoint');
    expect(home).not.toContain('+2,7 %');
  });
});

describe('new values since the last meeting', () => {
  it('an import after the meeting counts; once undone it does not', async () => {
    const world = await createTestWorld();
    try {
      const ellen = await signIn(world, 'editorA');
      const actor = { userId: world.ids.users.editorA, groupId: world.ids.groupA };
      // The last meeting was held before the values below were imported.
      await insertMeeting(world.db, world.ids.groupA, world.ids.users.editorA, { title: 'Forrige møde', date: '2020-01-10', attendees: '', startTime: null, durationMinutes: 120, location: '' });
      await world.db.updateTable('observations').set({ updated_at: '2020-01-01T00:00:00.000Z' }).execute();
      const next = `/grupper/${world.ids.groupA}/moeder/nyt?dato=2030-01-10`;
      expect(text((await ellen.get(next)).text)).not.toContain('Nye tal siden sidste møde');

      const csv = 'Indikator;Kvartal;Værdi\r\nSygefravær;2026K2;7,1\r\nSygefravær;2026K3;6,9\r\n';
      const { importId } = await commitImport(world.db, actor, { fileName: 'ret.csv', bytes: Buffer.from(csv), via: 'ui' }, { settings: {}, skipErrors: false });
      expect(text((await ellen.get(next)).text)).toContain('Nye tal siden sidste møde (2 værdier)');

      await undoImport(world.db, actor, importId);
      expect(text((await ellen.get(next)).text)).not.toContain('Nye tal siden sidste møde');
    } finally {
      await world.db.destroy();
    }
  });

  it('on the meeting page as well, also when the page was shown before the import', async () => {
    const world = await createTestWorld();
    try {
      const ellen = await signIn(world, 'editorA');
      const actor = { userId: world.ids.users.editorA, groupId: world.ids.groupA };
      const input = { attendees: '', startTime: null, durationMinutes: 120, location: '' };
      await insertMeeting(world.db, world.ids.groupA, world.ids.users.editorA, { ...input, title: 'Forrige møde', date: '2020-01-10' });
      const meeting = await insertMeeting(world.db, world.ids.groupA, world.ids.users.editorA, { ...input, title: 'Næste møde', date: '2030-01-10' });
      await insertItem(world.db, meeting.id, { kind: 'indicator', indicatorId: world.ids.sickLeave });
      await world.db.updateTable('observations').set({ updated_at: '2020-01-01T00:00:00.000Z' }).execute();
      const page = `/grupper/${world.ids.groupA}/moeder/${meeting.id}`;
      expect(text((await ellen.get(page)).text)).not.toContain('Nye tal siden sidste møde');

      const csv = 'Indikator;Kvartal;Værdi\r\nSygefravær;2026K2;7,1\r\nSygefravær;2026K3;6,9\r\n';
      const { importId } = await commitImport(world.db, actor, { fileName: 'ret.csv', bytes: Buffer.from(csv), via: 'ui' }, { settings: {}, skipErrors: false });
      expect(text((await ellen.get(page)).text)).toContain('Nye tal siden sidste møde (2 værdier)');

      await undoImport(world.db, actor, importId);
      expect(text((await ellen.get(page)).text)).not.toContain('Nye tal siden sidste møde');
    } finally {
      await world.db.destroy();
    }
  });
});
