import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { completeWorkAccountSignIn } from '../../src/auth/external-sign-in.js';
import { createOidcClient, type OidcClient } from '../../src/auth/oidc/oidc-client.js';
import { messages, SignInError } from '../../src/auth/oidc/sign-in-error.js';
import type { OidcConfig } from '../../src/config.js';
import { startTestProvider, type TestProvider } from '../support/oidc-provider.js';
import { oidcConfigFor, signInAt, TENANT, visitProvider, workAccounts } from '../support/oidc-world.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';

let provider: TestProvider;
let world: TestWorld;
let oidc: OidcConfig;
let client: OidcClient;

beforeAll(async () => {
  provider = await startTestProvider({ accounts: workAccounts });
});
afterAll(async () => {
  await provider.stop();
});
beforeEach(async () => {
  world = await createTestWorld();
  oidc = oidcConfigFor(provider);
  client = createOidcClient(oidc);
});
afterEach(async () => {
  provider.tamperIdToken = undefined;
  await world.db.destroy();
});

/** Runs the sign-in and returns the Danish message it was refused with. */
async function refusal(attempt: Promise<unknown>): Promise<string> {
  const err = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof SignInError)) throw new Error(`expected a refused sign-in, got ${String(err)}`);
  return err.message;
}

function complete(callback: string, saved: Parameters<OidcClient['completeSignIn']>[1]) {
  return completeWorkAccountSignIn(world.db, oidc, client, callback, saved);
}

describe('signing in with a work account', () => {
  it('signs an Entra ID account in as the user with its address, and knows the person by tenant and object id after that', async () => {
    const first = await signInAt(world.db, oidc, provider, 'ellen');
    expect(first.user).toMatchObject({ id: world.ids.users.editorA, email: 'ellen@kommune.dk', name: 'Ellen Redaktør' });
    expect(first.idToken.split('.')).toHaveLength(3);

    const linked = await world.db.selectFrom('external_identities').selectAll().execute();
    expect(linked).toEqual([expect.objectContaining({ user_id: world.ids.users.editorA, issuer_key: `entra:${TENANT}`, subject: workAccounts.ellen.oid })]);

    // The address changes at the provider (a new surname); the object id still finds Ellen.
    provider.setAccount('ellen', { ...workAccounts.ellen, preferred_username: 'ellen.hansen@kommune.dk' });
    try {
      const again = await signInAt(world.db, oidc, provider, 'ellen');
      expect(again.user.id).toBe(world.ids.users.editorA);
    } finally {
      provider.setAccount('ellen', workAccounts.ellen);
    }
  });

  it('knows an AD FS account, which has no object id, by issuer and subject', async () => {
    const { user } = await signInAt(world.db, oidc, provider, 'rasmus');
    expect(user.id).toBe(world.ids.users.readerA);
    const row = await world.db.selectFrom('external_identities').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ issuer_key: provider.issuer, subject: 'rasmus' });
  });

  it('refuses a return without a sign-in started in this session', async () => {
    const { callback } = await visitProvider(client, provider, 'ellen');
    expect(await refusal(complete(callback, undefined))).toBe(messages['state-missing']);
  });

  it('refuses a return whose state belongs to another sign-in', async () => {
    const { callback, saved } = await visitProvider(client, provider, 'ellen');
    const other = await client.beginSignIn();
    expect(await refusal(complete(callback, { ...saved, state: other.state }))).toBe(messages['state-mismatch']);
  });

  it('refuses a code that has already been used', async () => {
    const { callback, saved } = await visitProvider(client, provider, 'ellen');
    await complete(callback, saved);
    expect(await refusal(complete(callback, saved))).toBe(messages['code-rejected']);
  });

  it('refuses an ID token made for another sign-in (wrong nonce)', async () => {
    const { callback, saved } = await visitProvider(client, provider, 'ellen');
    const other = await client.beginSignIn();
    expect(await refusal(complete(callback, { ...saved, nonce: other.nonce }))).toBe(messages['nonce-mismatch']);
  });

  it('refuses an ID token that has expired, even when the provider signed it', async () => {
    provider.tamperIdToken = (token) => provider.resign(token, (c) => ({ ...c, iat: Number(c.iat) - 7200, exp: Number(c.iat) - 3600 }));
    const { callback, saved } = await visitProvider(client, provider, 'ellen');
    expect(await refusal(complete(callback, saved))).toBe(messages['token-expired']);
  });

  it('refuses an ID token signed with a key the provider never published', async () => {
    provider.tamperIdToken = (token) => provider.signWithForeignKey(token);
    const { callback, saved } = await visitProvider(client, provider, 'ellen');
    expect(await refusal(complete(callback, saved))).toBe(messages['token-signature']);
  });

  it('refuses an ID token whose claims were changed after signing', async () => {
    provider.tamperIdToken = (token) => {
      const [header, payload, signature] = token.split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
      const forged = Buffer.from(JSON.stringify({ ...claims, preferred_username: 'ada@kommune.dk' })).toString('base64url');
      return `${header}.${forged}.${signature}`;
    };
    const { callback, saved } = await visitProvider(client, provider, 'ellen');
    expect(await refusal(complete(callback, saved))).toBe(messages['token-signature']);
    expect(await world.db.selectFrom('external_identities').selectAll().execute()).toEqual([]);
  });

  it('refuses an ID token issued to another application', async () => {
    provider.tamperIdToken = (token) => provider.resign(token, (c) => ({ ...c, aud: 'another-app' }));
    const { callback, saved } = await visitProvider(client, provider, 'ellen');
    expect(await refusal(complete(callback, saved))).toBe(messages['audience-wrong']);
  });

  it('refuses an ID token from an issuer Datadialog is not set up for', async () => {
    provider.tamperIdToken = (token) => provider.resign(token, (c) => ({ ...c, iss: 'https://login.microsoftonline.com/another-tenant/v2.0' }));
    const { callback, saved } = await visitProvider(client, provider, 'ellen');
    expect(await refusal(complete(callback, saved))).toBe(messages['issuer-unknown']);
  });

  it('refuses an answer from another provider sent back to Datadialog (mix-up)', async () => {
    const stranger = await startTestProvider({ accounts: workAccounts, clientId: provider.clientId, redirectUri: provider.redirectUri });
    try {
      const strangerClient = createOidcClient(oidcConfigFor(stranger));
      const { callback, saved } = await visitProvider(strangerClient, stranger, 'ellen');
      expect(new URL(callback, 'http://x').searchParams.get('iss')).toBe(stranger.issuer);
      expect(await refusal(complete(callback, saved))).toBe(messages['issuer-unknown']);
    } finally {
      await stranger.stop();
    }
  });

  it('tells the person when they cancelled at the provider', async () => {
    const { authorizationUrl, ...saved } = await client.beginSignIn();
    const url = await provider.cancelSignIn(authorizationUrl);
    expect(await refusal(complete(url.search, saved))).toBe(messages['provider-refused']);
  });

  it('refuses an account that sends no e-mail address', async () => {
    const { callback, saved } = await visitProvider(client, provider, 'noEmail');
    expect(await refusal(complete(callback, saved))).toBe(messages['claims-missing']);
  });

  it('says so when the provider does not accept Datadialog’s client secret', async () => {
    const wrongSecret = oidcConfigFor(provider, { OIDC_CLIENT_SECRET: 'an-expired-secret' });
    const wrongClient = createOidcClient(wrongSecret);
    const { callback, saved } = await visitProvider(wrongClient, provider, 'ellen');
    expect(await refusal(completeWorkAccountSignIn(world.db, wrongSecret, wrongClient, callback, saved))).toBe(messages['client-rejected']);
  });
});

