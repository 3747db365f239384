import type { Db } from '../db/connection.js';
import { recordAudit } from '../audit/audit-queries.js';
import { findUser } from '../auth/user-queries.js';
import { findGroup, findRole } from '../groups/group-queries.js';
import type { Group } from '../groups/group.js';
import type { User } from '../auth/user.js';
import { ValidationError, found } from '../shared/errors.js';
import { hashToken, newTokenSecret, type TokenScope } from './api-token.js';
import { findTokenByHash, findToken, insertToken, revokeToken, touchToken } from './api-token-queries.js';

export const messages = {
  nameRequired: 'Giv nøglen et navn, så I kan se, hvilket system der bruger den, fx „BI-eksport fra Ældre“.',
  nameTooLong: 'Navnet må højst være 100 tegn.',
  scope: 'Vælg, om nøglen skal sende data ind eller læse data ud.',
  readOnlyKey: 'API-nøglen er en læsenøgle og må ikke importere data. Opret en importnøgle for at sende data.',
  importOnlyKey: 'API-nøglen er en importnøgle og må ikke læse data. Opret en læsenøgle for at hente data til BI.',
  scopeNames: { import: 'importnøglen', read: 'læsenøglen' } as Record<TokenScope, string>,
};

export async function createToken(db: Db, actor: { userId: number; groupId: number }, raw: Record<string, unknown>): Promise<{ id: number; secret: string }> {
  const name = String(raw.name ?? '').trim();
  if (!name) throw new ValidationError([{ field: 'name', message: messages.nameRequired }]);
  if (name.length > 100) throw new ValidationError([{ field: 'name', message: messages.nameTooLong }]);
  const scope = String(raw.scope ?? 'import');
  if (scope !== 'import' && scope !== 'read') throw new ValidationError([{ field: 'scope', message: messages.scope }]);
  const { secret, hash, hint } = newTokenSecret();
  const id = await db.transaction().execute(async (trx) => {
    const tokenId = await insertToken(trx, { groupId: actor.groupId, userId: actor.userId, name, hash, hint, scope });
    await recordAudit(trx, { groupId: actor.groupId, userId: actor.userId, entityType: 'group', entityId: actor.groupId, action: 'token-create', summary: `Oprettede ${messages.scopeNames[scope]} „${name}“ (${hint})` });
    return tokenId;
  });
  return { id, secret };
}

export async function revokeTokenOf(db: Db, actor: { userId: number; groupId: number }, tokenId: number): Promise<void> {
  const token = found(await findToken(db, actor.groupId, tokenId), 'Nøglen');
  await db.transaction().execute(async (trx) => {
    await revokeToken(trx, actor.groupId, tokenId);
    await recordAudit(trx, { groupId: actor.groupId, userId: actor.userId, entityType: 'group', entityId: actor.groupId, action: 'token-revoke', summary: `Tilbagekaldte API-nøglen „${token.name}“ (${token.hint})` });
  });
}

export type TokenCheck =
  | { ok: true; user: User; group: Group; tokenId: number }
  | { ok: false; status: 401 | 403 | 404; code: 'missing-token' | 'invalid-token' | 'revoked-token' | 'not-found' | 'read-only' | 'wrong-scope'; message: string };

/**
 * A token acts for the redaktør who made it, with that person's current rights: a token made by someone
 * who has since become a læser, left the group or been deactivated stops working.
 */
export async function authenticateToken(db: Db, secret: string | undefined, groupId: number | undefined, scope: TokenScope = 'import'): Promise<TokenCheck> {
  if (!secret) return { ok: false, status: 401, code: 'missing-token', message: 'Send en API-nøgle i headeren Authorization: Bearer <nøgle>.' };
  const token = await findTokenByHash(db, hashToken(secret));
  if (!token) return { ok: false, status: 401, code: 'invalid-token', message: 'API-nøglen er ukendt.' };
  if (token.revokedAt) return { ok: false, status: 401, code: 'revoked-token', message: 'API-nøglen er tilbagekaldt.' };
  if (groupId === undefined || token.groupId !== groupId) return { ok: false, status: 404, code: 'not-found', message: 'Gruppen findes ikke.' };
  const [user, role, group] = await Promise.all([findUser(db, token.userId), findRole(db, groupId, token.userId), findGroup(db, groupId)]);
  if (!user?.active || !role || !group) return { ok: false, status: 401, code: 'invalid-token', message: 'API-nøglens ejer har ikke længere adgang til gruppen.' };
  // A read key and an import key are kept apart: neither does the other's work.
  if (token.scope !== scope) return { ok: false, status: 403, code: 'wrong-scope', message: scope === 'import' ? messages.readOnlyKey : messages.importOnlyKey };
  if (scope === 'import' && role !== 'editor') return { ok: false, status: 403, code: 'read-only', message: 'API-nøglens ejer er læser og må ikke importere data.' };
  await touchToken(db, token.id);
  return { ok: true, user, group, tokenId: token.id };
}
