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

// Characters of quote-free text split at a time (see parseLines).
const LINES_SLICE = 4096;

// An unfinished row longer than this is parsed again only when as much new text has come.
const LONG_ROW = 64 * 1024;

/** Papaparse guesses the line ending from the first megabyte of its input, outside quotes. */
export const NEWLINE_SAMPLE = 1024 * 1024;

/**
 * The line ending Papaparse would guess for a whole input that starts with `head` (its own
 * ParserHandle.guessLineEndings, which it does not export): text in quotes is left out, then a CR
 * that is mostly followed by LF means CRLF.
 */
export function guessNewline(head: string): '\n' | '\r\n' | '\r' {
  const input = head.substring(0, NEWLINE_SAMPLE).replace(/"([^]*?)"/gm, '');
  const r = input.split('\r');
  const n = input.split('\n');
  const nAppearsFirst = n.length > 1 && n[0]!.length < r[0]!.length;
  if (r.length === 1 || nAppearsFirst) return '\n';
  let withN = 0;
  for (const part of r) if (part[0] === '\n') withN++;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

const LF = 0x0a;
const CR = 0x0d;

/** Whether every line break in `text` is a `newline` (so no cell can hold a line break of its own). */
function rowsAreLines(text: string, newline: '\n' | '\r\n' | '\r'): boolean {
  if (newline === '\n') return text.indexOf('\r') === -1;
  if (newline === '\r') return text.indexOf('\n') === -1;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== LF) return false;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (text.charCodeAt(i - 1) !== CR) return false;
  return true;
}

interface StepResult {
  data: string[][];
  errors: { code: string; index?: number }[];
  meta: { cursor: number };
}

/**
 * Splits text that arrives in pieces into rows, handing each to `onRow` with the physical line it
 * starts on. Rows whose quotes are broken are reported instead of delivered: their cells cannot be
 * trusted. It parses the way Papaparse's own chunk streamer does: each piece is parsed together
 * with the unfinished row left from the one before, so a row (or a quoted newline, or a CRLF) split
 * between two pieces reads exactly as in one string. Only the unfinished row is kept between pieces.
 *
 * `head`, the first megabyte of the text (or all of it), decides the line ending as Papaparse would.
 */
export class RowSplitter {
  private readonly errors: ReadError[] = [];
  private rowCount = 0;
  private rowLine = 1;
  /** Text after the last whole row of the previous piece. */
  private partial = '';
  /** Offset of `partial` in the whole text. */
  private base = 0;
  private stopped = false;
  private readonly newline: '\n' | '\r\n' | '\r';

  constructor(
    private readonly delimiter: Delimiter,
    private readonly onRow: RowHandler,
    head: string,
  ) {
    this.newline = guessNewline(head);
  }

  /** Whether the handler asked to stop; later pieces are ignored. */
  get done(): boolean {
    return this.stopped;
  }

  /** A CR that ends a piece waits for the next one: only then is it known whether an LF follows. */
  private heldCr = '';

  /** Pieces not parsed yet, because the unfinished row before them is long (see push). */
  private waiting: string[] = [];
  private waitingLength = 0;

  push(piece: string): void {
    let text = this.heldCr + piece;
    this.heldCr = '';
    if (text.endsWith('\r')) {
      this.heldCr = '\r';
      text = text.slice(0, -1);
    }
    if (!text || this.stopped) return;
    // A row that goes on and on (a quoted cell of megabytes) would be parsed again with every piece.
    // Parsing only once as much new text has come as the unfinished row holds keeps the work linear.
    this.waiting.push(text);
    this.waitingLength += text.length;
    if (this.partial.length > LONG_ROW && this.waitingLength < this.partial.length) return;
    this.parse(this.takeWaiting(), false);
  }

  end(): ReadRowsResult {
    this.waiting.push(this.heldCr);
    this.heldCr = '';
    this.parse(this.takeWaiting(), true);
    return { errors: this.errors, rowCount: this.rowCount };
  }

