import type { Period } from '../periods/period.js';
import type { Direction } from '../indicators/indicator.js';
import type { GoalStatus, SituationDecision, SituationGoal } from '../situations/situation.js';

export type { GoalStatus };

export interface ChartObservation {
  period: Period;
  value: number;
  /** A remark on the value ("Covid-19: ekstra fravær"): drawn as a comment, never as an intervention. */
  comment?: string | null;
}

export interface ChartGoal {
  baselinePeriod: Period;
  baselineValue: number;
  targetPeriod: Period;
  targetValue: number;
  status?: GoalStatus;
}

/**
 * 'action': a decision from a meeting with a period it should take effect from.
 * 'intervention': an action the group marked as an intervention whose effect it wants to measure; the
 * chart shades its before and after.
 */
export type MarkerKind = 'action' | 'intervention';

export interface ChartMarker {
  period: Period;
  label: string;
  kind: MarkerKind;
}

export type ChartSize = 'full' | 'small';

/** A comparison line such as "Hele landet" (issue 14; drawn by reference-lines.ts). */
export interface ChartReference {
  /** The series' name, e.g. "Hele landet". */
  label: string;
  observations: readonly ChartObservation[];
}

/** A full chart is drawn twice: for a wide container and for a phone-wide one. */
export type ChartWidth = 'wide' | 'narrow';

export interface TrendChartInput {
  /** Unique per page; prefixes element ids. */
  id: string;
  /** The indicator's name. */
  title: string;
  unit: string;
  decimals: number;
  direction: Direction;
  rangeMin?: number | null;
  rangeMax?: number | null;
  /** Any order; all of one frequency. */
  observations: ChartObservation[];
  /** The goal whose glide path is drawn; the chart then zooms to its span. */
  goal?: ChartGoal;
  markers?: ChartMarker[];
  size?: ChartSize;
  /** The latest period that has ended, so the caption can say its figure is missing. */
  expected?: Period;
  /** Every active goal of the indicator with its progress; defaults to the drawn goal. */
  goals?: SituationGoal[];
  /** The page's decision about the indicator, when it already made it from the same data. */
  decision?: SituationDecision;
  /** False when the page shows one legend for all its charts. */
  legend?: boolean;
  /** Comparison lines, e.g. "Hele landet" (issue 14; see reference-lines.ts). */
  references?: readonly ChartReference[];
  /** Sentences added at the end of the caption, e.g. a caution about a small denominator. */
  captionNotes?: readonly string[];
}
