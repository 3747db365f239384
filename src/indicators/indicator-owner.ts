import type { Db } from '../db/connection.js';
import { recordAudit } from '../audit/audit-queries.js';
import { findRole } from '../groups/group-queries.js';
import type { Actor } from '../shared/actor.js';
import { nowIso } from '../shared/clock.js';
import { ValidationError, found } from '../shared/errors.js';
import { findIndicator } from './indicator-queries.js';

export const messages = {
  ownerNotMember: 'Vælg ejeren blandt ledergruppens medlemmer, eller „Ingen ejer“.',
  ownerSet: (indicator: string, owner: string) => `Gjorde ${owner} til ejer af indikatoren „${indicator}“`,
  ownerRemoved: (indicator: string) => `Fjernede ejeren af indikatoren „${indicator}“`,
};

export interface IndicatorOwner {
  userId: number;
  name: string;
}

/** Each indicator's owner in the group, by indicator id. */
export async function indicatorOwners(db: Db, groupId: number): Promise<Map<number, IndicatorOwner>> {
  const rows = await db
    .selectFrom('indicators')
    .innerJoin('users', 'users.id', 'indicators.owner_user_id')
    .select(['indicators.id', 'users.id as userId', 'users.name'])
    .where('indicators.group_id', '=', groupId)
    .execute();
  return new Map(rows.map((r) => [r.id, { userId: r.userId, name: r.name }]));
}

/** One indicator's owner, if it has one. */
export async function indicatorOwner(db: Db, indicatorId: number): Promise<IndicatorOwner | undefined> {
  const row = await db
    .selectFrom('indicators')
    .innerJoin('users', 'users.id', 'indicators.owner_user_id')
    .select(['users.id as userId', 'users.name'])
    .where('indicators.id', '=', indicatorId)
    .executeTakeFirst();
  return row && { userId: row.userId, name: row.name };
}

/** The owner chosen in a form's `ownerUserId`: null for none; a user who is no member of the group is refused. */
export async function readOwner(db: Db, groupId: number, raw: Record<string, unknown>): Promise<number | null> {
  const text = String(raw.ownerUserId ?? '').trim();
  if (text === '') return null;
  const userId = /^[1-9]\d{0,9}$/.test(text) ? Number(text) : undefined;
  if (userId === undefined || !(await findRole(db, groupId, userId))) throw new ValidationError([{ field: 'ownerUserId', message: messages.ownerNotMember }]);
  return userId;
}

/** Makes a member accountable for an indicator (or nobody); logged when it changes. */
export async function setIndicatorOwner(db: Db, actor: Actor, indicatorId: number, ownerUserId: number | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const indicator = found(await findIndicator(trx, actor.groupId, indicatorId), 'Indikatoren');
    const before = await trx.selectFrom('indicators').select('owner_user_id').where('id', '=', indicatorId).executeTakeFirst();
    if ((before?.owner_user_id ?? null) === ownerUserId) return;
    await trx.updateTable('indicators').set({ owner_user_id: ownerUserId, updated_at: nowIso() }).where('id', '=', indicatorId).where('group_id', '=', actor.groupId).execute();
    const owner = ownerUserId === null ? undefined : await trx.selectFrom('users').select('name').where('id', '=', ownerUserId).executeTakeFirst();
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'indicator',
      entityId: indicatorId,
      action: 'owner',
      summary: owner ? messages.ownerSet(indicator.name, owner.name) : messages.ownerRemoved(indicator.name),
      oldValue: before?.owner_user_id ?? null,
      newValue: ownerUserId,
    });
  });
}
