import type { RequestHandler } from 'express';
import type { Db } from '../db/connection.js';
import type { Config } from '../config.js';
import { findUserWithMemberships } from '../auth/signed-in-queries.js';

/**
 * Loads the signed-in user on every request, so deactivation and the absolute timeout take effect
 * at once, not when the cookie runs out.
 */
export function loadSignedInUser(db: Db, config: Config): RequestHandler {
  const absoluteMs = config.sessionAbsoluteHours * 3_600_000;
  return async (req, res, next) => {
    const userId = req.session?.userId;
    if (userId === undefined) return next();
    const loginAt = req.session.loginAt ? Date.parse(req.session.loginAt) : 0;
    const found = await findUserWithMemberships(db, userId);
    if (!found || !found.user.active || Date.now() - loginAt > absoluteMs) {
      await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
      return next();
    }
    res.locals.user = found.user;
    res.locals.memberships = found.memberships;
    next();
  };
}
