import { describe, expect, it } from 'vitest';
import { interpretRecord, type InterpretResult } from '../../../src/imports/interpret.js';
import type { RawRecord } from '../../../src/imports/raw-record.js';
import { formatCanonical, type Frequency } from '../../../src/periods/period.js';

function raw(periodText: string, valueText: string): RawRecord {
  return {
    line: 12,
    indicatorLabel: 'Sygefravær',
    indicatorColumn: 1,
    periodText,
    periodColumn: 2,
    valueText,
    valueColumn: 3,
    comment: null,
    unit: null,
    periodColumnName: 'Kvartal',
    valueColumnName: 'Værdi',
  };
}

function canonical(result: InterpretResult): string {
  if (!result.ok) throw new Error(`expected a period, got: ${result.error.message}`);
  return formatCanonical(result.period);
}

describe('interpretRecord: periods', () => {
  it.each([
    { text: '2024K1', frequency: 'quarter', expected: '2024K1' },
    { text: '2019-Q3', frequency: 'quarter', expected: '2019K3' },
    { text: '1. kvt. 2024', frequency: 'quarter', expected: '2024K1' },
    { text: '2024-03-31', frequency: 'quarter', expected: '2024K1' },
    { text: '2024-04-01', frequency: 'quarter', expected: '2024K2' },
    { text: '2024-12-31 00:00:00', frequency: 'quarter', expected: '2024K4' },
    { text: '31-03-2024', frequency: 'quarter', expected: '2024K1' },
    { text: '31.03.2024', frequency: 'quarter', expected: '2024K1' },
    { text: '1.7.2024', frequency: 'quarter', expected: '2024K3' },
    { text: '30-09-2024 00:00', frequency: 'quarter', expected: '2024K3' },
    { text: '45382', frequency: 'quarter', expected: '2024K1' },
    { text: '45383', frequency: 'quarter', expected: '2024K2' },
    { text: '45382', frequency: 'month', expected: '2024M03' },
    { text: '45382', frequency: 'year', expected: '2024' },
    { text: '2024-03-31', frequency: 'month', expected: '2024M03' },
    { text: '2024-03', frequency: 'month', expected: '2024M03' },
    { text: '2024', frequency: 'year', expected: '2024' },
  ])('maps $text to $expected for frequency $frequency', ({ text, frequency, expected }) => {
    expect(canonical(interpretRecord(raw(text, '7'), frequency as Frequency, 'da'))).toBe(expected);
  });

  it.each([
    { text: '2024-02-30', message: '„2024-02-30“ er ikke en dato, der findes i kalenderen.' },
    { text: '30-02-2024', message: '„30-02-2024“ er ikke en dato, der findes i kalenderen.' },
    { text: '2024-03', message: '2024-03 er en måned, men indikatoren måles pr. kvartal. Skriv fx 2024K1.' },
    { text: '2024K5', message: 'Kvartalet skal være 1, 2, 3 eller 4 – ikke 5.' },
    { text: 'Q1', message: '„Q1“ er ikke en periode, vi kan læse. Skriv fx 2024K1, 1. kvt. 2024 eller 2024-Q1.' },
    { text: '12345', message: '„12345“ er ikke en periode, vi kan læse. Skriv fx 2024K1, 1. kvt. 2024 eller 2024-Q1.' },
    { text: '80001', message: '„80001“ er ikke en periode, vi kan læse. Skriv fx 2024K1, 1. kvt. 2024 eller 2024-Q1.' },
    { text: '03/31/2024', message: '„03/31/2024“ er ikke en periode, vi kan læse. Skriv fx 2024K1, 1. kvt. 2024 eller 2024-Q1.' },
  ])('refuses the period $text with a located Danish message', ({ text, message }) => {
    expect(interpretRecord(raw(text, '7'), 'quarter', 'da')).toEqual({
      ok: false,
      error: { line: 12, column: 2, columnName: 'Kvartal', code: 'invalid-period', message: `Linje 12, kolonne 2 („Kvartal“): ${message}` },
    });
  });
});

describe('interpretRecord: values', () => {
  it.each([
    { text: '7,7', style: 'da', value: 7.7 },
    { text: '1.234,5', style: 'da', value: 1234.5 },
    { text: '1.234', style: 'da', value: 1234 },
    { text: '0.319', style: 'en', value: 0.319 },
    { text: '1,234', style: 'en', value: 1234 },
    { text: '-3', style: 'da', value: -3 },
    { text: '1465', style: undefined, value: 1465 },
    { text: '7,7', style: undefined, value: 7.7 },
    { text: '0.319', style: undefined, value: 0.319 },
    { text: '1.234.567', style: undefined, value: 1234567 },
  ])('reads $text with style $style as $value', ({ text, style, value }) => {
    const result = interpretRecord(raw('2024K1', text), 'quarter', style as 'da' | 'en' | undefined);
    expect(result).toMatchObject({ ok: true, value });
  });

  it.each([
    { text: '1,234', readings: '1234 og 1,234' },
    { text: '1.234', readings: '1234 og 1,234' },
    { text: '-12,500', readings: '-12500 og -12,5' },
  ])('refuses to guess $text when the file does not settle the number style', ({ text, readings }) => {
    expect(interpretRecord(raw('2024K1', text), 'quarter', undefined)).toEqual({
      ok: false,
      error: {
        line: 12,
        column: 3,
        columnName: 'Værdi',
        code: 'ambiguous-number',
        message:
          `Linje 12, kolonne 3 („Værdi“): „${text}“ kan både betyde ${readings}. Filen viser ikke, om den bruger decimalkomma ` +
          'eller decimalpunktum. Vælg talformat nedenfor.',
      },
    });
  });

  it('gives the spec\'s exact wording for "1,234"', () => {
    const result = interpretRecord(raw('2024K1', '1,234'), 'quarter', undefined);
    expect(result.ok ? '' : result.error.message).toContain(
      '„1,234“ kan både betyde 1234 og 1,234. Filen viser ikke, om den bruger decimalkomma eller decimalpunktum. Vælg talformat nedenfor.',
    );
  });

  it('reports a value that is no number at its cell', () => {
    expect(interpretRecord(raw('2024K1', '7,7 dage'), 'quarter', 'da')).toEqual({
      ok: false,
      error: {
        line: 12,
        column: 3,
        columnName: 'Værdi',
        code: 'invalid-number',
        message: 'Linje 12, kolonne 3 („Værdi“): „7,7 dage“ er ikke et gyldigt tal: tegnet „d“ hører ikke hjemme i et tal.',
      },
    });
  });

  it('reads a value with the other style as an error once the style is settled', () => {
    expect(interpretRecord(raw('2024K1', '0.319'), 'quarter', 'da')).toMatchObject({ ok: false, error: { code: 'invalid-number' } });
  });

  it('checks the period before the value', () => {
    expect(interpretRecord(raw('x', 'y'), 'quarter', 'da')).toMatchObject({ ok: false, error: { code: 'invalid-period', column: 2 } });
  });

  it('works without header names on the record', () => {
    const { periodColumnName: _p, valueColumnName: _v, ...bare } = raw('2024K9', '1');
    expect(interpretRecord(bare, 'quarter', 'da')).toMatchObject({ ok: false, error: { message: /^Linje 12, kolonne 2: / } });
  });
});
