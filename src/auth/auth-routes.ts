import { Router, type Request, type Response } from 'express';
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import type { Db } from '../db/connection.js';
import type { Config } from '../config.js';
import { fieldErrorMap } from '../shared/errors.js';
import { requireUser, currentUser } from '../web/guards.js';
import { setFlash } from '../web/flash.js';
import { authenticate, changePassword, messages } from './authenticate.js';

function safeNext(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
}

export function authRoutes(db: Db, config: Config): Router {
  const router = Router();
  const loginThrottle = rateLimit({
    windowMs: config.loginWindowMinutes * 60_000,
    limit: config.loginAttemptsPerWindow,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? '')}|${String(req.body?.email ?? '').trim().toLowerCase()}`,
    handler: (_req, res) => {
      res.status(429).render('auth/login', {
        title: 'Log ind',
        errors: [{ field: 'email', message: `For mange mislykkede forsøg. Vent ${config.loginWindowMinutes} minutter, og prøv igen.` }],
      });
    },
  });

  const showLogin = (req: Request, res: Response) => {
    if (res.locals.user) return res.redirect(safeNext(req.query.naeste));
    res.render('auth/login', { title: 'Log ind', next: safeNext(req.query.naeste), loggedOut: req.query['logget-ud'] === '1' });
  };

  const login = async (req: Request, res: Response) => {
    const email = String(req.body.email ?? '');
    const password = String(req.body.password ?? '');
    const next = safeNext(req.body.next);
    const missing = [
      ...(email.trim() ? [] : [{ field: 'email', message: messages.emailRequired }]),
      ...(password ? [] : [{ field: 'password', message: messages.passwordRequired }]),
    ];
    const user = missing.length ? undefined : await authenticate(db, email, password);
    if (!user) {
      const errors = missing.length ? missing : [{ field: 'email', message: messages.wrongCredentials }];
      return res.status(missing.length ? 400 : 401).render('auth/login', { title: 'Log ind', errors, fieldErrors: fieldErrorMap(errors), email, next });
    }
    await regenerate(req);
    req.session.userId = user.id;
    req.session.loginAt = new Date().toISOString();
    res.redirect(next);
  };

  const logout = async (req: Request, res: Response) => {
    await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
    res.clearCookie('datadialog.sid');
    res.redirect('/log-ind?logget-ud=1');
  };

  const showAccount = (_req: Request, res: Response) => {
    res.render('auth/account', { title: 'Min konto', breadcrumbs: [{ label: 'Forside', href: '/' }, { label: 'Min konto' }] });
  };

  const updatePassword = async (req: Request, res: Response) => {
    const user = currentUser(res);
    const errors = await changePassword(db, user, {
      currentPassword: String(req.body.currentPassword ?? ''),
      newPassword: String(req.body.newPassword ?? ''),
      repeatPassword: String(req.body.repeatPassword ?? ''),
    });
    if (errors.length) {
      return res.status(400).render('auth/account', {
        title: 'Min konto',
        breadcrumbs: [{ label: 'Forside', href: '/' }, { label: 'Min konto' }],
        errors,
        fieldErrors: fieldErrorMap(errors),
      });
    }
    // The change ended every session of the user; start a fresh one so this browser stays signed in.
    await regenerate(req);
    req.session.userId = user.id;
    req.session.loginAt = new Date().toISOString();
    setFlash(req, 'Din adgangskode er skiftet. Du er logget ud alle andre steder.');
    res.redirect('/konto');
  };

  router.get('/log-ind', showLogin);
  router.post('/log-ind', loginThrottle, login);
  router.post('/log-ud', logout);
  router.get('/konto', requireUser, showAccount);
  router.post('/konto/adgangskode', requireUser, updatePassword);
  return router;
}

