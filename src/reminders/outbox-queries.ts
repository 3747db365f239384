import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.js';
import type { OutboxTable } from '../db/schema.js';
import type { OutboxMessage, OutboxStatus, OutgoingMessage } from './outbox.js';

function toMessage(row: Selectable<OutboxTable>): OutboxMessage {
  return {
    id: row.id,
    groupId: row.group_id,
    meetingId: row.meeting_id,
    kind: row.kind,
    recipientUserId: row.recipient_user_id,
    recipientEmail: row.recipient_email,
    recipientName: row.recipient_name,
    subject: row.subject,
    bodyText: row.body_text,
    bodyHtml: row.body_html,
    ics: row.ics,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

/** Puts messages in the outbox; one whose dedupe key is there already is left out. Returns how many were new. */
export async function enqueueMessages(db: Db, messages: readonly OutgoingMessage[], status: OutboxStatus, now: Date): Promise<number> {
  let added = 0;
  for (const m of messages) {
    const result = await db
      .insertInto('outbox')
      .values({
        group_id: m.groupId,
        meeting_id: m.meetingId,
        kind: m.kind,
        dedupe_key: m.dedupeKey,
        recipient_user_id: m.recipientUserId,
        recipient_email: m.recipientEmail,
        recipient_name: m.recipientName,
        subject: m.subject,
        body_text: m.bodyText,
        body_html: m.bodyHtml,
        ics: m.ics,
        status,
        next_attempt_at: now.toISOString(),
        created_at: now.toISOString(),
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return added;
}

export async function listOutbox(db: Db, groupId: number, limit: number): Promise<OutboxMessage[]> {
  const rows = await db.selectFrom('outbox').selectAll().where('group_id', '=', groupId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map(toMessage);
}

export async function findOutboxMessage(db: Db, groupId: number, id: number): Promise<OutboxMessage | undefined> {
  const row = await db.selectFrom('outbox').selectAll().where('group_id', '=', groupId).where('id', '=', id).executeTakeFirst();
  return row && toMessage(row);
}

export async function listDueMessages(db: Db, now: Date, limit: number): Promise<OutboxMessage[]> {
  const rows = await db
    .selectFrom('outbox')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now.toISOString())
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toMessage);
}

/**
 * Takes a due message for sending by moving its next attempt into the future. Only one caller gets
 * `true`, so two instances never send the same message, and a process that dies mid-send leaves the
 * message to be tried again after `lease`.
 */
export async function claimMessage(db: Db, message: OutboxMessage, now: Date, leaseMs: number): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ next_attempt_at: new Date(now.getTime() + leaseMs).toISOString(), attempts: message.attempts + 1 })
    .where('id', '=', message.id)
    .where('status', '=', 'pending')
    .where('attempts', '=', message.attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markSent(db: Db, id: number, now: Date): Promise<void> {
  await db.updateTable('outbox').set({ status: 'sent', sent_at: now.toISOString(), last_error: null }).where('id', '=', id).execute();
}

export async function markAttemptFailed(db: Db, id: number, error: string, retryAt: Date | undefined): Promise<void> {
  await db
    .updateTable('outbox')
    .set(retryAt ? { last_error: error, next_attempt_at: retryAt.toISOString() } : { last_error: error, status: 'failed' })
    .where('id', '=', id)
    .execute();
}

/** How many members got this meeting's invitation, and when it last went out. */
export async function invitationStatus(db: Db, meetingId: number): Promise<{ recipients: number; lastAt: string | null }> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => [eb.fn.count<number>('recipient_email').distinct().as('recipients'), eb.fn.max('created_at').as('last_at')])
    .where('meeting_id', '=', meetingId)
    .where('kind', '=', 'invitation')
    .executeTakeFirst();
  return { recipients: Number(row?.recipients ?? 0), lastAt: row?.last_at ?? null };
}
