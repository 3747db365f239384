import { judgeChange } from '../indicators/direction.js';
import type { Direction } from '../indicators/indicator.js';
import { formatChange, formatValue, shownValue, type ValueFormat } from '../numbers/value-format.js';
import { displayPeriod, type Period } from '../periods/period.js';
import { compareBeforeAfter, type MeanComparison } from '../variation/compare-means.js';
import type { ChartObservation } from './chart-types.js';

/**
 * The before and after of an intervention in words: both means, their difference, and whether that
 * difference is more than the indicator's normal variation (variation/compare-means.ts). The same words
 * stand under the chart and on the indicator page.
 */

export const messages = {
  means: (before: string, after: string, difference: string) => `i gennemsnit ${before} før og ${after} efter (${difference})`,
  signal: (better: boolean | undefined) =>
    `mere end den normale variation: ${better === undefined ? 'et signal' : better ? 'et signal om en forbedring' : 'et signal om en forværring'}`,
  noise: 'inden for den normale variation, så forskellen kan være tilfældig',
  tooLittle: 'endnu for få tal til at skelne forskellen fra almindelig variation',
  caution: 'Husk, at andre forhold også kan have ændret sig.',
  noData: (start: string) => `Der er endnu ikke tal nok før og efter ${start} til at sammenligne.`,
  intervention: (label: string, start: string) => `Indsatsen „${label}“ fra ${start}`,
};

/** Means are averages of whole units too, so they get at least one decimal: "21,3 dage", not "21 dage". */
export function meanFormat(format: ValueFormat): ValueFormat {
  return { unit: format.unit, decimals: Math.max(format.decimals, 1) };
}

/** "i gennemsnit 6,8 % før og 6,1 % efter (−0,7 procentpoint) – mere end den normale variation: et signal om en forbedring." */
export function impactClause(comparison: MeanComparison, format: ValueFormat, direction: Direction): string | undefined {
  const { before, after, verdict } = comparison;
  if (!before || !after) return undefined;
  const f = meanFormat(format);
  // Taken from the shown means so the three numbers in the sentence add up.
  const difference = shownValue(f, after.mean) - shownValue(f, before.mean);
  const judged = judgeChange(direction, difference);
  const better = judged === 'better' ? true : judged === 'worse' ? false : undefined;
  const verdictText = verdict === 'signal' ? messages.signal(better) : verdict === 'noise' ? messages.noise : messages.tooLittle;
  return `${messages.means(formatValue(f, before.mean), formatValue(f, after.mean), formatChange(f, difference))} – ${verdictText}.`;
}

/** The sentence for an intervention taking effect in `start`, or why there is none yet. */
export function impactSentence(observations: readonly ChartObservation[], start: Period, format: ValueFormat, direction: Direction): { comparison: MeanComparison; sentence: string } {
  const comparison = compareBeforeAfter(observations, start);
  const clause = impactClause(comparison, format, direction);
  const sentence = clause ? `${clause.charAt(0).toUpperCase()}${clause.slice(1)} ${messages.caution}` : messages.noData(displayPeriod(start));
  return { comparison, sentence };
}
