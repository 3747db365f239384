import type { NumberStyle } from '../numbers/danish-number.js';
import { CPR_REFUSAL, findCprInText, findCprLike } from './cpr-guard.js';
import { findCprMatch } from '../shared/cpr.js';
import { NEWLINE_SAMPLE, RowSplitter } from './csv-rows.js';
import { undoFormulaGuard } from './csv-export.js';
import { StreamDecoder, type Encoding } from './decode.js';
import { DELIMITER_LABELS, detectDelimiter, readSepDirective, type Delimiter } from './delimiter.js';
import { sniffNonCsv } from './file-sniffer.js';
import { detectLayout, type Layout, type LayoutGuess } from './layout.js';
import { NumberStyleTracker, type NumberStyleVerdict } from './number-style-tracker.js';
import type { RawRecord } from './raw-record.js';
import { describeLocation, locatedError, type ReadError } from './read-error.js';
import { createRowReader, type RowReader } from './row-records.js';

export type { RawRecord } from './raw-record.js';
export type { ReadError } from './read-error.js';
export type { Encoding } from './decode.js';
export type { Delimiter } from './delimiter.js';

export interface ReadOptions {
  delimiter?: Delimiter;
  layout?: Layout;
  numberStyle?: NumberStyle;
  /** Row-level errors kept in the result; the rest are only counted. Default 200. */
  maxErrors?: number;
}

export interface ReadResult {
  /** False when the file as a whole cannot be read: not CSV, bad encoding, no header or data, unknown layout, CPR. */
  ok: boolean;
  /** The reason when !ok. */
  fatal?: ReadError;
  encoding?: Encoding;
  delimiter?: Delimiter;
  layout?: LayoutGuess;
  numberStyle?: NumberStyleVerdict;
  header: string[];
  /** Physical line of the header row; later than 1 when blank lines or "sep=;" come first. */
  headerLine?: number;
  /** One per (indicator, period) cell that is not a missing value. */
  records: RawRecord[];
  /** Row-level problems, in line order: ragged rows, broken quotes, duplicate or empty header names, … */
  errors: ReadError[];
  /** Errors beyond maxErrors, counted but not kept. */
  omittedErrorCount: number;
  /** Data rows below the header, blank lines not counted. */
  rowCount: number;
}

export type StreamingReadResult = Omit<ReadResult, 'records'>;

const DEFAULT_MAX_ERRORS = 200;

/**
 * Caps on what one cell may hold. Nothing longer is kept, shown or sent back: a 19 MB file that is
 * one quoted cell must give one short message, not a 179 MB preview. Labels and comments follow
 * the limits of the forms that make indicators (name 150) and values (comment 500).
 */
export const CELL_LIMITS = { header: 200, cell: 1000, label: 150, comment: 500 } as const;

const count = (n: number): string => n.toLocaleString('da-DK');

export const capMessages = {
  header: (n: number) =>
    `Overskriften har ${count(n)} tegn, men en kolonneoverskrift må højst have ${count(CELL_LIMITS.header)} tegn. ` +
    'Er første linje virkelig kolonnernes navne? Ret filen, og prøv igen.',
  cell: (n: number) => `Cellen har ${count(n)} tegn, men en celle må højst have ${count(CELL_LIMITS.cell)} tegn. Rækken er ikke læst.`,
  label: (n: number) => `Indikatorens navn har ${count(n)} tegn, men må højst have ${count(CELL_LIMITS.label)} tegn. Rækken er ikke læst.`,
  comment: (n: number) => `Bemærkningen har ${count(n)} tegn, men må højst have ${count(CELL_LIMITS.comment)} tegn. Rækken er ikke læst.`,
};

function longestOver(cells: readonly string[], limit: number): number {
  for (let i = 0; i < cells.length; i++) if ((cells[i]?.length ?? 0) > limit) return i;
  return -1;
}
// Enough rows to recognise a period column by its values, few enough to buffer.
const LAYOUT_SAMPLE_ROWS = 20;

