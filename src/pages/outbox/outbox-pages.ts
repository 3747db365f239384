import type { Request, Response } from 'express';
import { listOutbox, findOutboxMessage } from '../../reminders/outbox-queries.js';
import { KIND_LABELS, STATUS_LABELS, type OutboxMessage } from '../../reminders/outbox.js';
import { found } from '../../shared/errors.js';
import { groupContext, idParam } from '../../web/guards.js';
import { services } from '../../web/services.js';
import { groupCrumbs } from '../breadcrumbs.js';

const messages = {
  title: (group: string) => `Udsendelser – ${group}`,
  crumb: 'Udsendelser',
  message: 'Udsendelsen',
  notConfigured: 'Der er ikke sat e-mail op i Datadialog, så intet bliver sendt. Her kan I se, hvad der ville være sendt. Bed jeres IT-afdeling om at sætte SMTP op (se README).',
};

const SHOWN = 200;

const stampFormat = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

function outboxHref(groupId: number): string {
  return `/grupper/${groupId}/udsendelser`;
}

function messageView(m: OutboxMessage) {
  return {
    id: m.id,
    href: `${outboxHref(m.groupId)}/${m.id}`,
    kind: KIND_LABELS[m.kind],
    recipient: `${m.recipientName} <${m.recipientEmail}>`,
    subject: m.subject,
    status: STATUS_LABELS[m.status],
    statusTone: m.status === 'sent' ? 'success' : m.status === 'failed' ? 'error' : m.status === 'pending' ? 'info' : 'warning',
    created: stampFormat.format(new Date(m.createdAt)),
    sent: m.sentAt ? stampFormat.format(new Date(m.sentAt)) : undefined,
    attempts: m.attempts,
    lastError: m.lastError,
  };
}

/** Every e-mail the group's meetings have sent or would have sent: invitations and reminders. */
export async function list(req: Request, res: Response) {
  const { db, config } = services(req);
  const { group } = groupContext(res);
  res.render('outbox/list', {
    title: messages.title(group.name),
    breadcrumbs: groupCrumbs(group, { label: messages.crumb }),
    messages: (await listOutbox(db, group.id, SHOWN)).map(messageView),
    notConfigured: config.mail.smtp ? undefined : messages.notConfigured,
  });
}

export async function show(req: Request, res: Response) {
  const { db } = services(req);
  const { group } = groupContext(res);
  const message = found(await findOutboxMessage(db, group.id, idParam(req, 'messageId', messages.message)), messages.message);
  res.render('outbox/show', {
    title: message.subject,
    breadcrumbs: groupCrumbs(group, { label: messages.crumb, href: outboxHref(group.id) }, { label: message.subject }),
    message: { ...messageView(message), bodyText: message.bodyText, hasCalendar: message.ics !== null },
  });
}

/** The calendar file of an invitation, as the recipient got it. */
export async function calendarFile(req: Request, res: Response) {
  const { db } = services(req);
  const { group } = groupContext(res);
  const message = found(await findOutboxMessage(db, group.id, idParam(req, 'messageId', messages.message)), messages.message);
  if (!message.ics) return res.status(404).render('errors/error', { title: 'Siden findes ikke', status: 404, heading: 'Siden findes ikke', text: 'Udsendelsen har ingen kalenderfil.' });
  res.set('Content-Type', 'text/calendar; charset=utf-8; method=REQUEST');
  res.set('Content-Disposition', 'attachment; filename="moedeindkaldelse.ics"');
  res.send(message.ics);
}
