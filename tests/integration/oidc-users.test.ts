import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authenticate } from '../../src/auth/authenticate.js';
import { unknownMappedGroups } from '../../src/auth/external-sign-in.js';
import { messages, SignInError } from '../../src/auth/oidc/sign-in-error.js';
import { findUserByEmail, setUserActive } from '../../src/auth/user-queries.js';
import { deleteClaimMembership, listMembershipRowsOfUser, upsertClaimMembership, upsertMembership } from '../../src/groups/group-queries.js';
import { startTestProvider, type TestProvider } from '../support/oidc-provider.js';
import { ENTRA_GROUP, oidcConfigFor, signInAt, workAccounts } from '../support/oidc-world.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';

let provider: TestProvider;
let world: TestWorld;

beforeAll(async () => {
  provider = await startTestProvider({ accounts: workAccounts });
});
afterAll(async () => {
  await provider.stop();
});
beforeEach(async () => {
  world = await createTestWorld();
  for (const [id, claims] of Object.entries(workAccounts)) provider.setAccount(id, claims);
});
afterEach(async () => {
  await world.db.destroy();
});

function config(env: Record<string, string> = {}) {
  return oidcConfigFor(provider, env);
}

/** Leaders in Entra edit group A; day care staff read group B. */
function withGroupMap(extra: Record<string, string> = {}) {
  return config({
    OIDC_CREATE_USERS: 'on',
    OIDC_GROUPS_CLAIM: 'groups',
    OIDC_GROUP_MAP: `${ENTRA_GROUP.leaders}=${world.ids.groupA}:editor, ${ENTRA_GROUP.daycare}=${world.ids.groupB}:reader`,
    ...extra,
  });
}

async function refusal(attempt: Promise<unknown>): Promise<string> {
  const err = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof SignInError)) throw new Error(`expected a refused sign-in, got ${String(err)}`);
  return err.message;
}

async function auditActions() {
  const rows = await world.db.selectFrom('audit_log').select(['action', 'summary', 'group_id']).orderBy('id').execute();
  return rows;
}

async function membershipsOf(email: string) {
  const user = await findUserByEmail(world.db, email);
  return user ? (await listMembershipRowsOfUser(world.db, user.id)).sort((a, b) => a.groupId - b.groupId) : [];
}

describe('first sign-in', () => {
  it('creates the user from the work account when OIDC_CREATE_USERS is on, without a password that works', async () => {
    const { user } = await signInAt(world.db, config({ OIDC_CREATE_USERS: 'on' }), provider, 'nina');
    expect(user).toMatchObject({ email: 'nina@kommune.dk', name: 'Nina Nyansat', isAdmin: false, active: true });
    expect(await authenticate(world.db, 'nina@kommune.dk', '!external-sign-in')).toBeUndefined();
    expect(await auditActions()).toContainEqual(expect.objectContaining({ action: 'create', summary: 'Oprettede brugeren Nina Nyansat (nina@kommune.dk) ved første login med arbejdskonto' }));

    const again = await signInAt(world.db, config({ OIDC_CREATE_USERS: 'on' }), provider, 'nina');
    expect(again.user.id).toBe(user.id);
  });

  it('refuses someone Datadialog does not know when creation is off, and notes the attempt', async () => {
    expect(await refusal(signInAt(world.db, config(), provider, 'nina'))).toBe('Din arbejdskonto er ikke oprettet i Datadialog. Kontakt jeres administrator.');
    expect(await findUserByEmail(world.db, 'nina@kommune.dk')).toBeUndefined();
    expect(await auditActions()).toContainEqual(expect.objectContaining({ action: 'sign-in-refused', summary: expect.stringContaining('nina@kommune.dk') }));
  });

  it('names a user from given and family name when the provider sends no full name', async () => {
    await world.db.deleteFrom('users').where('email', '=', 'rasmus@kommune.dk').execute();
    const { user } = await signInAt(world.db, config({ OIDC_CREATE_USERS: 'on' }), provider, 'rasmus');
    expect(user.name).toBe('Rasmus Læser');
  });
});

describe('users Datadialog refuses', () => {
  it('refuses a deactivated user, both before and after the account was linked', async () => {
    await setUserActive(world.db, world.ids.users.editorB, false);
    expect(await refusal(signInAt(world.db, config(), provider, 'bodil'))).toBe(messages['user-deactivated']);
    expect(await world.db.selectFrom('external_identities').selectAll().execute()).toEqual([]);

    await setUserActive(world.db, world.ids.users.editorB, true);
    await signInAt(world.db, config(), provider, 'bodil');
    await setUserActive(world.db, world.ids.users.editorB, false);
    expect(await refusal(signInAt(world.db, config(), provider, 'bodil'))).toBe(messages['user-deactivated']);
    expect((await auditActions()).filter((a) => a.action === 'sign-in-refused')).toHaveLength(2);
  });

  it('does not hand a user to a new account that arrives with an address another account already uses', async () => {
    await signInAt(world.db, config(), provider, 'ellen');
    // A new colleague gets the address of someone who left; their account has a new object id.
    provider.setAccount('newEllen', { ...workAccounts.ellen, oid: '0f0e0d0c-eeee-4eee-8eee-00000000eeee' });
    expect(await refusal(signInAt(world.db, config(), provider, 'newEllen'))).toBe(messages['identity-conflict']);
  });
});

