import type { Situation } from '../content/content-loader.js';
import { judgeChange, type ChangeJudgement } from '../indicators/direction.js';
import type { Direction } from '../indicators/indicator.js';
import { comparePeriods, formatCanonical, previousPeriod, samePeriodLastYear, type Period } from '../periods/period.js';
import { analyseVariation, type VariationResult } from '../variation/variation.js';

export type { Situation };

/**
 * An indicator's situation, decided once from its own series and its goals. The agenda's reason, the
 * chart's caption and the reflection questions beside the chart all read this one decision, so they
 * cannot disagree.
 *
 * Order of precedence (the first that applies decides the situation; every finding that applies is
 * kept, most decisive first, so a page can name them all):
 *  1. missingData  – no values at all, or none for the latest period that has ended. Without the latest
 *                    figure every other judgement is about old news. A goal that has had no measurement
 *                    since its baseline yet is NOT missing data: the indicator itself is up to date.
 *  2. offTrack     – a goal is behind its glide path, a range indicator is outside its limits, or the
 *                    latest figure went the wrong way beyond normal variation (a signal in
 *                    variation/; a change within the noise never counts).
 *  3. goalReached  – a goal is reached. It comes before 4 and 5 because those two cover everything
 *                    that is left, so a reached goal would otherwise never be said.
 *  4. improving    – the latest figure went the right way beyond normal variation, or a goal is on track.
 *  5. flat         – everything else: within normal variation, or too few values to tell.
 */

export type GoalStatus = 'på sporet' | 'bagud' | 'nået' | 'mangler data';

export interface SituationSubject {
  name: string;
  unit: string;
  decimals: number;
  direction: Direction;
  rangeMin?: number | null;
  rangeMax?: number | null;
}

export interface SituationGoal {
  title: string;
  status: GoalStatus;
}

export interface SituationInput {
  indicator: SituationSubject;
  /** Any order, one frequency (the first value's; strays of another are ignored). */
  observations: readonly { period: Period; value: number }[];
  /** The indicator's active goals with their progress. A goal that 'mangler data' says nothing here. */
  goals?: readonly SituationGoal[];
  /** The latest period that has ended and should have a value; without it only "no values at all" is missing data. */
  expected?: Period;
}

export type Finding =
  | { kind: 'no-values' }
  | { kind: 'missing-latest'; period: Period }
  | { kind: 'goal-behind'; goal: string }
  | { kind: 'outside-range'; value: number; period: Period }
  /** The latest figure is a signal; judged by the indicator's direction (undefined for a range indicator). */
  | { kind: 'signal'; judged: 'better' | 'worse' | undefined; up: boolean }
  | { kind: 'goal-reached'; goal: string }
  | { kind: 'goal-on-track'; goal: string }
  | { kind: 'no-signal' }
  | { kind: 'too-little-data' };

export interface Point {
  period: Period;
  value: number;
}

export interface SituationDecision {
  situation: Situation;
  /** Every finding that applies, most decisive first; the first one decided `situation`. */
  findings: Finding[];
  variation: VariationResult;
  latest?: Point;
  /** The value of the period right before the latest, when there is one. */
  previous?: Point;
  /** The value of the same period a year before the latest, when there is one. */
  lastYear?: Point;
}

const RANK: Record<Situation, number> = { missingData: 0, offTrack: 1, goalReached: 2, improving: 3, flat: 4 };

export function situationOfFinding(finding: Finding): Situation {
  switch (finding.kind) {
    case 'no-values':
    case 'missing-latest':
      return 'missingData';
    case 'goal-behind':
    case 'outside-range':
      return 'offTrack';
    case 'signal':
      return finding.judged === 'worse' ? 'offTrack' : finding.judged === 'better' ? 'improving' : 'flat';
    case 'goal-reached':
      return 'goalReached';
    case 'goal-on-track':
      return 'improving';
    default:
      return 'flat';
  }
}

/** Sorted, finite, one value per period (the last given wins), all of one frequency. */
export function cleanSeries(observations: readonly { period: Period; value: number }[]): Point[] {
  const byPeriod = new Map<string, Point>();
  for (const o of observations) if (Number.isFinite(o.value)) byPeriod.set(formatCanonical(o.period), { period: o.period, value: o.value });
  const all = [...byPeriod.values()];
  // An indicator has one frequency; anything else is a stray value that cannot be placed in its series.
  const frequency = all[0]?.period.frequency;
  return all.filter((p) => p.period.frequency === frequency).sort((a, b) => comparePeriods(a.period, b.period));
}

function signalFinding(variation: VariationResult, direction: Direction): Finding {
  if (variation.verdict === 'too-little-data') return { kind: 'too-little-data' };
  if (variation.verdict === 'noise') return { kind: 'no-signal' };
  const up = variation.verdict === 'signal-up';
  const judged: ChangeJudgement | undefined = judgeChange(direction, up ? 1 : -1);
  return { kind: 'signal', up, judged: judged === 'better' || judged === 'worse' ? judged : undefined };
}

function outsideRange(subject: SituationSubject, latest: Point): boolean {
  if (subject.direction !== 'range') return false;
  const { rangeMin: min, rangeMax: max } = subject;
  return (min != null && latest.value < min) || (max != null && latest.value > max);
}

/** The one decision; see the order of precedence above. Pure: the same input always gives the same decision. */
export function decideSituation(input: SituationInput): SituationDecision {
  const series = cleanSeries(input.observations);
  const variation = analyseVariation(series);
  const latest = series.at(-1);
  const findings: Finding[] = [];
  let previous: Point | undefined;
  let lastYear: Point | undefined;

  if (!latest) findings.push({ kind: 'no-values' });
  else {
    const before = series.at(-2);
    if (before && comparePeriods(before.period, previousPeriod(latest.period)) === 0) previous = before;
    const yearBefore = samePeriodLastYear(latest.period);
    if (latest.period.frequency !== 'year') lastYear = series.find((p) => comparePeriods(p.period, yearBefore) === 0);
    if (input.expected && input.expected.frequency === latest.period.frequency && !series.some((p) => comparePeriods(p.period, input.expected!) === 0)) {
      findings.push({ kind: 'missing-latest', period: input.expected });
    }
    if (outsideRange(input.indicator, latest)) findings.push({ kind: 'outside-range', value: latest.value, period: latest.period });
    findings.push(signalFinding(variation, input.indicator.direction));
  }
  for (const goal of input.goals ?? []) {
    if (goal.status === 'bagud') findings.push({ kind: 'goal-behind', goal: goal.title });
    else if (goal.status === 'nået') findings.push({ kind: 'goal-reached', goal: goal.title });
    else if (goal.status === 'på sporet') findings.push({ kind: 'goal-on-track', goal: goal.title });
  }
  // A stable sort keeps the order above among findings of the same rank.
  findings.sort((a, b) => RANK[situationOfFinding(a)] - RANK[situationOfFinding(b)]);
  const situation = findings[0] ? situationOfFinding(findings[0]) : 'flat';
  return {
    situation,
    findings,
    variation,
    ...(latest && { latest }),
    ...(previous && { previous }),
    ...(lastYear && { lastYear }),
  };
}