function fileError(code: string, message: string, line = 1): ReadError {
  return { line, message, code };
}

function refused(fatal: ReadError, known: Partial<StreamingReadResult> = {}): StreamingReadResult {
  return { header: [], errors: [], omittedErrorCount: 0, rowCount: 0, ...known, ok: false, fatal };
}

function singleColumn(delimiter: Delimiter, line: number): ReadError {
  return locatedError(
    'single-column',
    `Overskriften har kun én kolonne. Vi har læst filen som adskilt med ${DELIMITER_LABELS[delimiter]}, ` +
      'men filen skal have mindst to kolonner adskilt med semikolon, komma eller tabulator.',
    line,
  );
}

class ErrorList {
  readonly kept: ReadError[] = [];
  omitted = 0;
  constructor(private readonly max: number) {}
  add(error: ReadError): void {
    if (this.kept.length < this.max) this.kept.push(error);
    else this.omitted++;
  }
  sorted(): ReadError[] {
    return [...this.kept].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  }
}

export const CPR_IN_FILE_NAME =
  'Filnavnet ser ud til at indeholde et CPR-nummer. Filen er afvist og ikke gemt. Omdøb filen, og prøv igen.';

/** Bytes that can be read from the start, more than once: a file in memory, a spooled upload, a stored upload. */
export interface ByteSource {
  read(): AsyncIterable<Uint8Array>;
}

/** Pieces a file in memory is read in; an upload's own pieces are used as they come. */
export const PIECE_BYTES = 1 << 20;

export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    async *read() {
      for (let at = 0; at < bytes.length; at += PIECE_BYTES) yield bytes.subarray(at, at + PIECE_BYTES);
    },
  };
}

// What the file's first bytes must show before anything is decoded: what kind of file it is.
const HEAD_BYTES = 64 * 1024 + 1;

const concat = (pieces: readonly Uint8Array[]): Uint8Array => (pieces.length === 1 ? pieces[0]! : pieces.length === 0 ? new Uint8Array(0) : Buffer.concat(pieces));

// ZIP archives and old Office files are named by what they contain, which can be anywhere in them.
const startsLikeOfficeFile = (head: Uint8Array) =>
  (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05)) || (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0);

/** Physical lines of text that arrives in pieces (as countLineBreaks counts them in one string). */
class TextLines {
  private breaks = 0;
  private endedWithCr = false;
  private piece = '';

  next(piece: string): void {
    this.breaks += this.breaksIn(this.piece.length);
    if (this.piece.length) this.endedWithCr = this.piece.charCodeAt(this.piece.length - 1) === 0x0d;
    this.piece = piece;
  }

  private breaksIn(offset: number): number {
    const text = this.piece;
    const end = Math.min(offset, text.length);
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) if (!(i === 0 && this.endedWithCr)) n++;
    for (let i = text.indexOf('\r'); i !== -1 && i < end; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 0x0a) n++;
    return n;
  }

  lineAt(offset: number): number {
    return 1 + this.breaks + this.breaksIn(offset);
  }
}

/** Looks for a CPR-like number in text that arrives in pieces, with the same verdict as in one string. */
class CprScan {
  /** The end of the text before, kept so a number split between two pieces is seen whole. */
  private carry = '';
  private readonly lines = new TextLines();
  /** Line of the first CPR-like number. */
  line: number | undefined;

  scan(input: string, final: boolean): void {
    if (this.line !== undefined) return;
    // NUL bytes are dropped, so UTF-16 text without a byte-order mark cannot hide digits between them.
    const piece = input.includes('\0') ? input.replaceAll('\0', '') : input;
    this.lines.next(piece);
    const text = this.carry + piece;
    // A number that starts at 0 was judged with its true neighbour before (the carry is longer than any number).
    const from = this.carry ? 1 : 0;
    const match = findCprMatch(text, from);
    // One that ends at the end of the piece may go on in the next one: it is judged then.
    if (match && (final || match.end < text.length)) this.line = this.lines.lineAt(match.index - this.carry.length);
    else this.carry = text.slice(-16);
  }
}

