/**
 * Issue 10, item 1: the group home says what now (the next meeting, actions coming due, what needs
 * attention, with reasons), every group page has the group's menu, and a reader can read along
 * everywhere without meeting an edit button or a 403 page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../src/app/create-app.js';
import { createTestWorld, csrfFrom, PASSWORD, people, type Person, type TestWorld } from '../support/test-app.js';
import { upsertMembership } from '../../src/groups/group-queries.js';
import { createMeeting, decideAction } from '../../src/meetings/meeting-service.js';
import { listItems } from '../../src/meetings/meeting-queries.js';
import { commitImport } from '../../src/imports/import-service.js';

const TODAY = new Date('2026-12-10T10:00:00Z');
let world: TestWorld;
let app: Express;
let meetingId: number;

beforeAll(async () => {
  world = await createTestWorld();
  app = createApp({ db: world.db, config: world.config, content: world.content, now: () => TODAY });
  const actor = { userId: world.ids.users.editorA, groupId: world.ids.groupA };
  // Last month's meeting decided an action that is now overdue; next week's meeting has no agenda yet.
  const earlier = await createMeeting(world.db, actor, { title: 'Ledermøde november', date: '2026-11-12', indicatorIds: String(world.ids.sickLeave) }, new Map());
  const [item] = await listItems(world.db, earlier.id);
  await decideAction(world.db, actor, earlier.id, item!.id, { whatAndWhy: 'Faste teams i weekenden', howAndWho: 'Planlæggerne', responsible: 'Mette Holm', dueDate: '2026-12-01' });
  meetingId = (await createMeeting(world.db, actor, { title: 'Ledermøde december', date: '2026-12-17' }, new Map())).id;
  await commitImport(world.db, actor, { fileName: 'a.csv', bytes: new TextEncoder().encode('Indikator;Kvartal;Værdi\r\nSygefravær;2025K4;7,1\r\n'), via: 'ui' }, { settings: {}, skipErrors: false });
});
afterAll(async () => {
  await world.db.destroy();
});

async function as(who: Person) {
  const agent = request.agent(app);
  const login = await agent.get('/log-ind');
  await agent.post('/log-ind').type('form').send({ email: people[who].email, password: PASSWORD, _csrf: csrfFrom(login.text) });
  return agent;
}
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');

describe('the group home', () => {
  it('starts with the next meeting, the actions due and what needs attention, each with its reason', async () => {
    const ellen = await as('editorA');
    const home = (await ellen.get(`/grupper/${world.ids.groupA}`)).text;
    const main = home.slice(home.indexOf('<main'));
    // The order on the page: meeting, actions, attention, then the indicators.
    const at = (s: string) => main.indexOf(s);
    expect(at('Næste ledermøde')).toBeLessThan(at('Handlinger med frist'));
    expect(at('Handlinger med frist')).toBeLessThan(at('Kræver opmærksomhed'));
    expect(at('Kræver opmærksomhed')).toBeLessThan(at('id="indicators-heading"'));

    const meeting = text(/<section class="now-card" aria-labelledby="next-meeting-heading"[\s\S]*?<\/section>/.exec(main)![0]);
    expect(meeting).toContain('17. december 2026 (om 7 dage)');
    expect(meeting).toContain('Ledermøde december');
    expect(meeting).toContain('Dagsordenen er tom');
    expect(main).toContain(`<a class="button button-primary" href="/grupper/${world.ids.groupA}/moeder/${meetingId}#dagsorden">Forbered mødet`);

    const due = text(/aria-labelledby="due-heading"[\s\S]*?<\/section>/.exec(main)![0]);
    expect(due).toContain('Fristen er overskredet Faste teams i weekenden Ansvarlig: Mette Holm · Senest 1. december 2026 (for 9 dage siden) · Sygefravær');

    const attention = text(/aria-labelledby="attention-heading"[\s\S]*?<\/section>/.exec(main)![0]);
    expect(attention).toContain('Sygefravær');
    expect(attention).toContain('Handling med frist 1. december 2026: „Faste teams i weekenden“');
    expect(attention).toContain('Mangler data for 3. kvt. 2026');
  });

  it('gives each indicator a small trend line with a sentence saying what it shows', async () => {
    const ellen = await as('editorA');
    const home = (await ellen.get(`/grupper/${world.ids.groupA}`)).text;
    expect(home).toContain('aria-label="Sygefravær, de seneste 3 kvartaler: fra 7,1 % i 4. kvt. 2025 til 7,5 % i 2. kvt. 2026. Laveste 7,1 %, højeste 7,7 %."');
  });

  it('offers to plan a meeting when none is coming, and only to editors', async () => {
    const bodil = await as('editorB');
    const home = (await bodil.get(`/grupper/${world.ids.groupB}`)).text;
    expect(home).toContain('Der er ikke planlagt et ledermøde.');
    expect(home).toContain(`href="/grupper/${world.ids.groupB}/moeder/nyt">Planlæg næste ledermøde</a>`);
  });

  it('tells a reader that he can read along, and lets him open the meeting', async () => {
    const rasmus = await as('readerA');
    const home = (await rasmus.get(`/grupper/${world.ids.groupA}`)).text;
    expect(home).toContain('Du er læser i gruppen: du kan følge med i alt – tal, mål, møder og handlinger. Kun gruppens redaktører kan ændre noget.');
    expect(home).toContain(`href="/grupper/${world.ids.groupA}/moeder/${meetingId}">Åbn mødet`);
    const ellen = await as('editorA');
    expect((await ellen.get(`/grupper/${world.ids.groupA}`)).text).not.toContain('Du er læser i gruppen');
  });
});

describe('the group menu', () => {
  it.each([
    ['', 'Overblik', 'page'],
    ['/indikatorer', 'Indikatorer', 'page'],
    ['/overblik', 'Indikatorer', 'true'],
    ['/maal', 'Mål', 'page'],
    ['/moeder', 'Ledermøder', 'page'],
    ['/handlinger', 'Handlinger', 'page'],
    ['/data', 'Data', 'page'],
    ['/importer', 'Data', 'true'],
    ['/tilknytninger', 'Data', 'true'],
    ['/historik', 'Historik', 'page'],
  ])('is on %s with "%s" marked', async (path, label, current) => {
    const ellen = await as('editorA');
    const page = (await ellen.get(`/grupper/${world.ids.groupA}${path}`)).text;
    const nav = /<nav class="tab-container group-nav" aria-label="Menu for Ældre og Sundhed" id="gruppemenu" tabindex="-1">[\s\S]*?<\/nav>/.exec(page)?.[0] ?? '';
    expect(nav.match(/class="tab-button"/g)).toHaveLength(7);
    expect(nav).toMatch(new RegExp(`class="tab-button" aria-current="${current}"><span>${label}</span>`));
    expect(nav.match(/aria-current/g)).toHaveLength(1);
  });
});

describe('a reader reads along', () => {
  it('meets no edit button and no link to a page he may not open, on any page he can reach', async () => {
    const rasmus = await as('readerA');
    const base = `/grupper/${world.ids.groupA}`;
    const seen = new Set<string>();
    const queue = [base];
    const problems: string[] = [];
    while (queue.length && seen.size < 150) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const res = await rasmus.get(path);
      if (res.status !== 200) {
        problems.push(`${path} → ${res.status}`);
        continue;
      }
      if (!String(res.headers['content-type']).includes('text/html')) continue;
      // The only form a reader sees is "Log ud".
      const forms = [...res.text.matchAll(/<form[^>]*method="post"[^>]*action="([^"]+)"/g)].map((m) => m[1]).filter((a) => a !== '/log-ud');
      if (forms.length) problems.push(`${path} has forms: ${forms.join(', ')}`);
      for (const m of res.text.matchAll(/href="(\/grupper\/[^"#?]+)/g)) {
        const link = m[1]!;
        if (!link.startsWith(base) || /\.(csv|svg)$/.test(link)) continue;
        if (!seen.has(link)) queue.push(link);
      }
    }
    expect(problems).toEqual([]);
    expect(seen.size).toBeGreaterThan(15);
  });
});

describe('a leader in two groups', () => {
  it('finds both on Mine grupper, each with what the group is, and both in the menu with the group in view marked', async () => {
    const own = await createTestWorld();
    try {
      await upsertMembership(own.db, own.ids.groupB, own.ids.users.editorA, 'reader');
      const agent = request.agent(own.app);
      const login = await agent.get('/log-ind');
      await agent.post('/log-ind').type('form').send({ email: people.editorA.email, password: PASSWORD, _csrf: csrfFrom(login.text) });
      const mine = text((await agent.get('/')).text);
      expect(mine).toContain('Dagtilbud Ledergruppen for dagtilbud Din rolle: Læser');
      expect(mine).toContain('Ældre og Sundhed Ledergruppen for hjemmepleje og plejecentre Din rolle: Redaktør');
      const page = (await agent.get(`/grupper/${own.ids.groupB}`)).text;
      expect(page).toContain(`<a href="/grupper/${own.ids.groupB}" class="nav-link" aria-current="page">Dagtilbud</a>`);
      expect(page).toContain(`<a href="/grupper/${own.ids.groupA}" class="nav-link">Ældre og Sundhed</a>`);
      expect(text(page)).toContain('Trygge og lærerige dage for børn.');
    } finally {
      await own.db.destroy();
    }
  });
});
