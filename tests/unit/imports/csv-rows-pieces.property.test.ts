import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessNewline, NEWLINE_SAMPLE, readRows, RowSplitter } from '../../../src/imports/csv-rows.js';
import { countLineBreaks } from '../../../src/imports/line-breaks.js';

function inPieces(text: string, cuts: number[]) {
  const rows: { line: number; cells: string[] }[] = [];
  const splitter = new RowSplitter(';', (cells, line) => void rows.push({ line, cells }), text.substring(0, NEWLINE_SAMPLE));
  let at = 0;
  for (const cut of [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b)) {
    splitter.push(text.slice(at, cut));
    at = cut;
  }
  splitter.push(text.slice(at));
  return { rows, ...splitter.end() };
}

function whole(text: string) {
  const rows: { line: number; cells: string[] }[] = [];
  return { rows, ...readRows(text, ';', (cells, line) => void rows.push({ line, cells })) };
}

describe('a file read in pieces, as an upload arrives', () => {
  it('gives the same rows, lines and errors as the whole text, wherever the pieces are cut', () => {
    const text = fc.array(fc.constantFrom('a', '7', ';', '"', '"', '\n', '\r', '\r\n', ' ', ','), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(80), { maxLength: 6 }), (t, cuts) => {
        expect(inPieces(t, cuts)).toEqual(whole(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('without quotes, gives every row split at the line ending with the physical line it starts on, stray line breaks included', () => {
    // The model: split at the line ending the file uses; a row starts on the line after every
    // physical line break before it (LF, CRLF, or a lone CR or LF that is not the file's ending).
    const model = (t: string) => {
      const newline = guessNewline(t);
      const rows: { line: number; cells: string[] }[] = [];
      let at = 0;
      for (const row of t.split(newline)) {
        const cells = row.split(';');
        if (cells.some((c) => c.trim() !== '')) rows.push({ line: 1 + countLineBreaks(t, 0, at), cells });
        at += row.length + newline.length;
      }
      return rows;
    };
    const text = fc.array(fc.constantFrom('a', '7', ';', '\n', '\n', '\r', '\r\n', '\r\n', ' ', ','), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(80), { maxLength: 6 }), (t, cuts) => {
        expect(inPieces(t, cuts).rows).toEqual(model(t));
      }),
      { numRuns: 3000 },
    );
  });
});