  private takeWaiting(): string {
    const text = this.waiting.join('');
    this.waiting = [];
    this.waitingLength = 0;
    return text;
  }

  private parse(piece: string, last: boolean): void {
    if (this.stopped) return;
    const text = this.partial + piece;
    this.partial = '';
    if (text.indexOf('"') === -1 && rowsAreLines(text, this.newline)) return this.parseLines(text, last);
    const base = this.base;
    // Offset in `text` where the row being read starts.
    let rowStart = 0;
    const lineAt = (offset: number): number => this.rowLine + countLineBreaks(text, rowStart, offset);
    const parser: Papa.Parser = new Papa.Parser({
      delimiter: this.delimiter,
      newline: this.newline,
      quoteChar: '"',
      step: (results: StepResult) => {
        const cells = results.data[0] ?? [];
        const rowEnd = results.meta.cursor - base;
        // One broken field can raise several Papaparse errors; the first one locates it.
        const first = results.errors[0];
        if (first) {
          // Papaparse's index points just past the opening quote of the broken field, counted in
          // this text (unlike meta.cursor, which counts from the start of the whole text).
          const quoteAt = Math.max(rowStart, (first.index ?? rowStart + 1) - 1);
          const restLost = results.errors.some((e) => e.code === 'MissingQuotes');
          this.errors.push(quoteError(first.code === 'MissingQuotes', restLost, lineAt(quoteAt), columnAt(text, rowStart, quoteAt, this.delimiter)));
        }
        const line = this.rowLine;
        this.rowLine += countLineBreaks(text, rowStart, rowEnd);
        rowStart = rowEnd;
        if (first || isBlankRow(cells)) return;
        this.rowCount++;
        if (this.onRow(cells, line) === 'stop') {
          this.stopped = true;
          parser.abort();
        }
      },
    } as Papa.ParseConfig);
    const results = parser.parse(text, base, !last) as StepResult;
    if (last || this.stopped) return;
    // The unfinished last row waits for the next piece, as in Papaparse's ChunkStreamer.
    const cursor = results.meta.cursor;
    this.partial = text.substring(cursor - base);
    this.base = cursor;
  }

  /**
   * Text without quotes in which every line break is the row separator: each row is one line, so
   * Papaparse splits whole lines without a result object and a line count per row (most files read
   * this way: a million rows take a quarter of a second less). The lines go a few kilobytes at a
   * time, so the rows of one slice are garbage before the collector runs again: few survive a
   * collection, and V8 does not grow its young generation for them (about 20 MB less at the peak).
   */
  private parseLines(text: string, last: boolean): void {
    const newline = this.newline;
    let at = 0;
    for (;;) {
      const cut = text.length - at > LINES_SLICE ? text.lastIndexOf(newline, at + LINES_SLICE) : -1;
      const end = cut >= at ? cut + newline.length : text.length;
      const final = end === text.length;
      const slice = text.slice(at, end);
      // A slice before the last ends with a line break: nothing after it is a row.
      const results = new Papa.Parser({ delimiter: this.delimiter, newline, quoteChar: '"' } as Papa.ParseConfig).parse(slice, 0, final ? !last : true) as StepResult;
      for (const cells of results.data) {
        const line = this.rowLine++;
        if (isBlankRow(cells)) continue;
        this.rowCount++;
        if (this.onRow(cells, line) === 'stop') {
          this.stopped = true;
          return;
        }
      }
      if (final) {
        if (last) return;
        this.partial = slice.substring(results.meta.cursor);
        this.base += at + results.meta.cursor;
        return;
      }
      at = end;
    }
  }
}

/**
 * Streams rows to `onRow` with the physical line each row starts on. Rows whose quotes are
 * broken are reported instead of delivered: their cells cannot be trusted.
 */
export function readRows(text: string, delimiter: Delimiter, onRow: RowHandler): ReadRowsResult {
  const splitter = new RowSplitter(delimiter, onRow, text.substring(0, NEWLINE_SAMPLE));
  splitter.push(text);
  return splitter.end();
}
