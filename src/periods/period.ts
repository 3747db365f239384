import { copenhagenDay } from '../shared/clock.js';
export type Frequency = 'quarter' | 'month' | 'year';

/** quarter: index 1–4, month: index 1–12, year: index is always 1. */
export interface Period {
  readonly frequency: Frequency;
  readonly year: number;
  readonly index: number;
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; message: string };

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  quarter: 'kvartal',
  month: 'måned',
  year: 'år',
};

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const MONTH_NAMES = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

// "maj" is already the full word, so it takes no abbreviation dot.
const MONTH_SHORT_NAMES = [
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'maj',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'okt.',
  'nov.',
  'dec.',
] as const;

const MONTH_LOOKUP: ReadonlyMap<string, number> = new Map<string, number>([
  ...MONTH_NAMES.map((name, i): [string, number] => [name, i + 1]),
  ...MONTH_NAMES.map((name, i): [string, number] => [name.slice(0, 3), i + 1]),
  ['sept', 9],
]);

/** The month (1–12) a Danish month name or its first three letters mean ("marts", "mar", "mar."), or undefined. */
export function monthFromName(text: string): number | undefined {
  return MONTH_LOOKUP.get(text.trim().toLowerCase().replace(/\.$/, ''));
}

/** "marts" for 3. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '?';
}

const PERIODS_PER_YEAR: Record<Frequency, number> = { quarter: 4, month: 12, year: 1 };

export function periodsPerYear(frequency: Frequency): number {
  return PERIODS_PER_YEAR[frequency];
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function formatCanonical(p: Period): string {
  switch (p.frequency) {
    case 'quarter':
      return `${p.year}K${p.index}`;
    case 'month':
      return `${p.year}M${pad2(p.index)}`;
    case 'year':
      return String(p.year);
  }
}

export function parseCanonical(s: string): Period {
  let raw: Period | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})K([1-4])$/.exec(s))) raw = { frequency: 'quarter', year: Number(m[1]), index: Number(m[2]) };
  else if ((m = /^(\d{4})M(0[1-9]|1[0-2])$/.exec(s))) raw = { frequency: 'month', year: Number(m[1]), index: Number(m[2]) };
  else if ((m = /^(\d{4})$/.exec(s))) raw = { frequency: 'year', year: Number(m[1]), index: 1 };
  // Stored periods are machine-written, so anything else means corrupt data, not a typo.
  if (!raw || yearProblem(raw.year) !== undefined) {
    throw new Error(`Not a canonical period: ${JSON.stringify(s)}`);
  }
  return { frequency: raw.frequency, year: raw.year, index: raw.index };
}

export function displayPeriod(p: Period): string {
  switch (p.frequency) {
    case 'quarter':
      return `${p.index}. kvt. ${p.year}`;
    case 'month':
      return `${MONTH_NAMES[p.index - 1] ?? '?'} ${p.year}`;
    case 'year':
      return String(p.year);
  }
}

export function displayPeriodShort(p: Period): string {
  switch (p.frequency) {
    case 'quarter':
      return `K${p.index} ${p.year}`;
    case 'month':
      return `${MONTH_SHORT_NAMES[p.index - 1] ?? '?'} ${p.year}`;
    case 'year':
      return String(p.year);
  }
}

function ordinal(p: Period): number {
  return p.year * PERIODS_PER_YEAR[p.frequency] + (p.index - 1);
}

function fromOrdinal(frequency: Frequency, n: number): Period {
  const perYear = PERIODS_PER_YEAR[frequency];
  return { frequency, year: Math.floor(n / perYear), index: (((n % perYear) + perYear) % perYear) + 1 };
}

function assertSameFrequency(a: Period, b: Period): void {
  if (a.frequency !== b.frequency) {
    throw new Error(`Cannot compare a ${a.frequency} period with a ${b.frequency} period`);
  }
}

export function nextPeriod(p: Period): Period {
  return fromOrdinal(p.frequency, ordinal(p) + 1);
}

export function previousPeriod(p: Period): Period {
  return fromOrdinal(p.frequency, ordinal(p) - 1);
}

export function comparePeriods(a: Period, b: Period): number {
  assertSameFrequency(a, b);
  return ordinal(a) - ordinal(b);
}

export function periodsBetween(a: Period, b: Period): number {
  assertSameFrequency(a, b);
  return ordinal(b) - ordinal(a);
}

/** Inclusive; empty when `from` is after `to`. */
export function periodRange(from: Period, to: Period): Period[] {
  assertSameFrequency(from, to);
  const range: Period[] = [];
  for (let n = ordinal(from); n <= ordinal(to); n++) range.push(fromOrdinal(from.frequency, n));
  return range;
}

export function samePeriodLastYear(p: Period): Period {
  return { frequency: p.frequency, year: p.year - 1, index: p.index };
}

export function periodContaining(frequency: Frequency, year: number, monthNumber: number): Period {
  switch (frequency) {
    case 'quarter':
      return { frequency, year, index: Math.ceil(monthNumber / 3) };
    case 'month':
      return { frequency, year, index: monthNumber };
    case 'year':
      return { frequency, year, index: 1 };
  }
}

/** The last period that has ended by `today`, reckoned in Danish time: a new quarter begins at midnight in Copenhagen. */
export function latestCompletedPeriod(frequency: Frequency, today: Date): Period {
  const [year, month] = copenhagenDay(today).split('-').map(Number) as [number, number];
  return previousPeriod(periodContaining(frequency, year, month));
}

/** Why a year is outside what the app reads, or undefined. */
export function yearProblem(year: number): string | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return `Året skal ligge mellem ${MIN_YEAR} og ${MAX_YEAR} – ikke ${year}.`;
  }
  return undefined;
}
