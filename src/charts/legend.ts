import type { ChartSpec } from './chart-spec.js';
import { STYLE } from './chart-style.js';
import { escapeHtml } from './escape.js';
import { formatLimits, formatValue } from '../numbers/value-format.js';
import { MARKER_NAMES } from './labels.js';
import { SYMBOL_PATHS, type SymbolName } from './symbols.js';
import type { TrendSeries } from './series.js';
import { referenceLegend } from './reference-lines.js';

interface Swatch {
  line?: { stroke: string; width: number; dash?: string; vertical?: boolean };
  symbol?: { path: SymbolName; fill: string; stroke: string };
  band?: { fill: string; stroke: string };
  ring?: string;
}

export type LegendKey = 'series' | 'lastYear' | 'rollingYear' | 'comment' | 'goal' | 'range' | 'action' | 'intervention' | 'before' | 'after' | 'reference';

export interface LegendItem {
  key: LegendKey;
  swatch: Swatch;
  label: string;
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
    parts.push(`<path d="${SYMBOL_PATHS[path]}" transform="translate(18,${y})" fill="${fill}" stroke="${stroke}" stroke-width="1.5"/>`);
  }
  if (swatch.ring) parts.push(`<circle cx="18" cy="10" r="7.5" fill="none" stroke="${swatch.ring}" stroke-width="1.5"/>`);
  const frame = 'class="trend-chart__swatch" width="36" height="20" viewBox="0 0 36 20"';
  return `<svg ${frame} aria-hidden="true" focusable="false">${parts.join('')}</svg>`;
}

function rangeLabel(spec: ChartSpec): string | undefined {
  const { subject, format } = spec;
  if (subject.direction !== 'range') return undefined;
  const { rangeMin: min, rangeMax: max } = subject;
  if (min != null && max != null) return `Grænser (${formatLimits(format, min, max)})`;
  if (min != null) return `Nedre grænse (${formatValue(format, min)})`;
  if (max != null) return `Øvre grænse (${formatValue(format, max)})`;
  return undefined;
}

/** What this chart actually shows, in drawing order. */
export function legendItems(spec: ChartSpec, series: TrendSeries): LegendItem[] {
  const items: LegendItem[] = [];
  const s = STYLE.series;
  const small = spec.size === 'small';
  items.push({ key: 'series', swatch: { line: { stroke: s.stroke, width: s.width }, symbol: filled('circle', s.stroke) }, label: 'Målt værdi' });
  if (series.rollingYear.some((p) => p.value !== undefined)) {
    const r = STYLE.rollingYear;
    items.push({ key: 'rollingYear', swatch: { line: { stroke: r.stroke, width: r.width } }, label: 'Løbende år (gennemsnit af de seneste fire kvartaler)' });
  } else if (!small && series.lastYear.some((p) => p.value !== undefined)) {
    const l = STYLE.lastYear;
    items.push({ key: 'lastYear', swatch: { line: { stroke: l.stroke, width: l.width, dash: l.dash } }, label: 'Samme periode sidste år' });
  }
  if (series.points.some((p) => p.value !== undefined && p.comment)) {
    items.push({ key: 'comment', swatch: { symbol: filled('circle', s.stroke), ring: STYLE.comment.stroke }, label: MARKER_NAMES.comment });
  }
  if (spec.goal) {
    const g = STYLE.goal;
    items.push({ key: 'goal', swatch: { line: { stroke: g.stroke, width: g.width, dash: g.dash }, symbol: filled('star', g.stroke) }, label: 'Vej mod målet' });
  }
  for (const { label, style } of referenceLegend(spec.references, series.periods)) {
    items.push({ key: 'reference', swatch: { line: { stroke: style.stroke, width: style.width, dash: style.dash }, symbol: { path: style.symbol, fill: 'white', stroke: style.stroke } }, label });
  }
  const range = rangeLabel(spec);
  if (range) items.push({ key: 'range', swatch: { band: { fill: STYLE.range.fill, stroke: STYLE.range.stroke } }, label: range });
  for (const kind of ['action', 'intervention'] as const) {
    if (!spec.markers.some((m) => m.kind === kind)) continue;
    const m = STYLE[kind];
    items.push({ key: kind, swatch: { line: { stroke: m.stroke, width: m.width, dash: m.dash, vertical: true }, symbol: filled(m.symbol, m.stroke) }, label: MARKER_NAMES[kind] });
  }
  if (spec.beforeAfter && !small) {
    items.push({ key: 'before', swatch: { band: { fill: STYLE.before.fill, stroke: STYLE.before.mean } }, label: 'Før indsatsen, med gennemsnit' });
    items.push({ key: 'after', swatch: { band: { fill: STYLE.after.fill, stroke: STYLE.after.mean } }, label: 'Efter indsatsen, med gennemsnit' });
  }
  return items;
}

/**
 * Plain HTML rather than Plot's legend: Plot's legend wraps the chart in a <figure> of its own
 * and its ramp legends need a canvas. The swatches repeat the chart's strokes and symbols,
 * so the legend works without colour too. Only what the chart actually shows is listed.
 */
export function legendListHtml(items: readonly LegendItem[], label = 'Signaturforklaring'): string {
  const list = items.map((item) => `<li>${swatchSvg(item.swatch)}<span>${escapeHtml(item.label)}</span></li>`).join('');
  return `<ul class="trend-chart__legend" aria-label="${escapeHtml(label)}">${list}</ul>`;
}

/** One legend for a page of charts (the dashboard): everything any of them shows, once. */
export function mergeLegendItems(lists: ReadonlyArray<readonly LegendItem[]>): LegendItem[] {
  const byKey = new Map<LegendKey, LegendItem>();
  for (const list of lists) for (const item of list) if (!byKey.has(item.key) || item.key === 'range') byKey.set(item.key, item);
  const order: LegendKey[] = ['series', 'rollingYear', 'lastYear', 'comment', 'goal', 'range', 'action', 'intervention', 'before', 'after'];
  return order.flatMap((key) => {
    const item = byKey.get(key);
    // Several range indicators have several limits; the page legend names the band, not one of them.
    return item ? [key === 'range' ? { ...item, label: 'Grænser' } : item] : [];
  });
}
