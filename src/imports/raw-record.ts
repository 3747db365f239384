/** One (indicator, period) cell of an uploaded file, still as text. Column numbers are 1-based. */
export interface RawRecord {
  line: number;
  indicatorLabel: string;
  indicatorColumn: number;
  periodText: string;
  periodColumn: number;
  valueText: string;
  valueColumn: number;
  comment: string | null;
  unit: string | null;
  /** Header names of the period and value cells, so later messages can name the column. */
  periodColumnName?: string;
  valueColumnName?: string;
}

/**
 * A copy of a text cut out of a file, for keeping. V8 makes a cell read from a large text a
 * "slice" that keeps the whole text alive: a cache that holds one label would hold the megabyte
 * piece of the file it came from. Short texts (under 13 characters) are copies already.
 */
export function keepable(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}
