import { z } from 'zod';
import type { Db } from '../db/connection.js';
import { recordAudit } from '../audit/audit-queries.js';
import { hashPassword, PASSWORD_MIN_LENGTH } from '../auth/password.js';
import { endSessionsOfUser } from '../auth/session-queries.js';
import { deleteIdentity } from '../auth/external-identity-queries.js';
import { revokeTokensOfUser } from '../api/api-token-queries.js';
import { findUserByEmail, findUser, insertUser, setPasswordHash, setUserActive, updateUser } from '../auth/user-queries.js';
import type { User } from '../auth/user.js';
import { deleteMembership, findRole, findGroup, upsertMembership } from '../groups/group-queries.js';
import { ROLE_LABELS, type Role } from '../groups/group.js';
import { ValidationError, type FieldError, found, NotFoundError } from '../shared/errors.js';

export const messages = {
  nameRequired: 'Skriv brugerens navn.',
  emailInvalid: 'Skriv en gyldig e-mailadresse, fx navn@kommune.dk.',
  emailTaken: 'Der findes allerede en bruger med den e-mailadresse.',
  passwordTooShort: `Adgangskoden skal være mindst ${PASSWORD_MIN_LENGTH} tegn.`,
  roleInvalid: 'Vælg redaktør eller læser.',
  userRequired: 'Vælg en bruger.',
  selfDeactivate: 'Du kan ikke deaktivere dig selv.',
  selfDemote: 'Du kan ikke fjerne din egen administratorrolle.',
};

const newUserSchema = z.object({
  name: z.string().trim().min(1, messages.nameRequired).max(120),
  email: z.string().trim().toLowerCase().pipe(z.email(messages.emailInvalid)),
  password: z.string().min(PASSWORD_MIN_LENGTH, messages.passwordTooShort).max(200),
  isAdmin: z.boolean(),
});

function issues(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ field: String(i.path[0]), message: i.message }));
}

export async function createUser(db: Db, actorId: number, raw: Record<string, unknown>): Promise<User> {
  const parsed = newUserSchema.safeParse({
    name: String(raw.name ?? ''),
    email: String(raw.email ?? ''),
    password: String(raw.password ?? ''),
    isAdmin: raw.isAdmin === 'on' || raw.isAdmin === 'true',
  });
  if (!parsed.success) throw new ValidationError(issues(parsed.error));
  if (await findUserByEmail(db, parsed.data.email)) throw new ValidationError([{ field: 'email', message: messages.emailTaken }]);
  const passwordHash = await hashPassword(parsed.data.password);
  return db.transaction().execute(async (trx) => {
    const user = await insertUser(trx, { ...parsed.data, passwordHash });
    await recordAudit(trx, {
      groupId: null,
      userId: actorId,
      entityType: 'user',
      entityId: user.id,
      action: 'create',
      summary: `Oprettede brugeren ${user.name} (${user.email})`,
    });
    return user;
  });
}

export async function editUser(db: Db, actor: User, userId: number, raw: Record<string, unknown>): Promise<void> {
  const name = String(raw.name ?? '').trim();
  const isAdmin = raw.isAdmin === 'on' || raw.isAdmin === 'true';
  if (!name) throw new ValidationError([{ field: 'name', message: messages.nameRequired }]);
  if (actor.id === userId && !isAdmin) throw new ValidationError([{ field: 'isAdmin', message: messages.selfDemote }]);
  const before = found(await findUser(db, userId), 'Brugeren');
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, userId, { name, isAdmin });
    await recordAudit(trx, {
      groupId: null,
      userId: actor.id,
      entityType: 'user',
      entityId: userId,
      action: 'update',
      summary: `Ændrede brugeren ${name}`,
      oldValue: { name: before.name, isAdmin: before.isAdmin },
      newValue: { name, isAdmin },
    });
  });
}

/**
 * Deactivation ends every session of the user at once and revokes their API keys for good;
 * reactivation lets them log in again, but their old keys stay revoked: new ones must be made.
 */
