import { SignInError } from './sign-in-error.js';

export type Claims = Readonly<Record<string, unknown>>;

/** Who signed in, in Datadialog's terms, from a verified ID token. */
export interface ExternalIdentity {
  /** With `subject`, the stable key of the account: "entra:<tenant id>" or the issuer. */
  issuerKey: string;
  subject: string;
  email: string;
  name: string;
  /**
   * The values of the configured groups claim; undefined when no groups claim is configured or the
   * provider could not include them (Entra ID's "overage"), so memberships are then left alone.
   */
  groups: string[] | undefined;
}

function text(claims: Claims, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function emailIn(claims: Claims): string | undefined {
  for (const name of ['email', 'preferred_username', 'upn']) {
    const value = text(claims, name);
    if (value && /^[^\s@]+@[^\s@]+$/.test(value)) return value.toLowerCase();
  }
  return undefined;
}

/**
 * AD FS sends one group as a string and several as an array. Entra ID leaves the claim out and
 * points to Microsoft Graph instead when a person is in too many groups; we cannot know the groups then.
 */
function groupsIn(claims: Claims, groupsClaim: string | undefined): string[] | undefined {
  if (!groupsClaim) return undefined;
  const names = claims._claim_names;
  if (typeof names === 'object' && names !== null && groupsClaim in names) return undefined;
  const value = claims[groupsClaim];
  if (value === undefined || value === null) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string' && v !== '');
}

/**
 * Entra ID's `oid` is the same person in every app and under both its v1 and v2 issuers, where `sub`
 * differs per app; `tid` keeps two tenants' object ids apart. Every other provider: `iss` + `sub`.
 */
export function identityFromClaims(claims: Claims, groupsClaim?: string): ExternalIdentity {
  const oid = text(claims, 'oid');
  const tid = text(claims, 'tid');
  const iss = text(claims, 'iss');
  const sub = text(claims, 'sub');
  const key = oid && tid ? { issuerKey: `entra:${tid.toLowerCase()}`, subject: oid.toLowerCase() } : iss && sub ? { issuerKey: iss, subject: sub } : undefined;
  if (!key) throw new SignInError('claims-missing', 'the ID token has neither oid + tid nor iss + sub');
  const email = emailIn(claims);
  if (!email) throw new SignInError('claims-missing', 'the ID token has no e-mail address in email, preferred_username or upn');
  const givenAndFamily = [text(claims, 'given_name'), text(claims, 'family_name')].filter(Boolean).join(' ');
  const name = text(claims, 'name') ?? (givenAndFamily || email);
  return { ...key, email, name, groups: groupsIn(claims, groupsClaim) };
}
