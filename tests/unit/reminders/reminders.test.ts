import { describe, expect, it } from 'vitest';
import { composeDigest, composeInvitation } from '../../../src/reminders/compose.js';
import { copenhagenToUtc, meetingCalendar } from '../../../src/reminders/ics.js';
import { meetingWhen } from '../../../src/reminders/meeting-when.js';
import { parseTimeOfDay } from '../../../src/meetings/meeting.js';
import { addDays, copenhagenDay } from '../../../src/shared/clock.js';

describe('times as Danes write them', () => {
  it.each([
    ['9', '09:00'],
    ['9.30', '09:30'],
    ['09:30', '09:30'],
    ['kl. 13.05', '13:05'],
    ['Kl 8', '08:00'],
    ['24.00', undefined],
    ['9.60', undefined],
    ['halv ni', undefined],
    ['9,30', undefined],
  ])('reads %j as %j', (text, expected) => {
    expect(parseTimeOfDay(text)).toBe(expected);
  });

  it('writes a meeting\'s time with weekday, date and the span', () => {
    expect(meetingWhen({ date: '2026-12-10', startTime: '09:00', durationMinutes: 90 })).toBe('torsdag den 10. december 2026 kl. 9.00–10.30');
    expect(meetingWhen({ date: '2026-12-10', startTime: null, durationMinutes: 60 })).toBe('torsdag den 10. december 2026');
  });
});

describe('days in Copenhagen', () => {
  it('is already tomorrow in Copenhagen when it is 23.30 UTC', () => {
    expect(copenhagenDay(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    expect(copenhagenDay(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
    expect(copenhagenDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('turns a Copenhagen wall-clock time into the right instant in winter and summer', () => {
    expect(copenhagenToUtc('2026-12-10', '09:00').toISOString()).toBe('2026-12-10T08:00:00.000Z');
    expect(copenhagenToUtc('2026-06-10', '09:00').toISOString()).toBe('2026-06-10T07:00:00.000Z');
    // The night summer time starts, 2.00 is followed by 3.00.
    expect(copenhagenToUtc('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(copenhagenToUtc('2026-03-29', '03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
});

describe('the calendar file', () => {
  const meeting = { id: 7, title: 'Ledermøde; 4. kvartal, "data"', date: '2026-12-10', startTime: '09:00', durationMinutes: 60, location: 'Rådhuset', sequence: 2, description: 'Dagsorden:\n1. Sygefravær', url: 'https://dd.kommune.dk/grupper/1/moeder/7' };
  const ics = meetingCalendar(meeting, { name: 'Datadialog', email: 'dd@kommune.dk' }, [{ name: 'Mette Holm', email: 'mette@kommune.dk' }], 'dd.kommune.dk');
  const lines = ics.split('\r\n');

  it('is a REQUEST with a stable UID, its SEQUENCE and UTC times', () => {
    expect(lines).toEqual(expect.arrayContaining(['METHOD:REQUEST', 'UID:moede-7@dd.kommune.dk', 'SEQUENCE:2', 'DTSTART:20261210T080000Z', 'DTEND:20261210T090000Z']));
  });

  it('escapes commas, semicolons and line breaks, and folds long lines', () => {
    expect(ics).toContain('SUMMARY:Ledermøde\\; 4. kvartal\\, "data"');
    expect(ics).toContain('DESCRIPTION:Dagsorden:\\n1. Sygefravær');
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  });

  it('makes a day-long entry when the meeting has no time yet', () => {
    const allDay = meetingCalendar({ ...meeting, startTime: null }, { name: 'Datadialog', email: 'dd@kommune.dk' }, [], 'dd.kommune.dk');
    expect(allDay).toContain('DTSTART;VALUE=DATE:20261210');
    expect(allDay).toContain('DTEND;VALUE=DATE:20261211');
  });
});

describe('the e-mails', () => {
  it('invites with the agenda, the place, the link and the same words in text and HTML', () => {
    const mail = composeInvitation({
      recipientName: 'Mette',
      groupName: 'Ældre og Sundhed',
      meetingTitle: 'Ledermøde',
      when: 'torsdag den 10. december 2026 kl. 9.00–10.00',
      location: 'Rådhuset <lokale 2>',
      agenda: [{ title: 'Sygefravær', reason: 'Gik den forkerte vej' }, { title: 'Trivsel', reason: null }],
      url: 'https://dd/m/1',
    });
    expect(mail.subject).toBe('Indkaldelse: Ledermøde, torsdag den 10. december 2026 kl. 9.00–10.00');
    expect(mail.text).toContain('Kære Mette');
    expect(mail.text).toContain('- 1. Sygefravær (Gik den forkerte vej)');
    expect(mail.text).toContain('- 2. Trivsel');
    expect(mail.html).toContain('Rådhuset &lt;lokale 2&gt;');
    expect(mail.html).toContain('<li>1. Sygefravær (Gik den forkerte vej)</li>');
  });

  it('leaves out empty lists in a digest and says so when there is nothing to look at', () => {
    const base = { recipientName: 'Jens', groupName: 'Dagtilbud', meetingTitle: 'Møde', when: 'i morgen', url: 'https://dd/m/2', due: [], overdue: [], missing: [], behind: [] };
    expect(composeDigest(base).text).toContain('Der er ingen handlinger med frist');
    const full = composeDigest({ ...base, overdue: ['Ring til HR – Jens, frist 1. december 2026'] });
    expect(full.text).toContain('Handlinger, hvis frist er overskredet:\n- Ring til HR – Jens, frist 1. december 2026');
    expect(full.text).not.toContain('Mål, der er bagud');
  });
});
