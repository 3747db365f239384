import { describe, expect, it } from 'vitest';
import { OIDC_CALLBACK_PATH, signInConfigFromEnv } from '../../../src/sign-in-config.js';
import { configFromEnv } from '../../../src/config.js';

const entra = {
  OIDC_ISSUER: 'https://login.microsoftonline.com/3f1c2d4e-0000-4000-8000-00000000c0de/v2.0',
  OIDC_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
  OIDC_CLIENT_SECRET: 'hemmelig',
  PUBLIC_URL: 'https://datadialog.kommune.dk',
};

function problemsOf(env: Record<string, string>): string {
  try {
    signInConfigFromEnv(env);
  } catch (err) {
    return (err as Error).message;
  }
  return '';
}

describe('sign-in settings', () => {
  it('has local passwords only and no OpenID Connect when nothing is set', () => {
    expect(signInConfigFromEnv({})).toEqual({ oidc: undefined, localLogin: true, breakGlassAdmin: undefined });
    expect(configFromEnv({ NODE_ENV: 'test' })).toMatchObject({ oidc: undefined, localLogin: true });
  });

  it('derives the redirect URI from PUBLIC_URL and uses safe defaults', () => {
    expect(signInConfigFromEnv(entra).oidc).toEqual({
      issuer: entra.OIDC_ISSUER,
      clientId: entra.OIDC_CLIENT_ID,
      clientSecret: 'hemmelig',
      redirectUri: `https://datadialog.kommune.dk${OIDC_CALLBACK_PATH}`,
      postLogoutRedirectUri: 'https://datadialog.kommune.dk/log-ind',
      scopes: ['openid', 'email', 'profile'],
      createUsers: false,
      groupsClaim: undefined,
      groupMap: [],
      endSession: false,
    });
  });

  it('reads the group map, the flags and the break-glass administrator', () => {
    const config = signInConfigFromEnv({
      ...entra,
      OIDC_REDIRECT_URI: 'https://dd.kommune.dk/sso',
      OIDC_SCOPES: 'openid email',
      OIDC_CREATE_USERS: 'on',
      OIDC_END_SESSION: 'true',
      OIDC_GROUPS_CLAIM: 'groups',
      OIDC_GROUP_MAP: 'a1b2=1:editor,\n KOMMUNE\\Ledere = 2 : Reader',
      LOCAL_LOGIN: 'off',
      BREAK_GLASS_ADMIN: ' Ada@Kommune.dk ',
    });
    expect(config).toMatchObject({ localLogin: false, breakGlassAdmin: 'ada@kommune.dk' });
    expect(config.oidc).toMatchObject({ redirectUri: 'https://dd.kommune.dk/sso', scopes: ['openid', 'email'], createUsers: true, endSession: true });
    expect(config.oidc?.groupMap).toEqual([
      { claimValue: 'a1b2', groupId: 1, role: 'editor' },
      { claimValue: 'KOMMUNE\\Ledere', groupId: 2, role: 'reader' },
    ]);
    // A comma inside an AD FS distinguished name splits entries; the broken half is reported instead.
    expect(problemsOf({ ...entra, OIDC_GROUPS_CLAIM: 'groups', OIDC_GROUP_MAP: 'CN=Ledere,OU=Grupper=2:reader' })).toContain('"CN=Ledere"');
    expect(signInConfigFromEnv({ ...entra, OIDC_GROUPS_CLAIM: 'role', OIDC_GROUP_MAP: 'Ledere=2:reader\nRedaktører=Ledelse=3:editor' }).oidc?.groupMap).toEqual([
      { claimValue: 'Ledere', groupId: 2, role: 'reader' },
      { claimValue: 'Redaktører=Ledelse', groupId: 3, role: 'editor' },
    ]);
  });

  it.each([
    [{ OIDC_CLIENT_ID: 'x' }, 'OIDC_CLIENT_ID is set, but OIDC_ISSUER is not'],
    [{ ...entra, OIDC_CLIENT_SECRET: '' }, 'OIDC_CLIENT_SECRET must be set'],
    [{ ...entra, OIDC_ISSUER: 'http://login.kommune.dk/adfs' }, 'OIDC_ISSUER must use https://'],
    [{ ...entra, OIDC_ISSUER: 'login.kommune.dk' }, 'OIDC_ISSUER must be a full URL'],
    [{ ...entra, PUBLIC_URL: '' }, 'OIDC_REDIRECT_URI or PUBLIC_URL must be set'],
    [{ ...entra, OIDC_SCOPES: 'email profile' }, 'OIDC_SCOPES must include openid'],
    [{ ...entra, OIDC_CREATE_USERS: 'måske' }, 'OIDC_CREATE_USERS must be on or off'],
    [{ ...entra, OIDC_GROUPS_CLAIM: 'groups' }, 'OIDC_GROUP_MAP maps no claim values'],
    [{ ...entra, OIDC_GROUP_MAP: 'a=1:reader' }, 'OIDC_GROUPS_CLAIM does not say which claim'],
    [{ ...entra, OIDC_GROUPS_CLAIM: 'groups', OIDC_GROUP_MAP: 'a=1:owner' }, 'OIDC_GROUP_MAP entry "a=1:owner" must look like'],
    [{ ...entra, OIDC_GROUPS_CLAIM: 'groups', OIDC_GROUP_MAP: 'a=1:reader,a=1:editor' }, 'maps "a" to group 1 twice'],
    [{ LOCAL_LOGIN: 'off' }, 'LOCAL_LOGIN=off needs OIDC_ISSUER'],
    [{ BREAK_GLASS_ADMIN: 'ada' }, 'BREAK_GLASS_ADMIN must be an e-mail address'],
  ])('refuses %j at start', (env, problem) => {
    expect(problemsOf(env as Record<string, string>)).toContain(problem);
  });

  it('reports every problem at once', () => {
    const message = problemsOf({ OIDC_ISSUER: 'https://idp.kommune.dk', OIDC_SCOPES: 'email', LOCAL_LOGIN: 'nej tak' });
    expect(message.split('\n- ')).toHaveLength(6);
  });

  it('allows a plain-http issuer on this machine only', () => {
    expect(signInConfigFromEnv({ ...entra, OIDC_ISSUER: 'http://127.0.0.1:4000' }).oidc?.issuer).toBe('http://127.0.0.1:4000');
  });
});
