import type { Logger } from 'pino';
import type { DeliveryLog } from '../reminders/reminder-service.js';

/** Delivery outcomes as log lines: the recipient's address is personal data and is left out. */
export function reminderLog(logger: Logger): DeliveryLog {
  return {
    sent: (m) => logger.info({ outboxId: m.id, kind: m.kind, groupId: m.groupId }, 'reminder sent'),
    failed: (m, error, willRetry) => logger.warn({ outboxId: m.id, kind: m.kind, groupId: m.groupId, error, willRetry }, 'reminder not sent'),
  };
}
