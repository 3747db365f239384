import type { RequestHandler } from 'express';

/**
 * Nothing a signed-in person sees (pages, CSV and SVG exports), nothing the API answers, and no
 * login page with its form token may be kept by the browser or a proxy: on a shared computer the
 * next person could otherwise open it from the history or the cache. Static files are served
 * before this and keep their own caching.
 */
export const noStoreForPeople: RequestHandler = (req, res, next) => {
  if (res.locals.user || req.path.startsWith('/api/') || req.path === '/log-ind' || req.path.startsWith('/log-ind/')) {
    res.set('Cache-Control', 'no-store');
  }
  next();
};
