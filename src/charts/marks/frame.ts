import type { ChartSpec } from '../chart-spec.js';
import type { ChartGeometry } from '../chart-style.js';
import type { ChartWidth } from '../chart-types.js';
import { escapeHtml } from '../escape.js';
import type { TrendSeries } from '../series.js';
import { SYMBOL_PATHS, type SymbolName } from '../symbols.js';
import type { ValueScale } from '../ticks.js';

/**
 * Everything a mark module needs to draw: the normalised chart, its series, scales and geometry.
 *
 * Plot draws the data (lines and dots, with their tooltips); everything around the data (grid, bands,
 * rules, symbols, labels) is plain SVG placed with the same scales. That keeps each chart to a handful
 * of Plot marks, which is most of what a chart costs to draw, and lets each label choose its own
 * anchor and style.
 */
export interface Frame {
  spec: ChartSpec;
  series: TrendSeries;
  scale: ValueScale;
  geometry: ChartGeometry;
  width: ChartWidth;
  small: boolean;
  marginLeft: number;
  /** Geometry's top margin plus the label rows in use. */
  marginTop: number;
  /** Height of one label row above the plot. */
  rowHeight: number;
  /** The plot area in px. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** px of an x position (periods since the first shown), as Plot places it. */
  xPx(x: number): number;
  /** px of a value, as Plot places it. */
  yPx(value: number): number;
}

export interface FrameBase {
  spec: ChartSpec;
  series: TrendSeries;
  scale: ValueScale;
  geometry: ChartGeometry;
  width: ChartWidth;
  marginLeft: number;
  marginTop: number;
}

/** What a mark module adds around Plot's marks: plain SVG behind the data and in front of it. */
export interface Layers {
  back: string;
  front: string;
}

/** The x domain Plot is given: a single period gets room on both sides instead of a zero-width axis. */
export function xDomain(series: TrendSeries): [number, number] {
  const lastX = series.periods.length - 1;
  return lastX > 0 ? [0, lastX] : [-1, 1];
}

export function makeFrame(base: FrameBase): Frame {
  const { geometry: g, marginLeft, marginTop, scale, series } = base;
  const [d0, d1] = xDomain(series);
  const x0 = marginLeft + g.xInset;
  const x1 = g.width - g.marginRight - g.xInset;
  const y0 = g.height - g.marginBottom;
  const y1 = marginTop;
  const [v0, v1] = scale.domain;
  return {
    ...base,
    small: base.spec.size === 'small',
    rowHeight: Math.round(g.fontSize * 1.4),
    left: marginLeft,
    right: g.width - g.marginRight,
    top: marginTop,
    bottom: y0,
    xPx: (x) => x0 + ((x - d0) / (d1 - d0)) * (x1 - x0),
    yPx: (v) => y0 + ((v - v0) / (v1 - v0)) * (y1 - y0),
  };
}

/** A number for an SVG attribute: one decimal is finer than any screen shows. */
export function px(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Text that stays readable where it crosses a line: a white halo drawn under the letters. */
export const HALO = 'stroke="white" stroke-width="4" stroke-linejoin="round" paint-order="stroke"';

/** A tooltip for the element it is the first child of; user text is escaped. */
export function title(text: string): string {
  return `<title>${escapeHtml(text)}</title>`;
}

/** A symbol at (x, y), `size` times its legend size, with an optional tooltip. */
export function symbol(name: SymbolName, x: number, y: number, attrs: string, size = 1, tooltip?: string): string {
  const scale = size === 1 ? '' : ` scale(${size})`;
  const path = `<path d="${SYMBOL_PATHS[name]}" transform="translate(${px(x)},${px(y)})${scale}" ${attrs}/>`;
  return tooltip ? `<g>${title(tooltip)}${path}</g>` : path;
}

/** A vertical line through the whole plot at x. */
export function verticalRule(f: Frame, x: number, attrs: string, tooltip?: string): string {
  const line = `<line x1="${px(x)}" x2="${px(x)}" y1="${px(f.top)}" y2="${px(f.bottom)}" ${attrs}/>`;
  return tooltip ? `<g>${title(tooltip)}${line}</g>` : line;
}
