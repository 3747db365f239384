import type { Frequency } from '../periods/period.js';
import type { ReadError } from './read-error.js';

/** The shapes a file can have, and the columns each shape's reading needs. */
export type Layout = 'long' | 'wide-periods-in-rows' | 'wide-periods-in-columns';

export const LAYOUT_LABELS: Record<Layout, string> = {
  long: 'Lang: én række pr. indikator og periode',
  'wide-periods-in-rows': 'Bred: én række pr. periode og én kolonne pr. indikator',
  'wide-periods-in-columns': 'Bred: én række pr. indikator og én kolonne pr. periode (som i Statistikbanken)',
};

// All column numbers below are 1-based, as users see them in Excel and in messages.

export interface LongColumns {
  indicator: number;
  period: number;
  value: number;
  comment?: number;
  unit?: number;
  /** A reference series' name ("Hele landet"); empty for the group's own values. */
  series?: number;
}

export interface PeriodRowColumns {
  period: number;
  /** Each of these columns is one indicator, named by its header. */
  indicators: number[];
  comment?: number;
  /** Columns without a header name; any value in them is reported, never guessed at. */
  unnamed: number[];
}

export interface PeriodColumnColumns {
  /** Together these name the indicator, e.g. "Område" and "Nøgletal". */
  labels: number[];
  unit?: number;
  /** Each header here is a period. */
  periods: number[];
  unnamed: number[];
}

interface GuessBase {
  reason: string;
  /** Header problems that do not stop the reading, e.g. a duplicated indicator column that is skipped. */
  headerErrors: ReadError[];
  /** What the header says about the frequency ("Kvartal", "2024K1"), when it says anything. */
  frequencyHint?: Frequency;
  overridden: boolean;
}

export type LayoutGuess =
  | (GuessBase & { layout: 'long'; columns: LongColumns })
  | (GuessBase & { layout: 'wide-periods-in-rows'; columns: PeriodRowColumns })
  | (GuessBase & { layout: 'wide-periods-in-columns'; columns: PeriodColumnColumns });

export type LayoutResult = ({ ok: true } & LayoutGuess) | { ok: false; layout: Layout | undefined; errors: ReadError[] };
