import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestWorld, csrfFrom, PASSWORD, people, signIn, type TestWorld } from '../support/test-app.js';

let world: TestWorld;
beforeEach(async () => {
  world = await createTestWorld();
});
afterEach(async () => {
  await world.db.destroy();
});

async function loginForm(agent: ReturnType<typeof request.agent>) {
  return csrfFrom((await agent.get('/log-ind')).text);
}

describe('login and logout', () => {
  it('sends an anonymous visitor to the login page and back to where they were going', async () => {
    const agent = request.agent(world.app);
    const res = await agent.get(`/grupper/${world.ids.groupA}`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`/log-ind?naeste=${encodeURIComponent(`/grupper/${world.ids.groupA}`)}`);
    const token = await loginForm(agent);
    const login = await agent.post('/log-ind').type('form').send({ email: people.editorA.email, password: PASSWORD, next: `/grupper/${world.ids.groupA}`, _csrf: token });
    expect(login.headers.location).toBe(`/grupper/${world.ids.groupA}`);
    const page = await agent.get(`/grupper/${world.ids.groupA}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Ældre og Sundhed');
    expect(page.text).toContain('Ellen Redaktør');
  });

  it('refuses a wrong password with a Danish message and no session', async () => {
    const agent = request.agent(world.app);
    const token = await loginForm(agent);
    const res = await agent.post('/log-ind').type('form').send({ email: people.editorA.email, password: 'forkert-kodeord', _csrf: token });
    expect(res.status).toBe(401);
    expect(res.text).toContain('E-mail eller adgangskode er forkert');
    expect((await agent.get('/konto')).status).toBe(302);
  });

  it('never redirects to another site after login', async () => {
    const agent = request.agent(world.app);
    const token = await loginForm(agent);
    const res = await agent.post('/log-ind').type('form').send({ email: people.editorA.email, password: PASSWORD, next: '//evil.example/', _csrf: token });
    expect(res.headers.location).toBe('/');
  });

  it('gives a new session id at login', async () => {
    const agent = request.agent(world.app);
    const before = (await agent.get('/log-ind')).headers['set-cookie']?.[0]?.split(';')[0];
    const token = csrfFrom((await agent.get('/log-ind')).text);
    const res = await agent.post('/log-ind').type('form').send({ email: people.editorA.email, password: PASSWORD, _csrf: token });
    const after = res.headers['set-cookie']?.[0]?.split(';')[0];
    expect(before).toBeDefined();
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const res = await request(world.app).get('/log-ind');
    const cookie = res.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('logs out so that the old cookie no longer works', async () => {
    const user = await signIn(world, 'editorA');
    const res = await user.post('/log-ud');
    expect(res.headers.location).toBe('/log-ind?logget-ud=1');
    expect((await user.get('/konto')).status).toBe(302);
  });

  it('keeps the session in the database so it survives a restart of the app', async () => {
    const user = await signIn(world, 'editorA');
    const cookie = (await user.get('/konto')).request.cookies;
    const { createApp } = await import('../../src/app/create-app.js');
    const restarted = createApp({ db: world.db, config: world.config, content: world.content });
    const res = await request(restarted).get('/konto').set('Cookie', cookie);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Ellen Redaktør');
  });

  it('throttles repeated failed logins for the same email', async () => {
    const agent = request.agent(world.app);
    const token = await loginForm(agent);
    for (let i = 0; i < world.config.loginAttemptsPerWindow; i++) {
      await agent.post('/log-ind').type('form').send({ email: people.editorA.email, password: 'forkert-kodeord', _csrf: token });
    }
    const blocked = await agent.post('/log-ind').type('form').send({ email: people.editorA.email, password: PASSWORD, _csrf: token });
    expect(blocked.status).toBe(429);
    expect(blocked.text).toContain('For mange mislykkede forsøg');
  });

  it('ends the session after the idle timeout', async () => {
    world = await createTestWorld({ sessionIdleMinutes: 1 });
    const user = await signIn(world, 'editorA');
    await world.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).execute();
    expect((await user.get('/konto')).status).toBe(302);
  });

  it('ends the session after the absolute timeout even when active', async () => {
    const user = await signIn(world, 'editorA');
    const rows = await world.db.selectFrom('sessions').select(['sid', 'data']).execute();
    for (const row of rows) {
      const data = JSON.parse(row.data) as { loginAt?: string };
      if (!data.loginAt) continue;
      data.loginAt = new Date(Date.now() - (world.config.sessionAbsoluteHours * 3_600_000 + 60_000)).toISOString();
      await world.db.updateTable('sessions').set({ data: JSON.stringify(data) }).where('sid', '=', row.sid).execute();
    }
    expect((await user.get('/konto')).status).toBe(302);
  });
});

describe('password change', () => {
  it('lets a user change their own password and log in with the new one', async () => {
    const user = await signIn(world, 'readerA');
    const res = await user.post('/konto/adgangskode', { currentPassword: PASSWORD, newPassword: 'en-helt-ny-kode', repeatPassword: 'en-helt-ny-kode' });
    expect(res.status).toBe(302);
    const agent = request.agent(world.app);
    const token = await loginForm(agent);
    const login = await agent.post('/log-ind').type('form').send({ email: people.readerA.email, password: 'en-helt-ny-kode', _csrf: token });
    expect(login.status).toBe(302);
  });

  it('refuses a wrong current password and a short new one with Danish messages beside the fields', async () => {
    const user = await signIn(world, 'readerA');
    const wrong = await user.post('/konto/adgangskode', { currentPassword: 'nej', newPassword: 'en-helt-ny-kode', repeatPassword: 'en-helt-ny-kode' });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('Den nuværende adgangskode er forkert');
    const short = await user.post('/konto/adgangskode', { currentPassword: PASSWORD, newPassword: 'kort', repeatPassword: 'kort' });
    expect(short.text).toContain('mindst 10 tegn');
    expect(short.text).toContain('href="#newPassword"');
  });
});
