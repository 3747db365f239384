/** One place for "now" so stored timestamps share one format. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** The app runs in Danish time: "today", "due" and "since" are days in Copenhagen, not in UTC. */
export const APP_TIME_ZONE = 'Europe/Copenhagen';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: APP_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

// Pages ask for the same day dozens of times per request (every indicator's latest period); a day
// changes only on a whole minute, so the last minute's answer is kept.
let lastMinute = Number.NaN;
let lastDay = '';

/** The calendar day in Copenhagen at this instant, as 'YYYY-MM-DD'. */
export function copenhagenDay(at: Date): string {
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDay = dayFormat.format(at);
    lastMinute = minute;
  }
  return lastDay;
}

/** 'YYYY-MM-DD' plus whole days (negative to go back). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: APP_TIME_ZONE, timeZoneName: 'longOffset' });

/** Copenhagen's offset from UTC at this instant, in minutes (60 in winter, 120 in summer). */
function copenhagenOffsetMinutes(at: Date): number {
  const name = offsetFormat.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The instant a day begins in Copenhagen ('2026-12-10' → 2026-12-09T23:00:00Z). */
export function startOfCopenhagenDay(day: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  // Clocks change at night, never at midnight: the offset found at the guess is the one at midnight.
  const guess = utcMidnight - copenhagenOffsetMinutes(new Date(utcMidnight)) * 60_000;
  return new Date(utcMidnight - copenhagenOffsetMinutes(new Date(guess)) * 60_000);
}

/**
 * The last moment of a day in Copenhagen as a stored timestamp: anything stored after it is "since"
 * that day ('2026-12-10' → '2026-12-10T22:59:59.999Z').
 */
export function endOfCopenhagenDay(day: string): string {
  return new Date(startOfCopenhagenDay(addDays(day, 1)).getTime() - 1).toISOString();
}