describe('when the provider is down', () => {
  it('says the sign-in service cannot be reached, both before sending the person there and on their return', async () => {
    const flaky = await startTestProvider({ accounts: workAccounts });
    const flakyConfig = oidcConfigFor(flaky);
    const early = createOidcClient(flakyConfig, { timeoutSeconds: 2 });
    const late = createOidcClient(flakyConfig, { timeoutSeconds: 2 });
    const { callback, saved } = await visitProvider(late, flaky, 'ellen');
    await flaky.stop();

    expect(await refusal(early.beginSignIn())).toBe(messages['provider-unreachable']);
    expect(await refusal(completeWorkAccountSignIn(world.db, flakyConfig, late, callback, saved))).toBe(messages['provider-unreachable']);
  });
});

describe('signing out at the provider', () => {
  it('offers the provider’s end-session address with the ID token as hint, only when OIDC_END_SESSION is on', async () => {
    const on = createOidcClient(oidcConfigFor(provider, { OIDC_END_SESSION: 'on' }));
    const { idToken } = await signInAt(world.db, oidcConfigFor(provider), provider, 'ellen');
    const url = new URL((await on.endSessionUrl(idToken))!);
    expect(url.origin + url.pathname).toBe(`${provider.issuer}/session/end`);
    expect(url.searchParams.get('id_token_hint')).toBe(idToken);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(provider.postLogoutRedirectUri);
    expect(await client.endSessionUrl(idToken)).toBeUndefined();
  });
});
