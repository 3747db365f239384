import { monthFromName, monthName } from './period.js';

/**
 * Calendar dates as people type them into DKFDS's date input (day, month and year in three fields)
 * or send them as ISO text ('2026-12-10', the API and older forms). One reader for every form that
 * asks for a date, so every date gets the same Danish messages: which part is wrong, and why.
 * Dates are stored and compared as ISO text, so no time zone can move a day.
 */

export type DatePart = 'day' | 'month' | 'year';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DateReading = { ok: true; iso: string } | { ok: false; part: DatePart; message: string };

export interface DateOptions {
  /** The date in the message's words, lower case: "mødets dato", "fristen". */
  what?: string;
  /** An example in the order the fields have: "10 12 2026". */
  example?: string;
  minYear?: number;
  maxYear?: number;
}

export const DATE_MIN_YEAR = 2000;
export const DATE_MAX_YEAR = 2100;

const PART_NAMES: Record<DatePart, string> = { day: 'dag', month: 'måned', year: 'år' };
const PARTS: readonly DatePart[] = ['day', 'month', 'year'];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
// What the user typed, quoted back in a message; never a whole paragraph.
const quoted = (text: string) => `„${text.length > 20 ? `${text.slice(0, 19)}…` : text}“`;

export const messages = {
  empty: (what: string, example: string) => `Skriv ${what} med dag, måned og år, fx ${example}.`,
  notADate: (typed: string, what: string, example: string) => `${quoted(typed)} er ikke en dato. Skriv ${what} med dag, måned og år, fx ${example}.`,
  missing: (what: string, parts: DatePart[]) => {
    const names = parts.map((p) => PART_NAMES[p]);
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} og ${names.at(-1)}` : names[0];
    return `${capitalise(what)} mangler ${list}.`;
  },
  day: (typed: string) => `Dagen skal være et tal fra 1 til 31, ikke ${quoted(typed)}.`,
  month: (typed: string) => `Måneden skal være et tal fra 1 til 12 eller et navn som „marts“, ikke ${quoted(typed)}.`,
  yearDigits: (typed: string) => `Skriv året med fire cifre, fx 2027, ikke ${quoted(typed)}.`,
  yearRange: (year: number, min: number, max: number) => `Året skal ligge fra ${min} til ${max}, ikke ${year}.`,
  notLeapYear: (year: number) => `${year} er ikke et skudår, så februar har kun 28 dage.`,
  shortMonth: (month: number, year: number, days: number) =>
    month === 2 ? `Februar har kun ${days} dage i ${year}.` : `${capitalise(monthName(month))} har kun ${days} dage.`,
};

const DIGITS = /^\d{1,2}$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads the three fields of a date input into an ISO date, or says which part is wrong and why. */
export function readDateParts(parts: DateParts, options: DateOptions = {}): DateReading {
  const what = options.what ?? 'datoen';
  const min = options.minYear ?? DATE_MIN_YEAR;
  const max = options.maxYear ?? DATE_MAX_YEAR;
  const text = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = PARTS.filter((p) => text[p] === '');
  if (missing.length === 3) return { ok: false, part: 'day', message: messages.empty(what, options.example ?? '10 12 2026') };
  if (missing.length) return { ok: false, part: missing[0]!, message: messages.missing(what, missing) };

  const day = DIGITS.test(text.day) ? Number(text.day) : NaN;
  if (!(day >= 1 && day <= 31)) return { ok: false, part: 'day', message: messages.day(text.day) };
  const month = DIGITS.test(text.month) ? Number(text.month) : (monthFromName(text.month) ?? NaN);
  if (!(month >= 1 && month <= 12)) return { ok: false, part: 'month', message: messages.month(text.month) };
  if (!/^\d{4}$/.test(text.year)) return { ok: false, part: 'year', message: messages.yearDigits(text.year) };
  const year = Number(text.year);
  if (year < min || year > max) return { ok: false, part: 'year', message: messages.yearRange(year, min, max) };

  const days = daysIn(year, month);
  if (day > days) {
    const message = month === 2 && day === 29 ? messages.notLeapYear(year) : messages.shortMonth(month, year, days);
    return { ok: false, part: 'day', message };
  }
  return { ok: true, iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// 10.12.2026, 10/12/2026, 10-12-2026, 10 12 2026
const DANISH = /^(\d{1,2})\s*[./\- ]\s*(\d{1,2})\s*[./\- ]\s*(\d{4})$/;
// 12. marts 2026, 12 mar. 2026
const WRITTEN = /^(\d{1,2})\.?\s*([a-zæøå]+)\.?\s*(\d{4})$/i;

/** The fields a date written as one text ('2026-12-10' or '10.12.2026') stands for; undefined for other text. */
export function splitDateText(text: string): DateParts | undefined {
  const trimmed = text.trim();
  if (!trimmed) return { day: '', month: '', year: '' };
  const iso = ISO.exec(trimmed);
  if (iso) return { day: iso[3]!, month: iso[2]!, year: iso[1]! };
  const danish = DANISH.exec(trimmed);
  if (danish) return { day: danish[1]!, month: danish[2]!, year: danish[3]! };
  const written = WRITTEN.exec(trimmed);
  if (written) return { day: written[1]!, month: written[2]!, year: written[3]! };
  return undefined;
}

/** The form's three fields for a stored ISO date ('2026-03-05' → 5, 3, 2026); empty for anything else. */
export function isoDateParts(iso: unknown): DateParts {
  const match = typeof iso === 'string' ? ISO.exec(iso.trim()) : null;
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

const text = (value: unknown) => (typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : '');

/**
 * The date a form posted as `<field>-day`, `<field>-month` and `<field>-year` (DKFDS's date input),
 * or as one text in `<field>` (the API, links with ?dato=, older clients).
 */
export function dateFieldParts(raw: Record<string, unknown>, field: string): DateParts {
  const keys = PARTS.map((p) => `${field}-${p}`);
  if (keys.some((k) => k in raw)) return { day: text(raw[keys[0]!]), month: text(raw[keys[1]!]), year: text(raw[keys[2]!]) };
  const single = text(raw[field]);
  // Text that is no date at all is shown back in the day field, where the message points.
  return splitDateText(single) ?? { day: single.trim(), month: '', year: '' };
}

/** A form's date field read with `readDateParts`; a failure names the field and the input to put the cursor in. */
export function readDateField(
  raw: Record<string, unknown>,
  field: string,
  options: DateOptions = {},
): { ok: true; iso: string } | { ok: false; error: { field: string; message: string; anchor: string } } {
  const keys = PARTS.map((p) => `${field}-${p}`);
  const single = keys.some((k) => k in raw) ? undefined : text(raw[field]);
  if (single !== undefined && !splitDateText(single)) {
    const message = messages.notADate(single.trim(), options.what ?? 'datoen', options.example ?? '10 12 2026');
    return { ok: false, error: { field, message, anchor: `${field}-day` } };
  }
  const reading = readDateParts(dateFieldParts(raw, field), options);
  if (reading.ok) return reading;
  return { ok: false, error: { field, message: reading.message, anchor: `${field}-${reading.part}` } };
}

/** The ISO date in a text, if it is a real calendar date in the allowed years; for query strings and the API. */
export function readIsoDate(value: string, options: DateOptions = {}): string | undefined {
  const parts = ISO.test(value.trim()) ? splitDateText(value) : undefined;
  if (!parts) return undefined;
  const reading = readDateParts(parts, options);
  return reading.ok ? reading.iso : undefined;
}

/** The ISO date for a date written as one text in any accepted way ('2026-03-12', '12.03.2026', '12. marts 2026'); undefined for "i går". */
export function readDateText(text: string, options: DateOptions = {}): string | undefined {
  const parts = splitDateText(text);
  if (!parts || !parts.day) return undefined;
  const reading = readDateParts(parts, options);
  return reading.ok ? reading.iso : undefined;
}

/** True for a real calendar date written in ISO form. */
export function isIsoDate(text: string, options: DateOptions = {}): boolean {
  return readIsoDate(text, options) === text;
}

/** The ISO date `years` years before `isoDate`; 29 February falls back to 28 February. */
export function yearsBefore(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = Math.min(d, daysIn(y - years, m));
  return `${String(y - years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const dateFormatter = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'UTC' });
// Intl formatting costs microseconds a call and pages format the same few dates again and again.
const displayed = new Map<string, string>();

/** "10. december 2026": an ISO date as Danes write it; anything else comes back as it is. */
export function displayDate(isoDate: string): string {
  if (!ISO.test(isoDate)) return isoDate;
  let text = displayed.get(isoDate);
  if (text === undefined) {
    text = dateFormatter.format(new Date(`${isoDate}T00:00:00Z`));
    if (displayed.size >= 5000) displayed.clear();
    displayed.set(isoDate, text);
  }
  return text;
}
