/**
 * Sign-in with a work account through the app's own routes (/log-ind/arbejdskonto and its return),
 * against a real OpenID provider: every refusal shows its Danish message on the login page and
 * signs nobody in.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { messages, type SignInFailure } from '../../src/auth/oidc/sign-in-error.js';
import { setActive } from '../../src/admin/user-admin.js';
import { findUser } from '../../src/auth/user-queries.js';
import type { Config } from '../../src/config.js';
import { signInConfigFromEnv } from '../../src/sign-in-config.js';
import { startTestProvider, type TestProvider } from '../support/oidc-provider.js';
import { workAccounts } from '../support/oidc-world.js';
import { createTestWorld, csrfFrom, PASSWORD, people, type TestWorld } from '../support/test-app.js';

let provider: TestProvider;
let world: TestWorld;

beforeAll(async () => {
  provider = await startTestProvider({ accounts: workAccounts });
});
afterAll(async () => {
  await provider.stop();
});
afterEach(async () => {
  provider.tamperIdToken = undefined;
  await world?.db.destroy();
});

function signInSettings(env: Record<string, string> = {}): Partial<Config> {
  return signInConfigFromEnv({
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_REDIRECT_URI: provider.redirectUri,
    ...env,
  });
}

async function worldWith(env: Record<string, string> = {}) {
  world = await createTestWorld(signInSettings(env));
  return world;
}

type Agent = ReturnType<typeof request.agent>;

/** Presses "Log ind med din arbejdskonto" and returns where the app sends the browser. */
async function begin(agent: Agent, next?: string): Promise<string> {
  const res = await agent.get(`/log-ind/arbejdskonto${next ? `?naeste=${encodeURIComponent(next)}` : ''}`);
  expect(res.status).toBe(302);
  return res.headers.location!;
}

/** The whole round trip: the app, the provider's login page, and back to the app's return route. */
async function signInAs(agent: Agent, accountId: string, next?: string) {
  const back = await provider.signIn(await begin(agent, next), accountId);
  return { res: await agent.get(`${back.pathname}${back.search}`), callback: `${back.pathname}${back.search}` };
}

/** The sessions' stored data as it is now (a sign-in under way keeps its state, nonce and verifier there). */
async function pendingSignIns(): Promise<string[]> {
  const rows = await world.db.selectFrom('sessions').select('data').execute();
  return rows.map((r) => r.data).filter((d) => d.includes('"oidc"'));
}

async function signedInSessions(): Promise<number> {
  const rows = await world.db.selectFrom('sessions').select('sid').where('user_id', 'is not', null).execute();
  return rows.length;
}

/** The refusal a person sees: the status, the Danish message on the login page, and no session. */
async function expectRefused(agent: Agent, res: request.Response, reason: SignInFailure, status: number) {
  expect(res.status).toBe(status);
  expect(res.text).toContain('Du er ikke logget ind');
  expect(res.text).toContain(messages[reason]);
  expect(await signedInSessions()).toBe(0);
  expect((await agent.get('/konto')).status).toBe(302);
}

describe('the login page', () => {
  it('offers "Log ind med din arbejdskonto" beside the password form when OIDC is set up', async () => {
    await worldWith();
    const page = await request(world.app).get('/log-ind?naeste=%2Fkonto');
    expect(page.text).toContain('Log ind med din arbejdskonto');
    expect(page.text).toContain('href="/log-ind/arbejdskonto?naeste=%2Fkonto"');
    expect(page.text).toContain('id="password"');
  });

  it('shows no work-account button, and the route is not there, without OIDC', async () => {
    world = await createTestWorld();
    expect((await request(world.app).get('/log-ind')).text).not.toContain('arbejdskonto');
    expect((await request(world.app).get('/log-ind/arbejdskonto')).status).toBe(404);
    expect((await request(world.app).get('/log-ind/arbejdskonto/retur?code=x&state=y')).status).toBe(404);
  });

  it('hides the password form when local login is off, except behind the break-glass link', async () => {
    await worldWith({ LOCAL_LOGIN: 'off', BREAK_GLASS_ADMIN: people.admin.email });
    const page = await request(world.app).get('/log-ind');
    expect(page.text).toContain('Log ind med din arbejdskonto');
    expect(page.text).not.toContain('id="password"');
    expect(page.text).toContain('href="/log-ind?lokal=1"');
    expect((await request(world.app).get('/log-ind?lokal=1')).text).toContain('id="password"');
  });
});