/**
 * The whole reading stage, fed piece by piece as the bytes arrive: every record goes to `onRecord`
 * as it is read, so a million-row file is never held, as bytes, text or rows. What needs the whole
 * file (is it CSV, is it one encoding throughout, does it hold a CPR number anywhere) is known only
 * at the end, so records may be handed over before a file is refused; a refused file's records
 * must be thrown away (end() says ok: false). The verdict is the same as reading the file whole.
 *
 * `push` answers 'restart' when a file without BOM turns out not to be UTF-8 after non-ASCII text
 * was read as UTF-8: it must be read again from the start with a reader made with `restartAs()`.
 */
export class ImportFileReader {
  private readonly head: Uint8Array[] = [];
  private headLength = 0;
  private sniffed = false;
  private collectAll = false;
  private fatalBeforeText: ReadError | undefined;
  private readonly decoder: StreamDecoder;
  private sawText = false;
  private readonly textHead: string[] = [];
  private textHeadLength = 0;
  private splitter: RowSplitter | undefined;
  private readonly cprScan = new CprScan();
  private cprFound: ReadError | undefined;
  private cprHeader: string[] | undefined;

  private delimiter: Delimiter = ';';
  private readonly errors: ErrorList;
  private readonly tracker = new NumberStyleTracker();
  private header: string[] | undefined;
  private headerLine = 1;
  private skipDirective = false;
  private rowCount = 0;
  private layout: LayoutGuess | undefined;
  private reader: RowReader | undefined;
  private fatalErrors: ReadError[] = [];
  // Rows wait here until there are enough to recognise the layout; then they are replayed.
  private readonly pending: { cells: string[]; line: number }[] = [];
  private readonly sink: { record(read: RawRecord): void; error(error: ReadError): void };

  constructor(
    private readonly options: ReadOptions,
    onRecord: (record: RawRecord) => void,
    restart?: ReturnType<StreamDecoder['restartAs1252']>,
  ) {
    this.decoder = new StreamDecoder(restart);
    this.errors = new ErrorList(options.maxErrors ?? DEFAULT_MAX_ERRORS);
    const { errors, tracker } = this;
    this.sink = {
      record(read: RawRecord): void {
        // A file Datadialog exported comes back as it went out: the apostrophe that kept a spreadsheet
        // from running a text as a formula is taken off again.
        const label = undoFormulaGuard(read.indicatorLabel);
        const comment = read.comment === null ? null : undoFormulaGuard(read.comment);
        // A copy only when the guard took something off (rare): a million records are not copied.
        const record = label === read.indicatorLabel && comment === read.comment ? read : { ...read, indicatorLabel: label, comment };
        if (record.indicatorLabel.length > CELL_LIMITS.label) {
          errors.add(locatedError('label-too-long', capMessages.label(record.indicatorLabel.length), record.line, record.indicatorColumn));
          return;
        }
        if (record.comment !== null && record.comment.length > CELL_LIMITS.comment) {
          errors.add(locatedError('comment-too-long', capMessages.comment(record.comment.length), record.line));
          return;
        }
        if (options.numberStyle === undefined) tracker.add(record.valueText);
        onRecord(record);
      },
      error: (error: ReadError): void => errors.add(error),
    };
  }

  /** What a reader that starts again must be made with. */
  restartAs(): ReturnType<StreamDecoder['restartAs1252']> {
    return this.decoder.restartAs1252();
  }

  push(piece: Uint8Array): 'restart' | undefined {
    if (this.fatalBeforeText) return undefined;
    if (!this.sniffed) {
      this.head.push(piece);
      this.headLength += piece.length;
      if (this.headLength < HEAD_BYTES) return undefined;
      return this.startDecoding();
    }
    if (this.collectAll) {
      this.head.push(piece);
      return undefined;
    }
    return this.decode(piece);
  }

