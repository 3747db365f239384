import Papa from 'papaparse';
import type { Delimiter } from './delimiter.js';
import { countLineBreaks } from './line-breaks.js';
import { locatedError, type ReadError } from './read-error.js';

/** Return 'stop' to end reading early, e.g. once the file has been refused. */
export type RowHandler = (cells: string[], line: number) => void | 'stop';

export interface ReadRowsResult {
  errors: ReadError[];
  /** Rows handed to the handler, header included. */
  rowCount: number;
}

// The same test Papaparse's skipEmptyLines: 'greedy' applies. We apply it ourselves because
// Papaparse then never reports the skipped rows, and without their end positions the physical
// line numbers of the rows after them cannot be computed.
function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/** 1-based cell number at `offset`, counting delimiters outside quotes from the row start. */
function columnAt(text: string, rowStart: number, offset: number, delimiter: Delimiter): number {
  let column = 1;
  let inQuotes = false;
  for (let i = rowStart; i < offset; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === delimiter && !inQuotes) column++;
  }
  return column;
}

function quoteError(neverClosed: boolean, restLost: boolean, line: number, column: number): ReadError {
  // Once no closing quote is found, Papaparse has put the rest of the file into this field.
  const consequence = restLost ? 'så resten af filen herfra kan ikke læses' : 'så rækken er ikke læst';
  const message = neverClosed
    ? `Et anførselstegn (") åbner en tekst, som aldrig bliver lukket, ${consequence}. ` +
      'Tilføj det manglende anførselstegn, eller fjern det.'
    : `Feltet starter med et anførselstegn, men der står mere tekst efter det afsluttende anførselstegn, ${consequence}. ` +
      'Et anførselstegn inde i en tekst skal skrives dobbelt ("").';
  return locatedError(restLost ? 'unclosed-quote' : 'malformed-quote', message, line, column);
}

/**
 * Streams rows to `onRow` with the physical line each row starts on. Rows whose quotes are
 * broken are reported instead of delivered: their cells cannot be trusted.
 */
export function readRows(text: string, delimiter: Delimiter, onRow: RowHandler): ReadRowsResult {
  const errors: ReadError[] = [];
  let rowCount = 0;
  let rowStart = 0;
  let rowLine = 1;

  const lineAt = (offset: number): number => rowLine + countLineBreaks(text, rowStart, offset);

  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    // Fast mode splits the whole input into an array of lines up front; the quote-aware
    // loop walks the text instead, which keeps a million-row file from doubling in memory.
    fastMode: false,
    step(results, parser) {
      const cells = results.data;
      const rowEnd = results.meta.cursor;
      // One broken field can raise several Papaparse errors; the first one locates it.
      const first = results.errors[0];
      if (first) {
        // Papaparse's index points just past the opening quote of the broken field.
        const quoteAt = Math.max(rowStart, (first.index ?? rowStart + 1) - 1);
        const restLost = results.errors.some((e) => e.code === 'MissingQuotes');
        errors.push(
          quoteError(first.code === 'MissingQuotes', restLost, lineAt(quoteAt), columnAt(text, rowStart, quoteAt, delimiter)),
        );
      }
      const line = rowLine;
      rowLine += countLineBreaks(text, rowStart, rowEnd);
      rowStart = rowEnd;
      if (first || isBlankRow(cells)) return;
      rowCount++;
      if (onRow(cells, line) === 'stop') parser.abort();
    },
  });
  return { errors, rowCount };
}
