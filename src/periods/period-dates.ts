import { periodContaining, yearProblem, type Frequency, type PeriodResult } from './period.js';

/** The period a date falls in: a JavaScript date, an ISO date from a file, or an Excel serial number. */

function periodFromParts(year: number, monthNumber: number, frequency: Frequency): PeriodResult {
  const yearMessage = yearProblem(year);
  if (yearMessage) return { ok: false, message: yearMessage };
  return { ok: true, period: periodContaining(frequency, year, monthNumber) };
}

export function periodFromDate(date: Date, frequency: Frequency): PeriodResult {
  if (Number.isNaN(date.getTime())) return { ok: false, message: 'Datoen er ugyldig.' };
  return periodFromParts(date.getFullYear(), date.getMonth() + 1, frequency);
}

// A time part is tolerated because spreadsheet exports often append "00:00:00";
// it is ignored rather than converted so the calendar date the user sees is the one used.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function periodFromIsoDate(text: string, frequency: Frequency): PeriodResult {
  const shown = text.trim();
  const m = ISO_DATE.exec(shown);
  if (!m) {
    return { ok: false, message: `„${shown}“ er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx 2024-03-31.` };
  }
  const year = Number(m[1]);
  const monthNumber = Number(m[2]);
  const day = Number(m[3]);
  const yearMessage = yearProblem(year);
  if (yearMessage) return { ok: false, message: yearMessage };
  const daysInMonth = monthNumber >= 1 && monthNumber <= 12 ? new Date(Date.UTC(year, monthNumber, 0)).getUTCDate() : 0;
  if (day < 1 || day > daysInMonth) {
    return { ok: false, message: `„${shown}“ er ikke en dato, der findes i kalenderen.` };
  }
  return periodFromParts(year, monthNumber, frequency);
}

const DAY_MS = 86_400_000;

export function periodFromExcelSerial(serial: number, frequency: Frequency): PeriodResult {
  if (!Number.isFinite(serial) || serial < 1) {
    return { ok: false, message: `Excel-datoen ${serial} ligger uden for det område, vi kan læse.` };
  }
  // The fractional part is the time of day, which never changes the period.
  const day = Math.floor(serial);
  // Excel pretends 1900 was a leap year: serial 60 is the non-existent 1900-02-29,
  // so serials before it count from one day later than serials after it. Serial 60
  // itself then lands on 1900-02-28, which is in the same month as the fake date.
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + day * DAY_MS);
  return periodFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, frequency);
}
