import type { Role } from '../shared/actor.js';

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
      role?: Role;
      csrfToken?: string;
    }
  }
}

declare module 'express-session' {
  interface SessionData {
    userId?: number;
    loginAt?: string;
    flash?: { kind: 'success' | 'info' | 'error'; message: string };
  }
}

export {};
