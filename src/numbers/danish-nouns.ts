import type { Frequency } from '../periods/period.js';
import { formatNumber } from './danish-number.js';

/** Danish counted nouns: singular for exactly one, plural otherwise ("0 dage", "2 dage", "1 dag"). */

export interface Noun {
  one: string;
  many: string;
}

export const NOUNS = {
  decimal: { one: 'decimal', many: 'decimaler' },
  quarter: { one: 'kvartal', many: 'kvartaler' },
  month: { one: 'måned', many: 'måneder' },
  year: { one: 'år', many: 'år' },
  value: { one: 'værdi', many: 'værdier' },
  changedValue: { one: 'ændret værdi', many: 'ændrede værdier' },
  newValue: { one: 'ny værdi', many: 'nye værdier' },
  unchangedValue: { one: 'uændret værdi', many: 'uændrede værdier' },
  errorRow: { one: 'række med fejl', many: 'rækker med fejl' },
  cell: { one: 'celle', many: 'celler' },
  indicator: { one: 'indikator', many: 'indikatorer' },
  row: { one: 'række', many: 'rækker' },
  goal: { one: 'mål', many: 'mål' },
} as const satisfies Record<string, Noun>;

export const PERIOD_NOUNS: Record<Frequency, Noun> = {
  quarter: NOUNS.quarter,
  month: NOUNS.month,
  year: NOUNS.year,
};

function nounFor(n: number, one: string, many: string): string {
  return Math.abs(n) === 1 ? one : many;
}

/** '1 ændret værdi', '2 ændrede værdier', '1.204 rækker'. Counts are whole numbers. */
export function countNoun(n: number, one: string, many: string): string {
  if (!Number.isInteger(n)) throw new RangeError(`A count must be a whole number, got ${n}`);
  return `${formatNumber(n, 0)} ${nounFor(n, one, many)}`;
}

export function count(n: number, noun: Noun): string {
  return countNoun(n, noun.one, noun.many);
}

/** '1 kvartal', '2 kvartaler', '3 år', '1 måned'. */
export function countPeriods(frequency: Frequency, n: number): string {
  return count(n, PERIOD_NOUNS[frequency]);
}

/** '(1 decimal)', '(2 decimaler)'. */
export function decimalsNote(decimals: number): string {
  return `(${count(decimals, NOUNS.decimal)})`;
}

// From two upwards Danish number words do not depend on the noun's gender ("en"/"et").
const NUMBER_WORDS = ['', '', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv'];

/**
 * Running text writes small counts as words: 'otte kvartaler', '14 kvartaler'. One is left as a digit
 * because its word depends on the noun's gender, which this helper does not know.
 */
export function countInWords(n: number, noun: Noun): string {
  const word = Number.isInteger(n) && n >= 2 && n <= 12 ? NUMBER_WORDS[n] : undefined;
  return word ? `${word} ${noun.many}` : count(n, noun);
}

/** Sentence start: 'Otte kvartaler …'. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