  end(): StreamingReadResult | 'restart' {
    if (!this.sniffed) {
      if (this.headLength === 0) {
        return refused(fileError('empty-file', 'Filen er tom. Vælg en CSV-fil med en overskriftsrække og rækker med tal.'));
      }
      if (this.startDecoding() === 'restart') return 'restart';
    }
    if (this.collectAll) {
      const notCsv = sniffNonCsv(concat(this.head));
      if (notCsv !== undefined) return refused(fileError('not-csv', notCsv));
      this.collectAll = false;
      if (this.decode(concat(this.head.splice(0))) === 'restart') return 'restart';
    }
    if (this.fatalBeforeText) return refused(this.fatalBeforeText);
    if (!this.decoder.failure) {
      const rest = this.decoder.end();
      if (rest === 'restart') return 'restart';
      this.text(rest, true);
    }
    const { encoding } = this.decoder;
    if (this.decoder.failure) return refused(fileError('encoding', this.decoder.failure.message, this.decoder.failure.line));
    if (!this.sawText) {
      return refused(fileError('empty-file', 'Filen er tom. Vælg en CSV-fil med en overskriftsrække og rækker med tal.'), { encoding });
    }
    this.startSplitter();
    const { errors: quoteErrors } = this.splitter!.end();
    const { delimiter } = this;
    if (this.cprScan.line !== undefined) {
      // A number inside a row that could not be read (broken quotes), or after reading had stopped: the line is still known.
      const line = this.cprScan.line;
      return refused(this.cprFound ?? { line, message: `${describeLocation(line)} ${CPR_REFUSAL}`, code: 'cpr' }, { encoding, delimiter });
    }
    quoteErrors.forEach(this.sink.error);

    const { header, headerLine, rowCount, errors } = this;
    const known = { encoding, delimiter, header: header ?? [], headerLine, rowCount };
    if (header === undefined) {
      // Only a "sep=;" line, or a broken quote that swallowed the header.
      const noHeader = fileError('no-header', 'Filen har ingen overskriftsrække. Første linje skal være kolonnernes navne, fx Indikator;Kvartal;Værdi.');
      return refused(quoteErrors[0] ?? noHeader, { ...known, errors: errors.sorted() });
    }
    if (this.fatalErrors.length === 0 && rowCount === 0) {
      const noRows = locatedError('no-rows', 'Filen har en overskriftsrække, men ingen rækker med data under den.', headerLine);
      return refused(noRows, { ...known, errors: errors.sorted() });
    }
    if (this.fatalErrors.length === 0 && !this.reader) this.fatalErrors = this.settleLayout();
    const [fatal] = this.fatalErrors;
    if (fatal) return refused(fatal, { ...known, errors: this.fatalErrors });

    const result: StreamingReadResult = {
      ok: true,
      ...known,
      numberStyle:
        this.options.numberStyle === undefined
          ? this.tracker.verdict()
          : { style: this.options.numberStyle, ambiguous: false, evidence: 'valgt af dig' },
      errors: errors.sorted(),
      omittedErrorCount: errors.omitted,
    };
    if (this.layout) result.layout = this.layout;
    return result;
  }

  private startDecoding(): 'restart' | undefined {
    this.sniffed = true;
    const head = concat(this.head.splice(0));
    if (startsLikeOfficeFile(head)) {
      this.collectAll = true;
      this.head.push(head);
      return undefined;
    }
    const notCsv = sniffNonCsv(head);
    if (notCsv !== undefined) {
      this.fatalBeforeText = fileError('not-csv', notCsv);
      return undefined;
    }
    return this.decode(head);
  }

  private decode(piece: Uint8Array): 'restart' | undefined {
    if (this.decoder.failure) return undefined;
    const text = this.decoder.push(piece);
    if (text === 'restart') return 'restart';
    this.text(text, false);
    return undefined;
  }

