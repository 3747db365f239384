import type { Request, Response } from 'express';
import { authenticate, changePassword, messages as authMessages } from '../../auth/authenticate.js';
import { mayUseLocalPassword } from '../../auth/local-login-policy.js';
import { currentUser } from '../../web/guards.js';
import { ForbiddenError } from '../../shared/errors.js';
import { formErrors } from '../../web/form-errors.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { loginPageView, safeNext, startSession } from './login-view.js';
import { oidcClient } from './work-account.js';

const messages = {
  accountTitle: 'Min konto',
  workAccountOnly: 'Du logger ind med kommunens arbejdskonto, så der er ingen adgangskode at skifte her.',
  passwordChanged: 'Din adgangskode er skiftet. Du er logget ud alle andre steder.',
};

const accountCrumbs = [{ label: 'Forside', href: '/' }, { label: messages.accountTitle }];

export function showLogin(req: Request, res: Response) {
  if (res.locals.user) return res.redirect(safeNext(req.query.naeste));
  res.render('auth/login', loginPageView(req, { next: safeNext(req.query.naeste), loggedOut: req.query['logget-ud'] === '1' }));
}

export async function login(req: Request, res: Response) {
  const email = String(req.body.email ?? '');
  const password = String(req.body.password ?? '');
  const next = safeNext(req.body.next);
  const missing = [
    ...(email.trim() ? [] : [{ field: 'email', message: authMessages.emailRequired }]),
    ...(password ? [] : [{ field: 'password', message: authMessages.passwordRequired }]),
  ];
  const { db, config } = services(req);
  // With local passwords off, anyone but the break-glass administrator is refused exactly like a wrong password.
  const user = missing.length || !mayUseLocalPassword(config, email) ? undefined : await authenticate(db, email, password);
  if (!user) {
    if (!missing.length) await res.locals.loginAttempt?.failed();
    const errors = missing.length ? missing : [{ field: 'email', message: authMessages.wrongCredentials }];
    return res
      .status(missing.length ? 400 : 401)
      .render('auth/login', { ...loginPageView(req, { next, email, usedPassword: true }), ...formErrors(errors) });
  }
  await res.locals.loginAttempt?.succeeded();
  await startSession(req, user.id);
  res.redirect(next);
}

/** Ends the session here and, when configured and offered, at the municipality's provider too. */
export async function logout(req: Request, res: Response) {
  const idToken = req.session.idToken;
  await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
  res.clearCookie('datadialog.sid');
  const atProvider = idToken === undefined ? undefined : await oidcClient(req)?.endSessionUrl(idToken);
  res.redirect(atProvider ?? '/log-ind?logget-ud=1');
}

/** With local passwords turned off the password form would change something nobody can use. */
function accountView(req: Request, res: Response) {
  return { title: messages.accountTitle, breadcrumbs: accountCrumbs, localPassword: mayUseLocalPassword(services(req).config, currentUser(res).email) };
}

export function showAccount(req: Request, res: Response) {
  res.render('auth/account', accountView(req, res));
}

export async function updatePassword(req: Request, res: Response) {
  const user = currentUser(res);
  if (!mayUseLocalPassword(services(req).config, user.email)) throw new ForbiddenError(messages.workAccountOnly);
  const errors = await changePassword(services(req).db, user, {
    currentPassword: String(req.body.currentPassword ?? ''),
    newPassword: String(req.body.newPassword ?? ''),
    repeatPassword: String(req.body.repeatPassword ?? ''),
  });
  if (errors.length) {
    return res.status(400).render('auth/account', { ...accountView(req, res), ...formErrors(errors) });
  }
  // The change ended every session of the user; start a fresh one so this browser stays signed in.
  await startSession(req, user.id);
  setFlash(req, messages.passwordChanged);
  res.redirect('/konto');
}
