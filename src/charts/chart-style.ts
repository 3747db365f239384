import type { ChartSize } from './chart-types.js';

/**
 * Every series differs by stroke pattern and symbol as well as by colour, so the chart
 * survives black-and-white print, colour blindness and a washed-out projector.
 * Colours are dark enough for 3:1 contrast against white (WCAG 1.4.11).
 */
export const STYLE = {
  text: '#1a1a1a',
  fontFamily: "'IBM Plex Sans', system-ui, -apple-system, 'Segoe UI', Arial, sans-serif",
  series: { stroke: '#004993', width: 3, symbol: 'circle', r: 4.5 },
  commentRing: { stroke: '#004993', width: 1.5, r: 9 },
  lastYear: { stroke: '#6f6f6f', width: 1.75, dash: '6 4' },
  goal: { stroke: '#0b6e4f', width: 2.5, dash: '9 5', deadlineDash: '2 4' },
  range: { fill: '#d9ead3', stroke: '#3d7a34', width: 1.25, dash: '1 3' },
  action: { stroke: '#7a3e9d', width: 1.75, dash: '7 3', symbol: 'triangle' },
  intervention: { stroke: '#a34700', width: 1.75, dash: '2 3', symbol: 'diamond' },
} as const;

export interface ChartGeometry {
  width: number;
  height: number;
  fontSize: number;
  marginTop: number;
  marginRight: number;
  marginBottom: number;
  /** At most this many value labels. */
  yTicks: number;
}

// The viewBox is scaled to the container by CSS; these sizes are chosen so that at the
// usual rendered width the text stays at or above body size.
export const GEOMETRY: Record<ChartSize, ChartGeometry> = {
  full: { width: 800, height: 380, fontSize: 15, marginTop: 36, marginRight: 36, marginBottom: 36, yTicks: 6 },
  small: { width: 360, height: 170, fontSize: 14, marginTop: 24, marginRight: 30, marginBottom: 28, yTicks: 4 },
};