describe('local passwords turned off', () => {
  async function passwordLogin(email: string) {
    const agent = request.agent(world.app);
    const token = csrfFrom((await agent.get('/log-ind?lokal=1')).text);
    return agent.post('/log-ind').type('form').send({ email, password: PASSWORD, _csrf: token });
  }

  it('refuses a correct password like a wrong one for everyone but the break-glass administrator', async () => {
    await worldWith({ LOCAL_LOGIN: 'off', BREAK_GLASS_ADMIN: people.admin.email });
    const ellen = await passwordLogin(people.editorA.email);
    expect(ellen.status).toBe(401);
    expect(ellen.text).toContain('E-mail eller adgangskode er forkert');
    expect(await signedInSessions()).toBe(0);
    const ada = await passwordLogin(people.admin.email.toUpperCase());
    expect(ada.status).toBe(302);
    expect(await signedInSessions()).toBe(1);
  });
});

describe('Min konto for a work account', () => {
  it('shows no password form when local passwords are off, and refuses a password change', async () => {
    await worldWith({ LOCAL_LOGIN: 'off', BREAK_GLASS_ADMIN: people.admin.email });
    const agent = request.agent(world.app);
    await signInAs(agent, 'ellen');
    const account = await agent.get('/konto');
    expect(account.status).toBe(200);
    expect(account.text).toContain('Du logger ind med kommunens arbejdskonto.');
    expect(account.text).not.toContain('id="currentPassword"');
    const refused = await agent.post('/konto/adgangskode').type('form').send({ currentPassword: PASSWORD, newPassword: 'en helt ny sætning', repeatPassword: 'en helt ny sætning', _csrf: csrfFrom(account.text) });
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('ingen adgangskode at skifte her');
  });
});

