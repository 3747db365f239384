/** Who does something, and in which leader group: every change the domain records carries one. */
export interface Actor {
  userId: number;
  groupId: number;
}
