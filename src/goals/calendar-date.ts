import { copenhagenDay } from '../shared/clock.js';
/**
 * Calendar dates as the goal form takes them: ISO ('2026-03-12', what <input type="date"> posts)
 * or as Danes write them ('12. marts 2026', '12.03.2026', '12/3-2026'). Stored and compared as
 * ISO text, so SQLite and PostgreSQL sort them alike and no time zone can move a day.
 */

const MONTHS = [
  'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december',
] as const;

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map([
  ...MONTHS.map((name, i): [string, number] => [name, i + 1]),
  ...MONTHS.map((name, i): [string, number] => [name.slice(0, 3), i + 1]),
  ['sept', 9],
]);

function iso(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$/;
const WRITTEN = /^(\d{1,2})\.?\s*([a-zæøå]+)\.?\s*(\d{4})$/;

/** The ISO date for a date written in one of the accepted ways, or undefined ("i går", "efteråret", 31. juni). */
export function readDate(input: string): string | undefined {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const isoMatch = ISO.exec(text);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const numeric = NUMERIC.exec(text);
  if (numeric) return iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const written = WRITTEN.exec(text);
  if (written) {
    const month = MONTH_BY_NAME.get(written[2] ?? '');
    return month === undefined ? undefined : iso(Number(written[3]), month, Number(written[1]));
  }
  return undefined;
}

/** True for a real calendar date in ISO form. */
export function isIsoDate(text: string): boolean {
  return ISO.test(text) && readDate(text) === text;
}

/** '2026-03-12' → '12. marts 2026'; anything else is returned as it is. */
export function formatDate(isoDate: string): string {
  const m = ISO.exec(isoDate);
  if (!m || !isIsoDate(isoDate)) return isoDate;
  return `${Number(m[3])}. ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** The calendar day of a Date in Copenhagen, where the app's users live, as ISO text. */
export function isoDay(date: Date): string {
  return copenhagenDay(date);
}

/** The ISO date `years` years before `isoDate`; 29 February falls back to 28 February. */
export function yearsBefore(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return iso(y - years, m, d) ?? iso(y - years, m, d - 1) ?? isoDate;
}
