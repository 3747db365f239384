import { formatCanonical, periodRange, periodsPerYear, type Frequency, type Period } from '../periods/period.js';
import { formatNumber } from '../numbers/danish-number.js';
import type { Direction } from '../indicators/indicator.js';
import { judgeChange } from '../indicators/direction.js';
import type { ChartObservation } from './chart-types.js';
import { formatAmount, formatValue } from '../numbers/value-format.js';

export interface ImpactSide {
  mean: number;
  /** Periods in the window that had a value. */
  count: number;
  /** First and last period that had a value. */
  from: Period;
  to: Period;
}

export interface ImpactResult {
  before: ImpactSide;
  after: ImpactSide;
  /** after.mean − before.mean */
  difference: number;
}

function shift(period: Period, steps: number): Period {
  const perYear = periodsPerYear(period.frequency);
  const n = period.year * perYear + period.index - 1 + steps;
  return { frequency: period.frequency, year: Math.floor(n / perYear), index: (((n % perYear) + perYear) % perYear) + 1 };
}

/** The number exactly as formatNumber shows it, so arithmetic on it agrees with the text. */
function roundAsShown(value: number, decimals: number): number {
  return Number(formatNumber(value, decimals).replaceAll('.', '').replace(',', '.').replace('\u2212', '-'));
}

function side(values: Map<string, ChartObservation>, periods: Period[]): ImpactSide | undefined {
  const found = periods.flatMap((p) => values.get(formatCanonical(p)) ?? []);
  const first = found[0];
  const last = found[found.length - 1];
  if (!first || !last) return undefined;
  const mean = found.reduce((sum, o) => sum + o.value, 0) / found.length;
  return { mean, count: found.length, from: first.period, to: last.period };
}

/**
 * Mean of up to `windowSize` periods before `startPeriod` against the same number from
 * `startPeriod` on, which counts as after because that is when the change took effect.
 * Windows are calendar periods: a missing period lowers the count instead of reaching further back.
 */
export function beforeAfter(
  observations: readonly ChartObservation[],
  startPeriod: Period,
  windowSize = 4,
): ImpactResult | undefined {
  if (!Number.isInteger(windowSize) || windowSize < 1) {
    throw new RangeError(`windowSize must be a whole number ≥ 1, got ${windowSize}`);
  }
  const values = new Map<string, ChartObservation>();
  for (const o of observations) {
    if (o.period.frequency !== startPeriod.frequency || !Number.isFinite(o.value)) continue;
    values.set(formatCanonical(o.period), o);
  }
  const before = side(values, periodRange(shift(startPeriod, -windowSize), shift(startPeriod, -1)));
  const after = side(values, periodRange(startPeriod, shift(startPeriod, windowSize - 1)));
  if (!before || !after) return undefined;
  return { before, after, difference: after.mean - before.mean };
}

const NOUNS: Record<Frequency, { one: string; many: string }> = {
  quarter: { one: 'kvartalet', many: 'kvartaler' },
  month: { one: 'måneden', many: 'måneder' },
  year: { one: 'året', many: 'år' },
};

function periodsPhrase(count: number, frequency: Frequency, where: 'før' | 'efter'): string {
  const nouns = NOUNS[frequency];
  return count === 1 ? `${nouns.one} ${where}` : `de ${count} ${nouns.many} ${where}`;
}

function judgement(difference: number, direction: Direction): string {
  const judged = judgeChange(direction, difference);
  return judged === 'better' ? ' – en forbedring' : judged === 'worse' ? ' – en forværring' : '';
}

/**
 * A cautious sentence: the before/after means, how many periods each rests on,
 * and a reminder that a difference in time is not proof of an effect.
 */
export function impactSentence(result: ImpactResult, unit: string, decimals: number, direction: Direction): string {
  // A mean of whole numbers needs one decimal to be worth reading ("21,3 dage", not "21 dage").
  const shown = Math.max(decimals, 1);
  const round = (v: number): number => roundAsShown(v, shown);
  const before = round(result.before.mean);
  const after = round(result.after.mean);
  // Taken from the rounded means so the three numbers in the sentence add up.
  const difference = round(after - before);
  const frequency = result.before.from.frequency;
  const comparison =
    difference === 0
      ? 'ingen forskel'
      : `${formatAmount({ unit, decimals: shown }, difference)} ${difference < 0 ? 'lavere' : 'højere'}` +
        judgement(difference, direction);
  return (
    `Gennemsnittet for ${periodsPhrase(result.before.count, frequency, 'før')} var ${formatValue({ unit, decimals: shown }, before)} ` +
    `og for ${periodsPhrase(result.after.count, frequency, 'efter')} ${formatValue({ unit, decimals: shown }, after)} (${comparison}). ` +
    'Husk, at andre forhold også kan have ændret sig.'
  );
}
