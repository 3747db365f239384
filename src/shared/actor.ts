/** A member's role in a leader group: redaktører change the group's data, læsere read along. */
export type Role = 'editor' | 'reader';

/**
 * What a user may do in a group's pages: their own role as a member, or 'overseer' when they are a
 * member of a group above it in the organisation, which lets them read (never change) its indicators,
 * goals and decided actions.
 */
export type AccessRole = Role | 'overseer';

/** Who does something, and in which leader group: every change the domain records carries one. */
export interface Actor {
  userId: number;
  groupId: number;
}
