import type { NumberStyle } from '../numbers/danish-number.js';
import type { Encoding } from './decode.js';
import type { Delimiter } from './delimiter.js';
import type { Layout, LayoutGuess } from './layout.js';
import type { NumberStyleVerdict } from './number-style-tracker.js';
import type { RawRecord } from './raw-record.js';
import type { ReadError } from './read-error.js';

/** What a caller may settle before a file is read, and what reading it gives. */
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
