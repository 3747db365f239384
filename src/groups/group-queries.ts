import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.js';
import type { GroupTable } from '../db/schema.js';
import { nowIso } from '../shared/clock.js';
import type { AccessRole } from '../shared/actor.js';
import type { Group, GroupInput, GroupMembership, Member, MembershipName, Role } from './group.js';
import { ancestorsOf, treeOrder, type GroupLink } from './group-tree.js';

export interface GroupAccess {
  group: Group;
  role: AccessRole;
  via?: { id: number; name: string };
}

function toGroup(row: Pick<Selectable<GroupTable>, 'id' | 'name' | 'description' | 'core_task' | 'parent_id'>): Group {
  return { id: row.id, name: row.name, description: row.description, coreTask: row.core_task, parentId: row.parent_id };
}

const groupColumns = ['groups.id', 'groups.name', 'groups.description', 'groups.core_task', 'groups.parent_id'] as const;

export async function findGroup(db: Db, id: number): Promise<Group | undefined> {
  const row = await db.selectFrom('groups').select(groupColumns).where('groups.id', '=', id).executeTakeFirst();
  return row && toGroup(row);
}


export async function listGroups(db: Db): Promise<Group[]> {
  const rows = await db.selectFrom('groups').select(groupColumns).orderBy('groups.name').execute();
  return rows.map(toGroup);
}

export async function listMembershipsOfUser(db: Db, userId: number): Promise<GroupMembership[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('groups', 'groups.id', 'memberships.group_id')
    .select([...groupColumns, 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .orderBy('groups.name')
    .execute();
  return rows.map((row) => ({ group: toGroup(row), role: row.role }));
}

/**
 * The group with the user's standing in it: their role as a member (one query), or 'overseer' when
 * they are a member of a group above it, with the nearest such group as `via`. Undefined for
 * everyone else, also members of another branch. `memberships` are the user's own, as every
 * signed-in request has read them (signed-in-user.ts): a member's own group costs one read by its key.
 */
export async function findGroupAccess(db: Db, groupId: number, memberships: readonly MembershipName[]): Promise<GroupAccess | undefined> {
  const own = memberships.find((m) => m.group.id === groupId);
  if (own) {
    const group = await findGroup(db, groupId);
    return group && { group, role: own.role };
  }
  const memberOf = new Set(memberships.map((m) => m.group.id));
  if (memberOf.size === 0) return undefined;
  const links = await listGroupLinks(db);
  const via = ancestorsOf(links, groupId).find((a) => memberOf.has(a.id));
  if (!via) return undefined;
  const group = await findGroup(db, groupId);
  return group && { group, role: 'overseer', via: { id: via.id, name: via.name } };
}

/** Whether any group sits right below this one: most groups are leaves, and they need not read the whole tree. */
export async function hasGroupsBelow(db: Db, groupId: number): Promise<boolean> {
  return (await db.selectFrom('groups').select('id').where('parent_id', '=', groupId).limit(1).executeTakeFirst()) !== undefined;
}

/** Every group's place in the organisation: small enough to hold whole (a municipality has some hundred groups). */
export async function listGroupLinks(db: Db): Promise<GroupLink[]> {
  const rows = await db.selectFrom('groups').select(['id', 'name', 'parent_id']).execute();
  return rows.map((r) => ({ id: r.id, name: r.name, parentId: r.parent_id }));
}

export async function setGroupParent(db: Db, groupId: number, parentId: number | null): Promise<void> {
  await db.updateTable('groups').set({ parent_id: parentId, updated_at: nowIso() }).where('id', '=', groupId).execute();
}

/** The groups whose members the user is, with every group below them: what the user may read. */
export async function listReadableGroupIds(db: Db, userId: number): Promise<Set<number>> {
  const memberOf = (await db.selectFrom('memberships').select('group_id').where('user_id', '=', userId).execute()).map((m) => m.group_id);
  const links = await listGroupLinks(db);
  const readable = new Set(memberOf);
  for (const id of memberOf) for (const below of treeOrder(links, id)) readable.add(below.id);
  return readable;
}

export async function findRole(db: Db, groupId: number, userId: number): Promise<Role | undefined> {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('group_id', '=', groupId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.role;
}

export async function insertGroup(db: Db, input: GroupInput): Promise<Group> {
  const now = nowIso();
  const row = await db
    .insertInto('groups')
    .values({ name: input.name, description: input.description, core_task: input.coreTask, created_at: now, updated_at: now })
    .returning(['id', 'name', 'description', 'core_task', 'parent_id'])
    .executeTakeFirstOrThrow();
  return toGroup(row);
}

export async function updateGroup(db: Db, id: number, input: GroupInput): Promise<void> {
  await db
    .updateTable('groups')
    .set({ name: input.name, description: input.description, core_task: input.coreTask, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
}

export async function listMembers(db: Db, groupId: number): Promise<Member[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.name', 'users.email', 'users.deactivated_at', 'memberships.role'])
    .where('memberships.group_id', '=', groupId)
    .orderBy('users.name')
    .execute();
  return rows.map((r) => ({ userId: r.id, name: r.name, email: r.email, role: r.role, active: r.deactivated_at === null }));
}

/** A membership set by hand is the administrator's from then on, even if a groups claim first granted it. */
export async function upsertMembership(db: Db, groupId: number, userId: number, role: Role): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ group_id: groupId, user_id: userId, role, created_at: nowIso() })
    .onConflict((oc) => oc.columns(['group_id', 'user_id']).doUpdateSet({ role, granted_by_claim: 0 }))
    .execute();
}

export interface UserMembership {
  groupId: number;
  role: Role;
  grantedByClaim: boolean;
}

export async function listMembershipRowsOfUser(db: Db, userId: number): Promise<UserMembership[]> {
  const rows = await db.selectFrom('memberships').select(['group_id', 'role', 'granted_by_claim']).where('user_id', '=', userId).execute();
  return rows.map((r) => ({ groupId: r.group_id, role: r.role, grantedByClaim: r.granted_by_claim === 1 }));
}

/** Grants or changes a membership for a groups claim; one an administrator gave is left as it is. */
export async function upsertClaimMembership(db: Db, groupId: number, userId: number, role: Role): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ group_id: groupId, user_id: userId, role, created_at: nowIso(), granted_by_claim: 1 })
    .onConflict((oc) => oc.columns(['group_id', 'user_id']).doUpdateSet({ role }).where('memberships.granted_by_claim', '=', 1))
    .execute();
}

export async function deleteClaimMembership(db: Db, groupId: number, userId: number): Promise<void> {
  await db
    .deleteFrom('memberships')
    .where('group_id', '=', groupId)
    .where('user_id', '=', userId)
    .where('granted_by_claim', '=', 1)
    .execute();
}

export async function deleteMembership(db: Db, groupId: number, userId: number): Promise<void> {
  await db.deleteFrom('memberships').where('group_id', '=', groupId).where('user_id', '=', userId).execute();
}