export async function setActive(db: Db, actor: User, userId: number, active: boolean): Promise<User> {
  if (actor.id === userId && !active) throw new ValidationError([{ field: 'active', message: messages.selfDeactivate }]);
  const user = found(await findUser(db, userId), 'Brugeren');
  await db.transaction().execute(async (trx) => {
    await setUserActive(trx, userId, active);
    const revoked = active ? 0 : await revokeTokensOfUser(trx, userId);
    if (!active) await endSessionsOfUser(trx, userId);
    await recordAudit(trx, {
      groupId: null,
      userId: actor.id,
      entityType: 'user',
      entityId: userId,
      action: active ? 'activate' : 'deactivate',
      summary: active
        ? `Genaktiverede brugeren ${user.name}`
        : `Deaktiverede brugeren ${user.name}${revoked ? ` og tilbagekaldte ${revoked === 1 ? 'én API-nøgle' : `${revoked} API-nøgler`}` : ''}`,
    });
  });
  return user;
}

export async function resetPassword(db: Db, actor: User, userId: number, raw: Record<string, unknown>): Promise<void> {
  const password = String(raw.password ?? '');
  if (password.length < PASSWORD_MIN_LENGTH) throw new ValidationError([{ field: 'password', message: messages.passwordTooShort }]);
  const user = found(await findUser(db, userId), 'Brugeren');
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, userId, hash);
    await endSessionsOfUser(trx, userId);
    await recordAudit(trx, {
      groupId: null,
      userId: actor.id,
      entityType: 'user',
      entityId: userId,
      action: 'reset-password',
      summary: `Gav brugeren ${user.name} en ny adgangskode`,
    });
  });
}

/**
 * Unlinks a work account from a user, e.g. after a mix-up of e-mail addresses: the next sign-in with
 * that account is matched anew. The user's sessions end, so a wrong link cannot stay signed in.
 */
export async function unlinkWorkAccount(db: Db, actor: User, userId: number, identityId: number): Promise<User> {
  const user = found(await findUser(db, userId), 'Brugeren');
  await db.transaction().execute(async (trx) => {
    if ((await deleteIdentity(trx, userId, identityId)) === 0) throw new NotFoundError('Arbejdskontoen');
    await endSessionsOfUser(trx, userId);
    await recordAudit(trx, {
      groupId: null,
      userId: actor.id,
      entityType: 'user',
      entityId: userId,
      action: 'unlink-work-account',
      summary: `Fjernede koblingen mellem brugeren ${user.name} og en arbejdskonto`,
    });
  });
  return user;
}

function parseRole(value: unknown): Role {
  if (value === 'editor' || value === 'reader') return value;
  throw new ValidationError([{ field: 'role', message: messages.roleInvalid }]);
}

export async function setMembership(db: Db, actorId: number, groupId: number, raw: Record<string, unknown>): Promise<void> {
  const userId = Number(raw.userId);
  if (!Number.isInteger(userId) || userId <= 0) throw new ValidationError([{ field: 'userId', message: messages.userRequired }]);
  const role = parseRole(raw.role);
  const [group, user] = await Promise.all([findGroup(db, groupId), findUser(db, userId)]);
  if (!group) throw new NotFoundError('Gruppen');
  if (!user) throw new NotFoundError('Brugeren');
  await db.transaction().execute(async (trx) => {
    const before = await findRole(trx, groupId, userId);
    await upsertMembership(trx, groupId, userId, role);
    await recordAudit(trx, {
      groupId,
      userId: actorId,
      entityType: 'membership',
      entityId: userId,
      action: before ? 'update' : 'create',
      summary: before
        ? `Ændrede ${user.name}s rolle i ${group.name} fra ${ROLE_LABELS[before].toLowerCase()} til ${ROLE_LABELS[role].toLowerCase()}`
        : `Gav ${user.name} adgang til ${group.name} som ${ROLE_LABELS[role].toLowerCase()}`,
      oldValue: before ? { role: before } : undefined,
      newValue: { role },
    });
  });
}

export async function removeMember(db: Db, actorId: number, groupId: number, userId: number): Promise<void> {
  const [group, user] = await Promise.all([findGroup(db, groupId), findUser(db, userId)]);
  if (!group) throw new NotFoundError('Gruppen');
  if (!user) throw new NotFoundError('Brugeren');
  await db.transaction().execute(async (trx) => {
    const before = await findRole(trx, groupId, userId);
    if (!before) return;
    await deleteMembership(trx, groupId, userId);
    await recordAudit(trx, {
      groupId,
      userId: actorId,
      entityType: 'membership',
      entityId: userId,
      action: 'delete',
      summary: `Fjernede ${user.name} fra ${group.name}`,
      oldValue: { role: before },
    });
  });
}
