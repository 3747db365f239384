/**
 * The CSV reader never throws: any bytes give either rows or clear errors, and every error names a
 * physical line of the file and says in Danish what is wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readImportFile, type ReadResult } from '../../../src/imports/read-file.js';
import { utf16le, utf8, utf8Bom, windows1252 } from './bytes.js';

/** Physical lines as a text editor counts them (CRLF, LF and a lone CR each end one). */
function physicalLines(text: string): number {
  return (text.match(/\r\n|\n|\r/g)?.length ?? 0) + 1;
}

function expectWellFormed(result: ReadResult, lines: number): void {
  const all = [...(result.fatal ? [result.fatal] : []), ...result.errors];
  if (!result.ok) expect(result.fatal).toBeDefined();
  for (const error of all) {
    expect(Number.isInteger(error.line) && error.line >= 1, `line ${error.line}`).toBe(true);
    expect(error.line).toBeLessThanOrEqual(lines + 1);
    if (error.column !== undefined) expect(Number.isInteger(error.column) && error.column >= 1).toBe(true);
    expect(error.message.trim().length).toBeGreaterThan(10);
    expect(error.message.length).toBeLessThan(1200);
    expect(error.code).toMatch(/^[a-z0-9-]+$/);
  }
  for (const record of result.records) {
    expect(record.line).toBeGreaterThanOrEqual(1);
    expect(record.line).toBeLessThanOrEqual(lines);
  }
}

// Cells built from what breaks CSV readers: delimiters, quotes, line breaks, Danish letters, numbers and periods.
const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'Æ', 'ø', '1', '7', ',', ';', '.', '-', '"', ' ', '\t', '\r', '\n', 'K', '%'), maxLength: 14 }),
  fc.constantFrom('Sygefravær', 'Ventetid på plads', '2026K1', '2026-Q2', '2025', '7,7', '1.234,5', '12.5', '', '..', 'n/a', '"'),
);
const csvText = fc
  .record({
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 25 }),
    delimiter: fc.constantFrom(';', ',', '\t'),
    newline: fc.constantFrom('\r\n', '\n', '\r'),
    sep: fc.boolean(),
    quoteAll: fc.boolean(),
  })
  .map(({ rows, delimiter, newline, sep, quoteAll }) => {
    const quote = (c: string) => (quoteAll ? `"${c.replaceAll('"', '""')}"` : c);
    const body = rows.map((r) => r.map(quote).join(delimiter)).join(newline);
    return `${sep ? `sep=${delimiter}${newline}` : ''}Indikator${delimiter}Kvartal${delimiter}Værdi${newline}${body}`;
  });
const encode = fc.constantFrom(utf8, utf8Bom, windows1252, utf16le);

describe('reading any bytes', () => {
  it('never throws on random bytes, and every error has a line', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const result = readImportFile(bytes);
        expectWellFormed(result, physicalLines(Buffer.from(bytes).toString('latin1')));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on CSV-like text in any encoding, delimiter and line ending, and every error has a line', () => {
    fc.assert(
      fc.property(csvText, encode, (text, encoder) => {
        const result = readImportFile(encoder(text));
        expectWellFormed(result, physicalLines(text));
        if (result.ok) expect(result.fatal).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('never throws when the user forces a delimiter, layout or number style', () => {
    const options = fc.record({
      delimiter: fc.constantFrom(';', ',', '\t', undefined),
      layout: fc.constantFrom('long', 'wide-periods-in-rows', 'wide-periods-in-columns', undefined),
      numberStyle: fc.constantFrom('da', 'en', undefined),
    });
    fc.assert(
      fc.property(csvText, options, (text, chosen) => {
        const clean = Object.fromEntries(Object.entries(chosen).filter(([, v]) => v !== undefined));
        expectWellFormed(readImportFile(utf8(text), clean), physicalLines(text));
      }),
      { numRuns: 300 },
    );
  });
});
