import type { Application, Request } from 'express';
import type { Mailer } from '../../reminders/mailer.js';
import type { DeliveryLog } from '../../reminders/reminder-service.js';

export interface AppReminders {
  mailer: Mailer | undefined;
  log: DeliveryLog;
}

// One mailer per app, created once by the composition root: its SMTP connections outlive a request.
const byApp = new WeakMap<Application, AppReminders>();

export function provideReminders(app: Application, reminders: AppReminders): void {
  byApp.set(app, reminders);
}

export function remindersOf(req: Request): AppReminders {
  return byApp.get(req.app) ?? { mailer: undefined, log: { sent: () => undefined, failed: () => undefined } };
}
