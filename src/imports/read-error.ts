/** A located problem in an uploaded file. `line` is the physical line a text editor shows; `column` is 1-based. */
export interface ReadError {
  line: number;
  column?: number;
  columnName?: string;
  message: string;
  code: string;
}

/**
 * "Linje 12, kolonne 3 („Bemærkning“)": users fix files in Excel, where they find the
 * spot by row and column, so every located message starts the same way.
 */
export function describeLocation(line: number, column?: number, columnName?: string): string {
  let text = `Linje ${line}`;
  if (column !== undefined) text += `, kolonne ${column}`;
  if (columnName !== undefined && columnName.trim() !== '') text += ` („${shortName(columnName)}“)`;
  return text;
}

/** A column name as messages quote it: never more than 60 characters, however long the header cell. */
export function shortName(name: string): string {
  const trimmed = name.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed;
}

export function locatedError(
  code: string,
  text: string,
  line: number,
  column?: number,
  columnName?: string,
): ReadError {
  const error: ReadError = { line, message: `${describeLocation(line, column, columnName)}: ${text}`, code };
  if (column !== undefined) error.column = column;
  if (columnName !== undefined && columnName.trim() !== '') error.columnName = shortName(columnName);
  return error;
}
