import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../mail-config.js';
import type { OutboxMessage } from './outbox.js';

/** Sends one message or throws with the server's reason. */
export interface Mailer {
  send(message: OutboxMessage): Promise<void>;
}

// A slow or silent mail server must not hold a reminder job for minutes.
const TIMEOUT_MS = 15_000;

export function createMailer(smtp: SmtpConfig, from: string): Mailer {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  return {
    async send(message) {
      await transport.sendMail({
        from,
        to: { name: message.recipientName, address: message.recipientEmail },
        subject: message.subject,
        text: message.bodyText,
        html: message.bodyHtml,
        // An iCalendar REQUEST as its own part lets Outlook show "Accept / Decline" as well as the file.
        ...(message.ics ? { icalEvent: { method: 'REQUEST', filename: 'invitation.ics', content: message.ics } } : {}),
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    },
  };
}
