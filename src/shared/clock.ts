/** One place for "now" so stored timestamps share one format. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** The app runs in Danish time: "today", "due" and "since" are days in Copenhagen, not in UTC. */
export const APP_TIME_ZONE = 'Europe/Copenhagen';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: APP_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Copenhagen at this instant, as 'YYYY-MM-DD'. */
export function copenhagenDay(at: Date): string {
  return dayFormat.format(at);
}

/** 'YYYY-MM-DD' plus whole days (negative to go back). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
