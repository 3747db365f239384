/** A member's role in a leader group: redaktører change the group's data, læsere read along. */
export type Role = 'editor' | 'reader';

/** Who does something, and in which leader group: every change the domain records carries one. */
export interface Actor {
  userId: number;
  groupId: number;
}
