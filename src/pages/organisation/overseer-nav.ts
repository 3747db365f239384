import type { RequestHandler } from 'express';

/** The group menu's sections a member of a group above may open: the rest are the group's own (403). */
const READABLE = new Set(['Overblik', 'Indikatorer', 'Mål', 'Handlinger']);

/** Runs after withGroupNav: a member of a group above sees only the tabs they may read. */
export const overseerNav: RequestHandler = (_req, res, next) => {
  if (res.locals.role === 'overseer' && Array.isArray(res.locals.groupNav)) {
    res.locals.groupNav = (res.locals.groupNav as Array<{ label: string }>).filter((item) => READABLE.has(item.label));
  }
  next();
};
