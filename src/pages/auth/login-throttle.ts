import type { RequestHandler } from 'express';
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import type { Config } from '../../config.js';

const messages = {
  tooMany: (minutes: number) => `For mange mislykkede forsøg. Vent ${minutes} minutter, og prøv igen.`,
};

/** Failed sign-ins per address and e-mail address; a successful one does not count. */
export function loginThrottle(config: Config): RequestHandler {
  return rateLimit({
    windowMs: config.loginWindowMinutes * 60_000,
    limit: config.loginAttemptsPerWindow,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? '')}|${String(req.body?.email ?? '').trim().toLowerCase()}`,
    handler: (_req, res) => {
      res.status(429).render('auth/login', {
        title: 'Log ind',
        errors: [{ field: 'email', message: messages.tooMany(config.loginWindowMinutes) }],
      });
    },
  });
}
