import { describe, expect, it } from 'vitest';
import { FREQUENCY_LABELS, comparePeriods, displayPeriod, displayPeriodShort, formatCanonical, latestCompletedPeriod, nextPeriod, parseCanonical, periodRange, periodsBetween, periodsPerYear, previousPeriod, samePeriodLastYear, type Frequency, type Period, type PeriodResult } from '../../../src/periods/period.js';
import { parsePeriod } from '../../../src/periods/period-parse.js';
import { periodFromDate, periodFromExcelSerial, periodFromIsoDate } from '../../../src/periods/period-dates.js';

const q = (year: number, index: number): Period => ({ frequency: 'quarter', year, index });
const m = (year: number, index: number): Period => ({ frequency: 'month', year, index });
const y = (year: number): Period => ({ frequency: 'year', year, index: 1 });

/** 'YYYY-MM-DD HH:MM' as local wall-clock time. */
function localDate(text: string): Date {
  const [year, month, day, hour, minute] = text.split(/[- :]/).map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
}

function expectPeriod(result: PeriodResult): Period {
  if (!result.ok) throw new Error(`expected a period, got message: ${result.message}`);
  return result.period;
}

function expectMessage(result: PeriodResult): string {
  if (result.ok) throw new Error(`expected a message, got ${formatCanonical(result.period)}`);
  return result.message;
}

describe('parsePeriod', () => {
  it.each([
    { input: '2024K1', expected: q(2024, 1) },
    { input: '2024k3', expected: q(2024, 3) },
    { input: '2024-K1', expected: q(2024, 1) },
    { input: '2024-Q2', expected: q(2024, 2) },
    { input: '2024Q4', expected: q(2024, 4) },
    { input: '2024 Q1', expected: q(2024, 1) },
    { input: 'K1 2024', expected: q(2024, 1) },
    { input: 'Q3 2025', expected: q(2025, 3) },
    { input: 'K1-2024', expected: q(2024, 1) },
    { input: '1. kvt. 2024', expected: q(2024, 1) },
    { input: '1. kvartal 2024', expected: q(2024, 1) },
    { input: '2. KVARTAL 2023', expected: q(2023, 2) },
    { input: '1 kvt 2024', expected: q(2024, 1) },
    { input: 'kvt. 1 2024', expected: q(2024, 1) },
    { input: '  2024K2  ', expected: q(2024, 2) },
    { input: '1.\u00A0kvt.\u00A02024', expected: q(2024, 1) },
    { input: '2024M01', expected: m(2024, 1) },
    { input: '2024m1', expected: m(2024, 1) },
    { input: '2024M12', expected: m(2024, 12) },
    { input: '2024-01', expected: m(2024, 1) },
    { input: '01-2024', expected: m(2024, 1) },
    { input: '2024\u201301', expected: m(2024, 1) },
    { input: 'K2\u2212\u20092024', expected: q(2024, 2) },
    { input: '11-2024', expected: m(2024, 11) },
    { input: 'januar 2024', expected: m(2024, 1) },
    { input: 'Marts 2024', expected: m(2024, 3) },
    { input: 'december 2023', expected: m(2023, 12) },
    { input: 'jan 2024', expected: m(2024, 1) },
    { input: 'jan. 2024', expected: m(2024, 1) },
    { input: 'okt. 2024', expected: m(2024, 10) },
    { input: 'sept. 2024', expected: m(2024, 9) },
    { input: 'maj 2024', expected: m(2024, 5) },
    { input: 'februar\u00A02024', expected: m(2024, 2) },
    { input: '2024', expected: y(2024) },
    { input: ' 1900 ', expected: y(1900) },
    { input: '2100', expected: y(2100) },
  ])('parses $input as $expected.frequency $expected.index of $expected.year', ({ input, expected }) => {
    expect(expectPeriod(parsePeriod(input))).toEqual(expected);
  });

  it.each([
    { input: '2024K5', message: 'Kvartalet skal være 1, 2, 3 eller 4 – ikke 5.' },
    { input: '0. kvt. 2024', message: 'Kvartalet skal være 1, 2, 3 eller 4 – ikke 0.' },
    { input: '2024M13', message: 'Måneden skal være et tal fra 1 til 12 – ikke 13.' },
    { input: '2024-00', message: 'Måneden skal være et tal fra 1 til 12 – ikke 0.' },
    { input: '1899', message: 'Året skal ligge mellem 1900 og 2100 – ikke 1899.' },
    { input: '2101K1', message: 'Året skal ligge mellem 1900 og 2100 – ikke 2101.' },
  ])('rejects out-of-range $input saying what is wrong', ({ input, message }) => {
    expect(expectMessage(parsePeriod(input))).toBe(message);
  });

  it.each([
    { input: 'xyz', frequency: undefined, example: '2024K1, 1. kvt. 2024 eller 2024-Q1' },
    { input: 'januarr 2024', frequency: 'quarter', example: '2024K1, 1. kvt. 2024 eller 2024-Q1' },
    { input: '24K1', frequency: 'month', example: '2024-01, januar 2024 eller 2024M01' },
    { input: 'sidste år', frequency: 'year', example: '2024' },
  ] satisfies { input: string; frequency: Frequency | undefined; example: string }[])(
    'rejects unreadable $input with an example for frequency $frequency',
    ({ input, frequency, example }) => {
      expect(expectMessage(parsePeriod(input, frequency))).toBe(
        `„${input}“ er ikke en periode, vi kan læse. Skriv fx ${example}.`,
      );
    },
  );

  it('asks for a period when the input is blank', () => {
    expect(expectMessage(parsePeriod('   ', 'month'))).toBe('Skriv en periode, fx 2024-01, januar 2024 eller 2024M01.');
  });

  it.each([
    {
      input: '2024',
      frequency: 'quarter',
      message: '2024 er et helt år, men indikatoren måles pr. kvartal. Skriv fx 2024K1.',
    },
    {
      input: '2024-01',
      frequency: 'quarter',
      message: '2024-01 er en måned, men indikatoren måles pr. kvartal. Skriv fx 2024K1.',
    },
    {
      input: '2024K1',
      frequency: 'month',
      message: '2024K1 er et kvartal, men indikatoren måles pr. måned. Skriv fx 2024-01.',
    },
    {
      input: 'januar 2024',
      frequency: 'year',
      message: 'januar 2024 er en måned, men indikatoren måles pr. år. Skriv fx 2024.',
    },
  ] satisfies { input: string; frequency: Frequency; message: string }[])(
    'rejects $input when the indicator is measured per $frequency, naming both',
    ({ input, frequency, message }) => {
      expect(expectMessage(parsePeriod(input, frequency))).toBe(message);
    },
  );

  it.each([
    { input: '2024K1', frequency: 'quarter', expected: q(2024, 1) },
    { input: 'jan 2024', frequency: 'month', expected: m(2024, 1) },
    { input: '2024', frequency: 'year', expected: y(2024) },
  ] satisfies { input: string; frequency: Frequency; expected: Period }[])(
    'accepts $input when the indicator is measured per $frequency',
    ({ input, frequency, expected }) => {
      expect(expectPeriod(parsePeriod(input, frequency))).toEqual(expected);
    },
  );
});

