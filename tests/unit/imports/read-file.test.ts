import { describe, expect, it } from 'vitest';
import {
  readImportFile,
  readImportFileStreaming,
  type RawRecord,
} from '../../../src/imports/read-file.js';
import { utf8, utf8Bom, windows1252 } from './bytes.js';

const LONG_HEADER = 'Indikator;Kvartal;Værdi;Bemærkning\r\n';

function longFile(rows: number, value: (i: number) => string = (i) => `${i % 100},${i % 10}`): string {
  const parts = [LONG_HEADER];
  for (let i = 0; i < rows; i++) parts.push(`Indikator ${i % 7};${2000 + (Math.floor(i / 4) % 50)}K${(i % 4) + 1};${value(i)};\r\n`);
  return parts.join('');
}

describe('readImportFile', () => {
  it.each([
    { marker: '', why: 'a blank cell' },
    { marker: '..', why: 'Statistikbanken\'s ".."' },
    { marker: '-', why: 'a dash' },
    { marker: 'NA', why: '"NA"' },
    { marker: ' n/a ', why: '"n/a" with spaces' },
  ])('makes no record for $why, because a missing value is not zero', ({ marker }) => {
    const result = readImportFile(utf8Bom(`${LONG_HEADER}A;2024K1;${marker};\r\nA;2024K2;0;\r\n`));
    expect(result.errors).toEqual([]);
    expect(result.records.map((r) => [r.periodText, r.valueText])).toEqual([['2024K2', '0']]);
    expect(result.rowCount).toBe(2);
  });

  it('trims cells, and turns an empty comment or unit into null', () => {
    const result = readImportFile(utf8('indicator,period,value,unit,note\n  A  , 2024K1 , 7 ,  , \n'));
    expect(result.records[0]).toMatchObject({ indicatorLabel: 'A', periodText: '2024K1', valueText: '7', unit: null, comment: null });
  });

  it('skips a "sep=;" first line and counts the header as line 2', () => {
    const result = readImportFile(utf8('sep=;\r\nIndikator;Kvartal;Værdi\r\nA;2024K1;7,7\r\n'));
    expect(result).toMatchObject({ ok: true, delimiter: ';', header: ['Indikator', 'Kvartal', 'Værdi'], headerLine: 2, rowCount: 1 });
    expect(result.records[0]?.line).toBe(3);
  });

  it('finds the header below blank lines and reports header problems at its real line', () => {
    const result = readImportFile(utf8('\r\n\r\nKvartal;A;A\r\n2024K1;1;2\r\n'));
    expect(result.headerLine).toBe(3);
    expect(result.errors).toMatchObject([{ line: 3, column: 3, code: 'duplicate-header' }]);
  });

  it('uses the delimiter, layout and number style the user chose', () => {
    const text = 'Kvartal,Værdi\n2024K1,"1,234"\n';
    const detected = readImportFile(utf8(text));
    expect(detected).toMatchObject({ delimiter: ',', layout: { layout: 'wide-periods-in-rows' }, numberStyle: { style: undefined, ambiguous: true } });
    const chosen = readImportFile(utf8(text), { numberStyle: 'da' });
    expect(chosen.numberStyle).toEqual({ style: 'da', ambiguous: false, evidence: 'valgt af dig' });
    const asSemicolons = readImportFile(utf8(text), { delimiter: ';' });
    expect(asSemicolons).toMatchObject({ ok: false, fatal: { code: 'single-column' } });
    const asLong = readImportFile(utf8(text), { layout: 'long' });
    expect(asLong).toMatchObject({ ok: false, fatal: { code: 'missing-indicator-column' } });
    expect(asLong.errors.map((e) => e.code)).toEqual(['missing-indicator-column']);
  });

  it('reports a file whose numbers mix both styles as ambiguous, with the evidence', () => {
    const result = readImportFile(utf8Bom(`${LONG_HEADER}A;2024K1;7,7;\r\nA;2024K2;0.319;\r\n`));
    expect(result.numberStyle).toEqual({
      style: undefined,
      ambiguous: true,
      evidence: 'både decimalkomma (fx „7,7“) og decimalpunktum (fx „0.319“)',
    });
  });

  it('decides the number style from a value far down the file', () => {
    const result = readImportFile(utf8Bom(longFile(5000, (i) => (i === 4321 ? '1.234,5' : String(i)))));
    expect(result.numberStyle).toMatchObject({ style: 'da', evidence: 'tusindtalspunktum og decimalkomma (fx „1.234,5“)' });
  });

  it('keeps at most maxErrors errors and counts the rest', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `A;${2000 + i}K1`).join('\r\n');
    const result = readImportFile(utf8Bom(`${LONG_HEADER}${rows}\r\n`), { maxErrors: 10 });
    expect(result.errors).toHaveLength(10);
    expect(result.omittedErrorCount).toBe(20);
    expect(result.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('keeps 200 errors by default', () => {
    const rows = Array.from({ length: 250 }, () => 'A;2024K1').join('\r\n');
    const result = readImportFile(utf8Bom(`${LONG_HEADER}${rows}\r\n`));
    expect([result.errors.length, result.omittedErrorCount]).toEqual([200, 50]);
  });

  it('lists errors in line order, quote errors included', () => {
    const result = readImportFile(utf8Bom(`${LONG_HEADER}A;2024K1\r\nA;2024K2;1;"x"y";\r\nA;2024K3\r\n`));
    expect(result.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'too-few-cells'],
      [3, 'malformed-quote'],
      [4, 'too-few-cells'],
    ]);
  });

  it('reads a Windows-1252 file with æøå intact', () => {
    const result = readImportFile(windows1252('Kvartal;Forældretilfredshed pct.;Ventetid på plads (dage)\r\n2021K1;83,9;21\r\n'));
    expect(result.records.map((r) => r.indicatorLabel)).toEqual(['Forældretilfredshed pct.', 'Ventetid på plads (dage)']);
  });

  it('reads 10,000 generated rows well under a second', () => {
    const input = utf8Bom(longFile(10_000));
    const started = performance.now();
    const result = readImportFile(input);
    const elapsed = performance.now() - started;
    expect(result).toMatchObject({ ok: true, rowCount: 10_000, errors: [] });
    expect(result.records).toHaveLength(10_000);
    expect(result.records[9_999]).toMatchObject({ line: 10_001, indicatorLabel: 'Indikator 3', periodText: '2049K4', valueText: '99,9' });
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('readImportFileStreaming', () => {
  it('hands over the same records as readImportFile, in file order', () => {
    const input = utf8Bom(longFile(500));
    const streamed: RawRecord[] = [];
    const result = readImportFileStreaming(input, {}, (r) => streamed.push(r));
    const whole = readImportFile(input);
    expect(streamed).toEqual(whole.records);
    expect(result).toEqual((({ records: _r, ...rest }) => rest)(whole));
    expect('records' in result).toBe(false);
  });

  it('hands over no record for a file that has no usable layout', () => {
    const seen: RawRecord[] = [];
    const rows = Array.from({ length: 50 }, (_, i) => `A;${i}`).join('\n');
    const result = readImportFileStreaming(utf8(`Navn;Beløb\n${rows}\n`), {}, (r) => seen.push(r));
    expect(result.ok).toBe(false);
    expect(seen).toEqual([]);
  });
});
