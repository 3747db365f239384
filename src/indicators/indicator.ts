import type { Frequency } from '../periods/period.js';

export type Direction = 'up' | 'down' | 'range';

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

export type IndicatorInput = Omit<Indicator, 'id' | 'groupId' | 'archived'>;

// Unit knowledge lives in the ground layer so charts, goals and variation can use it without indicators.
export { possibleRange, STANDARD_UNITS, unitSuffix } from '../numbers/units.js';

export const DIRECTION_LABELS: Record<Direction, string> = {
  up: 'Højere er bedre',
  down: 'Lavere er bedre',
  range: 'Skal holdes inden for grænser',
};
