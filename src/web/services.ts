import type { Application, Request } from 'express';
import type { Db } from '../db/connection.js';
import type { Config } from '../config.js';
import type { Content } from '../content/content-loader.js';

/** What every page handler may use; the composition root provides one set per app. */
export interface Services {
  db: Db;
  config: Config;
  content: Content;
  /** "Now", injectable so tests can fix the date. */
  now: () => Date;
}

// Kept beside the app, not in app.locals: everything in app.locals reaches every template.
const byApp = new WeakMap<Application, Services>();

export function provideServices(app: Application, services: Services): void {
  byApp.set(app, services);
}

export function services(req: Request): Services {
  const found = byApp.get(req.app);
  if (!found) throw new Error('services() used in an app without provideServices()');
  return found;
}
