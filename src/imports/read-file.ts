import type { NumberStyle } from '../numbers/danish-number.js';
import { CPR_REFUSAL, findCprInText, findCprLike, findCprOffset } from './cpr-guard.js';
import { readRows } from './csv-rows.js';
import { undoFormulaGuard } from './csv-export.js';
import { decodeBytes, type Encoding } from './decode.js';
import { DELIMITER_LABELS, detectDelimiter, readSepDirective, type Delimiter } from './delimiter.js';
import { sniffNonCsv } from './file-sniffer.js';
import { detectLayout, type Layout, type LayoutGuess } from './layout.js';
import { countLineBreaks } from './line-breaks.js';
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

/** Where the first CPR-like number is. The number itself never leaves this function. */
function locateCpr(text: string, delimiter: Delimiter, offset: number): ReadError {
  let found: ReadError | undefined;
  let header: string[] | undefined;
  readRows(text, delimiter, (cells, line) => {
    const column = cells.findIndex(findCprLike);
    if (column < 0) {
      header ??= cells;
      return undefined;
    }
    // A header cell is only named when the hit is below the header, which was checked clean first.
    const name = header?.[column]?.trim();
    found = {
      line,
      column: column + 1,
      message: `${describeLocation(line, column + 1, name)} ${CPR_REFUSAL}`,
      code: 'cpr',
    };
    if (name) found.columnName = name;
    return 'stop';
  });
  if (found) return found;
  // A number inside a row Papaparse could not deliver (broken quotes): the line is still known.
  const line = 1 + countLineBreaks(text, 0, offset);
  return { line, message: `${describeLocation(line)} ${CPR_REFUSAL}`, code: 'cpr' };
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

/**
 * Why an upload must be refused before it is stored at all: a file that is not CSV text (its content
 * cannot be checked), or one with a CPR-like number in its name or in any cell. Such a file must not
 * sit in the database waiting for a preview. NUL bytes are dropped before the scan, so UTF-16 text
 * without a byte-order mark cannot hide digits between them.
 */
export function refusalBeforeStoring(bytes: Uint8Array, fileName: string): ReadError | undefined {
  if (findCprInText(fileName) >= 0) return fileError('cpr', CPR_IN_FILE_NAME);
  const notCsv = sniffNonCsv(bytes);
  if (notCsv !== undefined) return fileError('not-csv', notCsv);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return fileError('encoding', decoded.message, decoded.line);
  const text = decoded.text.replaceAll('\0', '');
  const offset = findCprOffset(text);
  if (offset < 0) return undefined;
  return locateCpr(text, readSepDirective(text) ?? detectDelimiter(text), offset);
}

/**
 * The whole reading stage, streaming: every record goes to `onRecord` as it is read, so a
 * million-row file is never held as rows. Records are only emitted once the file has passed
 * the whole-file checks (type, encoding, CPR, layout); a refused file emits none.
 */
export function readImportFileStreaming(
  bytes: Uint8Array,
  options: ReadOptions,
  onRecord: (record: RawRecord) => void,
): StreamingReadResult {
  if (bytes.length === 0) {
    return refused(fileError('empty-file', 'Filen er tom. Vælg en CSV-fil med en overskriftsrække og rækker med tal.'));
  }
  const notCsv = sniffNonCsv(bytes);
  if (notCsv !== undefined) return refused(fileError('not-csv', notCsv));
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return refused(fileError('encoding', decoded.message, decoded.line));
  const { text, encoding } = decoded;
  if (text.trim() === '') {
    return refused(fileError('empty-file', 'Filen er tom. Vælg en CSV-fil med en overskriftsrække og rækker med tal.'), {
      encoding,
    });
  }
  const sepDirective = readSepDirective(text);
  const delimiter = options.delimiter ?? sepDirective ?? detectDelimiter(text);

  const cprOffset = findCprOffset(text);
  if (cprOffset >= 0) return refused(locateCpr(text, delimiter, cprOffset), { encoding, delimiter });

  const errors = new ErrorList(options.maxErrors ?? DEFAULT_MAX_ERRORS);
  const tracker = new NumberStyleTracker();
  const sink = {
    record(read: RawRecord): void {
      // A file Datadialog exported comes back as it went out: the apostrophe that kept a spreadsheet
      // from running a text as a formula is taken off again.
      const record = { ...read, indicatorLabel: undoFormulaGuard(read.indicatorLabel), comment: read.comment === null ? null : undoFormulaGuard(read.comment) };
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

  let header: string[] | undefined;
  let headerLine = 1;
  let skipDirective = sepDirective !== undefined;
  let rowCount = 0;
  let layout: LayoutGuess | undefined;
  let reader: RowReader | undefined;
  let fatalErrors: ReadError[] = [];
  // Rows wait here until there are enough to recognise the layout; then they are replayed.
  const pending: { cells: string[]; line: number }[] = [];

  const settleLayout = (): ReadError[] => {
    const samples = pending.map((p) => p.cells);
    const result = detectLayout(header ?? [], samples, options.layout, headerLine);
    if (!result.ok) return result.errors;
    const { ok: _ok, ...guess } = result;
    layout = guess;
    guess.headerErrors.forEach(sink.error);
    reader = createRowReader(guess, header ?? [], headerLine, delimiter, sink, samples);
    for (const row of pending) reader(row.cells, row.line);
    pending.length = 0;
    return [];
  };

  const { errors: quoteErrors } = readRows(text, delimiter, (cells, line) => {
    if (skipDirective) {
      skipDirective = false;
      return undefined;
    }
    if (header === undefined) {
      headerLine = line;
      const long = longestOver(cells, CELL_LIMITS.header);
      if (long >= 0) {
        header = [];
        fatalErrors = [locatedError('cell-too-long', capMessages.header(cells[long]!.length), line, long + 1)];
        return 'stop';
      }
      header = cells.map((c) => c.trim());
      if (header.length >= 2) return undefined;
      fatalErrors = [singleColumn(delimiter, line)];
      return 'stop';
    }
    rowCount++;
    const long = longestOver(cells, CELL_LIMITS.cell);
    if (long >= 0) {
      sink.error(locatedError('cell-too-long', capMessages.cell(cells[long]!.length), line, long + 1, header[long]));
      return undefined;
    }
    if (reader) {
      reader(cells, line);
      return undefined;
    }
    pending.push({ cells, line });
    if (pending.length < LAYOUT_SAMPLE_ROWS) return undefined;
    fatalErrors = settleLayout();
    return fatalErrors.length > 0 ? 'stop' : undefined;
  });
  quoteErrors.forEach(sink.error);

  const known = { encoding, delimiter, header: header ?? [], headerLine, rowCount };
  if (header === undefined) {
    // Only a "sep=;" line, or a broken quote that swallowed the header.
    const noHeader = fileError('no-header', 'Filen har ingen overskriftsrække. Første linje skal være kolonnernes navne, fx Indikator;Kvartal;Værdi.');
    return refused(quoteErrors[0] ?? noHeader, { ...known, errors: errors.sorted() });
  }
  if (fatalErrors.length === 0 && rowCount === 0) {
    const noRows = locatedError('no-rows', 'Filen har en overskriftsrække, men ingen rækker med data under den.', headerLine);
    return refused(noRows, { ...known, errors: errors.sorted() });
  }
  if (fatalErrors.length === 0 && !reader) fatalErrors = settleLayout();
  const [fatal] = fatalErrors;
  if (fatal) return refused(fatal, { ...known, errors: fatalErrors });

  const result: StreamingReadResult = {
    ok: true,
    ...known,
    numberStyle:
      options.numberStyle === undefined
        ? tracker.verdict()
        : { style: options.numberStyle, ambiguous: false, evidence: 'valgt af dig' },
    errors: errors.sorted(),
    omittedErrorCount: errors.omitted,
  };
  if (layout) result.layout = layout;
  return result;
}

export function readImportFile(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const records: RawRecord[] = [];
  const result = readImportFileStreaming(bytes, options, (record) => records.push(record));
  return { ...result, records };
}
