import type { Db } from '../db/connection.js';
import type { ClaimGroupMapping, OidcConfig } from '../config.js';
import { recordAudit } from '../audit/audit-queries.js';
import {
  deleteClaimMembership,
  findGroup,
  listMembershipRowsOfUser,
  upsertClaimMembership,
} from '../groups/group-queries.js';
import { ROLE_LABELS } from '../groups/group.js';
import { planClaimMemberships } from './claim-memberships.js';
import { findUserIdByIdentity, hasIdentityAt, insertIdentity, touchIdentity } from './external-identity-queries.js';
import { identityFromClaims, type ExternalIdentity } from './oidc/identity.js';
import type { OidcClient, PendingSignIn } from './oidc/oidc-client.js';
import { SignInError, type SignInFailure } from './oidc/sign-in-error.js';
import { findUser, findUserByEmail, insertUser } from './user-queries.js';
import type { User } from './user.js';

/** Users created by a work-account sign-in have no password: no scrypt hash ever matches this. */
const NO_PASSWORD = '!external-sign-in';

type Outcome = { user: User } | { refused: SignInFailure; detail: string };

const lower = (role: keyof typeof ROLE_LABELS) => ROLE_LABELS[role].toLowerCase();

/**
 * The Datadialog user behind a verified work account. Known accounts sign in; an unknown one is
 * linked to the user with the same e-mail address, or created when OIDC_CREATE_USERS is on. The
 * groups claim then adjusts the memberships it granted. Refusals are audited, then thrown.
 */
export async function signInWithIdentity(
  db: Db,
  oidc: Pick<OidcConfig, 'createUsers' | 'groupMap'>,
  identity: ExternalIdentity,
): Promise<User> {
  const outcome = await db.transaction().execute(async (trx): Promise<Outcome> => {
    const resolved = await resolveUser(trx, oidc.createUsers, identity);
    if ('refused' in resolved) return resolved;
    const { user } = resolved;
    if (!user.active) {
      await audit(trx, user.id, 'sign-in-refused', `Afviste login med arbejdskonto for ${user.name}: brugeren er deaktiveret`);
      return { refused: 'user-deactivated', detail: `user ${user.id} is deactivated` };
    }
    await touchIdentity(trx, identity);
    if (identity.groups) await applyClaimMemberships(trx, user, identity.groups, oidc.groupMap);
    return { user };
  });
  if ('refused' in outcome) throw new SignInError(outcome.refused, outcome.detail);
  return outcome.user;
}

/**
 * The whole return from the provider: verify the response, read who it is, find or create the user.
 * Throws SignInError with a Danish message for every refusal.
 */
export async function completeWorkAccountSignIn(
  db: Db,
  oidc: Pick<OidcConfig, 'createUsers' | 'groupMap' | 'groupsClaim'>,
  client: OidcClient,
  callbackUrl: string | URL,
  saved: Partial<PendingSignIn> | undefined,
): Promise<{ user: User; idToken: string }> {
  const { claims, idToken } = await client.completeSignIn(callbackUrl, saved);
  const user = await signInWithIdentity(db, oidc, identityFromClaims(claims, oidc.groupsClaim));
  return { user, idToken };
}

async function resolveUser(db: Db, createUsers: boolean, identity: ExternalIdentity): Promise<Outcome> {
  const knownId = await findUserIdByIdentity(db, identity);
  const known = knownId === undefined ? undefined : await findUser(db, knownId);
  if (known) return { user: known };

  const byEmail = await findUserByEmail(db, identity.email);
  if (byEmail) {
    // The address may have been given to someone new; their account must not inherit the old one's user.
    if (await hasIdentityAt(db, byEmail.id, identity.issuerKey)) {
      await audit(db, byEmail.id, 'sign-in-refused', `Afviste login med arbejdskonto for ${identity.email}: e-mailadressen hører til en anden arbejdskonto`, null);
      return { refused: 'identity-conflict', detail: `user ${byEmail.id} is linked to another subject at ${identity.issuerKey}` };
    }
    if (!byEmail.active) return { user: byEmail };
    await insertIdentity(db, byEmail.id, identity);
    await audit(db, byEmail.id, 'link-identity', `Knyttede brugeren ${byEmail.name} (${byEmail.email}) til sin arbejdskonto ved første login`);
    return { user: byEmail };
  }

  if (!createUsers) {
    await audit(db, null, 'sign-in-refused', `Afviste login med arbejdskonto for ${identity.email}: brugeren findes ikke i Datadialog`);
    return { refused: 'user-unknown', detail: `no user for ${identity.email}` };
  }
  const user = await insertUser(db, { email: identity.email, name: identity.name, passwordHash: NO_PASSWORD, isAdmin: false });
  await insertIdentity(db, user.id, identity);
  await audit(db, user.id, 'create', `Oprettede brugeren ${user.name} (${user.email}) ved første login med arbejdskonto`);
  return { user };
}

async function applyClaimMemberships(db: Db, user: User, claimValues: string[], mapping: ClaimGroupMapping[]): Promise<void> {
  const plan = planClaimMemberships(claimValues, mapping, await listMembershipRowsOfUser(db, user.id));
  for (const change of plan.grant) {
    // A group named in OIDC_GROUP_MAP may have been deleted since; there is nothing to grant then.
    const group = await findGroup(db, change.groupId);
    if (!group) continue;
    await upsertClaimMembership(db, group.id, user.id, change.role);
    await recordAudit(db, {
      groupId: group.id,
      userId: user.id,
      entityType: 'membership',
      entityId: user.id,
      action: change.before ? 'update' : 'create',
      summary: change.before
        ? `Ændrede ${user.name}s rolle i ${group.name} fra ${lower(change.before)} til ${lower(change.role)} ud fra grupperne i arbejdskontoen`
        : `Gav ${user.name} adgang til ${group.name} som ${lower(change.role)} ud fra grupperne i arbejdskontoen`,
      oldValue: change.before ? { role: change.before } : undefined,
      newValue: { role: change.role, grantedByClaim: true },
    });
  }
  for (const change of plan.revoke) {
    const group = await findGroup(db, change.groupId);
    await deleteClaimMembership(db, change.groupId, user.id);
    await recordAudit(db, {
      groupId: change.groupId,
      userId: user.id,
      entityType: 'membership',
      entityId: user.id,
      action: 'delete',
      summary: `Fjernede ${user.name} fra ${group?.name ?? 'gruppen'}, fordi grupperne i arbejdskontoen ikke længere giver adgang`,
      oldValue: { role: change.role, grantedByClaim: true },
    });
  }
}

/** About a user; done by that user, unless someone else (`actorId`, null when unknown) was signing in. */
function audit(db: Db, userId: number | null, action: string, summary: string, actorId = userId): Promise<void> {
  return recordAudit(db, { groupId: null, userId: actorId, entityType: 'user', entityId: userId, action, summary });
}

/** Group ids in OIDC_GROUP_MAP that do not exist, for a warning at start. */
export async function unknownMappedGroups(db: Db, mapping: ClaimGroupMapping[]): Promise<number[]> {
  const ids = [...new Set(mapping.map((m) => m.groupId))];
  const found = await Promise.all(ids.map((id) => findGroup(db, id)));
  return ids.filter((_, i) => !found[i]);
}
