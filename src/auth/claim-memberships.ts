import type { ClaimGroupMapping } from '../config.js';
import type { UserMembership } from '../groups/group-queries.js';
import type { Role } from '../groups/group.js';

export interface ClaimMembershipPlan {
  /** New memberships, or a new role for one the claim granted before (`before`). */
  grant: { groupId: number; role: Role; before?: Role }[];
  /** Memberships the claim granted and no longer does. */
  revoke: { groupId: number; role: Role }[];
}

/**
 * What the groups claim says the person's memberships should be. Only memberships the claim itself
 * granted are changed or taken away; one an administrator gave is never touched. When two claim
 * values lead to the same group, editor wins. Claim values compare without case, as Windows group names do.
 */
export function planClaimMemberships(claimValues: string[], mapping: ClaimGroupMapping[], current: UserMembership[]): ClaimMembershipPlan {
  const values = new Set(claimValues.map((v) => v.toLowerCase()));
  const wanted = new Map<number, Role>();
  for (const m of mapping) {
    if (values.has(m.claimValue.toLowerCase())) wanted.set(m.groupId, wanted.get(m.groupId) === 'editor' ? 'editor' : m.role);
  }
  const byGroup = new Map(current.map((c) => [c.groupId, c]));
  const grant: ClaimMembershipPlan['grant'] = [];
  for (const [groupId, role] of wanted) {
    const existing = byGroup.get(groupId);
    if (!existing) grant.push({ groupId, role });
    else if (existing.grantedByClaim && existing.role !== role) grant.push({ groupId, role, before: existing.role });
  }
  const revoke = current.filter((c) => c.grantedByClaim && !wanted.has(c.groupId)).map((c) => ({ groupId: c.groupId, role: c.role }));
  return { grant, revoke };
}
