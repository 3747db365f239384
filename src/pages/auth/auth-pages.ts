import type { Request, Response } from 'express';
import { authenticate, changePassword, messages as authMessages } from '../../auth/authenticate.js';
import { currentUser } from '../../web/guards.js';
import { formErrors } from '../../web/form-errors.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';

const messages = {
  loginTitle: 'Log ind',
  accountTitle: 'Min konto',
  passwordChanged: 'Din adgangskode er skiftet. Du er logget ud alle andre steder.',
};

const accountCrumbs = [{ label: 'Forside', href: '/' }, { label: messages.accountTitle }];

function safeNext(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
}

/** A fresh session id at every sign-in, so a session fixed before login is worth nothing after it. */
async function startSession(req: Request, userId: number): Promise<void> {
  await regenerate(req);
  req.session.userId = userId;
  req.session.loginAt = new Date().toISOString();
}

export function showLogin(req: Request, res: Response) {
  if (res.locals.user) return res.redirect(safeNext(req.query.naeste));
  res.render('auth/login', { title: messages.loginTitle, next: safeNext(req.query.naeste), loggedOut: req.query['logget-ud'] === '1' });
}

export async function login(req: Request, res: Response) {
  const email = String(req.body.email ?? '');
  const password = String(req.body.password ?? '');
  const next = safeNext(req.body.next);
  const missing = [
    ...(email.trim() ? [] : [{ field: 'email', message: authMessages.emailRequired }]),
    ...(password ? [] : [{ field: 'password', message: authMessages.passwordRequired }]),
  ];
  const user = missing.length ? undefined : await authenticate(services(req).db, email, password);
  if (!user) {
    const errors = missing.length ? missing : [{ field: 'email', message: authMessages.wrongCredentials }];
    return res.status(missing.length ? 400 : 401).render('auth/login', { title: messages.loginTitle, ...formErrors(errors), email, next });
  }
  await startSession(req, user.id);
  res.redirect(next);
}

export async function logout(req: Request, res: Response) {
  await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
  res.clearCookie('datadialog.sid');
  res.redirect('/log-ind?logget-ud=1');
}

export function showAccount(_req: Request, res: Response) {
  res.render('auth/account', { title: messages.accountTitle, breadcrumbs: accountCrumbs });
}

export async function updatePassword(req: Request, res: Response) {
  const user = currentUser(res);
  const errors = await changePassword(services(req).db, user, {
    currentPassword: String(req.body.currentPassword ?? ''),
    newPassword: String(req.body.newPassword ?? ''),
    repeatPassword: String(req.body.repeatPassword ?? ''),
  });
  if (errors.length) {
    return res.status(400).render('auth/account', { title: messages.accountTitle, breadcrumbs: accountCrumbs, ...formErrors(errors) });
  }
  // The change ended every session of the user; start a fresh one so this browser stays signed in.
  await startSession(req, user.id);
  setFlash(req, messages.passwordChanged);
  res.redirect('/konto');
}
