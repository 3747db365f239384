/**
 * The failures found by testing as a hostile user would (issue 13), each fixed and pinned here.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createToken } from '../../src/api/api-token-service.js';
import { setActive } from '../../src/admin/user-admin.js';
import { findUser } from '../../src/auth/user-queries.js';
import { CPR_IN_TEXT } from '../../src/shared/cpr.js';
import { CPR_IN_FILE_NAME } from '../../src/imports/read-file.js';
import { createMeeting, decideAction, saveNotes } from '../../src/meetings/meeting-service.js';
import { listItems } from '../../src/meetings/meeting-queries.js';
import { startGoal } from '../../src/goals/goal-service.js';
import { ValidationError } from '../../src/shared/errors.js';
import { createTestWorld, csrfFrom, signIn, type TestWorld } from '../support/test-app.js';
import { snapshotDatabase, upload } from '../support/import-helpers.js';

let world: TestWorld;
beforeEach(async () => {
  world = await createTestWorld();
});
afterEach(async () => {
  await world.db.destroy();
});

const CSV = 'Indikator;Kvartal;Værdi\r\nSygefravær;2026K3;6,9\r\n';

/** The HTML-escaped form of a message, as Handlebars writes it into a page. */
function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;').replace(/=/g, '&#x3D;').replace(/`/g, '&#x60;');
}

async function apiToken(): Promise<string> {
  return (await createToken(world.db, { userId: world.ids.users.editorA, groupId: world.ids.groupA }, { name: 'BI' })).secret;
}

describe('CPR-like file names with any separator', () => {
  it.each(['010190_1234.csv', '01.01.90-1234.csv', '01 01 90 1234.csv', '010190-1234.csv'])('refuses %s at upload and keeps nothing', async (name) => {
    const ellen = await signIn(world, 'editorA');
    const before = await snapshotDatabase(world);
    const res = await upload(ellen, world.ids.groupA, name, CSV);
    expect(res.status).toBe(400);
    expect(res.text).toContain(html(CPR_IN_FILE_NAME));
    expect(await snapshotDatabase(world)).toEqual(before);
  });

  it('refuses them through the API too, in a dry run and a commit, and stores nothing', async () => {
    const token = await apiToken();
    for (const query of ['?dryRun=true&fileName=010190_1234.csv', '?fileName=01.01.90-1234.csv']) {
      const res = await request(world.app).post(`/api/v1/groups/${world.ids.groupA}/imports${query}`).set('Authorization', `Bearer ${token}`).set('Content-Type', 'text/csv').send(CSV);
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'unreadable-file', message: CPR_IN_FILE_NAME });
    }
    expect(await world.db.selectFrom('imports').selectAll().execute()).toEqual([]);
    expect(JSON.stringify(await world.db.selectFrom('audit_log').selectAll().execute())).not.toMatch(/010190|01\.01\.90/);
  });

  it('still accepts file names with ordinary dates and numbers', async () => {
    const ellen = await signIn(world, 'editorA');
    for (const name of ['kvartal-2026-09-30.csv', 'udtræk 2026K3 v2.csv', 'rapport_20260930_1200.csv']) {
      expect((await upload(ellen, world.ids.groupA, name, CSV)).status, name).toBe(302);
    }
  });
});

describe('malformed multipart', () => {
  const bodies: Array<[string, string, string]> = [
    ['no boundary', 'multipart/form-data', '--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\na;b\r\n--x--\r\n'],
    ['a truncated body', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nIndikator;Kvartal;Værdi\r\nSyg'],
    ['a NUL in the file name', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="file"; filename="a\u0000b.csv"\r\nContent-Type: text/csv\r\n\r\nIndikator;Kvartal;Værdi\r\nSygefravær;2026K3;6,9\r\n--x--\r\n'],
  ];

  it.each(bodies)('answers %s with 400 and a Danish message on the upload page, storing nothing', async (_what, type, body) => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.agent.post(`/grupper/${world.ids.groupA}/import`).set('Content-Type', type).send(body);
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/Filen kom ikke rigtigt frem|Filnavnet indeholder tegn/);
    expect(await world.db.selectFrom('import_uploads').selectAll().execute()).toEqual([]);
  });

  it.each(bodies)('answers %s with 400 and JSON on the API, storing nothing', async (_what, type, body) => {
    const token = await apiToken();
    const res = await request(world.app).post(`/api/v1/groups/${world.ids.groupA}/imports`).set('Authorization', `Bearer ${token}`).set('Content-Type', type).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad-request');
    expect(res.body.error.message).toMatch(/Filen kom ikke rigtigt frem|Filnavnet indeholder tegn/);
    expect(await world.db.selectFrom('imports').selectAll().execute()).toEqual([]);
  });
});

