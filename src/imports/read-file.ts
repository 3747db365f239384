import { findCprInText } from './cpr-guard.js';
import type { StreamDecoder } from './decode.js';
import type { RawRecord } from './raw-record.js';
import type { ReadError } from './read-error.js';
import { concat, HEAD_BYTES, type ByteSource } from './byte-source.js';
import { ImportFileReader } from './import-file-reader.js';
import { CPR_IN_FILE_NAME, fileError } from './read-support.js';
import type { ReadOptions, ReadResult, StreamingReadResult } from './read-types.js';

/**
 * The reading stage's entry points: a file in memory or arriving in pieces, and the refusals that
 * come before a file is stored at all. The reader itself is ImportFileReader.
 */
export type { RawRecord } from './raw-record.js';
export type { ReadError } from './read-error.js';
export type { Encoding } from './decode.js';
export type { Delimiter } from './delimiter.js';
export type { ReadOptions, ReadResult, StreamingReadResult } from './read-types.js';
export { bytesSource, PIECE_BYTES, type ByteSource } from './byte-source.js';
export { capMessages, CELL_LIMITS } from './read-limits.js';
export { CPR_IN_FILE_NAME } from './read-support.js';
export { ImportFileReader } from './import-file-reader.js';

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
