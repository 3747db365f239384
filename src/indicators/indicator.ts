import type { Frequency } from '../periods/period.js';

export type Direction = 'up' | 'down' | 'range';

/** A series that belongs to another indicator: a comparison line, or one of a computed indicator's two parts. */
export type SeriesKind = 'reference' | 'numerator' | 'denominator';

/** How a shared indicator's figures add up across the groups below: summed (counts) or not at all. */
export type TotalRule = 'sum' | 'none';

/**
 * The organisation's links of an indicator (issue 14), filled in by the queries; optional so a plain
 * indicator can be written without them.
 */
export interface IndicatorLinks {
  /** Set on a series row: the indicator it belongs to. Such rows are left out of the group's lists. */
  seriesOf?: number | null;
  seriesKind?: SeriesKind | null;
  /** The series' own name, e.g. "Hele landet" or "Fraværsdage". */
  seriesLabel?: string | null;
  /** Set on a computed indicator: its value is numerator / denominator × factor. */
  factor?: number | null;
  /** Set when the group shares the definition with the groups below it. */
  sharedAt?: string | null;
  totalRule?: TotalRule | null;
  /** Set on an adopted indicator: the shared indicator it follows. */
  adoptedFrom?: number | null;
  /** When the shared definition last changed. */
  definitionChangedAt?: string | null;
}

export interface Indicator {
  id: number;
  groupId: number;
  code: string | null;
  name: string;
  definition: string;
  whyItMatters: string;
  unit: string;
  decimals: number;
  direction: Direction;
  rangeMin: number | null;
  rangeMax: number | null;
  frequency: Frequency;
  dataSource: string;
  deliveredBy: string;
  archived: boolean;
}

export interface Indicator extends IndicatorLinks {}

export type IndicatorInput = Omit<Indicator, 'id' | 'groupId' | 'archived' | keyof IndicatorLinks>;

/** A computed indicator's value is numerator / denominator × factor, never entered or imported itself. */
export function isComputed(indicator: Pick<IndicatorLinks, 'factor'>): boolean {
  return indicator.factor !== null && indicator.factor !== undefined;
}

// Unit knowledge lives in the ground layer so charts, goals and variation can use it without indicators.
export { possibleRange, STANDARD_UNITS, unitSuffix } from '../numbers/units.js';

export const DIRECTION_LABELS: Record<Direction, string> = {
  up: 'Højere er bedre',
  down: 'Lavere er bedre',
  range: 'Skal holdes inden for grænser',
};

/**
 * A definition this group shares with the groups below and does not measure itself: its figures are
 * the groups' below (see the comparison), so having none of its own is not missing data.
 */
export function isDeliveredBelow(indicator: Pick<Indicator, 'sharedAt' | 'adoptedFrom'>, ownValues: number): boolean {
  return Boolean(indicator.sharedAt) && !indicator.adoptedFrom && ownValues === 0;
}
