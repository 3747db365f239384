import { describe, expect, it } from 'vitest';
import { DELIMITER_LABELS, detectDelimiter, readSepDirective } from '../../../src/imports/delimiter.js';

describe('detectDelimiter', () => {
  it.each([
    { name: 'a semicolon header', text: 'Indikator;Kvartal;Værdi\r\nSygefravær;2024K1;7,7\r\n', expected: ';' },
    { name: 'a comma header', text: 'indicator,period,value\n"Andel",2019-Q1,0.319\n', expected: ',' },
    { name: 'a tab header (Excel "Unicode-tekst")', text: 'Indikator\tKvartal\tVærdi\r\nSygefravær\t2024K1\t7,7\r\n', expected: '\t' },
    {
      name: 'a narrow ; file whose unquoted names contain commas',
      text: 'Indikator;Værdi\r\nSygefravær, medarbejdere (%);7,7\r\nSygefravær, ledere (%);6,1\r\n\r\n',
      expected: ';',
    },
    {
      name: 'a ; header whose names hold more commas than semicolons',
      text: 'Kvartal;Sygefravær, medarbejdere, pct.\r\n2021K1;8,1\r\n2021K2;7,7\r\n',
      expected: ';',
    },
    { name: 'a , file with Danish decimals in quotes', text: 'Indikator,Værdi\n"Sygefravær","7,7"\n"Tilfredshed","8,1"\n', expected: ',' },
    { name: 'a header with a quoted ";" inside a , file', text: '"Navn; fulde",Værdi\nA,1\n', expected: ',' },
    { name: 'a header after blank lines', text: '\r\n\r\n  \r\nKvartal;A;B\r\n2024K1;1;2\r\n', expected: ';' },
    { name: 'a tie between ; and , in a header-only file', text: 'a;b,c', expected: ';' },
    { name: 'a tie between tab and ;', text: 'a\tb;c\nx\ty;z\n', expected: '\t' },
    { name: 'a header with more commas than semicolons and no rows', text: 'a,b,c;d', expected: ',' },
    { name: 'a single-column file', text: 'Kvartal\n2024K1\n', expected: ';' },
    { name: 'an empty text', text: '', expected: ';' },
  ])('finds the delimiter of $name', ({ text, expected }) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  it('is not misled by quoted newlines in the header', () => {
    expect(detectDelimiter('"Sygefravær,\npct.";"Kvartal"\r\n7,7;2024K1\r\n')).toBe(';');
  });

  it('names each delimiter in Danish', () => {
    expect(DELIMITER_LABELS).toEqual({ ';': 'semikolon', ',': 'komma', '\t': 'tabulator' });
  });
});

describe('readSepDirective', () => {
  it.each([
    { text: 'sep=;\r\nA;B\r\n', expected: ';' },
    { text: 'SEP=,\nA,B\n', expected: ',' },
    { text: 'sep=\t\nA\tB\n', expected: '\t' },
    { text: 'sep=;', expected: ';' },
    { text: 'sep=|\nA|B\n', expected: undefined },
    { text: 'Indikator;sep=;\n', expected: undefined },
    { text: 'separator;x\n', expected: undefined },
  ])('reads the delimiter from Excel\'s "sep=" line in $text', ({ text, expected }) => {
    expect(readSepDirective(text)).toBe(expected);
  });
});
