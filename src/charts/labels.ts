import { displayPeriod, type Period } from '../periods/period.js';
import type { ChartGoal, ChartMarker, MarkerKind } from './chart-types.js';
import { formatValue } from '../numbers/value-format.js';

/** The Danish texts the chart shows as labels and tooltips, shared by chart, legend and table. */

export const MARKER_NAMES: Record<MarkerKind, string> = {
  action: 'Handling fra ledermøde',
  intervention: 'Indsats',
};

interface Units {
  unit: string;
  decimals: number;
}

/** '3. kvt. 2022: 21 dage – Ny visitationsproces indført' */
export function pointTitle(point: { period: Period; value: number; comment?: string | null }, units: Units): string {
  const text = `${displayPeriod(point.period)}: ${formatValue(units, point.value)}`;
  return point.comment ? `${text} – ${point.comment}` : text;
}

/** 'Mål: 5,5 % i 4. kvt. 2026' */
export function goalLabel(goal: ChartGoal, units: Units): string {
  return `Mål: ${formatValue(units, goal.targetValue)} i ${displayPeriod(goal.targetPeriod)}`;
}

export function baselineLabel(goal: ChartGoal, units: Units): string {
  const value = formatValue(units, goal.baselineValue);
  return `Udgangspunkt: ${value} i ${displayPeriod(goal.baselinePeriod)}`;
}

export function markerTitle(marker: ChartMarker): string {
  return `${MARKER_NAMES[marker.kind]}: ${marker.label} (${displayPeriod(marker.period)})`;
}
