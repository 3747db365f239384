import type { Request } from 'express';
import { services } from '../../web/services.js';
import { oidcClient } from './work-account.js';

export const loginMessages = {
  title: 'Log ind',
};

/** A path inside Datadialog to return to after sign-in; anything else (another site) gives the front page. */
export function safeNext(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
}

/** A fresh session id at every sign-in, so a session fixed before login is worth nothing after it. */
export async function startSession(req: Request, userId: number): Promise<void> {
  await regenerate(req);
  req.session.userId = userId;
  req.session.loginAt = new Date().toISOString();
}

export interface LoginPageState {
  next?: string;
  /** The Danish reason a work-account sign-in was refused. */
  signInError?: string;
  /** Shown after a failed password attempt, so the form stays where the person was. */
  usedPassword?: boolean;
  email?: string;
  loggedOut?: boolean;
}

/**
 * What the login page offers: the work-account button when it is configured, and the password form
 * when local passwords are on. With them off, only the break-glass administrator's link (?lokal=1)
 * brings the form back.
 */
export function loginPageView(req: Request, state: LoginPageState) {
  const { config } = services(req);
  const workAccount = oidcClient(req) !== undefined;
  const breakGlass = !config.localLogin && config.breakGlassAdmin !== undefined;
  const asked = req.query.lokal === '1';
  const next = state.next ?? '/';
  return {
    title: loginMessages.title,
    next,
    email: state.email,
    loggedOut: state.loggedOut,
    signInError: state.signInError,
    workAccount,
    nextQuery: next === '/' ? undefined : encodeURIComponent(next),
    showPasswordForm: config.localLogin || (breakGlass && (asked || state.usedPassword === true)),
    breakGlass,
  };
}
