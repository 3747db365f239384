import type { ChartSize, ChartWidth } from './chart-types.js';

/**
 * Every series differs by stroke pattern and symbol as well as by colour, so the chart
 * survives black-and-white print, colour blindness and a washed-out projector.
 * Colours are dark enough for 3:1 contrast against white (WCAG 1.4.11); text colours for 4.5:1.
 */
export const STYLE = {
  text: '#1a1a1a',
  muted: '#595959',
  fontFamily: "'IBM Plex Sans', system-ui, -apple-system, 'Segoe UI', Arial, sans-serif",
  series: { stroke: '#004993', width: 3, symbol: 'circle', r: 4.5 },
  comment: { stroke: '#004993', width: 1.5, r: 9, label: '#00306b', connector: '#595959' },
  lastYear: { stroke: '#6f6f6f', width: 1.75, dash: '6 4' },
  rollingYear: { stroke: '#4a4a4a', width: 3.5, dash: '1 0' },
  goal: { stroke: '#0b6e4f', width: 2.5, dash: '9 5', deadlineDash: '2 4' },
  range: { fill: '#d9ead3', stroke: '#3d7a34', width: 1.25, dash: '1 3' },
  action: { stroke: '#7a3e9d', width: 1.75, dash: '7 3', symbol: 'triangle' },
  intervention: { stroke: '#a34700', width: 2, dash: '2 3', symbol: 'diamond' },
  before: { fill: '#e6ecf2', mean: '#3b4a5a' },
  after: { fill: '#fbeadc', mean: '#7a3500' },
} as const;

export interface ChartGeometry {
  width: number;
  height: number;
  fontSize: number;
  /** Above the plot before any label rows: room for the top value label. */
  marginTop: number;
  marginRight: number;
  marginBottom: number;
  /** At most this many value labels. */
  yTicks: number;
  /** Label rows above the plot for markers, comments and the goal; 0 draws symbols only. */
  laneRows: number;
  /** Characters a marker or comment label keeps before it is shortened with "…". */
  labelChars: number;
  xInset: number;
}

/**
 * Sizes in viewBox units. The svg is scaled to its container by CSS, so each size is chosen for the
 * width it is shown at: 'full'/'wide' for a page column or a projector (≈ 700–1000 px), 'full'/'narrow'
 * for a phone (≈ 330–640 px, switched by a container query in chart.css), 'small' for a dashboard card
 * (≈ 270–400 px). At those widths the text is never drawn smaller than 12 px.
 */
export const GEOMETRY: Record<`${ChartSize}-${ChartWidth}`, ChartGeometry> = {
  'full-wide': { width: 800, height: 370, fontSize: 15, marginTop: 14, marginRight: 28, marginBottom: 34, yTicks: 6, laneRows: 3, labelChars: 30, xInset: 14 },
  'full-narrow': { width: 360, height: 330, fontSize: 13, marginTop: 12, marginRight: 14, marginBottom: 30, yTicks: 5, laneRows: 2, labelChars: 18, xInset: 8 },
  'small-wide': { width: 300, height: 160, fontSize: 14, marginTop: 12, marginRight: 12, marginBottom: 26, yTicks: 4, laneRows: 0, labelChars: 0, xInset: 8 },
  'small-narrow': { width: 300, height: 160, fontSize: 14, marginTop: 12, marginRight: 12, marginBottom: 26, yTicks: 4, laneRows: 0, labelChars: 0, xInset: 8 },
};

export function geometryOf(size: ChartSize, width: ChartWidth): ChartGeometry {
  return GEOMETRY[`${size}-${width}`];
}
