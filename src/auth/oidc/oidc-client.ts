import * as client from 'openid-client';
import type { OidcConfig } from '../../config.js';
import { classifyClientError } from './classify-error.js';
import type { Claims } from './identity.js';
import { SignInError } from './sign-in-error.js';

/** What the app keeps in the person's session between sending them to the provider and their return. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface SignInStart extends PendingSignIn {
  /** Send the browser here. */
  authorizationUrl: string;
}

export interface CompletedSignIn {
  /** Verified by openid-client: signature, issuer, audience, expiry and nonce. */
  claims: Claims;
  /** Kept for signing out at the provider (id_token_hint). */
  idToken: string;
}

export interface OidcClient {
  beginSignIn(): Promise<SignInStart>;
  /** `callbackUrl` may be the full URL or just the path and query the provider returned to. */
  completeSignIn(callbackUrl: string | URL, saved: Partial<PendingSignIn> | undefined): Promise<CompletedSignIn>;
  /** Where to send the browser to sign out at the provider too; undefined when that is off or not offered. */
  endSessionUrl(idToken: string | undefined): Promise<string | undefined>;
}

export interface OidcClientOptions {
  /** Seconds to wait for the provider; the default is short so a dead provider does not hang the login page. */
  timeoutSeconds?: number;
  /** How long discovered metadata is kept. Signing keys are refreshed by openid-client on an unknown key id. */
  discoveryTtlMs?: number;
}

function isLoopbackHttp(issuer: URL): boolean {
  return issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
}

export function createOidcClient(oidc: OidcConfig, options: OidcClientOptions = {}): OidcClient {
  const ttl = options.discoveryTtlMs ?? 24 * 3_600_000;
  let cached: { at: number; configuration: Promise<client.Configuration> } | undefined;

  function discover(): Promise<client.Configuration> {
    if (cached && Date.now() - cached.at < ttl) return cached.configuration;
    const issuer = new URL(oidc.issuer);
    // A failed discovery is not remembered: the next sign-in tries again.
    const configuration = client
      .discovery(issuer, oidc.clientId, oidc.clientSecret, undefined, {
        timeout: options.timeoutSeconds ?? 10,
        execute: [
          // ID tokens from the token endpoint are checked against the provider's published keys too,
          // not merely trusted for arriving over TLS.
          client.enableNonRepudiationChecks,
          ...(isLoopbackHttp(issuer) ? [client.allowInsecureRequests] : []),
        ],
      })
      .catch((err: unknown) => {
        if (cached === entry) cached = undefined;
        throw classifyClientError(err);
      });
    const entry = { at: Date.now(), configuration };
    cached = entry;
    return configuration;
  }

  async function beginSignIn(): Promise<SignInStart> {
    const configuration = await discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: oidc.redirectUri,
      scope: oidc.scopes.join(' '),
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { authorizationUrl: url.href, state, nonce, codeVerifier };
  }

  async function completeSignIn(callbackUrl: string | URL, saved: Partial<PendingSignIn> | undefined): Promise<CompletedSignIn> {
    if (!saved?.state || !saved.nonce || !saved.codeVerifier) {
      throw new SignInError('state-missing', 'no sign-in was started in this session');
    }
    // The registered redirect URI, not the Host header, is the URL the provider answered: behind a proxy they differ.
    const current = new URL(oidc.redirectUri);
    current.search = new URL(callbackUrl, oidc.redirectUri).search;
    const params = current.searchParams;
    // Checked here, before anything in the response is believed, so each failure gets its own message.
    if (params.get('state') !== saved.state) throw new SignInError('state-mismatch', `state ${params.get('state') ?? '(none)'}`);
    const configuration = await discover();
    const issuer = configuration.serverMetadata().issuer;
    const iss = params.get('iss');
    if (iss !== null && iss !== issuer) throw new SignInError('issuer-unknown', `the response came from ${iss}, not ${issuer}`);
    const error = params.get('error');
    if (error) throw new SignInError('provider-refused', [error, params.get('error_description')].filter(Boolean).join(': '));

    try {
      const tokens = await client.authorizationCodeGrant(configuration, current, {
        pkceCodeVerifier: saved.codeVerifier,
        expectedState: saved.state,
        expectedNonce: saved.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims || !tokens.id_token) throw new SignInError('token-invalid', 'the token response has no ID token');
      return { claims, idToken: tokens.id_token };
    } catch (err) {
      throw classifyClientError(err);
    }
  }

  async function endSessionUrl(idToken: string | undefined): Promise<string | undefined> {
    if (!oidc.endSession) return undefined;
    const configuration = await discover().catch(() => undefined);
    if (!configuration?.serverMetadata().end_session_endpoint) return undefined;
    return client.buildEndSessionUrl(configuration, {
      post_logout_redirect_uri: oidc.postLogoutRedirectUri,
      ...(idToken && { id_token_hint: idToken }),
    }).href;
  }

  return { beginSignIn, completeSignIn, endSessionUrl };
}
