import type { User } from '../auth/user.js';
import type { Group, MembershipName } from '../groups/group.js';

/**
 * The HTTP kit types res.locals with the little it needs (web/locals.ts); here, where every feature
 * is known, the domain's User and Group are merged in, so pages read them fully typed.
 */
declare global {
  namespace Datadialog {
    interface SignedInUser extends User {}
    interface CurrentGroup extends Group {}
    interface Membership extends MembershipName {}
  }
}

export {};
