import ical, { ICalAttendeeRole, ICalCalendarMethod } from 'ical-generator';
import { addDays, APP_TIME_ZONE } from '../shared/clock.js';

export interface CalendarMeeting {
  id: number;
  title: string;
  date: string;
  startTime: string | null;
  durationMinutes: number;
  location: string;
  sequence: number;
  description: string;
  url: string;
}

export interface CalendarPerson {
  name: string;
  email: string;
}

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: APP_TIME_ZONE, timeZoneName: 'longOffset' });

/** Minutes Copenhagen is ahead of UTC at this instant (60 in winter, 120 in summer). */
function copenhagenOffsetMinutes(at: Date): number {
  const name = offsetFormat.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** A wall-clock time in Copenhagen as the instant it is, also across the switch to and from summer time. */
export function copenhagenToUtc(day: string, time: string): Date {
  const asIfUtc = new Date(`${day}T${time}:00Z`);
  const first = new Date(asIfUtc.getTime() - copenhagenOffsetMinutes(asIfUtc) * 60_000);
  return new Date(asIfUtc.getTime() - copenhagenOffsetMinutes(first) * 60_000);
}

/**
 * The meeting as an iCalendar REQUEST that Outlook, Google and Apple calendars accept. Times are
 * written in UTC, which every calendar shows in the reader's own zone without a VTIMEZONE block. The
 * UID stays the same for the meeting and SEQUENCE grows, so a changed meeting replaces the old entry.
 */
export function meetingCalendar(meeting: CalendarMeeting, organizer: CalendarPerson, attendees: readonly CalendarPerson[], host: string): string {
  const calendar = ical({ prodId: { company: 'Datadialog', product: 'Ledermøder', language: 'DA' }, method: ICalCalendarMethod.REQUEST });
  const start = meeting.startTime ? copenhagenToUtc(meeting.date, meeting.startTime) : new Date(`${meeting.date}T00:00:00Z`);
  const end = meeting.startTime ? new Date(start.getTime() + meeting.durationMinutes * 60_000) : new Date(`${addDays(meeting.date, 1)}T00:00:00Z`);
  calendar.createEvent({
    id: `moede-${meeting.id}@${host}`,
    sequence: meeting.sequence,
    start,
    end,
    allDay: meeting.startTime === null,
    summary: meeting.title,
    description: meeting.description,
    location: meeting.location || null,
    url: meeting.url,
    organizer: { name: organizer.name, email: organizer.email },
    attendees: attendees.map((a) => ({ name: a.name, email: a.email, rsvp: true, role: ICalAttendeeRole.REQ })),
  });
  return calendar.toString();
}