  private text(text: string, final: boolean): void {
    if (this.decoder.failure) return;
    if (!this.sawText && text.trim() !== '') this.sawText = true;
    this.cprScan.scan(text, final);
    if (this.splitter) {
      if (!this.splitter.done && text) this.splitter.push(text);
      return;
    }
    this.textHead.push(text);
    this.textHeadLength += text.length;
    if (this.textHeadLength >= NEWLINE_SAMPLE) this.startSplitter();
  }

  /** The first megabyte of text decides the delimiter and the line ending; then rows are read. */
  private startSplitter(): void {
    if (this.splitter) return;
    const head = this.textHead.join('');
    this.textHead.length = 0;
    const sepDirective = readSepDirective(head);
    this.delimiter = this.options.delimiter ?? sepDirective ?? detectDelimiter(head);
    this.skipDirective = sepDirective !== undefined;
    this.splitter = new RowSplitter(this.delimiter, (cells, line) => this.row(cells, line), head);
    if (head) this.splitter.push(head);
  }

  private settleLayout(): ReadError[] {
    const samples = this.pending.map((p) => p.cells);
    const result = detectLayout(this.header ?? [], samples, this.options.layout, this.headerLine);
    if (!result.ok) return result.errors;
    const { ok: _ok, ...guess } = result;
    this.layout = guess;
    guess.headerErrors.forEach(this.sink.error);
    this.reader = createRowReader(guess, this.header ?? [], this.headerLine, this.delimiter, this.sink, samples);
    for (const row of this.pending) this.reader(row.cells, row.line);
    this.pending.length = 0;
    return [];
  }

  private row(cells: string[], line: number): void | 'stop' {
    if (this.cprScan.line !== undefined) {
      // A CPR-like number is in the text: find the row and column it is in, and stop there.
      const column = cells.findIndex(findCprLike);
      if (column >= 0) {
        // A header cell is only named when the hit is below the header, which was checked clean first.
        const name = this.cprHeader?.[column]?.trim();
        const found: ReadError = { line, column: column + 1, message: `${describeLocation(line, column + 1, name)} ${CPR_REFUSAL}`, code: 'cpr' };
        if (name) found.columnName = name;
        this.cprFound = found;
        return 'stop';
      }
    }
    this.cprHeader ??= cells;
    if (this.fatalErrors.length) return this.stop();
    if (this.skipDirective) {
      this.skipDirective = false;
      return undefined;
    }
    if (this.header === undefined) {
      this.headerLine = line;
      const long = longestOver(cells, CELL_LIMITS.header);
      if (long >= 0) {
        this.header = [];
        this.fatalErrors = [locatedError('cell-too-long', capMessages.header(cells[long]!.length), line, long + 1)];
        return this.stop();
      }
      this.header = cells.map((c) => c.trim());
      if (this.header.length >= 2) return undefined;
      this.fatalErrors = [singleColumn(this.delimiter, line)];
      return this.stop();
    }
    this.rowCount++;
    const long = longestOver(cells, CELL_LIMITS.cell);
    if (long >= 0) {
      this.sink.error(locatedError('cell-too-long', capMessages.cell(cells[long]!.length), line, long + 1, this.header[long]));
      return undefined;
    }
    if (this.reader) {
      this.reader(cells, line);
      return undefined;
    }
    this.pending.push({ cells, line });
    if (this.pending.length < LAYOUT_SAMPLE_ROWS) return undefined;
    this.fatalErrors = this.settleLayout();
    return this.fatalErrors.length > 0 ? this.stop() : undefined;
  }

  /** Reading stops at a fatal error, unless a CPR-like number is still to be located. */
  private stop(): 'stop' | undefined {
    return this.cprScan.line === undefined ? 'stop' : undefined;
  }
}

