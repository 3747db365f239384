import type { RequestHandler } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { createLoginLimits } from '../../auth/login-limits.js';
import { loginPageView } from './login-view.js';

const messages = {
  tooMany: (minutes: number) => `For mange mislykkede forsøg. Vent ${minutes} ${minutes === 1 ? 'minut' : 'minutter'}, og prøv igen.`,
};

/**
 * Failed password sign-ins per account across addresses, and per address across accounts, counted
 * in the app's database so all instances share them. The address is req.ip, which believes only
 * the configured number of proxy hops. The login handler reports the outcome through res.locals.
 */
export function loginThrottle(db: Db, config: Config): RequestHandler {
  const limits = createLoginLimits(db, {
    perAccount: config.loginAttemptsPerWindow,
    perAddress: config.loginAttemptsPerAddress,
    windowMinutes: config.loginWindowMinutes,
  });
  return async (req, res, next) => {
    const address = ipKeyGenerator(req.ip ?? '');
    const email = String(req.body?.email ?? '');
    const check = await limits.check(address, email);
    if (check.blocked) {
      const minutes = Math.ceil(check.retryAfterSeconds / 60);
      res.set('Retry-After', String(check.retryAfterSeconds));
      return res.status(429).render('auth/login', {
        ...loginPageView(req, { email, usedPassword: true }),
        errors: [{ field: 'email', message: messages.tooMany(minutes) }],
        fieldErrors: { email: messages.tooMany(minutes) },
      });
    }
    res.locals.loginAttempt = {
      failed: () => limits.failed(address, email),
      succeeded: () => limits.succeeded(email),
    };
    next();
  };
}
