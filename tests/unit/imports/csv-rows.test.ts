import { describe, expect, it } from 'vitest';
import { readRows } from '../../../src/imports/csv-rows.js';
import type { Delimiter } from '../../../src/imports/delimiter.js';

function rowsOf(text: string, delimiter: Delimiter = ';') {
  const rows: { line: number; cells: string[] }[] = [];
  const result = readRows(text, delimiter, (cells, line) => {
    rows.push({ line, cells });
  });
  return { rows, ...result };
}

const lines = (text: string, delimiter: Delimiter = ';') => rowsOf(text, delimiter).rows.map((r) => r.line);

describe('readRows', () => {
  it.each([
    { name: 'LF', text: 'a;b\n1;2\n3;4\n', expected: [1, 2, 3] },
    { name: 'CRLF', text: 'a;b\r\n1;2\r\n3;4\r\n', expected: [1, 2, 3] },
    { name: 'old Mac CR', text: 'a;b\r1;2\r3;4\r', expected: [1, 2, 3] },
    { name: 'no newline at the end', text: 'a;b\r\n1;2\r\n3;4', expected: [1, 2, 3] },
    { name: 'blank lines in the middle', text: 'a;b\r\n1;2\r\n\r\n\r\n3;4\r\n', expected: [1, 2, 5] },
    { name: 'blank lines before the header', text: '\n\n a;b\n1;2\n', expected: [3, 4] },
    { name: 'lines of only delimiters and spaces', text: 'a;b\n1;2\n;\n ; \n3;4\n', expected: [1, 2, 5] },
    { name: 'a quoted LF newline', text: 'a;b\n"x\ny";2\n3;4\n', expected: [1, 2, 4] },
    { name: 'a quoted CRLF newline', text: 'a;b\r\n"x\r\ny\r\nz";2\r\n3;4\r\n', expected: [1, 2, 5] },
    { name: 'a quoted newline followed by a blank line', text: 'a;b\n"x\n\ny";2\n\n3;4\n', expected: [1, 2, 6] },
    { name: 'a lone LF inside an unquoted field of a CRLF file', text: 'a;b\r\n1;x\ny\r\n3;4\r\n', expected: [1, 2, 4] },
  ])('numbers rows by physical line with $name', ({ text, expected }) => {
    expect(lines(text)).toEqual(expected);
  });

  it('keeps cells as written, with quotes removed and doubled quotes undone', () => {
    expect(rowsOf('a;b;c\r\n" x ";"ha ""ha""";\r\n').rows).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: [' x ', 'ha "ha"', ''] },
    ]);
  });

  it('never converts numbers: "007" and "1.234" stay text', () => {
    expect(rowsOf('a;b\n007;1.234\n').rows[1]?.cells).toEqual(['007', '1.234']);
  });

  it('keeps a comma inside an unquoted field of a ; file', () => {
    expect(rowsOf('Indikator;Værdi\nSygefravær, medarbejdere (%);7,7\n').rows[1]?.cells).toEqual(['Sygefravær, medarbejdere (%)', '7,7']);
  });

  it('reads tab-separated rows', () => {
    expect(rowsOf('a\tb\r\n1\t2\r\n', '\t').rows[1]?.cells).toEqual(['1', '2']);
  });

  it('reports an unclosed quote at the line and column where it opens', () => {
    const { rows, errors } = rowsOf('a;b\r\n1;2\r\n3;"åben\r\n4;5\r\n6;7\r\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2]);
    expect(errors).toEqual([
      {
        line: 3,
        column: 2,
        code: 'unclosed-quote',
        message:
          'Linje 3, kolonne 2: Et anførselstegn (") åbner en tekst, som aldrig bliver lukket, så resten af filen herfra kan ikke læses. ' +
          'Tilføj det manglende anførselstegn, eller fjern det.',
      },
    ]);
  });

  it('locates an unclosed quote after earlier quoted newlines by physical line', () => {
    const { errors } = rowsOf('a;b;c\n"x\ny";2;3\n4;5;"åben\n');
    expect(errors[0]).toMatchObject({ line: 4, column: 3, code: 'unclosed-quote' });
  });

  it('reports a field with text after its closing quote and skips only that row', () => {
    const { rows, errors } = rowsOf('a;b\n1;"7,7" pct";\n3;4\n');
    expect(rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['3', '4'],
    ]);
    expect(errors).toEqual([
      {
        line: 2,
        column: 2,
        code: 'malformed-quote',
        message:
          'Linje 2, kolonne 2: Feltet starter med et anførselstegn, men der står mere tekst efter det afsluttende anførselstegn, ' +
          'så rækken er ikke læst. Et anførselstegn inde i en tekst skal skrives dobbelt ("").',
      },
    ]);
  });

  it('reports once when a malformed quote swallows the rest of the file', () => {
    const { errors } = rowsOf('a;b\n"ab"c;2\n3;4\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, column: 1, code: 'unclosed-quote' });
  });

  it('stops when the handler says so', () => {
    const seen: number[] = [];
    readRows('a\n1\n2\n3\n', ';', (_cells, line) => {
      seen.push(line);
      return line === 2 ? 'stop' : undefined;
    });
    expect(seen).toEqual([1, 2]);
  });

  it('counts delivered rows, header included and blank lines not', () => {
    expect(rowsOf('a;b\n\n1;2\n').rowCount).toBe(2);
  });

  it('reads nothing from an empty text', () => {
    expect(rowsOf('')).toEqual({ rows: [], errors: [], rowCount: 0 });
  });

  it('numbers 10,000 rows with quoted newlines correctly and quickly', () => {
    const parts = ['a;b\r\n'];
    for (let i = 0; i < 10_000; i++) parts.push(i % 10 === 0 ? `"note\r\n${i}";${i}\r\n` : `x;${i}\r\n`);
    const started = performance.now();
    const { rows } = rowsOf(parts.join(''));
    const elapsed = performance.now() - started;
    const last = rows[rows.length - 1];
    // 10,000 rows plus one extra line for each of the 1,000 quoted newlines, plus the header.
    expect(last).toEqual({ line: 11_001, cells: ['x', '9999'] });
    expect(elapsed).toBeLessThan(500);
  });
});
