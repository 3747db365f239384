import { describe, expect, it } from 'vitest';
import { dateFieldParts, isoDateParts, readDateField, readDateParts, readIsoDate, splitDateText } from '../../../src/periods/calendar-date.js';

const parts = (day: string, month: string, year: string) => ({ day, month, year });

describe('readDateParts: the three fields of DKFDS’s date input', () => {
  it.each([
    ['10', '12', '2026', '2026-12-10'],
    ['03', '05', '2027', '2027-05-03'],
    [' 3 ', ' 5 ', ' 2027 ', '2027-05-03'],
    ['29', '2', '2028', '2028-02-29'],
    ['29', '2', '2000', '2000-02-29'],
    ['31', '12', '2100', '2100-12-31'],
    ['1', '1', '2000', '2000-01-01'],
    ['5', 'marts', '2027', '2027-03-05'],
    ['5', 'Mar', '2027', '2027-03-05'],
    ['5', 'okt.', '2027', '2027-10-05'],
    ['30', '4', '2027', '2027-04-30'],
  ])('%s / %s / %s is %s', (day, month, year, iso) => {
    expect(readDateParts(parts(day, month, year))).toEqual({ ok: true, iso });
  });

  it.each([
    // [day, month, year, the part to fix, the message]
    ['', '', '', 'day', 'Skriv datoen med dag, måned og år, fx 10 12 2026.'],
    ['', '12', '2026', 'day', 'Datoen mangler dag.'],
    ['10', '', '2026', 'month', 'Datoen mangler måned.'],
    ['10', '12', '', 'year', 'Datoen mangler år.'],
    ['10', '', '', 'month', 'Datoen mangler måned og år.'],
    ['31', '2', '2027', 'day', 'Februar har kun 28 dage i 2027.'],
    ['30', '2', '2028', 'day', 'Februar har kun 29 dage i 2028.'],
    ['29', '2', '2027', 'day', '2027 er ikke et skudår, så februar har kun 28 dage.'],
    ['29', '2', '2100', 'day', '2100 er ikke et skudår, så februar har kun 28 dage.'],
    ['31', '4', '2027', 'day', 'April har kun 30 dage.'],
    ['31', '11', '2027', 'day', 'November har kun 30 dage.'],
    ['0', '5', '2027', 'day', 'Dagen skal være et tal fra 1 til 31, ikke „0“.'],
    ['32', '5', '2027', 'day', 'Dagen skal være et tal fra 1 til 31, ikke „32“.'],
    ['1o', '5', '2027', 'day', 'Dagen skal være et tal fra 1 til 31, ikke „1o“.'],
    ['tre', '5', '2027', 'day', 'Dagen skal være et tal fra 1 til 31, ikke „tre“.'],
    ['-1', '5', '2027', 'day', 'Dagen skal være et tal fra 1 til 31, ikke „-1“.'],
    ['2.5', '5', '2027', 'day', 'Dagen skal være et tal fra 1 til 31, ikke „2.5“.'],
    ['5', '13', '2027', 'month', 'Måneden skal være et tal fra 1 til 12 eller et navn som „marts“, ikke „13“.'],
    ['5', '0', '2027', 'month', 'Måneden skal være et tal fra 1 til 12 eller et navn som „marts“, ikke „0“.'],
    ['5', 'marst', '2027', 'month', 'Måneden skal være et tal fra 1 til 12 eller et navn som „marts“, ikke „marst“.'],
    ['5', '5', '27', 'year', 'Skriv året med fire cifre, fx 2027, ikke „27“.'],
    ['5', '5', '2O27', 'year', 'Skriv året med fire cifre, fx 2027, ikke „2O27“.'],
    ['5', '5', '20270', 'year', 'Skriv året med fire cifre, fx 2027, ikke „20270“.'],
    ['5', '5', '1999', 'year', 'Året skal ligge fra 2000 til 2100, ikke 1999.'],
    ['5', '5', '2101', 'year', 'Året skal ligge fra 2000 til 2100, ikke 2101.'],
    ['5', '5', '0000', 'year', 'Året skal ligge fra 2000 til 2100, ikke 0.'],
  ])('%s / %s / %s: the %s is wrong', (day, month, year, part, message) => {
    expect(readDateParts(parts(day, month, year))).toEqual({ ok: false, part, message });
  });

  it('names the date the form asks for, and takes its own example and years', () => {
    expect(readDateParts(parts('', '', ''), { what: 'fristen', example: '31 3 2027' })).toMatchObject({ message: 'Skriv fristen med dag, måned og år, fx 31 3 2027.' });
    expect(readDateParts(parts('', '3', ''), { what: 'mødets dato' })).toMatchObject({ message: 'Mødets dato mangler dag og år.' });
    expect(readDateParts(parts('1', '1', '1990'), { minYear: 1900 })).toEqual({ ok: true, iso: '1990-01-01' });
  });

  it('quotes at most 20 characters of what was typed', () => {
    const result = readDateParts(parts('x'.repeat(500), '1', '2027'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe(`Dagen skal være et tal fra 1 til 31, ikke „${'x'.repeat(19)}…“.`);
  });
});

describe('dates written as one text and form fields', () => {
  it.each([
    ['2026-12-10', parts('10', '12', '2026')],
    ['10.12.2026', parts('10', '12', '2026')],
    ['10/12/2026', parts('10', '12', '2026')],
    ['1-2-2027', parts('1', '2', '2027')],
    ['i morgen', undefined],
    ['', parts('', '', '')],
  ])('splitDateText(%j)', (text, expected) => {
    expect(splitDateText(text)).toEqual(expected);
  });

  it('fills the three fields from a stored ISO date, and leaves them empty for anything else', () => {
    expect(isoDateParts('2026-03-05')).toEqual(parts('5', '3', '2026'));
    expect(isoDateParts(undefined)).toEqual(parts('', '', ''));
    expect(isoDateParts('5. marts')).toEqual(parts('', '', ''));
  });

  it('reads the three posted fields first, then a single ISO field', () => {
    expect(dateFieldParts({ 'date-day': '5', 'date-month': '3', 'date-year': '2027', date: '2020-01-01' }, 'date')).toEqual(parts('5', '3', '2027'));
    expect(dateFieldParts({ 'date-day': '5' }, 'date')).toEqual(parts('5', '', ''));
    expect(dateFieldParts({ date: '2027-03-05' }, 'date')).toEqual(parts('05', '03', '2027'));
    expect(dateFieldParts({}, 'date')).toEqual(parts('', '', ''));
  });

  it('puts a failure on the field and points at the input to fix', () => {
    expect(readDateField({ 'dueDate-day': '31', 'dueDate-month': '2', 'dueDate-year': '2027' }, 'dueDate')).toEqual({
      ok: false,
      error: { field: 'dueDate', anchor: 'dueDate-day', message: 'Februar har kun 28 dage i 2027.' },
    });
    expect(readDateField({ 'dueDate-day': '28', 'dueDate-month': '2', 'dueDate-year': '2027' }, 'dueDate')).toEqual({ ok: true, iso: '2027-02-28' });
  });

  it('says that text which is no date at all is not a date', () => {
    expect(readDateField({ dueDate: 'snart' }, 'dueDate', { what: 'fristen', example: '31 3 2027' })).toEqual({
      ok: false,
      error: { field: 'dueDate', anchor: 'dueDate-day', message: '„snart“ er ikke en dato. Skriv fristen med dag, måned og år, fx 31 3 2027.' },
    });
    expect(dateFieldParts({ dueDate: 'snart' }, 'dueDate')).toEqual(parts('snart', '', ''));
  });

  it('accepts only real ISO dates in the allowed years from a query string', () => {
    expect(readIsoDate('2027-02-28')).toBe('2027-02-28');
    expect(readIsoDate('2027-02-29')).toBeUndefined();
    expect(readIsoDate('28.02.2027')).toBeUndefined();
    expect(readIsoDate('1999-12-31')).toBeUndefined();
  });
});
