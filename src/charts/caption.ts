import { periodRange } from '../periods/period.js';
import { referenceCaption } from './reference-lines.js';
import { countInWords, PERIOD_NOUNS } from '../numbers/danish-nouns.js';
import { formatValue } from '../numbers/value-format.js';
import { impactClause, messages as impactMessages } from './impact.js';
import { displayPeriod, type Period } from '../periods/period.js';
import { movementSentences } from '../situations/situation-text.js';
import type { Stretch } from '../variation/compare-means.js';
import type { ChartSpec } from './chart-spec.js';
import type { ChartGoal, GoalStatus } from './chart-types.js';

/**
 * What the chart shows, in plain sentences, in this order:
 *  1. the latest movement and its verdict (a signal, or normal variation) – the same decision the
 *     agenda's reason and the reflection questions come from (situations/);
 *  2. the long trend over the window shown: the first year's mean against the latest year's, never the
 *     first point against the last;
 *  3. the goal and how far the group is; the limits of a range indicator;
 *  4. the before and after of an intervention, when one is shaded.
 * Used as the chart's figcaption, which the svg names as its description (aria-describedby).
 */

export const NO_DATA_CAPTION = 'Der er ingen data endnu.';

export const messages = {
  goal: (target: string, period: string) => `Målet er ${target} i ${period}`,
  statusEndings: {
    'på sporet': ', og I er på sporet',
    bagud: ', og I er bagud',
    nået: ', og I har nået det',
    'mangler data': ', men der mangler data til at se, om I er på sporet',
  } satisfies Record<GoalStatus, string>,
  trend: (verb: string, first: string, latest: string) => `Over hele perioden ${verb}: i gennemsnit ${first} mod ${latest}.`,
  trendVerbs: {
    up: 'er niveauet steget mere end den normale variation',
    down: 'er niveauet faldet mere end den normale variation',
    same: 'har niveauet ikke flyttet sig mere end den normale variation',
    unknown: 'er der for få tal til at sige, om niveauet har flyttet sig',
  },
  rangeBoth: (min: string, max: string) => `Værdien skal ligge mellem ${min} og ${max}.`,
  rangeMin: (min: string) => `Værdien skal være mindst ${min}.`,
  rangeMax: (max: string) => `Værdien må højst være ${max}.`,
};

function isCalendarYear(s: Stretch): boolean {
  const { from, to } = s;
  return from.year === to.year && from.index === 1 && (from.frequency === 'year' || to.index === (from.frequency === 'quarter' ? 4 : 12));
}

function stretchText(s: Stretch, size: number, first: boolean, frequency: Period['frequency']): string {
  if (first && isCalendarYear(s) && frequency !== 'year') return `i ${s.from.year}`;
  const periods = countInWords(size, PERIOD_NOUNS[frequency]);
  return first ? `i de første ${periods} (fra ${displayPeriod(s.from)})` : `i de seneste ${periods}`;
}

function trendSentence(spec: ChartSpec): string | undefined {
  const trend = spec.trend;
  if (!trend?.before || !trend.after || trend.difference === undefined) return undefined;
  const f = { unit: spec.format.unit, decimals: Math.max(spec.format.decimals, 1) };
  const frequency = trend.before.from.frequency;
  const first = `${formatValue(f, trend.before.mean)} ${stretchText(trend.before, trend.size, true, frequency)}`;
  const latest = `${formatValue(f, trend.after.mean)} ${stretchText(trend.after, trend.size, false, frequency)}`;
  const verbs = messages.trendVerbs;
  const verb = trend.verdict === 'signal' ? (trend.difference > 0 ? verbs.up : verbs.down) : trend.verdict === 'noise' ? verbs.same : verbs.unknown;
  return messages.trend(verb, first, latest);
}

function goalSentence(goal: ChartGoal, spec: ChartSpec): string {
  const text = messages.goal(formatValue(spec.format, goal.targetValue), displayPeriod(goal.targetPeriod));
  return `${text}${goal.status ? messages.statusEndings[goal.status] : ''}.`;
}

function rangeSentence(spec: ChartSpec): string | undefined {
  const { subject, format } = spec;
  if (subject.direction !== 'range') return undefined;
  const min = subject.rangeMin ?? undefined;
  const max = subject.rangeMax ?? undefined;
  const value = (v: number) => formatValue(format, v);
  if (min !== undefined && max !== undefined) return messages.rangeBoth(formatValue({ unit: 'antal', decimals: format.decimals }, min), value(max));
  if (min !== undefined) return messages.rangeMin(value(min));
  if (max !== undefined) return messages.rangeMax(value(max));
  return undefined;
}

function beforeAfterSentence(spec: ChartSpec): string | undefined {
  const ba = spec.beforeAfter;
  if (!ba) return undefined;
  const clause = impactClause(ba.comparison, spec.format, spec.subject.direction);
  if (!clause) return undefined;
  return `${impactMessages.intervention(ba.marker.label, displayPeriod(ba.marker.period))}: ${clause} ${impactMessages.caution}`;
}

/** The caption's sentences; a small chart keeps the first (the verdict) and the goal. */
export function captionSentences(spec: ChartSpec): string[] {
  const full = spec.size === 'full';
  const movement = movementSentences(spec.decision, spec.subject);
  const sentences = movement.length ? movement : [NO_DATA_CAPTION];
  // A run of values on one side of the mean is a signal of a lasting change; comparing the first and
  // the latest four values can still fall within the noise, and saying both would contradict itself.
  const signalled = spec.decision.findings.some((f) => f.kind === 'signal');
  const trend = full && !(signalled && spec.trend?.verdict === 'noise') ? trendSentence(spec) : undefined;
  const range = rangeSentence(spec);
  const ba = full ? beforeAfterSentence(spec) : undefined;
  return [...sentences, ...(trend ? [trend] : []), ...(spec.goal ? [goalSentence(spec.goal, spec)] : []), ...(range ? [range] : []), ...(ba ? [ba] : [])];
}

export function captionText(spec: ChartSpec): string {
  return [...captionSentences(spec), ...organisationSentences(spec)].join(' ');
}

/** Issue 14: the comparison lines' latest figures, then notes such as a small denominator's caution. */
function organisationSentences(spec: ChartSpec): string[] {
  const periods = spec.window ? periodRange(spec.window[0], spec.window[1]) : [];
  const compared = referenceCaption(spec.references, periods, spec.format);
  return [...(compared ? [compared] : []), ...spec.captionNotes];
}
