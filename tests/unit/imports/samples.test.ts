import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpretRecord } from '../../../src/imports/interpret.js';
import { readImportFile, type RawRecord, type ReadResult } from '../../../src/imports/read-file.js';
import { formatCanonical } from '../../../src/periods/period.js';

const sample = (name: string): Uint8Array => readFileSync(new URL(`../../fixtures/samples/${name}`, import.meta.url));

const find = (result: ReadResult, label: string, period: string): RawRecord | undefined =>
  result.records.find((r) => r.indicatorLabel === label && r.periodText === period);

const countBy = (records: readonly RawRecord[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const r of records) counts[r.indicatorLabel] = (counts[r.indicatorLabel] ?? 0) + 1;
  return counts;
};

describe('sample: aeldreomraadet-lang-utf8-bom.csv', () => {
  const result = readImportFile(sample('aeldreomraadet-lang-utf8-bom.csv'));

  it('reads as UTF-8 with BOM, ";", long layout, Danish decimals, with no errors', () => {
    expect(result).toMatchObject({
      ok: true,
      encoding: 'utf-8-bom',
      delimiter: ';',
      layout: { layout: 'long', columns: { indicator: 1, period: 2, value: 3, comment: 4 }, frequencyHint: 'quarter' },
      numberStyle: { style: 'da', ambiguous: false },
      header: ['Indikator', 'Kvartal', 'Værdi', 'Bemærkning'],
      errors: [],
      rowCount: 77,
    });
  });

  it('has one record per row for each of the three indicators', () => {
    expect(countBy(result.records)).toEqual({
      'Sygefravær, medarbejdere (%)': 27,
      'Borgertilfredshed, hjemmeplejen (%)': 23,
      'Sagsbehandlingstid, visitation (dage)': 27,
    });
  });

  it('keeps the comma inside "Sygefravær, medarbejdere (%)" and reads 2019K1 as 7,7 on line 2', () => {
    expect(find(result, 'Sygefravær, medarbejdere (%)', '2019K1')).toEqual({
      line: 2,
      indicatorLabel: 'Sygefravær, medarbejdere (%)',
      indicatorColumn: 1,
      periodText: '2019K1',
      periodColumn: 2,
      valueText: '7,7',
      valueColumn: 3,
      comment: null,
      unit: '%',
      periodColumnName: 'Kvartal',
      valueColumnName: 'Værdi',
    });
  });

  it('carries the note "Ny visitationsproces indført" on its own row only', () => {
    const noted = result.records.filter((r) => r.comment === 'Ny visitationsproces indført');
    expect(noted.map((r) => [r.indicatorLabel, r.periodText, r.valueText, r.line])).toEqual([
      ['Sagsbehandlingstid, visitation (dage)', '2022K3', '21', 66],
    ]);
    expect(result.records.filter((r) => r.comment !== null)).toHaveLength(2);
  });

  it('interprets every record as a quarter and a number', () => {
    const bad = result.records.map((r) => interpretRecord(r, 'quarter', 'da')).filter((r) => !r.ok);
    expect(bad).toEqual([]);
  });
});

describe('sample: dagtilbud-bred-windows1252.csv', () => {
  const result = readImportFile(sample('dagtilbud-bred-windows1252.csv'));

  it('reads as Windows-1252, ";", periods in rows, Danish decimals, with no errors', () => {
    expect(result).toMatchObject({
      ok: true,
      encoding: 'windows-1252',
      delimiter: ';',
      layout: { layout: 'wide-periods-in-rows', columns: { period: 1, indicators: [2, 3, 4, 5] } },
      numberStyle: { style: 'da', ambiguous: false },
      errors: [],
      rowCount: 19,
    });
  });

  it('keeps æøå intact in the headers', () => {
    expect(result.header).toEqual([
      'Kvartal',
      'Sygefravær pct.',
      'Forældretilfredshed pct.',
      'Ventetid på plads (dage)',
      'Normering (børn pr. voksen)',
    ]);
  });

  it('makes one record per indicator and quarter: 4 × 19', () => {
    expect(result.records).toHaveLength(76);
    expect(Object.values(countBy(result.records))).toEqual([19, 19, 19, 19]);
  });

  it('reads "Ventetid på plads (dage)" for 2021K1 as 21 days, from column 4', () => {
    expect(find(result, 'Ventetid på plads (dage)', '2021K1')).toMatchObject({
      line: 2,
      valueText: '21',
      valueColumn: 4,
      periodColumn: 1,
      unit: 'dage',
      valueColumnName: 'Ventetid på plads (dage)',
    });
    expect(find(result, 'Normering (børn pr. voksen)', '2025K3')).toMatchObject({ line: 20, valueText: '3,08', unit: 'børn pr. voksen' });
  });
});

describe('sample: jobcenter-bi-eksport-iso.csv', () => {
  const result = readImportFile(sample('jobcenter-bi-eksport-iso.csv'));

  it('reads as UTF-8 without BOM, ",", long layout, English decimals, with no errors', () => {
    expect(result).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      delimiter: ',',
      layout: { layout: 'long', columns: { indicator: 1, period: 2, value: 3, unit: 4 }, frequencyHint: 'quarter' },
      numberStyle: { style: 'en', ambiguous: false },
      header: ['indicator', 'period', 'value', 'unit'],
      errors: [],
      rowCount: 54,
    });
  });

  it('has 27 quarters for each of its two indicators', () => {
    expect(countBy(result.records)).toEqual({ 'Andel i job 6 mdr. efter forløb': 27, 'Antal borgere på ydelse': 27 });
  });

  it('reads 2019-Q1 as 0.319, "andel", and interprets it as 0.319 in 2019K1', () => {
    const record = find(result, 'Andel i job 6 mdr. efter forløb', '2019-Q1');
    expect(record).toMatchObject({ line: 2, valueText: '0.319', unit: 'andel' });
    const interpreted = record && interpretRecord(record, 'quarter', result.numberStyle?.style);
    expect(interpreted?.ok && [formatCanonical(interpreted.period), interpreted.value]).toEqual(['2019K1', 0.319]);
  });

  it('takes the unit from the unit column', () => {
    expect(find(result, 'Antal borgere på ydelse', '2025-Q3')).toMatchObject({ line: 55, valueText: '1182', unit: 'personer' });
  });
});
