import * as Plot from '@observablehq/plot';
import { formatValue } from '../numbers/value-format.js';
import { comparePeriods, displayPeriod, formatCanonical, type Period } from '../periods/period.js';
import type { ChartReference } from './chart-types.js';

export type { ChartReference };

/**
 * Reference series on a trend chart (issue 14): "Hele landet", "Region Syddanmark" and the like, drawn
 * as comparison lines with their own stroke pattern, hollow symbol and colour, so they are told apart
 * from the group's own line in black and white too. Everything a reference adds to a chart is here —
 * its marks, its legend entry, its table column and its sentence in the caption — and the trend chart
 * only calls these hooks.
 */

export interface ReferenceStyle {
  stroke: string;
  width: number;
  dash: string;
  /** A symbol the legend can draw as well (see legend.ts). */
  symbol: 'square' | 'triangle' | 'diamond';
}

// Dark enough for 3:1 against white (WCAG 1.4.11), and unlike the series, goal, markers and last year.
export const REFERENCE_STYLES: readonly ReferenceStyle[] = [
  { stroke: '#8c1d40', width: 2.25, dash: '2 3', symbol: 'square' },
  { stroke: '#5b4a00', width: 2.25, dash: '10 3 2 3', symbol: 'triangle' },
  { stroke: '#3f3f3f', width: 2, dash: '12 5', symbol: 'diamond' },
];

export const MAX_REFERENCES = REFERENCE_STYLES.length;

export const messages = {
  compared: (parts: string) => `Til sammenligning: ${parts}.`,
  part: (label: string, value: string, period: string) => `${label} ${value} i ${period}`,
  missing: '–',
};

export function referenceStyle(index: number): ReferenceStyle {
  return REFERENCE_STYLES[index % REFERENCE_STYLES.length]!;
}

/** The references as drawn: at most three, each only within the chart's own periods. */
function shown(references: readonly ChartReference[] | undefined, periods: readonly Period[]): ChartReference[] {
  if (!references?.length || periods.length === 0) return [];
  const first = periods[0]!;
  const last = periods[periods.length - 1]!;
  return references.slice(0, MAX_REFERENCES).map((r) => ({
    label: r.label,
    observations: r.observations
      .filter((o) => Number.isFinite(o.value) && o.period.frequency === first.frequency && comparePeriods(o.period, first) >= 0 && comparePeriods(o.period, last) <= 0)
      .sort((a, b) => comparePeriods(a.period, b.period)),
  }));
}

/** Values the y scale must show. */
export function referenceValues(references: readonly ChartReference[] | undefined, periods: readonly Period[]): number[] {
  return shown(references, periods).flatMap((r) => r.observations.map((o) => o.value));
}

/** Plot marks for the references, drawn behind the group's own line. */
export function referenceMarks(
  references: readonly ChartReference[] | undefined,
  periods: readonly Period[],
  xOf: (period: Period) => number,
  format: { unit: string; decimals: number },
  small: boolean,
): Plot.Markish[] {
  return shown(references, periods).flatMap((reference, index) => {
    const style = referenceStyle(index);
    const byPeriod = new Map(reference.observations.map((o) => [formatCanonical(o.period), o.value]));
    const first = reference.observations[0];
    const last = reference.observations.at(-1);
    if (!first || !last) return [];
    // Every period from its first to its last value; a missing one breaks the line.
    const line = periods
      .filter((p) => comparePeriods(p, first.period) >= 0 && comparePeriods(p, last.period) <= 0)
      .map((p) => ({ x: xOf(p), value: byPeriod.get(formatCanonical(p)) }));
    const dots = reference.observations.map((o) => ({
      x: xOf(o.period),
      value: o.value,
      title: `${reference.label}, ${displayPeriod(o.period)}: ${formatValue(format, o.value)}`,
    }));
    return [
      Plot.lineY(line, { x: 'x', y: 'value', stroke: style.stroke, strokeWidth: small ? 1.75 : style.width, strokeDasharray: style.dash }),
      small ? null : Plot.dot(dots, { x: 'x', y: 'value', symbol: style.symbol, r: 3.5, fill: 'white', stroke: style.stroke, strokeWidth: 1.5, title: 'title' }),
    ];
  });
}

export interface ReferenceLegendEntry {
  label: string;
  style: ReferenceStyle;
}

export function referenceLegend(references: readonly ChartReference[] | undefined, periods: readonly Period[]): ReferenceLegendEntry[] {
  return shown(references, periods)
    .map((r, index) => ({ label: r.label, style: referenceStyle(index), any: r.observations.length > 0 }))
    .filter((r) => r.any)
    .map(({ label, style }) => ({ label, style }));
}

/** One table column per reference: its header and its cell for a period. */
export function referenceColumns(references: readonly ChartReference[] | undefined, periods: readonly Period[], format: { unit: string; decimals: number }) {
  const list = shown(references, periods).filter((r) => r.observations.length > 0);
  const maps = list.map((r) => new Map(r.observations.map((o) => [formatCanonical(o.period), o.value])));
  return {
    heads: list.map((r) => r.label),
    cells: (period: Period) =>
      maps.map((m) => {
        const value = m.get(formatCanonical(period));
        return value === undefined ? messages.missing : formatValue(format, value);
      }),
  };
}

/** "Til sammenligning: Hele landet 4,9 % i 3. kvt. 2026." — each reference's latest figure in view. */
export function referenceCaption(references: readonly ChartReference[] | undefined, periods: readonly Period[], format: { unit: string; decimals: number }): string | undefined {
  const parts = shown(references, periods).flatMap((r) => {
    const latest = r.observations.at(-1);
    return latest ? [messages.part(r.label, formatValue(format, latest.value), displayPeriod(latest.period))] : [];
  });
  return parts.length ? messages.compared(parts.join(', ')) : undefined;
}