describe('groups claim', () => {
  it('grants the mapped groups, changes and removes only what the claim granted, and leaves an administrator’s memberships alone', async () => {
    const email = 'nina@kommune.dk';
    await signInAt(world.db, withGroupMap(), provider, 'nina');
    expect(await membershipsOf(email)).toEqual([{ groupId: world.ids.groupA, role: 'editor', grantedByClaim: true }]);

    provider.setAccount('nina', { ...workAccounts.nina, groups: [ENTRA_GROUP.leaders, ENTRA_GROUP.daycare] });
    await signInAt(world.db, withGroupMap(), provider, 'nina');
    expect(await membershipsOf(email)).toEqual([
      { groupId: world.ids.groupA, role: 'editor', grantedByClaim: true },
      { groupId: world.ids.groupB, role: 'reader', grantedByClaim: true },
    ]);

    // An administrator confirms group B by hand: from now on it is theirs.
    const nina = (await findUserByEmail(world.db, email))!;
    await upsertMembership(world.db, world.ids.groupB, nina.id, 'reader');

    // Nina leaves both Entra groups, and the map now makes leaders readers.
    provider.setAccount('nina', { ...workAccounts.nina, groups: [] });
    await signInAt(world.db, withGroupMap(), provider, 'nina');
    expect(await membershipsOf(email)).toEqual([{ groupId: world.ids.groupB, role: 'reader', grantedByClaim: false }]);

    provider.setAccount('nina', { ...workAccounts.nina, groups: [ENTRA_GROUP.leaders] });
    await signInAt(world.db, withGroupMap(), provider, 'nina');
    const readersMap = withGroupMap({ OIDC_GROUP_MAP: `${ENTRA_GROUP.leaders}=${world.ids.groupA}:reader` });
    await signInAt(world.db, readersMap, provider, 'nina');
    expect(await membershipsOf(email)).toEqual([
      { groupId: world.ids.groupA, role: 'reader', grantedByClaim: true },
      { groupId: world.ids.groupB, role: 'reader', grantedByClaim: false },
    ]);

    const history = (await auditActions()).filter((a) => a.group_id !== null).map((a) => a.summary);
    expect(history).toEqual([
      'Gav Nina Nyansat adgang til Ældre og Sundhed som redaktør ud fra grupperne i arbejdskontoen',
      'Gav Nina Nyansat adgang til Dagtilbud som læser ud fra grupperne i arbejdskontoen',
      'Fjernede Nina Nyansat fra Ældre og Sundhed, fordi grupperne i arbejdskontoen ikke længere giver adgang',
      'Gav Nina Nyansat adgang til Ældre og Sundhed som redaktør ud fra grupperne i arbejdskontoen',
      'Ændrede Nina Nyansats rolle i Ældre og Sundhed fra redaktør til læser ud fra grupperne i arbejdskontoen',
    ]);
  });

  it('never lowers a role an administrator gave, even when the claim maps to a lesser one', async () => {
    provider.setAccount('ellen', { ...workAccounts.ellen, groups: [ENTRA_GROUP.daycare] });
    const map = withGroupMap({ OIDC_GROUP_MAP: `${ENTRA_GROUP.daycare}=${world.ids.groupA}:reader` });
    await signInAt(world.db, map, provider, 'ellen');
    expect(await membershipsOf('ellen@kommune.dk')).toEqual([{ groupId: world.ids.groupA, role: 'editor', grantedByClaim: false }]);
  });

  it('leaves memberships alone when Entra ID sends a link to Graph instead of the groups (too many groups)', async () => {
    await signInAt(world.db, withGroupMap(), provider, 'nina');
    provider.setAccount('nina', {
      ...workAccounts.nina,
      groups: undefined,
      _claim_names: { groups: 'src1' },
      _claim_sources: { src1: { endpoint: `https://graph.microsoft.com/v1.0/users/${workAccounts.nina.oid}/getMemberObjects` } },
    });
    await signInAt(world.db, withGroupMap(), provider, 'nina');
    expect(await membershipsOf('nina@kommune.dk')).toEqual([{ groupId: world.ids.groupA, role: 'editor', grantedByClaim: true }]);
  });

  it('cannot change or delete a membership an administrator gave, even when asked directly', async () => {
    const ellen = world.ids.users.editorA;
    await upsertClaimMembership(world.db, world.ids.groupA, ellen, 'reader');
    await deleteClaimMembership(world.db, world.ids.groupA, ellen);
    expect(await membershipsOf('ellen@kommune.dk')).toEqual([{ groupId: world.ids.groupA, role: 'editor', grantedByClaim: false }]);
  });

  it('skips a mapped group that no longer exists, and reports it for a warning at start', async () => {
    const map = withGroupMap({ OIDC_GROUP_MAP: `${ENTRA_GROUP.leaders}=999:editor, ${ENTRA_GROUP.leaders}=${world.ids.groupB}:reader` });
    await signInAt(world.db, map, provider, 'nina');
    expect(await membershipsOf('nina@kommune.dk')).toEqual([{ groupId: world.ids.groupB, role: 'reader', grantedByClaim: true }]);
    expect(await unknownMappedGroups(world.db, map.groupMap)).toEqual([999]);
  });
});
