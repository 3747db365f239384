import type { Db } from '../db/connection.js';
import type { Config } from '../config.js';
import { findGroup, listMembers } from '../groups/group-queries.js';
import { isOpen } from '../meetings/action.js';
import { loadAgendaOutline } from '../meetings/agenda-outline.js';
import { loadGroupBoard } from '../meetings/group-board.js';
import { displayDate, type Meeting } from '../meetings/meeting.js';
import { bumpInvitationSequence, findMeeting } from '../meetings/meeting-queries.js';
import { displayPeriod } from '../periods/period.js';
import { addDays, copenhagenDay } from '../shared/clock.js';
import { indicatorOwners } from '../indicators/indicator-owner.js';
import { found } from '../shared/errors.js';
import { composeDigest, composeInvitation, messages as mailMessages, type ComposedMail } from './compose.js';
import { meetingCalendar } from './ics.js';
import type { Mailer } from './mailer.js';
import { meetingWhen } from './meeting-when.js';
import type { OutgoingMessage, OutboxMessage } from './outbox.js';
import { RETRY_DELAYS_MINUTES } from './outbox.js';
import { claimMessage, enqueueMessages, listDueMessages, markAttemptFailed, markSent } from './outbox-queries.js';

function meetingUrl(config: Config, meeting: Meeting): string {
  return `${config.mail.publicUrl}/grupper/${meeting.groupId}/moeder/${meeting.id}`;
}

function fromPerson(config: Config): { name: string; email: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(config.mail.from);
  return match ? { name: match[1] || 'Datadialog', email: match[2]! } : { name: 'Datadialog', email: config.mail.from.trim() };
}

async function recipientsOf(db: Db, groupId: number) {
  return (await listMembers(db, groupId)).filter((m) => m.active && m.email);
}

function outgoingTo(
  member: { userId: number; name: string; email: string },
  meeting: Meeting,
  kind: OutgoingMessage['kind'],
  dedupeKey: string,
  ics: string | null,
  mail: ComposedMail,
): OutgoingMessage {
  return {
    groupId: meeting.groupId,
    meetingId: meeting.id,
    kind,
    dedupeKey,
    recipientUserId: member.userId,
    recipientEmail: member.email,
    recipientName: member.name,
    subject: mail.subject,
    bodyText: mail.text,
    bodyHtml: mail.html,
    ics,
  };
}

/** Without SMTP nothing leaves the app; the messages are kept so the group can see what would have gone out. */
function initialStatus(config: Config) {
  return config.mail.smtp ? 'pending' : 'not-sent';
}

export interface QueuedInvitations {
  recipients: number;
  sent: boolean;
}

/**
 * Puts the meeting's invitation, with the agenda and a calendar file, in the outbox for every active
 * member. Sending it again after a change raises the calendar's SEQUENCE, so calendars update the
 * meeting instead of adding a second one.
 */
export async function queueInvitations(db: Db, config: Config, groupId: number, meetingId: number, now: Date, options: { resend: boolean }): Promise<QueuedInvitations> {
  if (options.resend) await bumpInvitationSequence(db, meetingId);
  const meeting = found(await findMeeting(db, groupId, meetingId), 'Mødet');
  const group = found(await findGroup(db, groupId), 'Gruppen');
  const [members, agenda] = await Promise.all([recipientsOf(db, groupId), loadAgendaOutline(db, groupId, meetingId)]);
  const when = meetingWhen(meeting);
  const url = meetingUrl(config, meeting);
  const host = new URL(config.mail.publicUrl).host;
  const description = [
    `${mailMessages.agendaHeading}:`,
    ...(agenda.length ? agenda.map((a, i) => `${i + 1}. ${a.title}`) : [mailMessages.noAgenda]),
    '',
    url,
  ].join('\n');
  const ics = meetingCalendar(
    { id: meeting.id, title: `${meeting.title} – ${group.name}`, date: meeting.date, startTime: meeting.startTime, durationMinutes: meeting.durationMinutes, location: meeting.location, sequence: meeting.invitationSequence, description, url },
    fromPerson(config),
    members.map((m) => ({ name: m.name, email: m.email })),
    host,
  );
  const outgoing = members.map((m) =>
    outgoingTo(m, meeting, 'invitation', `invitation:${meetingId}:${meeting.invitationSequence}:${m.userId}`, ics, composeInvitation({ recipientName: m.name, groupName: group.name, meetingTitle: meeting.title, when, location: meeting.location, agenda, url })),
  );
  await enqueueMessages(db, outgoing, initialStatus(config), now);
  return { recipients: members.length, sent: config.mail.smtp !== undefined };
}

