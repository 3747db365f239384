import type { Db } from '../db/connection.js';
import { recordAudit } from '../audit/audit-queries.js';
import { ValidationError, found } from '../shared/errors.js';
import type { Group } from './group.js';
import { validateGroup } from './group.js';
import { findGroup, insertGroup, updateGroup } from './group-queries.js';

export async function createGroup(db: Db, userId: number, raw: Record<string, unknown>): Promise<Group> {
  const result = validateGroup(raw);
  if (!result.ok) throw new ValidationError(result.errors);
  return db.transaction().execute(async (trx) => {
    const group = await insertGroup(trx, result.value);
    await recordAudit(trx, {
      groupId: group.id,
      userId,
      entityType: 'group',
      entityId: group.id,
      action: 'create',
      summary: `Oprettede gruppen „${group.name}“`,
      newValue: result.value,
    });
    return group;
  });
}

export async function editGroup(db: Db, userId: number, groupId: number, raw: Record<string, unknown>): Promise<Group> {
  const result = validateGroup(raw);
  if (!result.ok) throw new ValidationError(result.errors);
  return db.transaction().execute(async (trx) => {
    const before = found(await findGroup(trx, groupId), 'Gruppen');
    await updateGroup(trx, groupId, result.value);
    await recordAudit(trx, {
      groupId,
      userId,
      entityType: 'group',
      entityId: groupId,
      action: 'update',
      summary: `Ændrede gruppens navn, beskrivelse eller kerneopgave`,
      oldValue: { name: before.name, description: before.description, coreTask: before.coreTask },
      newValue: result.value,
    });
    return found(await findGroup(trx, groupId), 'Gruppen');
  });
}
