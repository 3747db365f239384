import { describe, expect, it } from 'vitest';
import type { LayoutGuess } from '../../../src/imports/layout.js';
import type { RawRecord } from '../../../src/imports/raw-record.js';
import type { ReadError } from '../../../src/imports/read-error.js';
import { createRowReader } from '../../../src/imports/row-records.js';

const base = { reason: '', headerErrors: [], overridden: false };

function read(guess: LayoutGuess, header: string[], rows: string[][], sampleRows: string[][] = []) {
  const records: RawRecord[] = [];
  const errors: ReadError[] = [];
  const reader = createRowReader(guess, header, 1, ';', { record: (r) => records.push(r), error: (e) => errors.push(e) }, sampleRows);
  rows.forEach((row, i) => reader(row, i + 2));
  return { records, errors };
}

const long: LayoutGuess = { ...base, layout: 'long', columns: { indicator: 1, period: 2, value: 3, comment: 4 } };
const longHeader = ['Indikator', 'Periode', 'Værdi', 'Kommentar'];

describe('turning rows into records', () => {
  it('reads a long row as one record, with the comment and a unit hint from the label', () => {
    const { records, errors } = read(long, longHeader, [['Sygefravær (%)', '2026K1', '7,7', ' Influenza ']]);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      expect.objectContaining({ line: 2, indicatorLabel: 'Sygefravær (%)', periodText: '2026K1', valueText: '7,7', valueColumn: 3, comment: 'Influenza', unit: '%', periodColumnName: 'Periode' }),
    ]);
  });

  it('skips a missing value quietly, but names a value without indicator or period with its column', () => {
    const { records, errors } = read(long, longHeader, [
      ['Sygefravær', '2026K1', '', ''],
      ['', '2026K1', '7,7', ''],
      ['Sygefravær', '', '7,7', ''],
    ]);
    expect(records).toEqual([]);
    expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([
      ['missing-indicator', 3, 1],
      ['missing-period', 4, 2],
    ]);
  });

  it('refuses a row with too few or too many cells and says why, in Danish', () => {
    const { records, errors } = read(long, longHeader, [['Sygefravær', '2026K1'], ['Sygefravær', '2026K1', '7', '7', 'ekstra']]);
    expect(records).toEqual([]);
    expect(errors[0]!.message).toContain('Rækken har 2 celler, men overskriften har 4.');
    expect(errors[1]!.message).toContain('Rækken har 5 celler, men overskriften har 4. Det sker typisk, når en tekst indeholder et semikolon');
  });

  it('accepts the trailing empty cell most rows of the file end with', () => {
    const rows = [['Sygefravær', '2026K1', '7,7', '', ''], ['Sygefravær', '2026K2', '7,5', '', '']];
    expect(read(long, longHeader, rows, rows).records).toHaveLength(2);
  });

  it('reads a wide row as one record per indicator column, and reports values under a nameless header once', () => {
    const guess: LayoutGuess = { ...base, layout: 'wide-periods-in-rows', columns: { period: 1, indicators: [2, 4], unnamed: [3] } };
    const { records, errors } = read(guess, ['Kvartal', 'Sygefravær', '', 'Ventetid (dage)'], [
      ['2026K1', '7,7', '5', '21'],
      ['2026K2', '7,5', '6', ''],
    ]);
    expect(records.map((r) => [r.indicatorLabel, r.periodText, r.valueText, r.unit])).toEqual([
      ['Sygefravær', '2026K1', '7,7', null],
      ['Ventetid (dage)', '2026K1', '21', 'dage'],
      ['Sygefravær', '2026K2', '7,5', null],
    ]);
    expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([['empty-header', 1, 3]]);
  });

  it('carries Statistikbanken\'s blank outer labels down from the row above', () => {
    const guess: LayoutGuess = { ...base, layout: 'wide-periods-in-columns', columns: { labels: [1, 2], periods: [3, 4], unnamed: [] } };
    const { records } = read(guess, ['Område', 'Nøgletal', '2025K4', '2026K1'], [
      ['Hele landet', 'Sygefravær', '6,1', '6,3'],
      ['', 'Ventetid', '20', '19'],
    ]);
    expect(records.map((r) => [r.indicatorLabel, r.periodText, r.valueText])).toEqual([
      ['Hele landet – Sygefravær', '2025K4', '6,1'],
      ['Hele landet – Sygefravær', '2026K1', '6,3'],
      ['Hele landet – Ventetid', '2025K4', '20'],
      ['Hele landet – Ventetid', '2026K1', '19'],
    ]);
  });
});
