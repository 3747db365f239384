import { readDateField, readIsoDate } from '../periods/calendar-date.js';
import type { FieldError } from '../shared/errors.js';

export interface Meeting {
  id: number;
  groupId: number;
  title: string;
  date: string; // YYYY-MM-DD
  attendees: string;
  closedAt: string | null;
}

export type ItemKind = 'indicator' | 'goal' | 'topic';

export interface AgendaItem {
  id: number;
  meetingId: number;
  position: number;
  kind: ItemKind;
  indicatorId: number | null;
  goalId: number | null;
  topic: string | null;
  reason: string | null;
  notes: string;
}

export const messages = {
  titleRequired: 'Giv mødet en titel, fx „Ledermøde 4. kvartal“.',
  titleTooLong: 'Titlen må højst være 150 tegn.',
  attendeesTooLong: 'Deltagerlisten må højst være 1000 tegn.',
  topicRequired: 'Skriv emnet for punktet.',
  notesTooLong: 'Noterne må højst være 10.000 tegn.',
  closed: 'Mødet er afsluttet, så dagsorden, noter og beslutninger ligger fast. Genåbn mødet for at ændre dem.',
};

/** A real calendar date as ISO text ('2026-12-10'), as links (?dato=) and the API send it. */
export function parseIsoDate(text: string): string | undefined {
  return readIsoDate(text);
}

const dateFormatter = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'UTC' });
// Intl formatting costs microseconds a call and pages format the same few dates again and again.
const displayed = new Map<string, string>();

/** "10. december 2026" */
export function displayDate(isoDate: string): string {
  let text = displayed.get(isoDate);
  if (text === undefined) {
    text = dateFormatter.format(new Date(`${isoDate}T00:00:00Z`));
    if (displayed.size >= 5000) displayed.clear();
    displayed.set(isoDate, text);
  }
  return text;
}

export interface MeetingInput {
  title: string;
  date: string;
  attendees: string;
}

export function validateMeeting(raw: Record<string, unknown>): { ok: true; value: MeetingInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const title = String(raw.title ?? '').trim();
  const date = readDateField(raw, 'date', { what: 'mødets dato' });
  const attendees = String(raw.attendees ?? '').trim();
  if (!title) errors.push({ field: 'title', message: messages.titleRequired });
  else if (title.length > 150) errors.push({ field: 'title', message: messages.titleTooLong });
  if (!date.ok) errors.push(date.error);
  if (attendees.length > 1000) errors.push({ field: 'attendees', message: messages.attendeesTooLong });
  return errors.length || !date.ok ? { ok: false, errors } : { ok: true, value: { title, date: date.iso, attendees } };
}
