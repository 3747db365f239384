import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import { configFromEnv, type Config } from '../../src/config.js';
import { loadContent } from '../../src/content/content-loader.js';
import type { Db } from '../../src/db/connection.js';
import { createApp } from '../../src/app/create-app.js';
import { prepareFirstStart } from '../../src/seed/first-start.js';
import { DEMO_PASSWORD } from '../../src/seed/demo-seed.js';
import { listMembers } from '../../src/groups/group-queries.js';
import { createMailer } from '../../src/reminders/mailer.js';
import { listOutbox } from '../../src/reminders/outbox-queries.js';
import { deliverDueMessages, digestFor, queueDueDigests, type DeliveryLog } from '../../src/reminders/reminder-service.js';
import { findMeeting } from '../../src/meetings/meeting-queries.js';
import { addDays, copenhagenDay } from '../../src/shared/clock.js';
import { startTestSmtp, type TestSmtp } from '../support/smtp-server.js';
import { csrfFrom } from '../support/test-app.js';
import { openTestDatabase } from '../support/test-db.js';

const PUBLIC_URL = 'https://datadialog.kommune.dk';

async function until(check: () => boolean, what: string): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function signInAs(app: Express, email: string) {
  const agent = request.agent(app);
  const login = await agent.get('/log-ind');
  const res = await agent.post('/log-ind').type('form').send({ email, password: DEMO_PASSWORD, _csrf: csrfFrom(login.text) });
  if (res.status !== 302) throw new Error(`login as ${email} failed with ${res.status}`);
  const token = csrfFrom((await agent.get('/konto')).text);
  return { agent, post: (path: string, form: Record<string, string> = {}) => agent.post(path).type('form').send({ _csrf: token, ...form }) };
}

function collectingLog() {
  const lines: string[] = [];
  const log: DeliveryLog = { sent: (m) => lines.push(`sent ${m.id}`), failed: (m, error, retry) => lines.push(`failed ${m.id} ${retry ? 'retry' : 'final'}: ${error}`) };
  return { lines, log };
}

