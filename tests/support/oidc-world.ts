import type { OidcConfig } from '../../src/config.js';
import { signInConfigFromEnv } from '../../src/sign-in-config.js';
import { completeWorkAccountSignIn } from '../../src/auth/external-sign-in.js';
import { createOidcClient, type OidcClient, type PendingSignIn } from '../../src/auth/oidc/oidc-client.js';
import type { Db } from '../../src/db/connection.js';
import type { TestProvider } from './oidc-provider.js';

/** The municipality's tenant and the Entra groups the tests map to Datadialog groups. */
export const TENANT = '3f1c2d4e-0000-4000-8000-00000000c0de';
export const ENTRA_GROUP = { leaders: 'a1b2c3d4-1111-4111-8111-000000000001', daycare: 'a1b2c3d4-2222-4222-8222-000000000002' };

/** Accounts at the test provider; the emails of Ellen and Bodil match users in the shared test world. */
export const workAccounts = {
  /** Entra ID: `sub` is per app, `oid` + `tid` name the person. The address comes as preferred_username. */
  ellen: { oid: '0f0e0d0c-aaaa-4aaa-8aaa-00000000e11e', tid: TENANT, preferred_username: 'Ellen@Kommune.dk', name: 'Ellen Redaktør', groups: [] as string[] },
  bodil: { oid: '0f0e0d0c-bbbb-4bbb-8bbb-00000000b0d1', tid: TENANT, email: 'bodil@kommune.dk', name: 'Bodil Dagtilbud' },
  nina: { oid: '0f0e0d0c-cccc-4ccc-8ccc-00000000a1aa', tid: TENANT, email: 'nina@kommune.dk', name: 'Nina Nyansat', groups: [ENTRA_GROUP.leaders] },
  /** AD FS: no oid or tid; the address comes as upn. */
  rasmus: { upn: 'rasmus@kommune.dk', given_name: 'Rasmus', family_name: 'Læser' },
  /** An account the provider sends without any e-mail address. */
  noEmail: { oid: '0f0e0d0c-dddd-4ddd-8ddd-00000000dddd', tid: TENANT, name: 'Uden Adresse' },
};

export function oidcConfigFor(provider: TestProvider, env: Record<string, string> = {}): OidcConfig {
  const config = signInConfigFromEnv({
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_REDIRECT_URI: provider.redirectUri,
    ...env,
  });
  return config.oidc!;
}

/** Starts a sign-in as the app would, logs in at the provider as `accountId`, and returns what came back. */
export async function visitProvider(client: OidcClient, provider: TestProvider, accountId: string): Promise<{ callback: string; saved: PendingSignIn }> {
  const { authorizationUrl, ...saved } = await client.beginSignIn();
  const url = await provider.signIn(authorizationUrl, accountId);
  return { callback: `${url.pathname}${url.search}`, saved };
}

/** The whole round trip, as the routes will run it. */
export async function signInAt(db: Db, oidc: OidcConfig, provider: TestProvider, accountId: string) {
  const client = createOidcClient(oidc);
  const { callback, saved } = await visitProvider(client, provider, accountId);
  return completeWorkAccountSignIn(db, oidc, client, callback, saved);
}
