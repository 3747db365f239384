import { isSmallDenominator, SMALL_DENOMINATOR } from '../indicators/computed.js';
import type { Indicator } from '../indicators/indicator.js';
import { capitalize, count, countNoun, countPeriods } from '../numbers/danish-nouns.js';
import { comparePeriods, displayPeriod, formatCanonical, latestCompletedPeriod, nextPeriod, periodRange, periodsPerYear, previousPeriod, type Period } from '../periods/period.js';
import { describeVariation } from '../variation/describe-variation.js';
import { analyseVariation } from '../variation/variation.js';

/**
 * The quality of an indicator's datagrundlag (issue 14), as facts that answer the data theme's
 * questions ("Har I identificeret valide data …?", "Hvornår og hvordan forholder I jer kritisk til, om der
 * kan skabes et bedre datagrundlag …?"). Pure: the facts are gathered by quality-queries.ts.
 *
 * Decisions, written down so the card and the agenda agree:
 * - Completeness counts the periods of the last three years that have ended (12 quarters, 36 months
 *   or 3 years); periods before the indicator's first value are not counted as missing.
 * - Timeliness is the days from a period's end to the moment its value first arrived; a median above
 *   90 days counts as late (a quarter's figure that comes after the next quarter has ended).
 * - A revision is a value changed after it first arrived: by an import (not undone) or by hand.
 * - Small numbers: a computed indicator's denominator under SMALL_DENOMINATOR, or a count under 10.
 * - A review counts for a year.
 */

export const LATE_DAYS = 90;
export const SMALL_COUNT = 10;
export const REVIEW_VALID_DAYS = 365;
const DAY_MS = 86_400_000;

export interface ArrivedValue {
  period: Period;
  value: number;
  /** When the value (for a computed indicator: the later of its two parts) first arrived. */
  arrivedAt: string;
}

export interface Revision {
  period: Period;
  at: string;
  /** The import's file name, or undefined for a correction by hand. */
  fileName?: string;
  oldValue: number | null;
  newValue: number | null;
}

export interface Review {
  at: string;
  note: string;
  by: string | null;
}

export interface QualityFacts {
  indicator: Indicator;
  values: readonly ArrivedValue[];
  revisions: readonly Revision[];
  /** A computed indicator's denominators per period. */
  denominators?: ReadonlyArray<{ period: Period; value: number }>;
  denominatorLabel?: string;
  reviews: readonly Review[];
}

export interface Quality {
  written: { definition: boolean; why: boolean; source: boolean; deliveredBy: boolean };
  window: { from: Period; to: Period; measuredSince?: Period };
  completeness: { expected: number; present: number; missing: Period[] };
  timeliness: { medianDays?: number; latestDays?: number; counted: number };
  revisions: { count: number; latest: Revision[] };
  noise: string;
  smallNumbers: { applies: boolean; periods: Period[]; rule: string };
  lastReview?: Review;
  reviewCurrent: boolean;
  /** Weaknesses in plain Danish, most serious first; empty when nothing stands out. */
  issues: string[];
  /** Higher is weaker; 0 when nothing stands out. Used to pick the agenda's "Datagrundlag" item. */
  score: number;
}

export const messages = {
  missing: (missing: number, expected: number, frequency: Indicator['frequency']) => `${missing} af ${countPeriods(frequency, expected)} mangler de seneste tre år`,
  late: (days: number) => `værdierne kommer typisk ${count(days, { one: 'dag', many: 'dage' })} efter periodens slutning`,
  revised: (n: number) => `${countNoun(n, 'værdi', 'værdier')} er rettet, efter de kom ind`,
  small: (n: number, frequency: Indicator['frequency']) => `${countPeriods(frequency, n)} bygger på små tal`,
  noSource: 'datakilden er ikke skrevet ned',
  noDeliverer: 'det står ikke, hvem der leverer tallene',
  noReview: 'gruppen har ikke gennemgået datagrundlaget det seneste år',
  smallRuleComputed: (label: string) => `nævneren („${label.toLowerCase()}“) er under ${SMALL_DENOMINATOR}`,
  smallRuleCount: `tallet er under ${SMALL_COUNT}`,
  smallRuleNone: 'Ikke relevant for denne enhed',
};

/** The moment a period ends: the first instant of the next period, in UTC. */
export function periodEnd(period: Period): Date {
  const next = nextPeriod(period);
  const perYear = periodsPerYear(next.frequency);
  const month = Math.round(((next.index - 1) * 12) / perYear);
  return new Date(Date.UTC(next.year, month, 1));
}

