import { formatCanonical, MAX_YEAR, MIN_YEAR, periodsPerYear, type Frequency, type Period } from '../periods/period.js';

// Periods as small integers. Every period the period module accepts lies in MIN_YEAR–MAX_YEAR, so
// an indicator's periods number at most 201 × 12; a row keeps its period as that ordinal, and the
// canonical text ("2024K1") is made once per period, not once per row.

export const FREQUENCIES: readonly Frequency[] = ['quarter', 'month', 'year'];
export const FREQUENCY_CODE: Record<Frequency, number> = { quarter: 0, month: 1, year: 2 };

export function ordinalOf(period: Period): number {
  if (period.year < MIN_YEAR || period.year > MAX_YEAR) return -1;
  return (period.year - MIN_YEAR) * periodsPerYear(period.frequency) + period.index - 1;
}

export function slotsOf(frequency: Frequency): number {
  return (MAX_YEAR - MIN_YEAR + 1) * periodsPerYear(frequency);
}

export class PeriodTable {
  private readonly periods: (Period | undefined)[];
  private readonly canonicals: (string | undefined)[];
  constructor(private readonly frequency: Frequency) {
    this.periods = new Array(slotsOf(frequency));
    this.canonicals = new Array(slotsOf(frequency));
  }
  period(ordinal: number): Period {
    let period = this.periods[ordinal];
    if (!period) {
      const perYear = periodsPerYear(this.frequency);
      period = { frequency: this.frequency, year: MIN_YEAR + Math.floor(ordinal / perYear), index: (ordinal % perYear) + 1 };
      this.periods[ordinal] = period;
    }
    return period;
  }
  canonical(ordinal: number): string {
    return (this.canonicals[ordinal] ??= formatCanonical(this.period(ordinal)));
  }
}
