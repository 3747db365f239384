import { CPR_REFUSAL, findCprLike } from './cpr-guard.js';
import { NEWLINE_SAMPLE, RowSplitter } from './csv-rows.js';
import { undoFormulaGuard } from './csv-export.js';
import { StreamDecoder } from './decode.js';
import { detectDelimiter, readSepDirective, type Delimiter } from './delimiter.js';
import { sniffNonCsv } from './file-sniffer.js';
import { detectLayout, type LayoutGuess } from './layout.js';
import { NumberStyleTracker } from './number-style-tracker.js';
import type { RawRecord } from './raw-record.js';
import { describeLocation, locatedError, type ReadError } from './read-error.js';
import { createRowReader, type RowReader } from './row-records.js';
import { concat, HEAD_BYTES } from './byte-source.js';
import { CprScan } from './cpr-scan.js';
import { capMessages, CELL_LIMITS, longestOver } from './read-limits.js';
import { ErrorList, fileError, refused, singleColumn } from './read-support.js';
import type { ReadOptions, StreamingReadResult } from './read-types.js';

const DEFAULT_MAX_ERRORS = 200;
// Enough rows to recognise a period column by its values, few enough to buffer.
const LAYOUT_SAMPLE_ROWS = 20;

// ZIP archives and old Office files are named by what they contain, which can be anywhere in them.
const startsLikeOfficeFile = (head: Uint8Array) =>
  (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05)) || (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0);

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
