import type { AccessRole, Role } from '../shared/actor.js';

/**
 * What the HTTP kit knows of the request's user and group: only what guards and layouts need.
 * The composition root (app/locals.ts) merges the domain's own User and Group into these
 * interfaces, so pages see the full types while this layer stays ignorant of every feature.
 */
declare global {
  namespace Datadialog {
    interface SignedInUser {
      id: number;
      isAdmin: boolean;
    }
    interface CurrentGroup {
      id: number;
      name: string;
    }
    interface Membership {
      role: Role;
    }
  }

  namespace Express {
    interface Locals {
      user?: Datadialog.SignedInUser;
      memberships?: Datadialog.Membership[];
      group?: Datadialog.CurrentGroup;
      role?: AccessRole;
      /** Set when the user reads this group as a member of a group above it. */
      overseenVia?: { id: number; name: string };
      csrfToken?: string;
      /** Set by the login throttle: the login handler reports how the attempt went. */
      loginAttempt?: { failed(): Promise<void>; succeeded(): Promise<void> };
    }
  }
}

declare module 'express-session' {
  interface SessionData {
    userId?: number;
    loginAt?: string;
    flash?: { kind: 'success' | 'info' | 'error'; message: string };
    /** A work-account sign-in under way: what the provider's answer must match, and where to go after. */
    oidc?: { state: string; nonce: string; codeVerifier: string; next: string };
    /** The provider's ID token, kept only to sign out there too (OIDC_END_SESSION=on). */
    idToken?: string;
  }
}

export {};
