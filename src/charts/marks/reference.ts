import * as Plot from '@observablehq/plot';
import { STYLE } from '../chart-style.js';
import type { Frame } from './frame.js';

/**
 * The line to compare with: for a seasonal series its rolling year ("løbende år", the mean of the latest
 * four quarters), which shows the level without the seasons' zigzag; otherwise the same period a year
 * earlier (full size only). Never both: last year's line of a seasonal series only doubles the zigzag.
 */
export function referenceMarks(f: Frame): Plot.Markish[] {
  const { series } = f;
  if (series.rollingYear.some((p) => p.value !== undefined)) {
    const s = STYLE.rollingYear;
    return [Plot.lineY(series.rollingYear, { x: 'x', y: 'value', stroke: s.stroke, strokeWidth: f.small ? 2.5 : s.width, strokeLinecap: 'round' })];
  }
  if (!f.small && series.lastYear.some((p) => p.value !== undefined)) {
    const s = STYLE.lastYear;
    return [Plot.lineY(series.lastYear, { x: 'x', y: 'value', stroke: s.stroke, strokeWidth: s.width, strokeDasharray: s.dash })];
  }
  return [];
}
