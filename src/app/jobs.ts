import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import { runJobOnce } from '../db/locks.js';
import { deleteExpiredSessions } from '../auth/session-queries.js';
import { deleteExpiredRateLimits } from '../auth/login-limits.js';
import { deleteUploadsOlderThan } from '../imports/upload-queries.js';
import type { Mailer } from '../reminders/mailer.js';
import { deliverDueMessages, queueDueDigests } from '../reminders/reminder-service.js';
import { reminderLog } from './reminder-log.js';
import { runDueFetches } from '../organisation/series-fetch.js';

const SWEEP_MS = 15 * 60_000;
const REMINDER_MS = 60_000;
// Reference series are fetched every few hours at most; a look every 5 minutes finds what is due.
const FETCH_MS = 5 * 60_000;

/**
 * The app's background work: expired sessions, login counters and abandoned uploads are removed;
 * digests are queued before meetings and the outbox is delivered. With several instances on one
 * PostgreSQL database each job runs once per round across all of them (an advisory lock and the
 * job_runs table); SQLite is one process. A failing job is logged and tried again next round; it
 * never stops the app.
 */
export function startJobs(db: Db, config: Config, mailer: Mailer | undefined, logger: Logger): () => void {
  const log = reminderLog(logger);
  // Each job runs once per interval across all instances on the database (runJobOnce).
  const guard = (name: string, intervalMs: number, job: (db: Db) => Promise<unknown>) => () =>
    void runJobOnce(db, name, intervalMs, job).catch((err: unknown) => logger.error({ err, job: name }, 'background job failed'));
  const sweep = guard('sweep', SWEEP_MS, async (db) => {
    await deleteExpiredSessions(db);
    await deleteExpiredRateLimits(db);
    await deleteUploadsOlderThan(db, new Date(Date.now() - 24 * 3_600_000));
  });
  const reminders = guard('reminders', REMINDER_MS, async (db) => {
    const now = new Date();
    await queueDueDigests(db, config, now);
    if (mailer) await deliverDueMessages(db, mailer, now, log);
  });
  const fetches = guard('series-fetches', FETCH_MS, (db) => runDueFetches(db, new Date()));
  const timers = [setInterval(sweep, SWEEP_MS), setInterval(reminders, REMINDER_MS), setInterval(fetches, FETCH_MS)];
  for (const timer of timers) timer.unref();
  reminders();
  return () => timers.forEach(clearInterval);
}