describe('canonical form', () => {
  it.each([
    { period: q(2024, 1), text: '2024K1' },
    { period: m(2024, 1), text: '2024M01' },
    { period: m(2024, 12), text: '2024M12' },
    { period: y(2024), text: '2024' },
  ])('formats and parses $text as the stored form', ({ period, text }) => {
    expect(formatCanonical(period)).toBe(text);
    expect(parseCanonical(text)).toEqual(period);
  });

  it('sorts months lexicographically in chronological order', () => {
    const periods = [m(2024, 10), m(2023, 12), m(2024, 2), m(2024, 1)];
    const sorted = periods.map(formatCanonical).sort();
    expect(sorted).toEqual(['2023M12', '2024M01', '2024M02', '2024M10']);
  });

  it.each(['2024K5', '2024K0', '2024M1', '2024M13', '2024-01', '2024k1', ' 2024K1', '1. kvt. 2024', '1899', ''])(
    'refuses to parse "%s" as a stored period',
    (text) => {
      expect(() => parseCanonical(text)).toThrow();
    },
  );
});

describe('display', () => {
  it.each([
    { period: q(2024, 1), long: '1. kvt. 2024', short: 'K1 2024' },
    { period: q(2023, 4), long: '4. kvt. 2023', short: 'K4 2023' },
    { period: m(2024, 1), long: 'januar 2024', short: 'jan. 2024' },
    { period: m(2024, 5), long: 'maj 2024', short: 'maj 2024' },
    { period: m(2024, 12), long: 'december 2024', short: 'dec. 2024' },
    { period: y(2024), long: '2024', short: '2024' },
  ])('shows $long in text and $short on chart axes', ({ period, long, short }) => {
    expect(displayPeriod(period)).toBe(long);
    expect(displayPeriodShort(period)).toBe(short);
  });

  it.each([q(2024, 3), m(2024, 1), m(2024, 9), y(2024)])(
    'reads its own display form back as the same period (%o)',
    (period) => {
      expect(expectPeriod(parsePeriod(displayPeriod(period), period.frequency))).toEqual(period);
      expect(expectPeriod(parsePeriod(displayPeriodShort(period), period.frequency))).toEqual(period);
    },
  );

  it('labels frequencies in Danish', () => {
    expect(FREQUENCY_LABELS).toEqual({ quarter: 'kvartal', month: 'måned', year: 'år' });
  });
});

