import type { Request, Response } from 'express';
import { completeWorkAccountSignIn } from '../../auth/external-sign-in.js';
import { SignInError, type SignInFailure } from '../../auth/oidc/sign-in-error.js';
import { NotFoundError } from '../../shared/errors.js';
import { services } from '../../web/services.js';
import { loginPageView, safeNext, startSession } from './login-view.js';
import { oidcClient } from './work-account.js';

const messages = {
  notConfigured: 'Login med arbejdskonto',
};

/** Refusals about the person (not the protocol) are 403; a provider we cannot reach is 502. */
function statusOf(reason: SignInFailure): number {
  if (reason === 'user-unknown' || reason === 'user-deactivated' || reason === 'identity-conflict') return 403;
  if (reason === 'provider-unreachable') return 502;
  return 400;
}

function refuse(req: Request, res: Response, err: SignInError) {
  req.log?.warn({ signIn: { reason: err.reason, detail: err.detail } }, 'work-account sign-in refused');
  res.status(statusOf(err.reason)).render('auth/login', loginPageView(req, { next: '/', signInError: err.message }));
}

function clientOf(req: Request) {
  const client = oidcClient(req);
  if (!client) throw new NotFoundError(messages.notConfigured);
  return client;
}

/** Sends the browser to the municipality's provider, remembering what must come back with it. */
export async function begin(req: Request, res: Response) {
  const client = clientOf(req);
  try {
    const { authorizationUrl, ...pending } = await client.beginSignIn();
    req.session.oidc = { ...pending, next: safeNext(req.query.naeste) };
    res.redirect(authorizationUrl);
  } catch (err) {
    if (err instanceof SignInError) return refuse(req, res, err);
    throw err;
  }
}

/** The provider's answer: verified, matched to a Datadialog user, and only then a session. */
export async function complete(req: Request, res: Response) {
  const client = clientOf(req);
  const { db, config } = services(req);
  const saved = req.session.oidc;
  // One use only: a replayed answer finds nothing to match.
  delete req.session.oidc;
  try {
    const { user, idToken } = await completeWorkAccountSignIn(db, config.oidc!, client, req.originalUrl, saved);
    await startSession(req, user.id);
    if (config.oidc?.endSession) req.session.idToken = idToken;
    res.redirect(saved?.next ?? '/');
  } catch (err) {
    if (err instanceof SignInError) return refuse(req, res, err);
    throw err;
  }
}
