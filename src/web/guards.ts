import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { AccessRole, Actor } from '../shared/actor.js';
import { ForbiddenError, NotFoundError } from '../shared/errors.js';
import { errorView } from './error-pages.js';

const messages = {
  adminOnly: 'Kun systemadministratorer har adgang til denne side.',
  editorOnly: 'Kun gruppens redaktører kan ændre data. Du kan læse med.',
  overseerReadOnly: (above: string) =>
    `Du kan læse med, fordi gruppen hører under „${above}“, men kun gruppens egne redaktører kan ændre data.`,
  membersOnly: (above: string) =>
    `Siden er kun for gruppens medlemmer. Som medlem af „${above}“ kan du læse gruppens indikatorer, mål og aftalte handlinger.`,
  group: 'Gruppen',
};

/** Signed-in users only; others go to the login page and come back afterwards. */
export const requireUser: RequestHandler = (req, res, next) => {
  if (res.locals.user) return next();
  if (req.method === 'GET') return res.redirect(`/log-ind?naeste=${encodeURIComponent(req.originalUrl)}`);
  res.status(401).render('errors/error', errorView(401));
};

export const requireAdmin: RequestHandler = (req, res, next) => {
  if (!res.locals.user) return requireUser(req, res, next);
  if (!res.locals.user.isAdmin) throw new ForbiddenError(messages.adminOnly);
  next();
};

/** A user's standing in one group, as the groups feature finds it. */
export interface GroupAccess {
  group: Datadialog.CurrentGroup;
  role: AccessRole;
  /** For an overseer: the group above this one that they are a member of. */
  via?: { id: number; name: string };
}

/** The least standing a route needs: 'overseer' lets members of groups above read along. */
export type GuardLevel = 'overseer' | 'reader' | 'editor';

export type FindGroupAccess = (req: Request, groupId: number, userId: number) => Promise<GroupAccess | undefined>;

/**
 * Group routes carry :groupId. A user outside the group and outside every group above it gets 404,
 * so another branch's existence does not leak; a reader on an editor route gets 403, and so does a
 * member of a group above on a route for the group's own members. The composition root says how
 * access is found.
 */
export function groupGuards(findAccess: FindGroupAccess): Record<GuardLevel, RequestHandler> {
  const guard = (minimum: GuardLevel): RequestHandler => async (req: Request, res: Response, next: NextFunction) => {
    if (!res.locals.user) return requireUser(req, res, next);
    const groupId = parseId(req.params.groupId);
    const access = groupId === undefined ? undefined : await findAccess(req, groupId, res.locals.user.id);
    if (!access) throw new NotFoundError(messages.group);
    const above = access.via?.name ?? '';
    if (access.role === 'overseer' && minimum === 'editor') throw new ForbiddenError(messages.overseerReadOnly(above));
    if (access.role === 'overseer' && minimum === 'reader') throw new ForbiddenError(messages.membersOnly(above));
    if (minimum === 'editor' && access.role !== 'editor') throw new ForbiddenError(messages.editorOnly);
    res.locals.group = access.group;
    res.locals.role = access.role;
    if (access.via) res.locals.overseenVia = access.via;
    next();
  };
  return { overseer: guard('overseer'), reader: guard('reader'), editor: guard('editor') };
}

export function parseId(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^[1-9]\d{0,9}$/.test(value)) return undefined;
  return Number(value);
}

/** The id in route parameter `name`, or a 404 naming `what` ("Mødet findes ikke"). */
export function idParam(req: Request, name: string, what: string): number {
  const id = parseId(req.params[name]);
  if (id === undefined) throw new NotFoundError(what);
  return id;
}

/** For handlers behind a group guard: the context is always there, typed without assertions at every call. */
export function groupContext(res: Response): { group: Datadialog.CurrentGroup; role: AccessRole; user: Datadialog.SignedInUser } {
  const { group, role, user } = res.locals;
  if (!group || !role || !user) throw new Error('groupContext used on a route without a group guard');
  return { group, role, user };
}

/** The acting user and group of a group route, as the domain records it. */
export function actorOf(res: Response): Actor {
  const { group, user } = groupContext(res);
  return { userId: user.id, groupId: group.id };
}

export function currentUser(res: Response): Datadialog.SignedInUser {
  if (!res.locals.user) throw new Error('currentUser used on a route without requireUser');
  return res.locals.user;
}
