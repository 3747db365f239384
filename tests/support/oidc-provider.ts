import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import Provider, { type Adapter, type AdapterPayload } from 'oidc-provider';

/**
 * A real OpenID Connect provider (oidc-provider) running in-process on 127.0.0.1, for tests that
 * must exercise the whole sign-in: discovery, the authorization request, a login page, the token
 * endpoint and signed ID tokens checked by openid-client. Nothing here is mocked; misbehaviour
 * (an expired or wrongly signed ID token) is produced by rewriting real token responses.
 */

export type Claims = Record<string, unknown>;

export interface TestProviderOptions {
  /** Account id (becomes `sub`) → the claims the account's ID token carries. */
  accounts: Record<string, Claims>;
  clientId?: string;
  clientSecret?: string;
  /** Where the provider sends the browser back; nothing needs to listen there. */
  redirectUri?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  /** Change or add an account's claims between sign-ins. */
  setAccount(id: string, claims: Claims): void;
  /** When set, every ID token the token endpoint returns passes through this first. */
  tamperIdToken: ((idToken: string) => string) | undefined;
  /** Re-signs changed claims with the provider's own key, so only the change itself is wrong. */
  resign(idToken: string, change: (claims: Claims) => Claims): string;
  /** Re-signs the token unchanged with a key the provider never published (same `kid`). */
  signWithForeignKey(idToken: string): string;
  /** Walks the login page like a browser would and returns the URL the provider redirects back to. */
  signIn(authorizationUrl: string, accountId: string): Promise<URL>;
  /** Presses "Annullér" on the login page instead. */
  cancelSignIn(authorizationUrl: string): Promise<URL>;
  stop(): Promise<void>;
}

const KID = 'test-signing-key';

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

function signJwt(header: Claims, payload: Claims, key: KeyObject): string {
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  return `${input}.${base64url(sign('sha256', Buffer.from(input), key))}`;
}

function decodeJwt(token: string): { header: Claims; payload: Claims } {
  const [header, payload] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header!, 'base64url').toString()) as Claims,
    payload: JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Claims,
  };
}

