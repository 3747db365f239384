import type { TrendChartInput } from './chart-types.js';
import { STYLE } from './chart-style.js';
import { escapeHtml } from './escape.js';
import { formatLimits, formatValue } from '../numbers/value-format.js';
import { MARKER_NAMES } from './labels.js';
import type { TrendSeries } from './series.js';
import { referenceLegend } from './reference-lines.js';

// Hand-drawn counterparts of Plot's symbols at legend size, centred on (0,0).
const SYMBOL_PATHS = {
  circle: 'M4.5,0A4.5,4.5,0,1,1,-4.5,0A4.5,4.5,0,1,1,4.5,0Z',
  square: 'M-4,-4H4V4H-4Z',
  triangle: 'M0,-7L6,3.5L-6,3.5Z',
  diamond: 'M0,-7L4.2,0L0,7L-4.2,0Z',
  star: 'M0,-8L2,-2.6L7.6,-2.5L3.1,1L4.7,6.5L0,3.2L-4.7,6.5L-3.1,1L-7.6,-2.5L-2,-2.6Z',
} as const;

type SymbolName = keyof typeof SYMBOL_PATHS;

interface Swatch {
  line?: { stroke: string; width: number; dash?: string; vertical?: boolean };
  symbol?: { path: SymbolName; fill: string; stroke: string };
  band?: { fill: string; stroke: string };
  ring?: string;
}

function filled(path: SymbolName, colour: string): Swatch['symbol'] {
  return { path, fill: colour, stroke: 'white' };
}

function swatchSvg(swatch: Swatch): string {
  const parts: string[] = [];
  if (swatch.band) {
    const { fill, stroke } = swatch.band;
    parts.push(`<rect x="1" y="4" width="34" height="12" fill="${fill}" stroke="${stroke}" stroke-width="1"/>`);
  }
  if (swatch.line) {
    const { stroke, width, dash, vertical } = swatch.line;
    // A vertical line is drawn upwards so its dash pattern starts below the symbol, where it shows.
    const coords = vertical ? 'x1="18" y1="20" x2="18" y2="6"' : 'x1="1" y1="10" x2="35" y2="10"';
    const dashAttr = dash ? ` stroke-dasharray="${dash}"` : '';
    // Never thinner than 2: at legend size a hairline dash pattern is unreadable.
    parts.push(`<line ${coords} stroke="${stroke}" stroke-width="${Math.max(width, 2)}"${dashAttr}/>`);
  }
  if (swatch.symbol) {
    const { path, fill, stroke } = swatch.symbol;
    // Marker symbols sit on top of their rule in the chart, and so they do here.
    const y = swatch.line?.vertical ? 6 : 10;
    const at = `transform="translate(18,${y})"`;
    parts.push(`<path d="${SYMBOL_PATHS[path]}" ${at} fill="${fill}" stroke="${stroke}" stroke-width="1.5"/>`);
  }
  if (swatch.ring) {
    parts.push(`<circle cx="18" cy="10" r="7.5" fill="none" stroke="${swatch.ring}" stroke-width="1.5"/>`);
  }
  const frame = 'class="trend-chart__swatch" width="36" height="20" viewBox="0 0 36 20"';
  return `<svg ${frame} aria-hidden="true" focusable="false">${parts.join('')}</svg>`;
}

function rangeLabel(input: TrendChartInput): string | undefined {
  if (input.direction !== 'range') return undefined;
  const { rangeMin: min, rangeMax: max, decimals, unit } = input;
  if (min != null && max != null) return `Grænser (${formatLimits({ unit, decimals }, min, max)})`;
  if (min != null) return `Nedre grænse (${formatValue({ unit, decimals }, min)})`;
  if (max != null) return `Øvre grænse (${formatValue({ unit, decimals }, max)})`;
  return undefined;
}

function legendItems(input: TrendChartInput, series: TrendSeries): [Swatch, string][] {
  const items: [Swatch, string][] = [];
  const s = STYLE.series;
  items.push([{ line: { stroke: s.stroke, width: s.width }, symbol: filled('circle', s.stroke) }, 'Målt værdi']);
  if (input.size !== 'small' && series.lastYear.some((p) => p.value !== undefined)) {
    const l = STYLE.lastYear;
    items.push([{ line: { stroke: l.stroke, width: l.width, dash: l.dash } }, 'Samme periode sidste år']);
  }
  if (series.points.some((p) => p.value !== undefined && p.comment)) {
    items.push([{ symbol: filled('circle', s.stroke), ring: s.stroke }, 'Punkt med kommentar']);
  }
  if (input.goal) {
    const g = STYLE.goal;
    const line = { stroke: g.stroke, width: g.width, dash: g.dash };
    items.push([{ line, symbol: filled('star', g.stroke) }, 'Vej mod målet']);
  }
  for (const { label, style } of referenceLegend(input.references, series.periods)) {
    items.push([{ line: { stroke: style.stroke, width: style.width, dash: style.dash }, symbol: { path: style.symbol, fill: 'white', stroke: style.stroke } }, label]);
  }
  const range = rangeLabel(input);
  if (range) items.push([{ band: { fill: STYLE.range.fill, stroke: STYLE.range.stroke } }, range]);
  for (const kind of ['action', 'intervention'] as const) {
    if (!(input.markers ?? []).some((m) => m.kind === kind)) continue;
    const m = STYLE[kind];
    const line = { stroke: m.stroke, width: m.width, dash: m.dash, vertical: true };
    items.push([{ line, symbol: filled(m.symbol, m.stroke) }, MARKER_NAMES[kind]]);
  }
  return items;
}

/**
 * Plain HTML rather than Plot's legend: Plot's legend wraps the chart in a <figure> of its own
 * and its ramp legends need a canvas. The swatches repeat the chart's strokes and symbols,
 * so the legend works without colour too. Only what the chart actually shows is listed.
 */
export function legendHtml(input: TrendChartInput, series: TrendSeries): string {
  const list = legendItems(input, series)
    .map(([swatch, label]) => `<li>${swatchSvg(swatch)}<span>${escapeHtml(label)}</span></li>`)
    .join('');
  return `<ul class="trend-chart__legend" aria-label="Signaturforklaring">${list}</ul>`;
}
