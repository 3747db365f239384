import type { OutboxKind, OutboxStatus } from '../db/schema.js';

export type { OutboxKind, OutboxStatus };

/** One e-mail the app sent, will send, or would have sent had SMTP been set up. */
export interface OutboxMessage {
  id: number;
  groupId: number;
  meetingId: number | null;
  kind: OutboxKind;
  recipientUserId: number | null;
  recipientEmail: string;
  recipientName: string;
  subject: string;
  bodyText: string;
  bodyHtml: string;
  ics: string | null;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** What is put in the outbox; the queue decides status and timing. */
export type OutgoingMessage = Omit<OutboxMessage, 'id' | 'status' | 'attempts' | 'lastError' | 'createdAt' | 'sentAt'> & {
  /** The same key never goes out twice, also when several instances run the reminder job. */
  dedupeKey: string;
};

export const KIND_LABELS: Record<OutboxKind, string> = {
  invitation: 'Mødeindkaldelse',
  digest: 'Påmindelse før mødet',
};

export const STATUS_LABELS: Record<OutboxStatus, string> = {
  pending: 'Venter på at blive sendt',
  sent: 'Sendt',
  failed: 'Kunne ikke sendes',
  'not-sent': 'Ikke sendt: e-mail er ikke sat op',
};

/** Attempts before a message is given up; the waits between them grow, so a short outage is ridden out. */
export const RETRY_DELAYS_MINUTES = [1, 5, 15, 60] as const;