/** Each provider keeps its own codes, sessions and grants, so a second provider in a test shares nothing. */
function memoryAdapters(): (model: string) => Adapter {
  const store = new Map<string, AdapterPayload>();
  return (model) => {
    const key = (id: string) => `${model}:${id}`;
    const find = async (id: string) => store.get(key(id));
    const findWhere = async (match: (p: AdapterPayload) => boolean) => [...store.entries()].find(([k, p]) => k.startsWith(`${model}:`) && match(p))?.[1];
    return {
      upsert: async (id, payload) => void store.set(key(id), payload),
      find,
      findByUid: (uid) => findWhere((p) => p.uid === uid),
      findByUserCode: (code) => findWhere((p) => p.userCode === code),
      consume: async (id) => {
        const payload = store.get(key(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      destroy: async (id) => void store.delete(key(id)),
      revokeByGrantId: async (grantId) => {
        for (const [k, p] of store) if (p.grantId === grantId) store.delete(k);
      },
    };
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });
}

/** A plain HTML form, so the lead's browser test can use the same page a person would. */
function loginPage(uid: string, accounts: string[]): string {
  const options = accounts.map((id) => `<option value="${escapeHtml(id)}">${escapeHtml(id)}</option>`).join('');
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Testlogin</title></head><body>
<main><h1>Log ind hos testudbyderen</h1>
<form method="post" action="/interaction/${uid}/login">
<label for="accountId">Konto</label> <select id="accountId" name="accountId">${options}</select>
<button type="submit" name="action" value="login">Log ind</button>
<button type="submit" name="action" value="cancel">Annullér</button>
</form></main></body></html>`;
}

export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const accounts = new Map(Object.entries(options.accounts));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const foreignKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: KID, use: 'sig', alg: 'RS256' };

  let provider: Provider | undefined;
  const server = createServer((req, res) => void route(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = options.clientId ?? 'datadialog';
  const clientSecret = options.clientSecret ?? randomBytes(24).toString('hex');
  const redirectUri = options.redirectUri ?? 'http://127.0.0.1:3999/log-ind/arbejdskonto/retur';
  const postLogoutRedirectUri = new URL('/log-ind', redirectUri).href;

  provider = new Provider(issuer, {
    adapter: memoryAdapters(),
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [postLogoutRedirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    // Entra ID puts its claims in the ID token itself; so does this provider.
    conformIdTokenClaims: false,
    claims: {
      openid: ['sub', 'oid', 'tid', 'upn', 'preferred_username', 'groups'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name'],
    },
    // Explicit lifetimes keep oidc-provider from printing a notice for each default it falls back to.
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Grant: 600, Session: 600 },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const claims = accounts.get(sub);
      return claims && { accountId: sub, claims: () => ({ ...claims, sub }) };
    },
    // The app is the provider's own first-party client: no consent screen, as in a municipality's tenant.
    loadExistingGrant: async (ctx) => {
      const { Grant } = ctx.oidc.provider;
      const grant = new Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope([...ctx.oidc.requestParamScopes].join(' '));
      await grant.save();
      return grant;
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><title>Fejl</title><pre>${escapeHtml(JSON.stringify(out))}</pre>`;
    },
  });

  const testProvider: TestProvider = {
    issuer,
    clientId,
    clientSecret,
    redirectUri,
    postLogoutRedirectUri,
    tamperIdToken: undefined,
    setAccount: (id, claims) => void accounts.set(id, claims),
    resign(idToken, change) {
      const { header, payload } = decodeJwt(idToken);
      return signJwt(header, change(payload), privateKey);
    },
    signWithForeignKey(idToken) {
      const { header, payload } = decodeJwt(idToken);
      return signJwt(header, payload, foreignKey);
    },
    signIn: (url, accountId) => walkLogin(url, { accountId, action: 'login' }),
    cancelSignIn: (url) => walkLogin(url, { accountId: '', action: 'cancel' }),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };

  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: unknown } | undefined;
    if (ctx.path === '/token' && ctx.status === 200 && typeof body?.id_token === 'string' && testProvider.tamperIdToken) {
      body.id_token = testProvider.tamperIdToken(body.id_token);
    }
  });
  const providerCallback = provider.callback();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url ?? '');
    if (!match) return void providerCallback(req, res);
    try {
      const details = await provider!.interactionDetails(req, res);
      if (details.uid !== match[1]) throw new Error('interaction does not match its cookie');
      if (req.method === 'GET' && !match[2]) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(details.uid, [...accounts.keys()]));
        return;
      }
      const form = await readForm(req);
      const accountId = form.get('accountId') ?? '';
      const result =
        form.get('action') === 'cancel' || !accounts.has(accountId)
          ? { error: 'access_denied', error_description: 'Brugeren annullerede' }
          : { login: { accountId } };
      await provider!.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
    } catch (err) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(String(err));
    }
  }

  /** Follows redirects with a cookie jar, as a browser would, until the provider sends us back to the app. */
  async function walkLogin(authorizationUrl: string, form: { accountId: string; action: string }): Promise<URL> {
    const jar = new Map<string, string>();
    const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    let step = { url: new URL(authorizationUrl), post: false };
    for (let hop = 0; hop < 10; hop++) {
      const res = await fetch(step.url, {
        method: step.post ? 'POST' : 'GET',
        redirect: 'manual',
        headers: { cookie: cookieHeader(), ...(step.post && { 'content-type': 'application/x-www-form-urlencoded' }) },
        ...(step.post && { body: new URLSearchParams(form).toString() }),
      });
      for (const cookie of res.headers.getSetCookie()) {
        const [pair = ''] = cookie.split(';');
        const eq = pair.indexOf('=');
        jar.set(pair.slice(0, eq), pair.slice(eq + 1));
      }
      const location = res.headers.get('location');
      if (res.status === 200 && !step.post) {
        // The login page: submit its form, as a person pressing the button would.
        const action = /<form method="post" action="([^"]+)"/.exec(await res.text())?.[1];
        if (!action) throw new Error(`no login form at ${step.url.pathname}`);
        step = { url: new URL(action, step.url), post: true };
        continue;
      }
      if (!location) throw new Error(`the provider stopped at ${step.url.pathname} with ${res.status}: ${await res.text()}`);
      const next = new URL(location, step.url);
      if (next.href.startsWith(redirectUri)) return next;
      step = { url: next, post: false };
    }
    throw new Error('too many redirects while signing in');
  }

  return testProvider;
}
