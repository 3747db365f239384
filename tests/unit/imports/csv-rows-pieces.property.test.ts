import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEWLINE_SAMPLE, readRows, RowSplitter } from '../../../src/imports/csv-rows.js';

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
});
