import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Db } from '../db/connection.js';
import { findGroup, findRole } from '../groups/group-queries.js';
import type { Group, Role } from '../groups/group.js';
import type { User } from '../auth/user.js';
import { errorView } from './error-pages.js';
import { ForbiddenError, NotFoundError } from '../shared/errors.js';

/** Signed-in users only; others go to the login page and come back afterwards. */
export const requireUser: RequestHandler = (req, res, next) => {
  if (res.locals.user) return next();
  if (req.method === 'GET') return res.redirect(`/log-ind?naeste=${encodeURIComponent(req.originalUrl)}`);
  res.status(401).render('errors/error', errorView(401));
};

export const requireAdmin: RequestHandler = (req, res, next) => {
  if (!res.locals.user) return requireUser(req, res, next);
  if (!res.locals.user.isAdmin) throw new ForbiddenError('Kun systemadministratorer har adgang til denne side.');
  next();
};

/**
 * Group routes carry :groupId. A user outside the group gets 404, so another group's existence
 * does not leak; a reader on an editor route gets 403. System administrators manage groups but
 * only see a group's data as a member.
 */
export function requireGroup(db: Db, minimum: Role): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (!res.locals.user) return requireUser(req, res, next);
    const groupId = parseId(req.params.groupId);
    const role = groupId === undefined ? undefined : await findRole(db, groupId, res.locals.user.id);
    const group = role && groupId !== undefined ? await findGroup(db, groupId) : undefined;
    if (!role || !group) throw new NotFoundError('Gruppen');
    if (minimum === 'editor' && role !== 'editor') {
      throw new ForbiddenError('Kun gruppens redaktører kan ændre data. Du kan læse med.');
    }
    res.locals.group = group;
    res.locals.role = role;
    next();
  };
}

export function parseId(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^[1-9]\d{0,9}$/.test(value)) return undefined;
  return Number(value);
}

/** For handlers behind requireGroup: the context is always there, typed without assertions at every call. */
export function groupContext(res: Response): { group: Group; role: Role; user: User } {
  const { group, role, user } = res.locals;
  if (!group || !role || !user) throw new Error('groupContext used on a route without requireGroup');
  return { group, role, user };
}

export function currentUser(res: Response): User {
  if (!res.locals.user) throw new Error('currentUser used on a route without requireUser');
  return res.locals.user;
}
