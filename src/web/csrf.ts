import type { Request, RequestHandler } from 'express';
import { csrfSync } from 'csrf-sync';

const { csrfSynchronisedProtection, generateToken } = csrfSync({
  getTokenFromRequest: (req: Request) => {
    const fromBody = (req.body as Record<string, unknown> | undefined)?._csrf;
    if (typeof fromBody === 'string') return fromBody;
    const fromHeader = req.headers['x-csrf-token'];
    return typeof fromHeader === 'string' ? fromHeader : undefined;
  },
});

/**
 * Every state-changing request carries the session's token. File uploads are multipart, whose body
 * only the upload route parses, so those routes (and only those) check with `verifyCsrf` after
 * parsing; any other multipart post is checked here and refused without a token. The API
 * authenticates with bearer tokens and has no cookie session to forge.
 */
const UPLOAD_ROUTES = [/^\/grupper\/\d+\/import$/];

export const csrfProtection: RequestHandler = (req, res, next) => {
  if (req.path.startsWith('/api/')) return next();
  if (req.is('multipart/form-data') && UPLOAD_ROUTES.some((route) => route.test(req.path))) return next();
  csrfSynchronisedProtection(req, res, next);
};

export const verifyCsrf: RequestHandler = (req, res, next) => csrfSynchronisedProtection(req, res, next);

/**
 * Signed-in pages and the login form get a token. Other anonymous requests (bots, 404s, the redirect
 * to login) get none, so they do not each create a session row.
 */
export const exposeCsrfToken: RequestHandler = (req, res, next) => {
  if (req.session && (res.locals.user || req.path === '/log-ind' || req.path.startsWith('/log-ind/'))) res.locals.csrfToken = generateToken(req);
  next();
};
