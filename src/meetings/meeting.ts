import { displayDate, readDateField, readIsoDate } from '../periods/calendar-date.js';
import type { FieldError } from '../shared/errors.js';
import { cprFieldErrors } from '../shared/cpr.js';

export interface Meeting {
  id: number;
  groupId: number;
  title: string;
  date: string; // YYYY-MM-DD
  /** 'HH:MM' in Danish time, or null while the group has not set a time. */
  startTime: string | null;
  durationMinutes: number;
  location: string;
  /** How many times a changed meeting's invitation has gone out again: the calendar's SEQUENCE. */
  invitationSequence: number;
  attendees: string;
  /** Mødeleder and referent: members of the group, or null while not chosen. */
  chairUserId: number | null;
  secretaryUserId: number | null;
  closedAt: string | null;
}

export type ItemKind = 'indicator' | 'goal' | 'topic' | 'theme';

/** The stored reason of an item the group put on the agenda itself. */
export const ADDED_BY_GROUP = 'Tilføjet af gruppen';

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
  /** What a free topic is about ('experience', 'decision', 'goal', 'data', 'other'); chooses its questions. */
  topicKind: string | null;
  /** A theme box or a method of the leadership foundation (kind 'theme'): its id in content.bank. */
  bankEntryId: string | null;
}

export const messages = {
  titleRequired: 'Giv mødet en titel, fx „Ledermøde 4. kvartal“.',
  titleTooLong: 'Titlen må højst være 150 tegn.',
  attendeesTooLong: 'Deltagerlisten må højst være 1000 tegn.',
  startTimeInvalid: 'Skriv klokkeslættet som timer og minutter, fx 9.00 eller 13.30.',
  durationInvalid: 'Skriv mødets længde i minutter, mellem 15 og 480, fx 60.',
  locationTooLong: 'Stedet må højst være 200 tegn.',
  topicRequired: 'Skriv emnet for punktet.',
  notesTooLong: 'Noterne må højst være 10.000 tegn.',
  memberRequired: (role: string) => `Vælg ${role} blandt gruppens medlemmer, eller lad feltet stå tomt.`,
  themeUnknown: 'Vælg en kasse eller en metode fra ledelsesgrundlaget.',
  closed: 'Mødet er afsluttet, så dagsorden, noter og beslutninger ligger fast. Genåbn mødet for at ændre dem.',
};

/** A real calendar date as ISO text ('2026-12-10'), as links (?dato=) and the API send it. */
export function parseIsoDate(text: string): string | undefined {
  return readIsoDate(text);
}

export { displayDate };

export interface MeetingInput {
  title: string;
  date: string;
  startTime: string | null;
  durationMinutes: number;
  location: string;
  attendees: string;
  chairUserId?: number | null;
  secretaryUserId?: number | null;
}

const TIME = /^(?:kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?$/i;

/** '9', '9.00', '09:30', 'kl. 13.30' → '09:00', '09:30', '13:30'; undefined when it is not a time of day. */
export function parseTimeOfDay(text: string): string | undefined {
  const match = TIME.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** '09:30' → 'kl. 9.30', as Danes write a time. */
export function displayTime(time: string): string {
  const [hours, minutes] = time.split(':');
  return `kl. ${Number(hours)}.${minutes}`;
}

export function validateMeeting(raw: Record<string, unknown>): { ok: true; value: MeetingInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const title = String(raw.title ?? '').trim();
  const date = readDateField(raw, 'date', { what: 'mødets dato' });
  const attendees = String(raw.attendees ?? '').trim();
  const timeText = String(raw.startTime ?? '').trim();
  const startTime = timeText ? parseTimeOfDay(timeText) : null;
  const durationText = String(raw.durationMinutes ?? '').trim();
  const durationMinutes = durationText === '' ? 60 : Number(durationText);
  const location = String(raw.location ?? '').trim();
  const chairUserId = memberId(raw.chairUserId);
  const secretaryUserId = memberId(raw.secretaryUserId);
  if (chairUserId === undefined) errors.push({ field: 'chairUserId', message: messages.memberRequired('mødelederen') });
  if (secretaryUserId === undefined) errors.push({ field: 'secretaryUserId', message: messages.memberRequired('referenten') });
  if (!title) errors.push({ field: 'title', message: messages.titleRequired });
  else if (title.length > 150) errors.push({ field: 'title', message: messages.titleTooLong });
  if (!date.ok) errors.push(date.error);
  if (startTime === undefined) errors.push({ field: 'startTime', message: messages.startTimeInvalid });
  if (!Number.isInteger(durationMinutes) || durationMinutes < 15 || durationMinutes > 480) errors.push({ field: 'durationMinutes', message: messages.durationInvalid });
  if (location.length > 200) errors.push({ field: 'location', message: messages.locationTooLong });
  if (attendees.length > 1000) errors.push({ field: 'attendees', message: messages.attendeesTooLong });
  errors.push(...cprFieldErrors({ title, attendees, location }));
  return errors.length || !date.ok || startTime === undefined || chairUserId === undefined || secretaryUserId === undefined
    ? { ok: false, errors }
    : { ok: true, value: { title, date: date.iso, startTime, durationMinutes, location, attendees, chairUserId, secretaryUserId } };
}

/** A member chosen in a select: null when none is chosen, undefined when the value is not an id. */
export function memberId(value: unknown): number | null | undefined {
  const text = String(value ?? '').trim();
  if (text === '') return null;
  return /^[1-9]\d{0,9}$/.test(text) ? Number(text) : undefined;
}
