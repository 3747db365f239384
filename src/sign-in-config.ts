/**
 * How people sign in: the municipality's own accounts over OpenID Connect (Entra ID, AD FS or any
 * OIDC provider), local passwords, or both. Read once at start; every mistake is reported together,
 * so an operator fixes the environment in one go instead of one restart per variable.
 */

export type MappedRole = 'reader' | 'editor';

/** One value of the groups claim gives membership of one Datadialog group. */
export interface ClaimGroupMapping {
  claimValue: string;
  groupId: number;
  role: MappedRole;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Where the provider sends the browser after signing out there. */
  postLogoutRedirectUri: string;
  scopes: string[];
  /** A first sign-in by someone Datadialog does not know creates their user. */
  createUsers: boolean;
  groupsClaim: string | undefined;
  groupMap: ClaimGroupMapping[];
  /** Signing out of Datadialog also signs out at the provider, when it offers an end_session_endpoint. */
  endSession: boolean;
}

export interface SignInConfig {
  oidc: OidcConfig | undefined;
  localLogin: boolean;
  /** May use a local password even when LOCAL_LOGIN is off, so an administrator is never locked out. */
  breakGlassAdmin: string | undefined;
}

/** The app's path the provider returns to; the redirect URI registered at the provider ends with it. */
export const OIDC_CALLBACK_PATH = '/log-ind/arbejdskonto/retur';
// No query string: Entra ID wants it registered as a redirect URI, and is strict about those.
const POST_LOGOUT_PATH = '/log-ind';

type Env = Record<string, string | undefined>;

const OIDC_VARIABLES = [
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_REDIRECT_URI',
  'OIDC_SCOPES',
  'OIDC_CREATE_USERS',
  'OIDC_GROUPS_CLAIM',
  'OIDC_GROUP_MAP',
  'OIDC_END_SESSION',
];

const TRUE = new Set(['1', 'true', 'on', 'yes', 'ja']);
const FALSE = new Set(['0', 'false', 'off', 'no', 'nej']);

function flag(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (TRUE.has(raw)) return true;
  if (FALSE.has(raw)) return false;
  problems.push(`${name} must be on or off, got "${env[name]}"`);
  return fallback;
}

function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** HTTPS, except on this machine (a test provider or a developer's own). */
function httpsUrl(env: Env, name: string, problems: string[]): URL | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`${name} must be a full URL such as https://login.microsoftonline.com/<tenant-id>/v2.0, got "${raw}"`);
    return undefined;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
    problems.push(`${name} must use https:// (plain http:// is only allowed for 127.0.0.1 and localhost), got "${raw}"`);
    return undefined;
  }
  return url;
}

/**
 * "<claim value>=<group id>:<reader|editor>", separated by commas or new lines. The last "=" splits,
 * so AD FS group names may contain one.
 */
export function parseGroupMap(raw: string, problems: string[]): ClaimGroupMapping[] {
  const mappings: ClaimGroupMapping[] = [];
  for (const entry of raw.split(/[,\n]/).map((e) => e.trim()).filter(Boolean)) {
    const match = /^(.+)=\s*(\d+)\s*:\s*(reader|editor)$/i.exec(entry);
    const claimValue = match?.[1]?.trim();
    const groupId = Number(match?.[2]);
    if (!match || !claimValue || groupId <= 0) {
      problems.push(`OIDC_GROUP_MAP entry "${entry}" must look like <claim value>=<group id>:<reader|editor>`);
      continue;
    }
    if (mappings.some((m) => m.claimValue === claimValue && m.groupId === groupId)) {
      problems.push(`OIDC_GROUP_MAP maps "${claimValue}" to group ${groupId} twice`);
      continue;
    }
    mappings.push({ claimValue, groupId, role: match[3]!.toLowerCase() as MappedRole });
  }
  return mappings;
}

function oidcFromEnv(env: Env, problems: string[]): OidcConfig | undefined {
  const issuer = httpsUrl(env, 'OIDC_ISSUER', problems);
  if (!env.OIDC_ISSUER?.trim()) {
    const stray = OIDC_VARIABLES.filter((k) => env[k]?.trim());
    if (stray.length) problems.push(`${stray.join(', ')} ${stray.length === 1 ? 'is' : 'are'} set, but OIDC_ISSUER is not`);
    return undefined;
  }
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!clientId) problems.push('OIDC_CLIENT_ID must be set (the application (client) id from the provider)');
  if (!clientSecret) problems.push('OIDC_CLIENT_SECRET must be set (the client secret from the provider)');

  const publicUrl = httpsUrl(env, 'PUBLIC_URL', problems);
  const redirect = httpsUrl(env, 'OIDC_REDIRECT_URI', problems);
  const redirectUri = redirect?.href ?? (publicUrl && new URL(OIDC_CALLBACK_PATH, publicUrl).href);
  if (!redirectUri && !env.OIDC_REDIRECT_URI?.trim() && !env.PUBLIC_URL?.trim()) {
    problems.push(`OIDC_REDIRECT_URI or PUBLIC_URL must be set (the redirect URI is PUBLIC_URL + ${OIDC_CALLBACK_PATH})`);
  }

  const scopes = (env.OIDC_SCOPES?.trim() || 'openid email profile').split(/\s+/);
  if (!scopes.includes('openid')) problems.push(`OIDC_SCOPES must include openid, got "${env.OIDC_SCOPES}"`);

  const groupsClaim = env.OIDC_GROUPS_CLAIM?.trim() || undefined;
  const groupMap = parseGroupMap(env.OIDC_GROUP_MAP ?? '', problems);
  if (groupsClaim && !groupMap.length) problems.push('OIDC_GROUPS_CLAIM is set, but OIDC_GROUP_MAP maps no claim values to groups');
  if (!groupsClaim && groupMap.length) problems.push('OIDC_GROUP_MAP is set, but OIDC_GROUPS_CLAIM does not say which claim to read (e.g. groups)');

  if (!issuer || !clientId || !clientSecret || !redirectUri) return undefined;
  return {
    // Kept exactly as written: it is compared with the provider's own issuer identifier.
    issuer: env.OIDC_ISSUER.trim(),
    clientId,
    clientSecret,
    redirectUri,
    postLogoutRedirectUri: new URL(POST_LOGOUT_PATH, publicUrl ?? redirectUri).href,
    scopes,
    createUsers: flag(env, 'OIDC_CREATE_USERS', false, problems),
    groupsClaim,
    groupMap,
    endSession: flag(env, 'OIDC_END_SESSION', false, problems),
  };
}

export function signInConfigFromEnv(env: Env): SignInConfig {
  const problems: string[] = [];
  const oidc = oidcFromEnv(env, problems);
  const localLogin = flag(env, 'LOCAL_LOGIN', true, problems);
  const breakGlassAdmin = env.BREAK_GLASS_ADMIN?.trim().toLowerCase() || undefined;
  if (breakGlassAdmin && !/^[^\s@]+@[^\s@]+$/.test(breakGlassAdmin)) {
    problems.push(`BREAK_GLASS_ADMIN must be an e-mail address, got "${env.BREAK_GLASS_ADMIN}"`);
  }
  if (!localLogin && !env.OIDC_ISSUER?.trim()) problems.push('LOCAL_LOGIN=off needs OIDC_ISSUER: otherwise nobody can sign in');
  if (problems.length) throw new Error(`Sign-in settings are wrong:\n- ${problems.join('\n- ')}`);
  return { oidc, localLogin, breakGlassAdmin };
}