describe('period arithmetic', () => {
  it.each([
    { from: q(2024, 1), next: q(2024, 2) },
    { from: q(2024, 4), next: q(2025, 1) },
    { from: m(2024, 12), next: m(2025, 1) },
    { from: m(2024, 1), next: m(2024, 2) },
    { from: y(2024), next: y(2025) },
  ])('steps from $from.year/$from.index to $next.year/$next.index ($from.frequency)', ({ from, next }) => {
    expect(nextPeriod(from)).toEqual(next);
    expect(previousPeriod(next)).toEqual(from);
  });

  it.each([
    { a: q(2024, 1), b: q(2024, 2), sign: -1 },
    { a: q(2025, 1), b: q(2024, 4), sign: 1 },
    { a: m(2024, 3), b: m(2024, 3), sign: 0 },
    { a: y(2023), b: y(2024), sign: -1 },
  ])('compares $a.year/$a.index with $b.year/$b.index as $sign', ({ a, b, sign }) => {
    expect(Math.sign(comparePeriods(a, b))).toBe(sign);
  });

  it('refuses to compare periods of different frequencies', () => {
    expect(() => comparePeriods(q(2024, 1), m(2024, 1))).toThrow();
    expect(() => periodsBetween(q(2024, 1), y(2024))).toThrow();
  });

  it.each([
    { a: q(2023, 3), b: q(2024, 2), steps: 3 },
    { a: q(2024, 2), b: q(2023, 3), steps: -3 },
    { a: m(2023, 11), b: m(2024, 2), steps: 3 },
    { a: y(2020), b: y(2024), steps: 4 },
    { a: m(2024, 5), b: m(2024, 5), steps: 0 },
  ])('counts $steps steps from $a.year/$a.index to $b.year/$b.index', ({ a, b, steps }) => {
    expect(periodsBetween(a, b)).toBe(steps);
  });

  it('lists every quarter across a year boundary, both ends included', () => {
    expect(periodRange(q(2023, 3), q(2024, 2)).map(formatCanonical)).toEqual(['2023K3', '2023K4', '2024K1', '2024K2']);
  });

  it('lists a single period when the range starts and ends on it', () => {
    expect(periodRange(m(2024, 5), m(2024, 5))).toEqual([m(2024, 5)]);
  });

  it('lists nothing when the range is reversed', () => {
    expect(periodRange(y(2025), y(2024))).toEqual([]);
  });

  it.each([
    { period: q(2024, 3), expected: q(2023, 3) },
    { period: m(2024, 1), expected: m(2023, 1) },
    { period: y(2024), expected: y(2023) },
  ])('finds the same $period.frequency last year', ({ period, expected }) => {
    expect(samePeriodLastYear(period)).toEqual(expected);
  });

  it.each([
    { frequency: 'quarter', count: 4 },
    { frequency: 'month', count: 12 },
    { frequency: 'year', count: 1 },
  ] satisfies { frequency: Frequency; count: number }[])('has $count periods per year for $frequency', ({ frequency, count }) => {
    expect(periodsPerYear(frequency)).toBe(count);
  });
});

describe('latestCompletedPeriod', () => {
  // Local wall-clock times; the vitest config pins TZ to Europe/Copenhagen.
  it.each([
    { today: '2026-11-27 12:00', frequency: 'quarter', expected: '2026K3' },
    { today: '2026-11-27 12:00', frequency: 'month', expected: '2026M10' },
    { today: '2026-11-27 12:00', frequency: 'year', expected: '2025' },
    { today: '2026-10-01 00:00', frequency: 'quarter', expected: '2026K3' },
    { today: '2026-09-30 23:59', frequency: 'quarter', expected: '2026K2' },
    { today: '2026-01-01 12:00', frequency: 'month', expected: '2025M12' },
    { today: '2026-01-01 12:00', frequency: 'quarter', expected: '2025K4' },
  ] satisfies { today: string; frequency: Frequency; expected: string }[])(
    'on $today gives $expected as the latest finished $frequency',
    ({ today, frequency, expected }) => {
      expect(formatCanonical(latestCompletedPeriod(frequency, localDate(today)))).toBe(expected);
    },
  );

  it.each([
    { instant: '2025-12-31T23:30:00Z', frequency: 'month', expected: '2025M12', why: '00:30 on 1 January in Copenhagen' },
    { instant: '2026-09-30T22:30:00Z', frequency: 'quarter', expected: '2026K3', why: '00:30 on 1 October in Copenhagen (summer time)' },
    { instant: '2026-09-30T21:30:00Z', frequency: 'quarter', expected: '2026K2', why: '23:30 on 30 September in Copenhagen' },
  ] satisfies { instant: string; frequency: Frequency; expected: string; why: string }[])(
    "reckons the day in Copenhagen whatever the server's zone: $why gives $expected",
    ({ instant, frequency, expected }) => {
      // A server set to UTC, as containers usually are; Node rereads TZ when it changes.
      const pinned = process.env.TZ;
      process.env.TZ = 'UTC';
      try {
        expect(formatCanonical(latestCompletedPeriod(frequency, new Date(instant)))).toBe(expected);
      } finally {
        process.env.TZ = pinned;
      }
    },
  );
});