/** The demo's first group, with its members' e-mail, and a meeting planned a few days ahead. */
describe('reminders by e-mail and calendar', () => {
  let smtp: TestSmtp;
  let db: Db;
  let config: Config;
  let app: Express;
  let memberEmails: string[];

  beforeAll(async () => {
    smtp = await startTestSmtp();
    db = await openTestDatabase();
    await prepareFirstStart(db, { demoData: true });
    const base = configFromEnv({ NODE_ENV: 'test' });
    config = { ...base, mail: { ...base.mail, smtp: { host: '127.0.0.1', port: smtp.port, secure: false }, from: 'Datadialog <datadialog@kommune.dk>', publicUrl: PUBLIC_URL } };
    app = createApp({ db, config, content: await loadContent(config.contentDir) });
    memberEmails = (await listMembers(db, 1)).filter((m) => m.active).map((m) => m.email).sort();
  });
  afterAll(async () => {
    await smtp.stop();
    await db.destroy();
  });

  it('sends every member the invitation with the agenda and a calendar file that replaces itself when the meeting changes', async () => {
    const mette = await signInAs(app, 'mette@datadialog.local');
    const date = addDays(copenhagenDay(new Date()), 10);
    const created = await mette.post('/grupper/1/moeder', { title: 'Ledermøde om data', date, startTime: '9.30', durationMinutes: '60', location: 'Mødelokale 2, Rådhuset', indicatorIds: '' });
    expect(created.status).toBe(302);
    const meetingPath = created.headers.location as string;
    await mette.post(`${meetingPath}/punkter`, { kind: 'topic', topic: 'Sygefravær i nattevagten' });

    const sent = await mette.post(`${meetingPath}/indkaldelse`);
    expect(sent.status).toBe(302);
    await until(() => smtp.received.length === memberEmails.length, 'the invitations');
    const mails = [...smtp.received];
    expect(mails.flatMap((m) => m.to && !Array.isArray(m.to) ? m.to.value.map((v) => v.address) : []).sort()).toEqual(memberEmails);

    const mail = mails[0]!;
    expect(mail.subject).toMatch(/^Indkaldelse: Ledermøde om data, \w+dag den \d+\. \w+ \d{4} kl\. 9\.30–10\.30$/);
    expect(mail.text).toContain('Du er indkaldt til ledermøde i Ledergruppen for Ældre og Sundhed.');
    expect(mail.text).toContain('Sted: Mødelokale 2, Rådhuset');
    expect(mail.text).toContain('1. Sygefravær i nattevagten');
    expect(mail.text).toContain(`${PUBLIC_URL}${meetingPath}`);
    const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString('utf8') ?? '';
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('METHOD:REQUEST');
    expect(lines).toContain('SEQUENCE:0');
    const meetingId = Number(meetingPath.split('/').pop());
    expect(lines).toContain(`UID:moede-${meetingId}@datadialog.kommune.dk`);
    // 9.30 in Copenhagen is 8.30 UTC in winter and 7.30 in summer.
    const dtstart = lines.find((l) => l.startsWith('DTSTART:'));
    expect(dtstart).toMatch(new RegExp(`^DTSTART:${date.replaceAll('-', '')}T0[78]3000Z$`));
    expect(ics).toContain('SUMMARY:Ledermøde om data – Ledergruppen for Ældre og Sundhed');
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(ics.replace(/\r\n /g, '').match(/^ATTENDEE.*$/gm)).toHaveLength(memberEmails.length);

    // Sending again after a change updates the same calendar entry.
    smtp.received.length = 0;
    await mette.post(`${meetingPath}/indkaldelse`, { igen: '1' });
    await until(() => smtp.received.length === memberEmails.length, 'the changed invitations');
    const changed = smtp.received[0]!.attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content.toString('utf8');
    expect(changed).toContain('SEQUENCE:1');
    expect(changed).toContain(`UID:moede-${meetingId}@datadialog.kommune.dk`);
    smtp.received.length = 0;
  });

  it('sends a digest before the meeting whose lists match the demo: actions due, figures missing, goals behind', async () => {
    const action = await db.selectFrom('actions').select(['what_and_why', 'due_date']).where('group_id', '=', 1).executeTakeFirstOrThrow();
    const mette = await signInAs(app, 'mette@datadialog.local');
    // A meeting two days after the demo's open action is due; the digest goes out three days before.
    const meetingDate = addDays(action.due_date, 2);
    const created = await mette.post('/grupper/1/moeder', { title: 'Ledermøde efter fristen', date: meetingDate, startTime: '13.00', indicatorIds: '' });
    const meetingId = Number((created.headers.location as string).split('/').pop());
    const now = new Date(`${addDays(meetingDate, -3)}T07:00:00Z`);

    expect(await queueDueDigests(db, config, now)).toBeGreaterThanOrEqual(memberEmails.length);
    // Running the job again, as a second instance would, queues nothing more.
    const again = await queueDueDigests(db, config, now);
    expect(again).toBe(0);
    const { log } = collectingLog();
    await deliverDueMessages(db, createMailer(config.mail.smtp!, config.mail.from), now, log);
    const digests = smtp.received.filter((m) => m.subject?.startsWith('Før mødet: Ledermøde efter fristen'));
    expect(digests).toHaveLength(memberEmails.length);

    const expected = await digestFor(db, (await findMeeting(db, 1, meetingId))!, now);
    const text = digests[0]!.text ?? '';
    expect(expected.due.length + expected.overdue.length).toBeGreaterThan(0);
    expect(text).toContain(action.what_and_why);
    for (const line of [...expected.due, ...expected.overdue, ...expected.missing, ...expected.behind]) expect(text).toContain(line);
    expect(text).toContain('Indikatorer, der mangler tal for seneste periode');
    expect(text).toContain('Mål, der er bagud');
    smtp.received.length = 0;
  });

  it('tries again after a failing mail server, logs each attempt, and gives up after the last', async () => {
    const mette = await signInAs(app, 'mette@datadialog.local');
    const created = await mette.post('/grupper/1/moeder', { title: 'Møde med besværlig post', date: addDays(copenhagenDay(new Date()), 20), indicatorIds: '' });
    const meetingPath = created.headers.location as string;
    smtp.failNext(1000);
    const page = await mette.post(`${meetingPath}/indkaldelse`);
    // The page answers at once; delivery goes on behind it.
    expect(page.status).toBe(302);
    const mailer = createMailer(config.mail.smtp!, config.mail.from);
    const { lines, log } = collectingLog();
    let now = new Date(Date.now() + 1000);
    for (let round = 0; round < 8; round++) {
      await deliverDueMessages(db, mailer, now, log);
      now = new Date(now.getTime() + 61 * 60_000);
    }
    const messages = (await listOutbox(db, 1, 50)).filter((m) => m.subject.startsWith('Indkaldelse: Møde med besværlig post'));
    expect(messages.length).toBe(memberEmails.length);
    for (const m of messages) {
      expect(m.status).toBe('failed');
      expect(m.attempts).toBe(5);
      expect(m.lastError).toContain('451');
    }
    // The page's own delivery may have made the first attempt; the rest are logged here.
    expect(lines.filter((l) => l.includes('retry')).length).toBeGreaterThanOrEqual(memberEmails.length * 3);
    expect(lines.filter((l) => l.includes('final'))).toHaveLength(memberEmails.length);

    // The group sees it on the outbox page, in Danish.
    const outbox = await mette.agent.get('/grupper/1/udsendelser');
    expect(outbox.text).toContain('Kunne ikke sendes');
    smtp.failNext(0);
  });
});

describe('reminders without SMTP', () => {
  it('keeps what would have been sent and says so, and the meeting page still works', async () => {
    const db = await openTestDatabase();
    await prepareFirstStart(db, { demoData: true });
    const config = configFromEnv({ NODE_ENV: 'test' });
    expect(config.mail.smtp).toBeUndefined();
    const app = createApp({ db, config, content: await loadContent(config.contentDir) });
    const mette = await signInAs(app, 'mette@datadialog.local');
    const created = await mette.post('/grupper/1/moeder', { title: 'Møde uden e-mail', date: addDays(copenhagenDay(new Date()), 5), startTime: '10', indicatorIds: '' });
    const meetingPath = created.headers.location as string;
    const sent = await mette.post(`${meetingPath}/indkaldelse`);
    const after = await mette.agent.get(sent.headers.location as string);
    expect(after.text).toContain('men ikke sendt, fordi der ikke er sat e-mail op i Datadialog');
    const outbox = await mette.agent.get('/grupper/1/udsendelser');
    expect(outbox.text).toContain('Ikke sendt: e-mail er ikke sat op');
    expect(outbox.text).toContain('Her kan I se, hvad der ville være sendt.');
    const first = (await listOutbox(db, 1, 1))[0]!;
    const shown = await mette.agent.get(`/grupper/1/udsendelser/${first.id}`);
    expect(shown.text).toContain('Du er indkaldt til ledermøde');
    const file = await mette.agent.get(`/grupper/1/udsendelser/${first.id}/kalender.ics`);
    expect(file.headers['content-type']).toContain('text/calendar');
    expect(file.text).toContain('BEGIN:VCALENDAR');
    await db.destroy();
  });
});
