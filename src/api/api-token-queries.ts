import type { Db } from '../db/connection.js';
import { nowIso } from '../shared/clock.js';
import type { ApiToken, TokenScope } from './api-token.js';

function tokensQuery(db: Db) {
  return db
    .selectFrom('api_tokens')
    .leftJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.group_id',
      'api_tokens.user_id',
      'users.name as user_name',
      'api_tokens.name',
      'api_tokens.token_hint',
      'api_tokens.created_at',
      'api_tokens.last_used_at',
      'api_tokens.revoked_at',
      'api_tokens.scope',
    ]);
}

type TokenRow = Awaited<ReturnType<ReturnType<typeof tokensQuery>['executeTakeFirstOrThrow']>>;

function toToken(r: TokenRow): ApiToken {
  return {
    id: r.id,
    groupId: r.group_id,
    userId: r.user_id,
    userName: r.user_name,
    name: r.name,
    hint: r.token_hint,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
    scope: r.scope,
  };
}

export async function listTokens(db: Db, groupId: number): Promise<ApiToken[]> {
  const rows = await tokensQuery(db).where('api_tokens.group_id', '=', groupId).orderBy('api_tokens.id', 'desc').execute();
  return rows.map(toToken);
}

export async function findToken(db: Db, groupId: number, id: number): Promise<ApiToken | undefined> {
  const row = await tokensQuery(db).where('api_tokens.group_id', '=', groupId).where('api_tokens.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toToken(row);
}

export async function findTokenByHash(db: Db, hash: string): Promise<ApiToken | undefined> {
  const row = await tokensQuery(db).where('api_tokens.token_hash', '=', hash).executeTakeFirst();
  return row && toToken(row);
}

export async function insertToken(db: Db, token: { groupId: number; userId: number; name: string; hash: string; hint: string; scope?: TokenScope }): Promise<number> {
  const row = await db
    .insertInto('api_tokens')
    .values({ group_id: token.groupId, user_id: token.userId, name: token.name, token_hash: token.hash, token_hint: token.hint, created_at: nowIso(), scope: token.scope ?? 'import' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function revokeToken(db: Db, groupId: number, id: number): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: nowIso() }).where('group_id', '=', groupId).where('id', '=', id).execute();
}

export async function touchToken(db: Db, id: number): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: nowIso() }).where('id', '=', id).execute();
}

/** Every token the user owns that still works, in every group; returns how many were revoked. */
export async function revokeTokensOfUser(db: Db, userId: number): Promise<number> {
  const result = await db.updateTable('api_tokens').set({ revoked_at: nowIso() }).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}
