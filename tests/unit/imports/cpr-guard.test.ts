import { describe, expect, it } from 'vitest';
import { findCprLike, findCprOffset } from '../../../src/imports/cpr-guard.js';

const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
const passesModulus11 = (digits: string): boolean =>
  [...digits.replace(/\D/g, '')].reduce((sum, d, i) => sum + Number(d) * (WEIGHTS[i] ?? 0), 0) % 11 === 0;

describe('findCprLike', () => {
  it.each([
    { cell: '0101901009', mod11: true, why: 'ten digits' },
    { cell: '010190-1009', mod11: true, why: 'hyphen after six' },
    { cell: '010190 1009', mod11: true, why: 'space after six' },
    { cell: '0101901000', mod11: false, why: 'fails modulus 11 (issued after 2007)' },
    { cell: '010190-1000', mod11: false, why: 'fails modulus 11, with hyphen' },
    { cell: '2902041004', mod11: true, why: '29 February in a leap year' },
    { cell: '3112991009', mod11: true, why: '31 December' },
    { cell: '010190–1009', mod11: true, why: 'an en dash that Word made from a hyphen' },
    { cell: '010190\u00A01009', mod11: true, why: 'a no-break space' },
    { cell: 'Jens Hansen 010190-1009', mod11: true, why: 'inside a name' },
    { cell: 'Borger (0101901000) klagede', mod11: false, why: 'inside a comment' },
    { cell: 'cpr:1508751008', mod11: true, why: 'right after a letter' },
    { cell: '12 0101901000', mod11: false, why: 'after another number and a space' },
  ])('finds a CPR number: $why', ({ cell, mod11 }) => {
    expect(passesModulus11(cell.replace(/^\D+|\D+$/g, '').slice(-11))).toBe(mod11);
    expect(findCprLike(cell)).toBe(true);
  });

  it.each([
    { cell: '2024-03-31', why: 'an ISO date' },
    { cell: '31-12-2024', why: 'a Danish date' },
    { cell: '31.12.2024', why: 'a dotted date' },
    { cell: '20240331', why: 'a compact date' },
    { cell: '+45 12 34 56 78', why: 'a phone number with spaces' },
    { cell: '12345678', why: 'an eight-digit phone number' },
    { cell: '+4512345678', why: 'a phone number with country code' },
    { cell: '1.234.567,89', why: 'an amount' },
    { cell: '1234567,89', why: 'an amount without grouping' },
    { cell: '2024K1', why: 'a period' },
    { cell: '3213456789', why: 'ten digits whose first six are no date (day 32)' },
    { cell: '0113456789', why: 'ten digits with month 13' },
    { cell: '3104901234', why: 'ten digits with 31 April' },
    { cell: '2902011004', why: '29 February in a year that is not a leap year' },
    { cell: '000190-1234', why: 'day zero' },
    { cell: '120101901009', why: 'twelve digits containing a date' },
    { cell: '01019010090', why: 'eleven digits' },
    { cell: '12010190-1009', why: 'eight digits before the hyphen' },
    { cell: '010190-10090', why: 'five digits after the hyphen' },
    { cell: '010190--1009', why: 'two separators' },
    { cell: '010190/1009', why: 'a slash, which is no CPR separator' },
    { cell: '45382', why: 'an Excel date serial' },
    { cell: '', why: 'an empty cell' },
  ])('ignores a look-alike: $why', ({ cell }) => {
    expect(findCprLike(cell)).toBe(false);
  });
});

describe('findCprOffset', () => {
  it('finds a CPR number after a look-alike in the same text', () => {
    const text = 'Tlf. 12345678;3213456789;Note 010190-1000';
    expect(findCprOffset(text)).toBe(text.indexOf('010190'));
  });

  it('does not join digits across a delimiter or a line break', () => {
    expect(findCprOffset('010190;1000\n010190\n1000\t010190\t1000')).toBe(-1);
  });

  it('scans 100,000 look-alike cells quickly', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `2024-03-31;${3200000000 + i};1.234.567,89`).join('\n');
    const started = performance.now();
    expect(findCprOffset(text)).toBe(-1);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
