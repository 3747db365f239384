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
 * Every state-changing request carries the session's token. Multipart bodies are parsed by the
 * upload route itself, so those routes call `verifyCsrf` after parsing; the API authenticates with
 * bearer tokens and has no cookie session to forge.
 */
export const csrfProtection: RequestHandler = (req, res, next) => {
  if (req.path.startsWith('/api/')) return next();
  if (req.is('multipart/form-data')) return next();
  csrfSynchronisedProtection(req, res, next);
};

export const verifyCsrf: RequestHandler = (req, res, next) => csrfSynchronisedProtection(req, res, next);

export const exposeCsrfToken: RequestHandler = (req, res, next) => {
  if (req.session && !req.path.startsWith('/api/')) res.locals.csrfToken = generateToken(req);
  next();
};
