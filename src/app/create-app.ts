import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { DestinationStream } from 'pino';
import type { Db } from '../db/connection.js';
import type { Config } from '../config.js';
import type { Content } from '../content/content-loader.js';
import { createLogger, requestLogSerializers } from '../web/logger.js';
import { configureViews } from '../web/views.js';
import { csrfProtection, exposeCsrfToken } from '../web/csrf.js';
import { exposeFlash } from '../web/flash.js';
import { errorHandler, notFoundHandler } from '../web/error-handler.js';
import { provideServices } from '../web/services.js';
import { noStoreForPeople } from '../web/cache-control.js';
import { createOidcClient, type OidcClient } from '../auth/oidc/oidc-client.js';
import { provideOidcClient } from '../pages/auth/work-account.js';
import '../web/locals.js';
import './locals.js';
import { DbSessionStore } from './session-store.js';
import { createMailer, type Mailer } from '../reminders/mailer.js';
import { provideReminders } from '../pages/outbox/reminders-of-app.js';
import { reminderLog } from './reminder-log.js';
import { loadSignedInUser } from './signed-in-user.js';
import { mountRoutes, routeTable } from './routes.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface AppDeps {
  db: Db;
  config: Config;
  content: Content;
  /** Where request logs go; stdout when not given. */
  logDestination?: DestinationStream;
  /** "Now" for every page; tests may fix it. */
  now?: () => Date;
  /** The work-account client; by default one is created from config.oidc when that is set. */
  oidcClient?: OidcClient;
  /** Sends reminders; by default one is made from config.mail.smtp when that is set. */
  mailer?: Mailer;
}

/** Builds the whole app without listening, so tests can drive it in-process. */
export function createApp({ db, config, content, logDestination, now = () => new Date(), oidcClient, mailer }: AppDeps): Express {
  const app = express();
  provideServices(app, { db, config, content, now });
  provideOidcClient(app, oidcClient ?? (config.oidc && createOidcClient(config.oidc)));
  const logger = createLogger(config, logDestination);
  provideReminders(app, { mailer: mailer ?? (config.mail.smtp && createMailer(config.mail.smtp, config.mail.from)), log: reminderLog(logger) });
  app.disable('x-powered-by');
  // Signed-in pages are never cached (Cache-Control: no-store), so an ETag (a SHA-1 of every page,
  // a quarter of a megabyte for the overview) is work without use. Static files keep theirs.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  app.locals.content = content;
  configureViews(app, projectRoot);
  // Compiled templates and partials are kept in memory except while developing, when an edited
  // template should show on the next request. Express only does this by itself for NODE_ENV=production.
  if (config.env !== 'development') app.enable('view cache');

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
        },
      },
      strictTransportSecurity: config.secureCookies,
    }),
  );
  app.use('/dkfds', express.static(`${projectRoot}node_modules/dkfds/dist`, { maxAge: '7d', index: false }));
  app.use('/static', express.static(`${projectRoot}src/web/static`, { maxAge: '1h', index: false }));
  app.use(
    pinoHttp({
      logger,
      serializers: requestLogSerializers,
      wrapSerializers: false,
      customProps: (_req, res) => ({ userId: (res as unknown as { locals?: { user?: { id: number } } }).locals?.user?.id }),
    }),
  );
  app.use(express.urlencoded({ extended: false, limit: '200kb', parameterLimit: 2000 }));
  app.use(express.json({ limit: '200kb' }));
  app.use(
    session({
      name: 'datadialog.sid',
      secret: config.sessionSecret,
      store: new DbSessionStore(db, config.sessionIdleMinutes * 60_000),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      // Left to Express's own "trust proxy" hops: req.secure decides the Secure cookie.
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies ? 'auto' : false,
        maxAge: config.sessionIdleMinutes * 60_000,
      },
    }),
  );
  app.use(loadSignedInUser(db, config));
  app.use(noStoreForPeople);
  app.use(csrfProtection);
  app.use(exposeCsrfToken);
  app.use(exposeFlash);

  mountRoutes(app, routeTable(db, config));

  app.use(notFoundHandler);
  app.use(errorHandler(config));
  return app;
}
