import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { configFromEnv } from '../../src/config.js';
import { loadContent } from '../../src/content/content-loader.js';
import { createApp } from '../../src/app/create-app.js';
import type { Db } from '../../src/db/connection.js';
import { DEMO_PASSWORD, seedDemoData } from '../../src/seed/demo-seed.js';
import { openTestDatabase } from '../support/test-db.js';
import { csrfFrom } from '../support/test-app.js';
import { createMeeting } from '../../src/meetings/meeting-service.js';
import { listItems, setItemNotes } from '../../src/meetings/meeting-queries.js';

const TODAY = new Date('2026-12-01T10:00:00Z');
let db: Db;
let app: ReturnType<typeof createApp>;

async function as(email: string) {
  const agent = request.agent(app);
  const login = await agent.get('/log-ind');
  await agent.post('/log-ind').type('form').send({ email, password: DEMO_PASSWORD, _csrf: csrfFrom(login.text) });
  return agent;
}

beforeAll(async () => {
  db = await openTestDatabase();
  await seedDemoData(db, TODAY);
  const config = configFromEnv({ NODE_ENV: 'test' });
  app = createApp({ db, config, content: await loadContent(config.contentDir), now: () => TODAY });
});
afterAll(async () => {
  await db?.destroy();
});

const idOf = async (name: string, groupName: string) =>
  (
    await db
      .selectFrom('indicators')
      .innerJoin('groups', 'groups.id', 'indicators.group_id')
      .select('indicators.id')
      .where('indicators.name', '=', name)
      .where('groups.name', '=', groupName)
      .where('indicators.series_of', 'is', null)
      .executeTakeFirstOrThrow()
  ).id;

describe('the demo’s organisation, right after the first start', () => {
  it('has a direktion over both groups whose member compares the shared, computed indicator', async () => {
    const dorthe = await as('dorthe@datadialog.local');
    const directorate = (await db.selectFrom('groups').select('id').where('name', '=', 'Direktionen').executeTakeFirstOrThrow()).id;
    const home = await dorthe.get(`/grupper/${directorate}`);
    expect(home.text).toContain('Grupper under Direktionen');
    const shared = await idOf('Personaleomsætning', 'Direktionen');
    const page = await dorthe.get(`/grupper/${directorate}/indikatorer/${shared}/sammenligning`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Ledergruppen for Ældre og Sundhed');
    expect(page.text).toContain('Ledergruppen for Dagtilbud');
    // Dagtilbud has not delivered 3. kvt. 2026: no total for it, and Dagtilbud is named, not counted as zero.
    expect(page.text).toContain('Intet tal i alt for 3. kvt. 2026: der mangler tal fra Ledergruppen for Dagtilbud.');
    expect(page.text).toContain('alle gruppers „fratrådte medarbejdere“ lagt sammen og delt med alle gruppers „gennemsnitligt antal ansatte“ lagt sammen');
  });

  it('tells the direktion its shared indicator is measured by the groups below, not that its figures are missing', async () => {
    const dorthe = await as('dorthe@datadialog.local');
    const directorate = (await db.selectFrom('groups').select('id').where('name', '=', 'Direktionen').executeTakeFirstOrThrow()).id;
    const shared = await idOf('Personaleomsætning', 'Direktionen');
    const home = await dorthe.get(`/grupper/${directorate}`);
    expect(home.text).toContain('Leveres af grupperne under jer');
    expect(home.text).toContain(`href="/grupper/${directorate}/indikatorer/${shared}/sammenligning">Se sammenligningen</a>`);
    expect(home.text).not.toContain('Der er ingen tal endnu');
    expect(home.text).not.toContain('Mangler data for');
    const page = await dorthe.get(`/grupper/${directorate}/indikatorer/${shared}`);
    expect(page.text).toContain('Tallene leveres af de grupper under jer, der har taget indikatoren i brug.');
    expect(page.text).not.toContain('Ingen værdier endnu');
    // Nothing on the page treats the indicator as empty: no empty chart, value table, entry form or missing-data warning.
    expect(page.text).not.toContain('Der er ingen værdier endnu');
    expect(page.text).not.toContain('id="enter-heading"');
    expect(page.text).not.toContain('kvartaler mangler');
    expect(page.text).not.toContain('graf.svg');
  });

  it('shows the national reference line and the datagrundlag card on the group’s own indicator', async () => {
    const mette = await as('mette@datadialog.local');
    const group = (await db.selectFrom('groups').select('id').where('name', '=', 'Ledergruppen for Ældre og Sundhed').executeTakeFirstOrThrow()).id;
    const indicator = await idOf('Personaleomsætning', 'Ledergruppen for Ældre og Sundhed');
    const page = await mette.get(`/grupper/${group}/indikatorer/${indicator}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<span>Hele landet</span>');
    expect(page.text).toMatch(/Til sammenligning: Hele landet \d+,\d % i 3\. kvt\. 2026\./);
    expect(page.text).toContain('Definitionen ejes af Direktionen');
    expect(page.text).toContain('<h2 class="h4">Datagrundlag</h2>');
    const card = await mette.get(`/grupper/${group}/indikatorer/${indicator}/datagrundlag`);
    expect(card.text).toContain('12 af 12 kvartaler har en værdi.');

    // Meeting mode and the minutes draw the same chart, national line included.
    const metteId = (await db.selectFrom('users').select('id').where('email', '=', 'mette@datadialog.local').executeTakeFirstOrThrow()).id;
    const meeting = await createMeeting(db, { userId: metteId, groupId: group }, { title: 'Ledermøde om personalet', date: '2026-12-10', indicatorIds: [String(indicator)] }, new Map());
    const slide = await mette.get(`/grupper/${group}/moeder/${meeting.id}/afvikling/2`);
    expect(slide.status).toBe(200);
    expect(slide.text.match(/<h1[^>]*>([^<]*)/)?.[1]).toBe('Personaleomsætning');
    expect(slide.text).toContain('<span>Hele landet</span>');
    // An item with a note keeps its chart in the minutes.
    const [item] = await listItems(db, meeting.id);
    await setItemNotes(db, meeting.id, item!.id, 'Omsætningen følger landets.');
    const minutes = (await mette.get(`/grupper/${group}/moeder/${meeting.id}/referat`)).text;
    expect(minutes).toContain('<span>Hele landet</span>');
  });
});
