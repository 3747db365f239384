import { configFromEnv } from '../config.js';
import { loadContent } from '../content/content-loader.js';
import { describeDatabase, migrateToLatest, openDatabase } from '../db/connection.js';
import { DEMO_PASSWORD, demoUsers } from '../seed/demo-seed.js';
import { prepareFirstStart } from '../seed/first-start.js';
import { startDraining } from '../web/lifecycle.js';
import { createMailer } from '../reminders/mailer.js';
import { createLogger } from '../web/logger.js';
import { createApp } from './create-app.js';
import { startJobs } from './jobs.js';

const config = configFromEnv();
const db = openDatabase(config);
await migrateToLatest(db);
const start = await prepareFirstStart(db, { demoData: config.demoData });
const content = await loadContent(config.contentDir);
const mailer = config.mail.smtp && createMailer(config.mail.smtp, config.mail.from);
const app = createApp({ db, config, content, mailer });

const server = app.listen(config.port, (error?: Error) => {
  // Express 5 hands a failed listen to this callback; the process would otherwise end quietly.
  if (error) {
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    console.error(
      inUse
        ? `Datadialog kan ikke starte: port ${config.port} bruges allerede af et andet program. Stop det, eller vælg en anden port med PORT=…`
        : `Datadialog kan ikke starte på port ${config.port}: ${error.message}`,
    );
    process.exit(1);
  }
  console.log(`Datadialog kører på http://localhost:${config.port} (database: ${describeDatabase(config)})`);
  if (start === 'demo-seeded') {
    console.log(`Demodata er oprettet. Log ind med adgangskoden "${DEMO_PASSWORD}" som:`);
    for (const u of demoUsers) console.log(`  ${u.email}  ${u.name}${u.isAdmin ? ' (administrator)' : ''}`);
  } else if (start === 'no-users') {
    console.log(
      [
        'Databasen har endnu ingen brugere, så ingen kan logge ind. Opret den første administrator med:',
        '  npm run create-admin -- --email navn@kommune.dk --name "Navn Navnesen"',
        'Kommandoen spørger efter adgangskoden. Vil du i stedet se demoen, så start med DEMO_DATA=1 på en tom database.',
      ].join('\n'),
    );
  }
});
// Slow clients must not hold connections open: bounded header and request times.
server.headersTimeout = 20_000;
server.requestTimeout = 60_000;
server.keepAliveTimeout = 5_000;

const stopJobs = startJobs(db, config, mailer, createLogger(config));

// A graceful stop: /readyz turns 503 so the load balancer stops sending, requests under way finish,
// idle keep-alive connections close, and only then the database. A stuck request cannot hold the
// stop beyond the grace period.
const GRACE_MS = 10_000;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    startDraining(app);
    stopJobs();
    setTimeout(() => {
      console.error('Datadialog stoppede, før alle forespørgsler var færdige.');
      process.exit(1);
    }, GRACE_MS).unref();
    server.close(() => void db.destroy().then(() => process.exit(0)));
    server.closeIdleConnections();
  });
}
