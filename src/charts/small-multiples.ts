import * as Plot from '@observablehq/plot';
import { formatValue, type ValueFormat } from '../numbers/value-format.js';
import { comparePeriods, displayPeriod, formatCanonical, periodRange, type Period } from '../periods/period.js';
import type { ChartObservation } from './chart-types.js';
import { STYLE } from './chart-style.js';
import { escapeHtml } from './escape.js';
import { plotSvg } from './plot-dom.js';
import { endTicks, valueScale } from './ticks.js';

/**
 * Small multiples for comparing groups (issue 14): one small chart per group, all on the same time
 * axis and the same value scale, so a line that looks higher is higher. The viewer's own group is
 * marked by a thicker line, a frame and the words "Jeres gruppe" (never by colour alone). Like the
 * trend chart, the whole keeps a figure, a caption per panel and one table with every number.
 * Panels come in the order given (the organisation's tree), never ranked.
 */

export interface MultiplesPanel {
  /** Unique on the page; prefixes element ids. */
  id: string;
  title: string;
  observations: readonly ChartObservation[];
  /** One or two sentences under the panel's name: latest value, change, signal or noise. */
  caption: string;
  highlighted?: boolean;
  /** The organisation's total: drawn in the text colour, listed first in the table. */
  total?: boolean;
  /** A comparison line such as "Hele landet": drawn dotted with hollow squares. */
  reference?: boolean;
  /** Periods whose figure rests on a small number; marked in the table. */
  cautions?: ReadonlyMap<string, string>;
}

export interface SmallMultiplesInput {
  id: string;
  /** The indicator's name, the table's caption. */
  title: string;
  format: ValueFormat;
  /** What the whole figure shows, in one or two sentences. */
  caption: string;
  panels: readonly MultiplesPanel[];
}

export const messages = {
  own: 'Jeres gruppe',
  missing: 'Mangler',
  noValues: 'Ingen tal endnu',
  table: 'Vis tallene i en tabel',
  period: 'Periode',
  panelName: (title: string, caption: string) => `${title}: ${caption}`,
};

// The first comparison line's colour on the trend chart (reference-lines.ts), so "Hele landet" looks the same.
const REFERENCE_COLOUR = '#8c1d40';

// One panel's drawing; the viewBox is scaled to the panel's width by CSS.
const PANEL = { width: 360, height: 190, fontSize: 14, marginTop: 14, marginRight: 18, marginBottom: 28, yTicks: 4 } as const;

