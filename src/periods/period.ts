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

const FREQUENCY_DESCRIPTION: Record<Frequency, string> = {
  quarter: 'et kvartal',
  month: 'en måned',
  year: 'et helt år',
};

const SHORT_EXAMPLE: Record<Frequency, string> = {
  quarter: '2024K1',
  month: '2024-01',
  year: '2024',
};

const LONG_EXAMPLES: Record<Frequency, string> = {
  quarter: '2024K1, 1. kvt. 2024 eller 2024-Q1',
  month: '2024-01, januar 2024 eller 2024M01',
  year: '2024',
};

export function periodsPerYear(frequency: Frequency): number {
  return PERIODS_PER_YEAR[frequency];
}

interface RawPeriod {
  frequency: Frequency;
  year: number;
  index: number;
}

type Matcher = (text: string) => RawPeriod | undefined;

const QUARTER_WORD = '(?:kvartal|kvt|kv)';

function quarter(year: string | undefined, index: string | undefined): RawPeriod {
  return { frequency: 'quarter', year: Number(year), index: Number(index) };
}

function month(year: string | undefined, index: string | undefined): RawPeriod {
  return { frequency: 'month', year: Number(year), index: Number(index) };
}

function matcher(pattern: RegExp, build: (m: RegExpExecArray) => RawPeriod | undefined): Matcher {
  return (text) => {
    const m = pattern.exec(text);
    return m ? build(m) : undefined;
  };
}

// Order matters: quarter forms are tried before the generic "word year" month form,
// so "kvt. 1 2024" is never looked up as a month name.
const MATCHERS: readonly Matcher[] = [
  matcher(/^(\d{4}) ?-? ?[kq] ?(\d{1,2})$/, (m) => quarter(m[1], m[2])),
  matcher(/^[kq] ?(\d{1,2}) ?[-/]? ?(\d{4})$/, (m) => quarter(m[2], m[1])),
  matcher(new RegExp(`^(\\d{1,2})\\.? ?${QUARTER_WORD}\\.? ?(\\d{4})$`), (m) => quarter(m[2], m[1])),
  matcher(new RegExp(`^${QUARTER_WORD}\\.? ?(\\d{1,2})\\.?,? ?(\\d{4})$`), (m) => quarter(m[2], m[1])),
  matcher(new RegExp(`^(\\d{4}),? (\\d{1,2})\\.? ?${QUARTER_WORD}\\.?$`), (m) => quarter(m[1], m[2])),
  matcher(/^(\d{4}) ?m ?(\d{1,2})$/, (m) => month(m[1], m[2])),
  matcher(/^(\d{4}) ?[-/] ?(\d{1,2})$/, (m) => month(m[1], m[2])),
  matcher(/^(\d{1,2}) ?[-/.] ?(\d{4})$/, (m) => month(m[2], m[1])),
  matcher(/^([a-zæøå]+)\.? ?-? ?(\d{4})$/, (m) => {
    const index = MONTH_LOOKUP.get(m[1] ?? '');
    return index === undefined ? undefined : { frequency: 'month', year: Number(m[2]), index };
  }),
  matcher(/^(\d{4})$/, (m) => ({ frequency: 'year', year: Number(m[1]), index: 1 })),
];

function normalize(input: string): string {
  // \s already covers NBSP and thin spaces; dashes are unified because Word and
  // Excel autocorrect a typed '-' into an en dash.
  return input
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function yearProblem(year: number): string | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return `Året skal ligge mellem ${MIN_YEAR} og ${MAX_YEAR} – ikke ${year}.`;
  }
  return undefined;
}

function validate(raw: RawPeriod): PeriodResult {
  const yearMessage = yearProblem(raw.year);
  if (yearMessage) return { ok: false, message: yearMessage };
  if (raw.frequency === 'quarter' && (raw.index < 1 || raw.index > 4)) {
    return { ok: false, message: `Kvartalet skal være 1, 2, 3 eller 4 – ikke ${raw.index}.` };
  }
  if (raw.frequency === 'month' && (raw.index < 1 || raw.index > 12)) {
    return { ok: false, message: `Måneden skal være et tal fra 1 til 12 – ikke ${raw.index}.` };
  }
  return { ok: true, period: { frequency: raw.frequency, year: raw.year, index: raw.index } };
}

export function parsePeriod(input: string, frequency?: Frequency): PeriodResult {
  const shown = input.trim();
  const text = normalize(input);
  const examples = LONG_EXAMPLES[frequency ?? 'quarter'];
  if (text === '') {
    return { ok: false, message: `Skriv en periode, fx ${examples}.` };
  }
  let raw: RawPeriod | undefined;
  for (const match of MATCHERS) {
    raw = match(text);
    if (raw) break;
  }
  if (!raw) {
    return { ok: false, message: `„${shown}“ er ikke en periode, vi kan læse. Skriv fx ${examples}.` };
  }
  const result = validate(raw);
  if (result.ok && frequency !== undefined && result.period.frequency !== frequency) {
    return {
      ok: false,
      message:
        `${shown} er ${FREQUENCY_DESCRIPTION[result.period.frequency]}, ` +
        `men indikatoren måles pr. ${FREQUENCY_LABELS[frequency]}. Skriv fx ${SHORT_EXAMPLE[frequency]}.`,
    };
  }
  return result;
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
  let raw: RawPeriod | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})K([1-4])$/.exec(s))) raw = quarter(m[1], m[2]);
  else if ((m = /^(\d{4})M(0[1-9]|1[0-2])$/.exec(s))) raw = month(m[1], m[2]);
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

function periodContaining(frequency: Frequency, year: number, monthNumber: number): Period {
  switch (frequency) {
    case 'quarter':
      return { frequency, year, index: Math.ceil(monthNumber / 3) };
    case 'month':
      return { frequency, year, index: monthNumber };
    case 'year':
      return { frequency, year, index: 1 };
  }
}

export function latestCompletedPeriod(frequency: Frequency, today: Date): Period {
  return previousPeriod(periodContaining(frequency, today.getFullYear(), today.getMonth() + 1));
}

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
