import * as Plot from '@observablehq/plot';
import { STYLE } from '../chart-style.js';
import { pointTitle } from '../labels.js';
import type { SeriesPoint } from '../series.js';
import { px, type Frame } from './frame.js';

function observed(points: readonly SeriesPoint[]): (SeriesPoint & { value: number })[] {
  return points.filter((p): p is SeriesPoint & { value: number } => p.value !== undefined);
}

/** The measured values, drawn by Plot: a line that breaks at missing periods and a dot per value with its tooltip. */
export function seriesMarks(f: Frame): Plot.Markish[] {
  const { series, spec } = f;
  const points = observed(series.points).map((p) => ({ ...p, title: pointTitle(p, spec.format) }));
  const style = STYLE.series;
  return [
    // Missing periods carry an undefined value, which makes Plot break the line there.
    Plot.lineY(series.points, { x: 'x', y: 'value', stroke: style.stroke, strokeWidth: f.small ? 2.5 : style.width }),
    Plot.dot(points, { x: 'x', y: 'value', r: f.small ? 3.5 : style.r, fill: style.stroke, stroke: 'white', strokeWidth: 1.5, title: 'title' }),
  ];
}

/** A ring around each value that has a comment; the comment's text is its label above the plot. */
export function commentRingsSvg(f: Frame): string {
  const c = STYLE.comment;
  return f.series.points
    .filter((p) => p.comment && p.value !== undefined)
    .map((p) => `<circle cx="${px(f.xPx(p.x))}" cy="${px(f.yPx(p.value as number))}" r="${c.r}" fill="none" stroke="${c.stroke}" stroke-width="${c.width}"/>`)
    .join('');
}