describe('bodies over the limit', () => {
  it('names the limit in Danish JSON on the API', async () => {
    await world.db.destroy();
    world = await createTestWorld({ uploadLimitBytes: 2 * 1024 * 1024 });
    const token = await apiToken();
    const res = await request(world.app)
      .post(`/api/v1/groups/${world.ids.groupA}/imports`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'text/csv')
      .send(CSV + 'Sygefravær;2026K4;6,9\r\n'.repeat(100_000));
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'file-too-large', limitBytes: 2 * 1024 * 1024 });
    expect(res.body.error.message).toContain('Filen er større end 2 MB');
  });

  it('names the limit on the upload page', async () => {
    await world.db.destroy();
    world = await createTestWorld({ uploadLimitBytes: 1024 });
    const ellen = await signIn(world, 'editorA');
    const res = await upload(ellen, world.ids.groupA, 'stor.csv', CSV + 'Sygefravær;2026K3;6,9\r\n'.repeat(200));
    expect(res.status).toBe(413);
    expect(res.text).toContain('Filen er større end 1 kB');
  });

  it('names the form limit when a form is too large', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/vaerdier`, { comment: 'x'.repeat(300_000) });
    expect(res.status).toBe(413);
    expect(res.text).toContain('fylder mere end 200 kB');
  });
});

describe('caching', () => {
  it('tells browsers and proxies to keep no signed-in page, export or chart', async () => {
    const ellen = await signIn(world, 'editorA');
    const G = `/grupper/${world.ids.groupA}`;
    for (const path of ['/konto', G, `${G}/eksport.csv`, `${G}/indikatorer/${world.ids.sickLeave}/eksport.csv`, `${G}/indikatorer/${world.ids.sickLeave}/graf.svg`]) {
      const res = await ellen.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers['cache-control'], path).toBe('no-store');
    }
    expect((await request(world.app).get('/log-ind')).headers['cache-control']).toBe('no-store');
    expect((await request(world.app).get('/static/app.css')).headers['cache-control']).toMatch(/max-age=\d+/);
  });
});

describe('unknown API addresses', () => {
  it('answer JSON 404, not the HTML page', async () => {
    for (const res of [await request(world.app).get('/api/v1/findes-ikke'), await request(world.app).post('/api/v2/groups/1/imports')]) {
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.body.error.code).toBe('not-found');
      expect(res.body.error.message).toContain('findes ikke');
    }
  });
});

describe('CPR numbers in free text', () => {
  const actor = () => ({ userId: world.ids.users.editorA, groupId: world.ids.groupA });
  const cpr = 'Borger 010190-1234 ringede';

  async function refusal(attempt: Promise<unknown>): Promise<string[]> {
    const err = await attempt.then(() => undefined, (e: unknown) => e);
    if (!(err instanceof ValidationError)) throw new Error(`expected a ValidationError, got ${String(err)}`);
    return err.errors.map((e) => e.message);
  }

  it('refuses one in a value’s comment, with a Danish message beside it, and stores nothing', async () => {
    const ellen = await signIn(world, 'editorA');
    const before = await snapshotDatabase(world);
    const res = await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/vaerdier`, { period: '2026K3', value: '6,9', comment: 'Borger 01.01.90-1234' });
    expect(res.status).toBe(400);
    expect(res.text).toContain(CPR_IN_TEXT);
    expect(await snapshotDatabase(world)).toEqual(before);
  });

  it('refuses one in the group’s texts', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.post(`/grupper/${world.ids.groupA}`, { name: 'Ældre og Sundhed', description: cpr, coreTask: 'Vi hjælper.' });
    expect(res.status).toBe(400);
    expect(res.text).toContain(CPR_IN_TEXT);
    const group = await world.db.selectFrom('groups').select('description').where('id', '=', world.ids.groupA).executeTakeFirstOrThrow();
    expect(group.description).not.toContain('1234');
  });

  it('refuses one in an indicator’s definition', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.post(`/grupper/${world.ids.groupA}/indikatorer`, {
      name: 'Klager',
      definition: cpr,
      whyItMatters: 'Vi lytter.',
      unitChoice: 'antal',
      decimals: '0',
      direction: 'down',
      frequency: 'quarter',
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain(CPR_IN_TEXT);
  });

  it('refuses one in meeting notes, a decided action, a meeting title and a goal', async () => {
    const meeting = await createMeeting(world.db, actor(), { title: 'Møde', date: '2026-12-10', indicatorIds: String(world.ids.sickLeave) }, new Map());
    const [item] = await listItems(world.db, meeting.id);
    expect(await refusal(saveNotes(world.db, actor(), meeting.id, item!.id, { notes: cpr }))).toEqual([CPR_IN_TEXT]);
    expect(await refusal(decideAction(world.db, actor(), meeting.id, item!.id, { whatAndWhy: cpr, howAndWho: 'b', responsible: 'c', dueDate: '2027-01-31' }))).toEqual([CPR_IN_TEXT]);
    expect(await refusal(createMeeting(world.db, actor(), { title: cpr, date: '2026-12-10' }, new Map()))).toEqual([CPR_IN_TEXT]);
    expect(await refusal(startGoal(world.db, actor(), { title: `Færre klager fra 0101901234` }))).toEqual([CPR_IN_TEXT]);
    const stored = JSON.stringify(await snapshotDatabase(world)) + JSON.stringify(await world.db.selectFrom('meeting_items').selectAll().execute());
    expect(stored).not.toMatch(/0101901234|010190-1234/);
  });
});

