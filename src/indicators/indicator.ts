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

export const STANDARD_UNITS = ['%', 'antal', 'dage', 'kr.', 'andel', 'point'] as const;

export const DIRECTION_LABELS: Record<Direction, string> = {
  up: 'Højere er bedre',
  down: 'Lavere er bedre',
  range: 'Skal holdes inden for grænser',
};

/** Values a unit can take at all; used to catch typing errors such as 77 for 7,7 % is fine but 770 % is not. */
export function possibleRange(unit: string): { min?: number; max?: number; label?: string } {
  switch (unit) {
    case '%':
      return { min: 0, max: 100, label: 'mellem 0 og 100 %' };
    case 'andel':
      return { min: 0, max: 1, label: 'mellem 0 og 1' };
    case 'antal':
    case 'dage':
      return { min: 0, label: 'ikke negativ' };
    default:
      return {};
  }
}
