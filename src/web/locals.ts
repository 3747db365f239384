import type { User } from '../auth/user.js';
import type { Group, GroupMembership, Role } from '../groups/group.js';

declare global {
  namespace Express {
    interface Locals {
      user?: User;
      memberships?: GroupMembership[];
      group?: Group;
      role?: Role;
      csrfToken?: string;
    }
  }
}

export {};