function cleanSvg(svg: SVGSVGElement, label: string): string {
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  for (const element of Array.from(svg.querySelectorAll('[style]'))) element.removeAttribute('style');
  for (const element of Array.from(svg.querySelectorAll('[aria-label]'))) element.removeAttribute('aria-label');
  svg.removeAttribute('style');
  svg.setAttribute('class', 'small-multiple__svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('font-family', STYLE.fontFamily);
  svg.setAttribute('font-size', String(PANEL.fontSize));
  svg.setAttribute('fill', STYLE.text);
  // linkedom leaves & unescaped in attributes: the root's attributes, which carry user text, are written here.
  const attributes = Array.from(svg.attributes, (a) => `${a.name}="${escapeHtml(a.value)}"`).join(' ');
  return `<svg ${attributes}>${svg.innerHTML}</svg>`;
}

function emptyPanelSvg(label: string): string {
  const { width, height } = PANEL;
  return (
    `<svg class="small-multiple__svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}" ` +
    `font-family="${escapeHtml(STYLE.fontFamily)}" font-size="${PANEL.fontSize}">` +
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="#f5f5f5" stroke="#bfbfbf" stroke-dasharray="4 3"/>` +
    `<text x="${width / 2}" y="${height / 2}" text-anchor="middle" dominant-baseline="middle" fill="${STYLE.text}">${messages.noValues}</text></svg>`
  );
}

function marginLeft(ticks: readonly number[], format: ValueFormat, decimals: number): number {
  const longest = Math.max(...ticks.map((t) => formatValue({ unit: format.unit, decimals }, t).length));
  return Math.ceil(longest * PANEL.fontSize * 0.58 + 12);
}

function panelSvg(panel: MultiplesPanel, periods: readonly Period[], scale: ReturnType<typeof valueScale>, format: ValueFormat): string {
  const label = messages.panelName(panel.title, panel.caption);
  if (panel.observations.length === 0) return emptyPanelSvg(label);
  const index = new Map(periods.map((p, i) => [formatCanonical(p), i]));
  const byPeriod = new Map(panel.observations.map((o) => [formatCanonical(o.period), o.value]));
  const first = Math.min(...panel.observations.map((o) => index.get(formatCanonical(o.period)) ?? 0));
  const last = Math.max(...panel.observations.map((o) => index.get(formatCanonical(o.period)) ?? 0));
  // Missing periods stay undefined, so the line breaks there instead of bridging the gap.
  const line = periods.slice(first, last + 1).map((p, i) => ({ x: first + i, value: byPeriod.get(formatCanonical(p)) }));
  const dots = line.filter((p): p is { x: number; value: number } => p.value !== undefined);
  const colour = panel.total ? STYLE.text : panel.reference ? REFERENCE_COLOUR : STYLE.series.stroke;
  const width = panel.highlighted ? 4 : 2.25;
  const left = marginLeft(scale.ticks, format, scale.decimals);
  const labels = periods.map(displayPeriod);
  const lastX = periods.length - 1;
  const svg = plotSvg({
    width: PANEL.width,
    height: PANEL.height,
    marginTop: PANEL.marginTop,
    marginRight: PANEL.marginRight,
    marginBottom: PANEL.marginBottom,
    marginLeft: left,
    x: { type: 'linear', domain: lastX > 0 ? [0, lastX] : [-1, 1], inset: 8 },
    y: { type: 'linear', domain: scale.domain },
    marks: [
      Plot.gridY(scale.ticks, { stroke: STYLE.text, strokeOpacity: 0.15 }),
      Plot.axisY(scale.ticks, { tickSize: 0, tickPadding: 6, label: null, tickFormat: (v: number) => formatValue({ unit: format.unit, decimals: scale.decimals }, v) }),
      ...periodAxis(periods, labels),
      Plot.lineY(line, { x: 'x', y: 'value', stroke: colour, strokeWidth: width, strokeDasharray: panel.total ? '7 3' : panel.reference ? '2 3' : undefined }),
      Plot.dot(dots, { x: 'x', y: 'value', r: panel.highlighted ? 4.5 : 3, fill: panel.reference ? 'white' : colour, stroke: panel.reference ? colour : 'white', strokeWidth: 1.25, symbol: panel.total || panel.reference ? 'square' : 'circle' }),
    ],
  });
  return cleanSvg(svg, label);
}

// The first label starts at its tick and the last ends at its tick, so "3. kvt. 2026" stays inside a narrow panel.
function periodAxis(periods: readonly Period[], labels: readonly string[]) {
  const options = { tickSize: 4, tickPadding: 3, label: null, tickFormat: (i: number) => labels[i] ?? '' };
  const ends = endTicks(periods);
  if (ends.length < 2) return [Plot.axisX(ends, options)];
  return [Plot.axisX([ends[0]!], { ...options, textAnchor: 'start' as const }), Plot.axisX([ends[1]!], { ...options, textAnchor: 'end' as const })];
}

function allPeriods(panels: readonly MultiplesPanel[]): Period[] {
  const periods = panels.flatMap((p) => p.observations.map((o) => o.period));
  if (periods.length === 0) return [];
  const sorted = [...periods].sort(comparePeriods);
  return periodRange(sorted[0]!, sorted.at(-1)!);
}

function tableHtml(input: SmallMultiplesInput, periods: readonly Period[]): string {
  const values = input.panels.map((panel) => new Map(panel.observations.map((o) => [formatCanonical(o.period), o.value])));
  const head = [`<th scope="col">${messages.period}</th>`, ...input.panels.map((p) => `<th scope="col" class="trend-chart__num">${escapeHtml(p.title)}${p.highlighted ? ` (${messages.own.toLowerCase()})` : ''}</th>`)];
  const rows = [...periods].reverse().map((period) => {
    const key = formatCanonical(period);
    const cells = input.panels.map((panel, i) => {
      const value = values[i]!.get(key);
      const caution = panel.cautions?.get(key);
      const text = value === undefined ? messages.missing : formatValue(input.format, value);
      return `<td class="trend-chart__num">${escapeHtml(text)}${caution ? `<br><span class="text-small">${escapeHtml(caution)}</span>` : ''}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(displayPeriod(period))}</th>${cells.join('')}</tr>`;
  });
  return (
    `<details class="trend-chart__details"><summary>${messages.table}</summary>` +
    `<div class="trend-chart__table-wrap"><table class="trend-chart__table" id="${escapeHtml(input.id)}-tabel">` +
    `<caption>${escapeHtml(input.title)}</caption><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div></details>`
  );
}

/** The small multiples as one figure: the panels in the given order, the caption, then the table. */
export function renderSmallMultiples(input: SmallMultiplesInput): string {
  const periods = allPeriods(input.panels);
  const values = input.panels.flatMap((p) => p.observations.map((o) => o.value)).filter(Number.isFinite);
  const scale = valueScale(values.length ? values : [0, 1], PANEL.yTicks);
  const panels = input.panels.map((panel) => {
    const classes = ['small-multiple', panel.highlighted ? 'small-multiple--own' : '', panel.total ? 'small-multiple--total' : '', panel.reference ? 'small-multiple--reference' : ''].filter(Boolean).join(' ');
    const own = panel.highlighted ? ` <span class="badge badge-info">${messages.own}</span>` : '';
    return (
      `<li class="${classes}" id="${escapeHtml(panel.id)}">` +
      `<p class="small-multiple__title"><strong>${escapeHtml(panel.title)}</strong>${own}</p>` +
      panelSvg(panel, periods, scale, input.format) +
      `<p class="small-multiple__caption">${escapeHtml(panel.caption)}</p></li>`
    );
  });
  return (
    `<figure class="small-multiples" id="${escapeHtml(input.id)}">` +
    `<ul class="small-multiples__grid no-max-width">${panels.join('')}</ul>` +
    `<figcaption class="trend-chart__caption">${escapeHtml(input.caption)}</figcaption>` +
    (periods.length ? tableHtml(input, periods) : '') +
    `</figure>`
  );
}
