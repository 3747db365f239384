import type * as Plot from '@observablehq/plot';
import { referenceMarks, referenceValues } from '../reference-lines.js';
import type { ChartSpec } from '../chart-spec.js';
import type { TrendSeries } from '../series.js';
import type { Frame } from './frame.js';

/**
 * The chart's comparison lines (issue 14): "Hele landet" and the like, each with its own stroke
 * pattern and hollow symbol, drawn behind the group's own line (see reference-lines.ts, which also
 * gives their legend entries, table columns and caption sentence).
 */
export function comparisonLineMarks(f: Frame): Plot.Markish[] {
  return referenceMarks(f.spec.references, f.series.periods, f.series.xOf, f.spec.format, f.small);
}

/** The values the y scale must include so the comparison lines fit. */
export function comparisonLineValues(spec: ChartSpec, series: TrendSeries): number[] {
  return referenceValues(spec.references, series.periods);
}