function shiftBack(period: Period, steps: number): Period {
  let p = period;
  for (let i = 0; i < steps; i++) p = previousPeriod(p);
  return p;
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function assessQuality(facts: QualityFacts, today: Date): Quality {
  const { indicator } = facts;
  const frequency = indicator.frequency;
  const to = latestCompletedPeriod(frequency, today);
  const from = shiftBack(to, 3 * periodsPerYear(frequency) - 1);
  const values = [...facts.values].sort((a, b) => comparePeriods(a.period, b.period));
  const first = values[0]?.period;
  const measuredSince = first && comparePeriods(first, from) > 0 ? first : undefined;
  const start = measuredSince ?? from;
  const inWindow = (p: Period) => comparePeriods(p, start) >= 0 && comparePeriods(p, to) <= 0;
  const expectedPeriods = comparePeriods(start, to) <= 0 ? periodRange(start, to) : [];
  const have = new Set(values.map((v) => formatCanonical(v.period)));
  const missing = first ? expectedPeriods.filter((p) => !have.has(formatCanonical(p))) : expectedPeriods;

  const delays = values.filter((v) => inWindow(v.period)).map((v) => Math.max(0, Math.round((new Date(v.arrivedAt).getTime() - periodEnd(v.period).getTime()) / DAY_MS)));
  const medianDays = median(delays);
  const latestDays = delays.at(-1);

  const revisions = facts.revisions.filter((r) => inWindow(r.period)).sort((a, b) => b.at.localeCompare(a.at));

  const variation = analyseVariation(values.map((v) => ({ period: v.period, value: v.value })));
  const noise = describeVariation(variation, indicator).join(' ');

  let smallPeriods: Period[] = [];
  let rule = messages.smallRuleNone;
  if (facts.denominators) {
    rule = messages.smallRuleComputed(facts.denominatorLabel ?? 'nævner');
    smallPeriods = facts.denominators.filter((d) => inWindow(d.period) && isSmallDenominator(d.value)).map((d) => d.period);
  } else if (indicator.unit === 'antal') {
    rule = messages.smallRuleCount;
    smallPeriods = values.filter((v) => inWindow(v.period) && Math.abs(v.value) < SMALL_COUNT).map((v) => v.period);
  }

  const lastReview = [...facts.reviews].sort((a, b) => b.at.localeCompare(a.at))[0];
  const reviewCurrent = lastReview !== undefined && today.getTime() - new Date(lastReview.at).getTime() < REVIEW_VALID_DAYS * DAY_MS;

  const written = {
    definition: indicator.definition.trim() !== '',
    why: indicator.whyItMatters.trim() !== '',
    source: indicator.dataSource.trim() !== '',
    deliveredBy: indicator.deliveredBy.trim() !== '',
  };

  const issues: string[] = [];
  let score = 0;
  if (missing.length) {
    issues.push(messages.missing(missing.length, expectedPeriods.length, frequency));
    score += Math.min(missing.length, 3);
  }
  if (medianDays !== undefined && medianDays > LATE_DAYS) {
    issues.push(messages.late(Math.round(medianDays)));
    score += medianDays > 2 * LATE_DAYS ? 2 : 1;
  }
  if (revisions.length) {
    issues.push(messages.revised(revisions.length));
    score += revisions.length >= 3 ? 2 : 1;
  }
  if (smallPeriods.length) {
    issues.push(messages.small(smallPeriods.length, frequency));
    score += 1;
  }
  if (!written.source) {
    issues.push(messages.noSource);
    score += 1;
  }
  if (!written.deliveredBy) {
    issues.push(messages.noDeliverer);
    score += 1;
  }
  if (!reviewCurrent) {
    issues.push(messages.noReview);
    score += 1;
  }

  return {
    written,
    window: { from, to, ...(measuredSince && { measuredSince }) },
    completeness: { expected: expectedPeriods.length, present: expectedPeriods.length - missing.length, missing },
    timeliness: { ...(medianDays !== undefined && { medianDays }), ...(latestDays !== undefined && { latestDays }), counted: delays.length },
    revisions: { count: revisions.length, latest: revisions.slice(0, 5) },
    noise,
    smallNumbers: { applies: rule !== messages.smallRuleNone, periods: smallPeriods, rule },
    ...(lastReview && { lastReview }),
    reviewCurrent,
    issues,
    score,
  };
}

/** "Datagrundlag: 2 af 12 kvartaler mangler …; …" — the reason the agenda gives for its item. */
export function qualityReason(quality: Quality): string {
  return `Datagrundlag: ${capitalize(quality.issues.join('; '))}. Drøft, om der kan skabes et bedre datagrundlag.`;
}

/** For views: a period list in Danish, e.g. "2. kvt. 2025 og 4. kvt. 2025". */
export function periodList(periods: readonly Period[], max = 4): string {
  const shown = periods.slice(0, max).map(displayPeriod);
  const rest = periods.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} og ${rest} flere`;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} og ${shown.at(-1)}`;
}

