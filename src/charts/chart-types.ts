import type { Period } from '../periods/period.js';
import type { Direction } from '../indicators/indicator.js';

export interface ChartObservation {
  period: Period;
  value: number;
  comment?: string | null;
}

export type GoalStatus = 'på sporet' | 'bagud' | 'nået' | 'mangler data';

export interface ChartGoal {
  baselinePeriod: Period;
  baselineValue: number;
  targetPeriod: Period;
  targetValue: number;
  status?: GoalStatus;
}

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
  goal?: ChartGoal;
  markers?: ChartMarker[];
  size?: ChartSize;
  /** Comparison lines, e.g. "Hele landet" (issue 14; see reference-lines.ts). */
  references?: readonly ChartReference[];
  /** Sentences added at the end of the caption, e.g. a caution about a small denominator. */
  captionNotes?: readonly string[];
}
