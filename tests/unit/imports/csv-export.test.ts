import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/imports/csv-export.js';
import { interpretRecord } from '../../../src/imports/interpret.js';
import { readImportFile } from '../../../src/imports/read-file.js';

describe('toCsv', () => {
  it('writes excel-dk with BOM, semicolons, CRLF and decimal comma', () => {
    expect(toCsv([['Indikator', 'Værdi'], ['Sygefravær', 7.7]], 'excel-dk')).toBe('\uFEFFIndikator;Værdi\r\nSygefravær;7,7\r\n');
  });

  it('writes plain without BOM, with commas, LF and decimal point', () => {
    expect(toCsv([['Indikator', 'Værdi'], ['Sygefravær', 7.7]], 'plain')).toBe('Indikator,Værdi\nSygefravær,7.7\n');
  });

  it.each([
    { value: 1234567.89, dk: '1234567,89', plain: '1234567.89' },
    { value: -3, dk: '-3', plain: '-3' },
    { value: -0, dk: '0', plain: '0' },
    { value: 0.1 + 0.2, dk: '0,30000000000000004', plain: '0.30000000000000004' },
    { value: 1e21, dk: '1000000000000000000000', plain: '1000000000000000000000' },
    { value: 1e-7, dk: '0,0000001', plain: '0.0000001' },
    { value: Number.NaN, dk: '', plain: '' },
  ])('writes the number $value without grouping or exponent', ({ value, dk, plain }) => {
    expect(toCsv([[value]], 'excel-dk')).toBe(`\uFEFF${dk}\r\n`);
    expect(toCsv([[value]], 'plain')).toBe(`${plain}\n`);
  });

  it('writes null as an empty cell', () => {
    expect(toCsv([['a', null, 'b']], 'plain')).toBe('a,,b\n');
  });

  it.each([
    { cell: 'Sygefravær; pct.', format: 'excel-dk' as const, written: '"Sygefravær; pct."' },
    { cell: 'Sygefravær, pct.', format: 'excel-dk' as const, written: 'Sygefravær, pct.' },
    { cell: 'Sygefravær, pct.', format: 'plain' as const, written: '"Sygefravær, pct."' },
    { cell: 'Sygefravær; pct.', format: 'plain' as const, written: 'Sygefravær; pct.' },
    { cell: '5" skærm', format: 'plain' as const, written: '"5"" skærm"' },
    { cell: 'linje 1\nlinje 2', format: 'plain' as const, written: '"linje 1\nlinje 2"' },
    { cell: 'linje 1\rlinje 2', format: 'plain' as const, written: '"linje 1\rlinje 2"' },
  ])('quotes $cell only when $format needs it', ({ cell, format, written }) => {
    expect(toCsv([[cell]], format).replace('\uFEFF', '').replace(/\r?\n$/, '')).toBe(written);
  });

  it.each([
    { cell: '=HYPERLINK("http://x.example","Klik")', written: `"'=HYPERLINK(""http://x.example"",""Klik"")"` },
    { cell: '+cmd|\' /C calc\'!A0', written: `'+cmd|' /C calc'!A0` },
    { cell: '-2+3', written: `'-2+3` },
    { cell: '@SUM(A1:A9)', written: `'@SUM(A1:A9)` },
    { cell: '\t=1+1', written: `'\t=1+1` },
    { cell: '\r=1+1', written: `"'\r=1+1"` },
  ])('neutralises the formula text $cell with a leading quote', ({ cell, written }) => {
    expect(toCsv([[cell]], 'excel-dk')).toBe(`\uFEFF${written}\r\n`);
  });

  it('leaves numbers alone: a negative number is not a formula', () => {
    expect(toCsv([[-3, '-3']], 'excel-dk')).toBe("\uFEFF-3;'-3\r\n");
  });

  it.each(['excel-dk', 'plain'] as const)('gives the same values back through readImportFile (%s)', (format) => {
    const values = [7.7, 1234567.89, -3, 0, 0.319, 12.5, 100];
    const rows = [
      ['Indikator', 'Kvartal', 'Værdi', 'Bemærkning'],
      ...values.map((v, i) => [`Sygefravær, "ledere"; afd. ${i}`, `2024K${(i % 4) + 1}`, v, i === 0 ? 'Ny proces\nindført' : null]),
    ];
    const result = readImportFile(new TextEncoder().encode(toCsv(rows, format)));
    expect(result.ok).toBe(true);
    expect(result.errors).toEqual([]);
    const style = result.numberStyle?.style;
    const back = result.records.map((r) => {
      const interpreted = interpretRecord(r, 'quarter', style);
      return interpreted.ok ? interpreted.value : interpreted.error.message;
    });
    expect(back).toEqual(values);
    expect(result.records.map((r) => r.indicatorLabel)).toEqual(values.map((_, i) => `Sygefravær, "ledere"; afd. ${i}`));
    expect(result.records[0]?.comment).toBe('Ny proces\nindført');
  });
});