describe('API keys of a deactivated user', () => {
  it('stop working at deactivation and stay revoked after reactivation', async () => {
    const token = await apiToken();
    const call = () => request(world.app).post(`/api/v1/groups/${world.ids.groupA}/imports?dryRun=true`).set('Authorization', `Bearer ${token}`).set('Content-Type', 'text/csv').send(CSV);
    expect((await call()).status).toBe(200);
    const ada = (await findUser(world.db, world.ids.users.admin))!;
    await setActive(world.db, ada, world.ids.users.editorA, false);
    await setActive(world.db, ada, world.ids.users.editorA, true);
    const res = await call();
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('revoked-token');
    const audit = await world.db.selectFrom('audit_log').select('summary').where('action', '=', 'deactivate').executeTakeFirstOrThrow();
    expect(audit.summary).toContain('tilbagekaldte én API-nøgle');
  });
});

describe('logging', () => {
  it('writes no token or CPR-like number, however it was sent, and keeps request lines short', async () => {
    const { Writable } = await import('node:stream');
    const { createApp } = await import('../../src/app/create-app.js');
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const app = createApp({ db: world.db, config: { ...world.config, logLevel: 'info' }, content: world.content, logDestination: sink });
    const token = await apiToken();
    const path = `/api/v1/groups/${world.ids.groupA}/imports`;
    await request(app).post(`${path}?token=${token}`).set('Content-Type', 'text/csv').send(CSV);
    await request(app).post(path).set('X-Api-Key', token).set('Content-Type', 'text/csv').send(CSV);
    await request(app).post(`${path}?dryRun=true&fileName=010190-1234.csv`).set('Authorization', `Bearer ${token}`).set('Content-Type', 'text/csv').send(CSV);
    await request(app).post(`${path}?fileName=01.01.90_1234.csv`).set('Authorization', `Bearer ${token}`).set('Content-Type', 'text/csv').send(CSV);
    await request(app).get('/log-ind').set('User-Agent', 'x'.repeat(2000)).set('Cookie', 'a=b');

    const log = lines.join('\n');
    expect(lines.filter((l) => l.includes('request completed'))).toHaveLength(5);
    expect(log).not.toContain(token);
    expect(log).not.toContain(token.slice(3, 20));
    expect(log).not.toMatch(/010190|01\.01\.90/);
    expect(log).toContain('[CPR]');
    for (const line of lines) expect(line.length, line.slice(0, 200)).toBeLessThan(500);
  });
});

