import type { Request, Response } from 'express';
import { deliverDueMessages, queueInvitations } from '../../reminders/reminder-service.js';
import { groupContext } from '../../web/guards.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { meetingHref, meetingOf } from '../meetings/meeting-links.js';
import { remindersOf } from './reminders-of-app.js';

const messages = {
  queued: (n: number) => `Indkaldelsen med dagsorden og kalenderfil er på vej til ${n === 1 ? 'ét medlem' : `${n} medlemmer`}. Se status under Udsendelser.`,
  notConfigured: (n: number) =>
    `Indkaldelsen til ${n === 1 ? 'ét medlem' : `${n} medlemmer`} er gemt under Udsendelser, men ikke sendt, fordi der ikke er sat e-mail op i Datadialog.`,
  noRecipients: 'Gruppen har ingen aktive medlemmer med en e-mailadresse, så der er ingen at indkalde.',
};

/** Sends the meeting's invitation to every member now; sending again after a change updates their calendars. */
export async function sendInvitation(req: Request, res: Response) {
  const { db, config, now } = services(req);
  const { group } = groupContext(res);
  const meeting = await meetingOf(req, res);
  const result = await queueInvitations(db, config, group.id, meeting.id, now(), { resend: req.body.igen === '1' });
  const { mailer, log } = remindersOf(req);
  // Delivery goes on after the answer: a slow mail server never holds up the page.
  if (mailer) void deliverDueMessages(db, mailer, now(), log).catch((err: unknown) => req.log?.error({ err }, 'invitation delivery failed'));
  if (result.recipients === 0) setFlash(req, messages.noRecipients, 'error');
  else setFlash(req, result.sent ? messages.queued(result.recipients) : messages.notConfigured(result.recipients), result.sent ? 'success' : 'info');
  res.redirect(`${meetingHref(meeting)}#indkaldelse`);
}