describe('periods from dates', () => {
  it.each([
    { date: '2024-03-31 12:00', frequency: 'quarter', expected: '2024K1' },
    { date: '2024-04-01 00:00', frequency: 'quarter', expected: '2024K2' },
    { date: '2024-12-31 23:30', frequency: 'month', expected: '2024M12' },
    { date: '2024-07-15 12:00', frequency: 'year', expected: '2024' },
  ] satisfies { date: string; frequency: Frequency; expected: string }[])(
    'places local time $date in $frequency $expected',
    ({ date, frequency, expected }) => {
      expect(formatCanonical(expectPeriod(periodFromDate(localDate(date), frequency)))).toBe(expected);
    },
  );

  it('rejects an invalid Date', () => {
    expect(expectMessage(periodFromDate(new Date('nonsense'), 'quarter'))).toBe('Datoen er ugyldig.');
  });

  it.each([
    { text: '2024-03-31', frequency: 'quarter', expected: '2024K1' },
    { text: '2024-04-01', frequency: 'quarter', expected: '2024K2' },
    { text: '2024-02-29', frequency: 'month', expected: '2024M02' },
    { text: '2023-12-31', frequency: 'year', expected: '2023' },
    { text: ' 2024-12-31T23:30:00Z ', frequency: 'month', expected: '2024M12' },
    { text: '2024-06-30 00:00:00', frequency: 'quarter', expected: '2024K2' },
  ] satisfies { text: string; frequency: Frequency; expected: string }[])(
    'reads ISO date $text as $frequency $expected',
    ({ text, frequency, expected }) => {
      expect(formatCanonical(expectPeriod(periodFromIsoDate(text, frequency)))).toBe(expected);
    },
  );

  it.each([
    { text: '2023-02-29', message: '„2023-02-29“ er ikke en dato, der findes i kalenderen.' },
    { text: '2024-13-01', message: '„2024-13-01“ er ikke en dato, der findes i kalenderen.' },
    { text: '2024-04-31', message: '„2024-04-31“ er ikke en dato, der findes i kalenderen.' },
    { text: '31-03-2024', message: '„31-03-2024“ er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx 2024-03-31.' },
    { text: '2150-01-01', message: 'Året skal ligge mellem 1900 og 2100 – ikke 2150.' },
  ])('rejects ISO date $text with a Danish explanation', ({ text, message }) => {
    expect(expectMessage(periodFromIsoDate(text, 'quarter'))).toBe(message);
  });

  it.each([
    { serial: 45382, frequency: 'quarter', expected: '2024K1' },
    { serial: 45382, frequency: 'month', expected: '2024M03' },
    { serial: 45383, frequency: 'quarter', expected: '2024K2' },
    { serial: 45382.75, frequency: 'month', expected: '2024M03' },
    { serial: 45291, frequency: 'year', expected: '2023' },
    { serial: 45292, frequency: 'year', expected: '2024' },
    { serial: 1, frequency: 'month', expected: '1900M01' },
    { serial: 31, frequency: 'month', expected: '1900M01' },
    { serial: 32, frequency: 'month', expected: '1900M02' },
    { serial: 59, frequency: 'month', expected: '1900M02' },
    { serial: 60, frequency: 'month', expected: '1900M02' },
    { serial: 61, frequency: 'month', expected: '1900M03' },
    { serial: 91, frequency: 'quarter', expected: '1900K1' },
    { serial: 92, frequency: 'quarter', expected: '1900K2' },
  ] satisfies { serial: number; frequency: Frequency; expected: string }[])(
    'reads Excel serial $serial as $frequency $expected',
    ({ serial, frequency, expected }) => {
      expect(formatCanonical(expectPeriod(periodFromExcelSerial(serial, frequency)))).toBe(expected);
    },
  );

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('rejects Excel serial %s as out of range', (serial) => {
    expect(expectMessage(periodFromExcelSerial(serial, 'quarter'))).toContain('uden for det område');
  });

  it('rejects an Excel serial whose year is after 2100', () => {
    // 73051 is 2100-01-01; a year later is out of range.
    expect(expectPeriod(periodFromExcelSerial(73051, 'year'))).toEqual(y(2100));
    expect(expectMessage(periodFromExcelSerial(73051 + 366, 'year'))).toBe(
      'Året skal ligge mellem 1900 og 2100 – ikke 2101.',
    );
  });
});