describe('files waiting in preview', () => {
  it('are capped per group, with a Danish message naming the limit, and discarding one makes room', async () => {
    await world.db.destroy();
    world = await createTestWorld({ pendingUploadsPerGroup: 3 });
    const ellen = await signIn(world, 'editorA');
    const previews: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await upload(ellen, world.ids.groupA, `fil${i}.csv`, `${CSV}Sygefravær;2026K4;${i}\r\n`);
      expect(res.status).toBe(302);
      previews.push(res.headers.location!);
    }
    const refused = await upload(ellen, world.ids.groupA, 'fil3.csv', CSV);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Gruppen har allerede 3 filer, der venter');
    expect(await world.db.selectFrom('import_uploads').select('id').execute()).toHaveLength(3);

    const page = await ellen.get(previews[0]!);
    await ellen.agent.post(`${previews[0]}/kasser`).type('form').send({ _csrf: csrfFrom(page.text) });
    expect((await upload(ellen, world.ids.groupA, 'fil3.csv', CSV)).status).toBe(302);
  });
});

describe('cells beyond reason', () => {
  // One quoted header cell of 9.5 million escaped quotes: 19 MB, under the upload limit.
  const hugeHeader = () => `"${'""'.repeat(9_500_000)}";Kvartal;Værdi\r\nSygefravær;2026K3;6,9\r\n`;
  const hugeComment = () => `Indikator;Kvartal;Værdi;Bemærkning\r\nSygefravær;2026K3;6,9;"${'x'.repeat(600)}"\r\nSygefravær;2026K4;6,8;"${'""'.repeat(2_000_000)}"\r\n`;

  it('give a short preview that names the limit, never the cell itself', async () => {
    const ellen = await signIn(world, 'editorA');
    const stored = await upload(ellen, world.ids.groupA, 'stor.csv', hugeHeader());
    expect(stored.status).toBe(302);
    const preview = await ellen.get(stored.headers.location!);
    expect(preview.text.length).toBeLessThan(100_000);
    expect(preview.text).toContain('må højst have 200 tegn');
    expect(preview.text).toContain('Overskriften har 9.500.000 tegn');
  }, 30_000);

  it('are refused row by row below the header: a too long comment or cell is an error with its line', async () => {
    const ellen = await signIn(world, 'editorA');
    const stored = await upload(ellen, world.ids.groupA, 'lang.csv', hugeComment());
    const preview = await ellen.get(stored.headers.location!);
    expect(preview.text.length).toBeLessThan(100_000);
    expect(preview.text).toContain('Bemærkningen har 600 tegn, men må højst have 500 tegn');
    expect(preview.text).toContain('Linje 3, kolonne 4');
    expect(preview.text).toContain('en celle må højst have 1.000 tegn');
  }, 30_000);

  it('give a short API dry run that names the limit and echoes nothing of the file', async () => {
    const token = await apiToken();
    for (const body of [hugeHeader(), hugeComment()]) {
      const res = await request(world.app)
        .post(`/api/v1/groups/${world.ids.groupA}/imports?dryRun=true`)
        .set('Authorization', `Bearer ${token}`)
        .set('Content-Type', 'text/csv')
        .send(body);
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body).length).toBeLessThan(10_000);
      expect(JSON.stringify(res.body)).not.toContain('xxxxxxxxxx');
      expect(JSON.stringify(res.body)).toMatch(/må højst have/);
    }
  }, 30_000);
});