describe('signing in with a work account through the routes', () => {
  it('signs Ellen in and sends her where she was going; signing out ends the session', async () => {
    await worldWith();
    const agent = request.agent(world.app);
    const { res } = await signInAs(agent, 'ellen', `/grupper/${world.ids.groupA}`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`/grupper/${world.ids.groupA}`);
    const account = await agent.get('/konto');
    expect(account.status).toBe(200);
    expect(account.text).toContain('Ellen Redaktør');

    const out = await agent.post('/log-ud').type('form').send({ _csrf: csrfFrom(account.text) });
    expect(out.headers.location).toBe('/log-ind?logget-ud=1');
    expect((await agent.get('/konto')).status).toBe(302);
  });

  it('signs out at the provider too when OIDC_END_SESSION is on', async () => {
    await worldWith({ OIDC_END_SESSION: 'on' });
    const agent = request.agent(world.app);
    await signInAs(agent, 'ellen');
    const account = await agent.get('/konto');
    const out = await agent.post('/log-ud').type('form').send({ _csrf: csrfFrom(account.text) });
    const url = new URL(out.headers.location!);
    expect(`${url.origin}${url.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(url.searchParams.get('id_token_hint')?.split('.')).toHaveLength(3);
    expect((await agent.get('/konto')).status).toBe(302);
  });

  it('never sends the person to another site after signing in', async () => {
    await worldWith();
    const agent = request.agent(world.app);
    const { res } = await signInAs(agent, 'ellen', '//evil.example/');
    expect(res.headers.location).toBe('/');
  });

  it('creates a first-time user only when OIDC_CREATE_USERS is on', async () => {
    await worldWith();
    const off = request.agent(world.app);
    await expectRefused(off, (await signInAs(off, 'nina')).res, 'user-unknown', 403);
    expect(await world.db.selectFrom('users').select('id').where('email', '=', 'nina@kommune.dk').execute()).toEqual([]);
    await world.db.destroy();

    await worldWith({ OIDC_CREATE_USERS: 'on' });
    const on = request.agent(world.app);
    expect((await signInAs(on, 'nina')).res.status).toBe(302);
    expect((await on.get('/konto')).text).toContain('Nina Nyansat');
  });
});

describe('refused work-account sign-ins, each with its Danish message and no session', () => {
  it('wrong state: an answer that belongs to another sign-in', async () => {
    await worldWith();
    const agent = request.agent(world.app);
    const back = await provider.signIn(await begin(agent), 'ellen');
    back.searchParams.set('state', 'someone-elses-state');
    await expectRefused(agent, await agent.get(`${back.pathname}${back.search}`), 'state-mismatch', 400);
  });

  it('replayed answer: used once, it signs in nobody the second time, in any session', async () => {
    await worldWith();
    const first = request.agent(world.app);
    const back = await provider.signIn(await begin(first), 'ellen');
    const callback = `${back.pathname}${back.search}`;
    const pending = await pendingSignIns();
    expect((await first.get(callback)).status).toBe(302);
    await world.db.deleteFrom('sessions').execute();

    // The same browser again: its pending sign-in was used up.
    const again = await first.get(callback);
    await expectRefused(first, again, 'state-missing', 400);

    // Another browser carrying the very same pending sign-in: the provider refuses the used code.
    const thief = request.agent(world.app);
    await begin(thief);
    await world.db.updateTable('sessions').set({ data: pending[0]! }).execute();
    await expectRefused(thief, await thief.get(callback), 'code-rejected', 400);
  });

  it('wrong nonce: an ID token made for another sign-in', async () => {
    await worldWith();
    provider.tamperIdToken = (token) => provider.resign(token, (c) => ({ ...c, nonce: 'another-nonce' }));
    const agent = request.agent(world.app);
    await expectRefused(agent, (await signInAs(agent, 'ellen')).res, 'nonce-mismatch', 400);
  });

  it('an expired ID token, even signed by the provider', async () => {
    await worldWith();
    provider.tamperIdToken = (token) => provider.resign(token, (c) => ({ ...c, iat: Number(c.iat) - 7200, exp: Number(c.iat) - 3600 }));
    const agent = request.agent(world.app);
    await expectRefused(agent, (await signInAs(agent, 'ellen')).res, 'token-expired', 400);
  });

  it('an ID token signed with a key the provider never published', async () => {
    await worldWith();
    provider.tamperIdToken = (token) => provider.signWithForeignKey(token);
    const agent = request.agent(world.app);
    await expectRefused(agent, (await signInAs(agent, 'ellen')).res, 'token-signature', 400);
  });

  it('an ID token from an issuer Datadialog is not set up for', async () => {
    await worldWith();
    provider.tamperIdToken = (token) => provider.resign(token, (c) => ({ ...c, iss: 'https://login.microsoftonline.com/another-tenant/v2.0' }));
    const agent = request.agent(world.app);
    await expectRefused(agent, (await signInAs(agent, 'ellen')).res, 'issuer-unknown', 400);
  });

  it('a user deactivated in Datadialog', async () => {
    await worldWith();
    const ada = (await findUser(world.db, world.ids.users.admin))!;
    await setActive(world.db, ada, world.ids.users.editorA, false);
    const agent = request.agent(world.app);
    await expectRefused(agent, (await signInAs(agent, 'ellen')).res, 'user-deactivated', 403);
  });

  it('a token without the e-mail address Datadialog needs', async () => {
    await worldWith();
    const agent = request.agent(world.app);
    await expectRefused(agent, (await signInAs(agent, 'noEmail')).res, 'claims-missing', 400);
  });

  it('a provider that cannot be reached', async () => {
    const down = await startTestProvider({ accounts: workAccounts });
    const settings = signInConfigFromEnv({
      OIDC_ISSUER: down.issuer,
      OIDC_CLIENT_ID: down.clientId,
      OIDC_CLIENT_SECRET: down.clientSecret,
      OIDC_REDIRECT_URI: down.redirectUri,
    });
    await down.stop();
    world = await createTestWorld(settings);
    const agent = request.agent(world.app);
    const res = await agent.get('/log-ind/arbejdskonto');
    await expectRefused(agent, res, 'provider-unreachable', 502);
  });
});
