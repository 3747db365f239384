import type { Db } from '../db/connection.js';
import { recordAudit } from '../audit/audit-queries.js';
import { ValidationError, found } from '../shared/errors.js';
import type { Group } from './group.js';
import { validateGroup } from './group.js';
import { findGroup, insertGroup, listGroupLinks, setGroupParent, updateGroup } from './group-queries.js';
import { wouldMakeLoop } from './group-tree.js';

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

export const placementMessages = {
  parentUnknown: 'Vælg en gruppe fra listen, eller vælg „Øverst i organisationen“.',
  loop: (group: string, parent: string) =>
    parent === group
      ? `„${group}“ kan ikke ligge under sig selv. Vælg en anden gruppe.`
      : `„${parent}“ ligger allerede under „${group}“, så „${group}“ kan ikke også ligge under „${parent}“. Vælg en gruppe, der ikke er en af gruppens egne undergrupper.`,
  top: 'øverst i organisationen',
};

/**
 * Places a group under another one (or at the top, with an empty parentId). Refuses a loop: a group
 * under itself or under one of its own subgroups. Members of a group can then read the groups below it.
 */
export async function placeGroup(db: Db, userId: number, groupId: number, raw: Record<string, unknown>): Promise<Group> {
  const text = String(raw.parentId ?? '').trim();
  const parentId = text === '' ? null : Number(text);
  return db.transaction().execute(async (trx) => {
    const group = found(await findGroup(trx, groupId), 'Gruppen');
    const links = await listGroupLinks(trx);
    const parent = parentId === null ? undefined : links.find((l) => l.id === parentId);
    if (parentId !== null && (!Number.isInteger(parentId) || !parent)) throw new ValidationError([{ field: 'parentId', message: placementMessages.parentUnknown }]);
    if (parent && wouldMakeLoop(links, groupId, parent.id)) throw new ValidationError([{ field: 'parentId', message: placementMessages.loop(group.name, parent.name) }]);
    const before = links.find((l) => l.id === group.parentId);
    await setGroupParent(trx, groupId, parentId);
    await recordAudit(trx, {
      groupId,
      userId,
      entityType: 'group',
      entityId: groupId,
      action: 'place',
      summary: `Placerede gruppen ${parent ? `under „${parent.name}“` : placementMessages.top}`,
      oldValue: { parentId: group.parentId, parent: before?.name ?? null },
      newValue: { parentId, parent: parent?.name ?? null },
    });
    return { ...group, parentId };
  });
}
