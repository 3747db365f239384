import type { Db } from '../db/connection.js';
import type { GroupMembership } from '../groups/group.js';
import { toGroup } from '../groups/group-queries.js';
import type { User } from './user.js';
import { toUser } from './user-queries.js';

/**
 * The signed-in user and their memberships with each group, by group name, in one query: every
 * signed-in request needs both (the menu lists the groups, the guards check the role).
 */
export async function findUserWithMemberships(db: Db, userId: number): Promise<{ user: User; memberships: GroupMembership[] } | undefined> {
  const rows = await db
    .selectFrom('users')
    .leftJoin('memberships', 'memberships.user_id', 'users.id')
    .leftJoin('groups', 'groups.id', 'memberships.group_id')
    .select(['users.id', 'users.email', 'users.name', 'users.is_admin', 'users.deactivated_at', 'memberships.role'])
    .select(['groups.id as group_id', 'groups.name as group_name', 'groups.description', 'groups.core_task', 'groups.parent_id'])
    .where('users.id', '=', userId)
    .orderBy('groups.name')
    .execute();
  const [first] = rows;
  if (!first) return undefined;
  const memberships = rows.flatMap((r) =>
    r.group_id === null || r.role === null
      ? []
      : [{ group: toGroup({ id: r.group_id, name: r.group_name ?? '', description: r.description ?? '', core_task: r.core_task ?? '', parent_id: r.parent_id }), role: r.role }],
  );
  return { user: toUser(first), memberships };
}
