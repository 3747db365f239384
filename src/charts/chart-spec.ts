import { comparePeriods, formatCanonical, periodsPerYear, type Period } from '../periods/period.js';
import type { ValueFormat } from '../numbers/value-format.js';
import { decideSituation, type SituationDecision, type SituationSubject } from '../situations/situation.js';
import { compareBeforeAfter, longTrend, type MeanComparison } from '../variation/compare-means.js';
import type { ChartGoal, ChartMarker, ChartObservation, ChartSize, TrendChartInput, ChartReference } from './chart-types.js';

/**
 * Every option of a chart normalised in one place: defaults filled in, the observations cleaned and
 * sorted, the time window chosen, and the judgements the chart shows (the situation decision, the long
 * trend, the before and after of an intervention) made once. Marks, caption, legend and table all read
 * this, never the raw input.
 */

export interface BeforeAfter {
  marker: ChartMarker;
  comparison: MeanComparison & { before: NonNullable<MeanComparison['before']>; after: NonNullable<MeanComparison['after']> };
  /** The shaded periods: the whole windows, not only the periods with values. */
  beforeFrom: Period;
  afterTo: Period;
}

export interface ChartSpec {
  id: string;
  title: string;
  format: ValueFormat;
  subject: SituationSubject;
  size: ChartSize;
  legend: boolean;
  /** Every observation, cleaned and in period order. */
  all: ChartObservation[];
  /** The periods the x axis shows, first and last. Undefined when there is nothing to place in time. */
  window?: [Period, Period];
  /** The observations inside the window. */
  observations: ChartObservation[];
  goal?: ChartGoal;
  /** Markers inside the window, in period order. */
  markers: ChartMarker[];
  decision: SituationDecision;
  /** A quarterly series with a yearly pattern: shown with its rolling year instead of last year's line. */
  seasonal: boolean;
  trend?: MeanComparison;
  beforeAfter?: BeforeAfter;
  /** Comparison lines and caption notes (issue 14), as given. */
  references: readonly ChartReference[];
  captionNotes: readonly string[];
}

/** How far a goal chart reaches back before the baseline: about two years. */
export const GOAL_LOOKBACK_YEARS = 2;

/** Sorted, without non-finite values, one observation per period (the last one given wins). */
export function cleanObservations(observations: readonly ChartObservation[]): ChartObservation[] {
  const byPeriod = new Map<string, ChartObservation>();
  for (const observation of observations) {
    if (Number.isFinite(observation.value)) byPeriod.set(formatCanonical(observation.period), observation);
  }
  return [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

function shift(period: Period, steps: number): Period {
  const perYear = periodsPerYear(period.frequency);
  const n = period.year * perYear + period.index - 1 + steps;
  return { frequency: period.frequency, year: Math.floor(n / perYear), index: (((n % perYear) + perYear) % perYear) + 1 };
}

const later = (a: Period, b: Period) => (comparePeriods(a, b) >= 0 ? a : b);
const earlier = (a: Period, b: Period) => (comparePeriods(a, b) <= 0 ? a : b);

/**
 * The x axis: the whole history, or with a goal about two years before its baseline through its
 * deadline (and on to the latest value, if the deadline has passed), so the goal and its path are not
 * squeezed against the right edge.
 */
function windowOf(observations: readonly ChartObservation[], goal: ChartGoal | undefined, markers: readonly ChartMarker[]): [Period, Period] | undefined {
  const first = observations[0]?.period;
  const last = observations.at(-1)?.period;
  if (goal) {
    const lookback = shift(goal.baselinePeriod, -GOAL_LOOKBACK_YEARS * periodsPerYear(goal.baselinePeriod.frequency));
    const from = first ? earlier(later(first, lookback), goal.baselinePeriod) : goal.baselinePeriod;
    const to = last ? later(last, goal.targetPeriod) : goal.targetPeriod;
    return [from, to];
  }
  const anchors = [...observations.map((o) => o.period), ...markers.map((m) => m.period)];
  if (anchors.length === 0) return undefined;
  return [anchors.reduce(earlier), anchors.reduce(later)];
}

function inside(window: [Period, Period] | undefined, period: Period): boolean {
  return window !== undefined && period.frequency === window[0].frequency && comparePeriods(period, window[0]) >= 0 && comparePeriods(period, window[1]) <= 0;
}

/** The latest intervention in view whose before and after both have values. */
function beforeAfterOf(all: readonly ChartObservation[], markers: readonly ChartMarker[], window: [Period, Period] | undefined): BeforeAfter | undefined {
  if (!window) return undefined;
  for (const marker of markers.filter((m) => m.kind === 'intervention').reverse()) {
    const comparison = compareBeforeAfter(all, marker.period);
    const { before, after } = comparison;
    if (!before || !after) continue;
    return {
      marker,
      comparison: { ...comparison, before, after },
      beforeFrom: later(shift(marker.period, -comparison.size), window[0]),
      afterTo: earlier(shift(marker.period, comparison.size - 1), window[1]),
    };
  }
  return undefined;
}

export function normaliseChart(input: TrendChartInput): ChartSpec {
  const all = cleanObservations(input.observations);
  const frequency = all[0]?.period.frequency ?? input.goal?.baselinePeriod.frequency;
  const ownFrequency = (p: Period) => frequency === undefined || p.frequency === frequency;
  const goal = input.goal && ownFrequency(input.goal.baselinePeriod) && ownFrequency(input.goal.targetPeriod) ? input.goal : undefined;
  const candidates = (input.markers ?? []).filter((m) => ownFrequency(m.period)).sort((a, b) => comparePeriods(a.period, b.period));
  const window = windowOf(all, goal, candidates);
  const markers = candidates.filter((m) => inside(window, m.period));
  const observations = all.filter((o) => inside(window, o.period));
  const subject: SituationSubject = {
    name: input.title,
    unit: input.unit,
    decimals: input.decimals,
    direction: input.direction,
    rangeMin: input.rangeMin ?? null,
    rangeMax: input.rangeMax ?? null,
  };
  const goals = input.goals ?? (goal?.status ? [{ title: 'målet', status: goal.status }] : []);
  const decision =
    input.decision ?? decideSituation({ indicator: subject, observations: all, goals, ...(input.expected && { expected: input.expected }) });
  const size = input.size ?? 'full';
  const trend = size === 'full' ? longTrend(observations) : undefined;
  const beforeAfter = beforeAfterOf(all, markers, window);
  return {
    id: input.id,
    title: input.title,
    format: { unit: input.unit, decimals: input.decimals },
    subject,
    size,
    legend: input.legend ?? true,
    all,
    ...(window && { window }),
    observations,
    ...(goal && { goal }),
    markers,
    decision,
    seasonal: decision.variation.seasonal !== undefined,
    ...(trend && { trend }),
    ...(beforeAfter && { beforeAfter }),
    references: input.references ?? [],
    captionNotes: input.captionNotes ?? [],
  };
}