/**
 * The whole reading stage over a file in memory, in one piece (a file that must be read again as
 * Windows-1252 is found out before any record is handed over, so no record is handed over twice).
 */
export function readImportFileStreaming(bytes: Uint8Array, options: ReadOptions, onRecord: (record: RawRecord) => void): StreamingReadResult {
  let reader = new ImportFileReader(options, onRecord);
  let result = reader.push(bytes) === 'restart' ? 'restart' : reader.end();
  if (result === 'restart') {
    reader = new ImportFileReader(options, onRecord, reader.restartAs());
    reader.push(bytes);
    result = reader.end() as StreamingReadResult;
  }
  return result;
}

/**
 * The whole reading stage over a source read piece by piece as it arrives. `start` gives the record
 * handler for a reading; a file that must be read again from the start (see ImportFileReader) calls
 * it again, and the records of the first reading must be dropped. `onHead` gets the first bytes (at
 * least `headBytes`, or the whole file when shorter) once, before the first record.
 */
export async function readImportSource(
  source: ByteSource,
  options: ReadOptions,
  start: () => (record: RawRecord) => void,
  head?: { bytes: number; onHead: (head: Uint8Array) => void },
): Promise<StreamingReadResult> {
  let restart: ReturnType<StreamDecoder['restartAs1252']> | undefined;
  let headSeen = false;
  for (;;) {
    const pieces = source.read()[Symbol.asyncIterator]();
    let again = false;
    let done = false;
    try {
      // The first bytes, in one piece: what kind of file it is, and what its first part shows.
      const first: Uint8Array[] = [];
      let length = 0;
      while (length < Math.max(HEAD_BYTES, head?.bytes ?? 0)) {
        const next = await pieces.next();
        if (next.done) {
          done = true;
          break;
        }
        first.push(next.value);
        length += next.value.length;
      }
      const firstBytes = concat(first);
      if (head && !headSeen) head.onHead(firstBytes);
      headSeen = true;
      const reader = new ImportFileReader(options, start(), restart);
      again = firstBytes.length > 0 && reader.push(firstBytes) === 'restart';
      while (!again && !done) {
        const next = await pieces.next();
        if (next.done) break;
        again = reader.push(next.value) === 'restart';
      }
      const result = again ? 'restart' : reader.end();
      if (result !== 'restart') return result;
      if (restart) throw new Error('readImportSource: a file read as Windows-1252 asked to be read again');
      restart = reader.restartAs();
    } finally {
      await pieces.return?.();
    }
  }
}

export function readImportFile(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const records: RawRecord[] = [];
  const result = readImportFileStreaming(bytes, options, (record) => records.push(record));
  return { ...result, records: result.ok ? records : [] };
}

/**
 * Why an upload must be refused before it is stored at all: a file that is not CSV text (its content
 * cannot be checked), or one with a CPR-like number in its name or in any cell. Such a file must not
 * sit in the database waiting for a preview. NUL bytes are dropped before the scan, so UTF-16 text
 * without a byte-order mark cannot hide digits between them.
 */
export async function refusalBeforeStoringSource(source: ByteSource, fileName: string): Promise<ReadError | undefined> {
  if (findCprInText(fileName) >= 0) return fileError('cpr', CPR_IN_FILE_NAME);
  const read = await readImportSource(source, {}, () => () => undefined);
  return read.ok ? undefined : refusalOf(read.fatal);
}

export function refusalBeforeStoring(bytes: Uint8Array, fileName: string): ReadError | undefined {
  if (findCprInText(fileName) >= 0) return fileError('cpr', CPR_IN_FILE_NAME);
  return refusalOf(readImportFileStreaming(bytes, {}, () => undefined).fatal);
}

const REFUSED_BEFORE_STORING = new Set(['not-csv', 'encoding', 'cpr']);

function refusalOf(fatal: ReadError | undefined): ReadError | undefined {
  return fatal && REFUSED_BEFORE_STORING.has(fatal.code) ? fatal : undefined;
}