/** What a member should look at before the meeting: due and overdue actions, missing figures, goals behind. */
export async function digestFor(db: Db, meeting: Meeting, now: Date) {
  const today = copenhagenDay(now);
  const [board, owners] = await Promise.all([loadGroupBoard(db, meeting.groupId, now), indicatorOwners(db, meeting.groupId)]);
  const names = new Map(board.entries.map((e) => [e.indicator.id, e.indicator.name]));
  const open = board.actions.filter(isOpen).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id);
  const line = (a: (typeof open)[number]) => mailMessages.action(`${a.whatAndWhy}${a.indicatorId !== null && names.has(a.indicatorId) ? ` (${names.get(a.indicatorId)})` : ''}`, a.responsible, displayDate(a.dueDate));
  return {
    overdue: open.filter((a) => a.dueDate < today).map(line),
    due: open.filter((a) => a.dueDate >= today && a.dueDate <= meeting.date).map(line),
    missing: board.entries.filter((e) => e.figures.missingPeriod).map((e) => mailMessages.missing(e.indicator.name, displayPeriod(e.figures.missingPeriod!), owners.get(e.indicator.id)?.name)),
    behind: board.goals.filter((g) => g.status === 'bagud').map((g) => mailMessages.behind(g.title, g.progressText)),
  };
}

/**
 * The digest goes out `digestDaysBefore` days before each open meeting, once per member; a meeting
 * planned at shorter notice gets it at once. Safe to run from several instances: the outbox keeps one
 * message per meeting and member.
 */
export async function queueDueDigests(db: Db, config: Config, now: Date): Promise<number> {
  const today = copenhagenDay(now);
  const until = addDays(today, config.mail.digestDaysBefore);
  const meetings = await db
    .selectFrom('meetings')
    .select(['id', 'group_id'])
    .where('closed_at', 'is', null)
    .where('meeting_date', '>=', today)
    .where('meeting_date', '<=', until)
    .execute();
  let queued = 0;
  for (const { id, group_id: groupId } of meetings) {
    const meeting = await findMeeting(db, groupId, id);
    const group = await findGroup(db, groupId);
    if (!meeting || !group) continue;
    const content = await digestFor(db, meeting, now);
    const when = meetingWhen(meeting);
    const url = meetingUrl(config, meeting);
    const outgoing = (await recipientsOf(db, groupId)).map((m) =>
      outgoingTo(m, meeting, 'digest', `digest:${meeting.id}:${meeting.date}:${m.userId}`, null, composeDigest({ recipientName: m.name, groupName: group.name, meetingTitle: meeting.title, when, url, ...content })),
    );
    queued += await enqueueMessages(db, outgoing, initialStatus(config), now);
  }
  return queued;
}

export interface DeliveryLog {
  sent(message: OutboxMessage): void;
  failed(message: OutboxMessage, error: string, willRetry: boolean): void;
}

// While one instance sends a message the others leave it alone; after this long it is tried again.
const SEND_LEASE_MS = 5 * 60_000;
const BATCH = 50;

/** Sends what is due; a failure is retried later with a growing wait, then given up and shown as failed. */
export async function deliverDueMessages(db: Db, mailer: Mailer, now: Date, log: DeliveryLog): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const message of await listDueMessages(db, now, BATCH)) {
    if (!(await claimMessage(db, message, now, SEND_LEASE_MS))) continue;
    try {
      await mailer.send(message);
      await markSent(db, message.id, new Date());
      log.sent(message);
      sent++;
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      const delay = RETRY_DELAYS_MINUTES[message.attempts];
      const retryAt = delay === undefined ? undefined : new Date(now.getTime() + delay * 60_000);
      await markAttemptFailed(db, message.id, reason.slice(0, 500), retryAt);
      log.failed(message, reason, retryAt !== undefined);
      failed++;
    }
  }
  return { sent, failed };
}
