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
