import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../src/app/create-app.js';
import { createTestWorld, csrfFrom, PASSWORD, people, signIn, type TestWorld } from '../support/test-app.js';

let world: TestWorld;
beforeEach(async () => {
  world = await createTestWorld();
});
afterEach(async () => {
  await world.db.destroy().catch(() => undefined);
});

describe('CSRF protection', () => {
  it('refuses a form without a token and changes nothing', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.agent
      .post(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/vaerdier`)
      .type('form')
      .send({ period: '2026K3', value: '5' });
    expect(res.status).toBe(403);
    expect(res.text).toContain('Formularen var for gammel eller kom ikke fra Datadialog');
    const rows = await world.db.selectFrom('observations').select('period').where('indicator_id', '=', world.ids.sickLeave).execute();
    expect(rows).toHaveLength(2);
  });

  it('refuses a token from another session', async () => {
    const ellen = await signIn(world, 'editorA');
    const other = request.agent(world.app);
    const foreignToken = csrfFrom((await other.get('/log-ind')).text);
    const res = await ellen.agent.post('/log-ud').type('form').send({ _csrf: foreignToken });
    expect(res.status).toBe(403);
    expect((await ellen.get('/konto')).status).toBe(200);
  });

  it('refuses a form sent as multipart without a token everywhere but the upload route', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.agent.post('/log-ud').field('x', '1');
    expect(res.status).toBe(403);
    expect((await ellen.get('/konto')).status).toBe(200);
    const archive = await ellen.agent.post(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/arkiver`).field('x', '1');
    expect(archive.status).toBe(403);
    const row = await world.db.selectFrom('indicators').select('archived_at').where('id', '=', world.ids.sickLeave).executeTakeFirstOrThrow();
    expect(row.archived_at).toBeNull();
  });

  it('does not create a session for anonymous requests other than the login page', async () => {
    await request(world.app).get('/findes/ikke');
    await request(world.app).get(`/grupper/${world.ids.groupA}`);
    expect(await world.db.selectFrom('sessions').select('sid').execute()).toEqual([]);
    await request(world.app).get('/log-ind');
    expect(await world.db.selectFrom('sessions').select('sid').execute()).toHaveLength(1);
  });

  it('refuses the login form itself without a token', async () => {
    const res = await request(world.app).post('/log-ind').type('form').send({ email: people.editorA.email, password: PASSWORD });
    expect(res.status).toBe(403);
  });
});

describe('deactivation', () => {
  it('ends the deactivated user’s sessions at once and blocks new logins', async () => {
    const rasmus = await signIn(world, 'readerA');
    const ada = await signIn(world, 'admin');
    expect((await rasmus.get(`/grupper/${world.ids.groupA}`)).status).toBe(200);
    const res = await ada.post(`/admin/brugere/${world.ids.users.readerA}/deaktiver`);
    expect(res.status).toBe(302);
    expect((await rasmus.get(`/grupper/${world.ids.groupA}`)).status).toBe(302);
    const sessions = await world.db.selectFrom('sessions').select('sid').where('user_id', '=', world.ids.users.readerA).execute();
    expect(sessions).toHaveLength(0);
    await expect(signIn(world, 'readerA')).rejects.toThrow(/login as readerA failed/);
  });
});

describe('error pages', () => {
  it('shows a Danish 404 page', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.get('/findes/ikke');
    expect(res.status).toBe(404);
    expect(res.text).toContain('Siden findes ikke');
    expect(res.text).toContain('<html lang="da">');
  });

  it('shows a Danish 500 page without stack trace or file paths when something breaks', async () => {
    const ellen = await signIn(world, 'editorA');
    await world.db.destroy();
    const res = await ellen.get(`/grupper/${world.ids.groupA}`);
    expect(res.status).toBe(500);
    expect(res.text).toContain('Der skete en fejl');
    expect(res.text).not.toMatch(/at \w+ \(|\/work\/|node_modules|\.ts:\d+/);
  });

  it('answers a too large form with a Danish 413 page', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/vaerdier`, { comment: 'x'.repeat(300_000) });
    expect(res.status).toBe(413);
    expect(res.text).toContain('for stor');
  });
});

describe('security headers', () => {
  it('sends a strict content security policy and no X-Powered-By', async () => {
    const res = await request(world.app).get('/log-ind');
    const csp = res.headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves Det Fælles Designsystem from the package', async () => {
    const res = await request(world.app).get('/dkfds/css/dkfds.min.css');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/css');
  });
});

describe('logging', () => {
  it('never writes passwords, cookies or CSRF tokens to the log', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = createApp({ db: world.db, config: { ...world.config, logLevel: 'info' }, content: world.content, logDestination: sink });
    const agent = request.agent(app);
    const page = await agent.get('/log-ind');
    const token = csrfFrom(page.text);
    await agent.post('/log-ind').type('form').send({ email: people.editorA.email, password: PASSWORD, _csrf: token });
    await agent.get('/konto');
    const log = lines.join('');
    expect(log).toContain('request completed');
    expect(log).not.toContain(PASSWORD);
    expect(log).not.toContain(token);
    expect(log).not.toMatch(/datadialog\.sid=s%3A/);
  });
});
