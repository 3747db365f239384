import { displayPeriod, type Period } from '../periods/period.js';
import type { ChartGoal, ChartMarker, MarkerKind } from './chart-types.js';
import { formatValue, type ValueFormat } from '../numbers/value-format.js';

/**
 * The Danish texts the chart shows as labels and tooltips, shared by chart, legend and table.
 *
 * Periods are written one way everywhere, in the axis too: "1. kvt. 2026", "januar 2026", "2026"
 * (displayPeriod). The axis shows fewer labels rather than a shorter form, so what a reader sees under
 * the chart is word for word what the caption, the table and a screen reader say.
 */

export const MARKER_NAMES: Record<MarkerKind | 'comment', string> = {
  action: 'Handling fra ledermøde',
  intervention: 'Indsats',
  comment: 'Kommentar til et tal',
};


/** '3. kvt. 2022: 21 dage – Ny visitationsproces indført' */
export function pointTitle(point: { period: Period; value: number; comment?: string | null }, units: ValueFormat): string {
  const text = `${displayPeriod(point.period)}: ${formatValue(units, point.value)}`;
  return point.comment ? `${text} – ${point.comment}` : text;
}

/** 'Mål: 5,5 % i 4. kvt. 2026' */
export function goalLabel(goal: ChartGoal, units: ValueFormat): string {
  return `Mål: ${formatValue(units, goal.targetValue)} i ${displayPeriod(goal.targetPeriod)}`;
}

export function baselineLabel(goal: ChartGoal, units: ValueFormat): string {
  return `Udgangspunkt: ${formatValue(units, goal.baselineValue)} i ${displayPeriod(goal.baselinePeriod)}`;
}

export function markerTitle(marker: ChartMarker): string {
  return `${MARKER_NAMES[marker.kind]}: ${marker.label} (fra ${displayPeriod(marker.period)})`;
}
