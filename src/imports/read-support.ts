import { DELIMITER_LABELS, type Delimiter } from './delimiter.js';
import { locatedError, type ReadError } from './read-error.js';
import type { StreamingReadResult } from './read-types.js';

/** Small pieces every part of the reading stage shares: errors for the file as a whole, and the error list. */

export function fileError(code: string, message: string, line = 1): ReadError {
  return { line, message, code };
}

export function refused(fatal: ReadError, known: Partial<StreamingReadResult> = {}): StreamingReadResult {
  return { header: [], errors: [], omittedErrorCount: 0, rowCount: 0, ...known, ok: false, fatal };
}

export function singleColumn(delimiter: Delimiter, line: number): ReadError {
  return locatedError(
    'single-column',
    `Overskriften har kun én kolonne. Vi har læst filen som adskilt med ${DELIMITER_LABELS[delimiter]}, ` +
      'men filen skal have mindst to kolonner adskilt med semikolon, komma eller tabulator.',
    line,
  );
}

export class ErrorList {
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
