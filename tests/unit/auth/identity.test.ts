import { describe, expect, it } from 'vitest';
import { identityFromClaims } from '../../../src/auth/oidc/identity.js';
import { messages, SignInError } from '../../../src/auth/oidc/sign-in-error.js';

const tid = '3F1C2D4E-0000-4000-8000-00000000C0DE';
const oid = '0F0E0D0C-AAAA-4AAA-8AAA-00000000E11E';

describe('who a verified ID token names', () => {
  it.each([
    ['Entra ID v2: tenant and object id, whatever the issuer', { iss: 'https://login.microsoftonline.com/x/v2.0', sub: 'pairwise', oid, tid, preferred_username: 'Ellen@Kommune.dk', name: 'Ellen' },
      { issuerKey: `entra:${tid.toLowerCase()}`, subject: oid.toLowerCase(), email: 'ellen@kommune.dk', name: 'Ellen' }],
    ['Entra ID v1 issuer gives the same key', { iss: `https://sts.windows.net/${tid}/`, sub: 'other', oid, tid, upn: 'ellen@kommune.dk', name: 'Ellen' },
      { issuerKey: `entra:${tid.toLowerCase()}`, subject: oid.toLowerCase(), email: 'ellen@kommune.dk', name: 'Ellen' }],
    ['email wins over preferred_username', { iss: 'https://idp', sub: 's', email: 'a@kommune.dk', preferred_username: 'b@kommune.dk' },
      { issuerKey: 'https://idp', subject: 's', email: 'a@kommune.dk', name: 'a@kommune.dk' }],
    ['a preferred_username that is no address is passed over for upn', { iss: 'https://adfs/adfs', sub: 's', preferred_username: 'KOMMUNE\\ellen', upn: 'ellen@kommune.dk', given_name: 'Ellen', family_name: 'Hansen' },
      { issuerKey: 'https://adfs/adfs', subject: 's', email: 'ellen@kommune.dk', name: 'Ellen Hansen' }],
    ['an object id without tenant falls back to issuer and subject', { iss: 'https://idp', sub: 's', oid, email: 'a@kommune.dk', name: ' ' },
      { issuerKey: 'https://idp', subject: 's', email: 'a@kommune.dk', name: 'a@kommune.dk' }],
  ])('%s', (_title, claims, want) => {
    expect(identityFromClaims(claims)).toEqual({ ...want, groups: undefined });
  });

  it.each([
    ['no address at all', { iss: 'https://idp', sub: 's', name: 'Uden Adresse' }],
    ['an address that is not one', { iss: 'https://idp', sub: 's', email: 'ellen' }],
    ['no subject', { iss: 'https://idp', email: 'a@kommune.dk' }],
  ])('refuses a token with %s', (_title, claims) => {
    expect(() => identityFromClaims(claims)).toThrow(SignInError);
    expect(() => identityFromClaims(claims)).toThrow(messages['claims-missing']);
  });

  it.each([
    ['an array', ['a', 'b'], ['a', 'b']],
    ['one AD FS value as a string', 'Ledere', ['Ledere']],
    ['no claim: no groups', undefined, []],
  ])('reads the groups claim given as %s', (_title, groups, want) => {
    expect(identityFromClaims({ iss: 'https://idp', sub: 's', email: 'a@kommune.dk', groups }, 'groups').groups).toEqual(want);
  });

  it('does not pretend to know the groups when Entra ID sends a Graph link instead', () => {
    const claims = { iss: 'https://idp', sub: 's', email: 'a@kommune.dk', _claim_names: { groups: 'src1' }, _claim_sources: { src1: {} } };
    expect(identityFromClaims(claims, 'groups').groups).toBeUndefined();
  });
});
