import type { Application, Request } from 'express';
import type { OidcClient } from '../../auth/oidc/oidc-client.js';

// One OpenID Connect client per app, created once by the composition root: it caches the
// provider's discovery document and keys, so it must outlive a request.
const byApp = new WeakMap<Application, OidcClient>();

export function provideOidcClient(app: Application, client: OidcClient | undefined): void {
  if (client) byApp.set(app, client);
  else byApp.delete(app);
}

/** The app's client, or undefined when sign-in with work accounts is not configured. */
export function oidcClient(req: Request): OidcClient | undefined {
  return byApp.get(req.app);
}
