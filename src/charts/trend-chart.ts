import { captionText } from './caption.js';
import { normaliseChart, type ChartSpec } from './chart-spec.js';
import type { ChartWidth, TrendChartInput } from './chart-types.js';
import { geometryOf, STYLE } from './chart-style.js';
import { dataTableHtml } from './data-table.js';
import { escapeHtml } from './escape.js';
import { formatValue } from '../numbers/value-format.js';
import { packLabels } from './lanes.js';
import { legendItems, legendListHtml, type LegendItem } from './legend.js';
import { annotationSvg } from './marks/annotations.js';
import { periodAxisSvg, unitAboveAxis, valueAxisSvg } from './marks/axes.js';
import { beforeAfterBackSvg, beforeAfterLabels, beforeAfterSvg } from './marks/before-after.js';
import { makeFrame, xDomain, type FrameBase } from './marks/frame.js';
import { goalLabels, goalSvg } from './marks/goal.js';
import { markerLabels, markerSvg } from './marks/markers.js';
import { rangeSvg } from './marks/range.js';
import { referenceMarks } from './marks/reference.js';
import { comparisonLineMarks, comparisonLineValues } from './marks/comparison-lines.js';
import { commentRingsSvg, seriesMarks } from './marks/series.js';
import { plotSvg } from './plot-dom.js';
import { buildSeries, type TrendSeries } from './series.js';
import { cleanPlotSvg, makeStandalone, serializeSvg } from './svg-cleanup.js';
import { valueScale, type ValueScale } from './ticks.js';

export type { ChartGoal, ChartMarker, ChartObservation, TrendChartInput } from './chart-types.js';

/** The caption's id: the svg's description, and for pages e.g. aria-describedby on a download link. */
export function captionId(chartId: string): string {
  return `${chartId}-tekst`;
}

/** The id of the chart's short name ("Graf: Sygefravær"). */
export function nameId(chartId: string): string {
  return `${chartId}-navn`;
}

export const messages = {
  name: (title: string) => `Graf: ${title}`,
  empty: 'Der er ingen data endnu',
};

export interface SvgOptions {
  /** Adds the XML namespaces, a <title> and a <desc>, for a downloadable .svg file. */
  standalone?: boolean;
}

function yValues(spec: ChartSpec, series: TrendSeries): number[] {
  const values: number[] = [];
  for (const p of series.points) if (p.value !== undefined) values.push(p.value);
  for (const p of series.rollingYear) if (p.value !== undefined) values.push(p.value);
  if (spec.size !== 'small') for (const p of series.lastYear) if (p.value !== undefined) values.push(p.value);
  if (spec.goal) values.push(spec.goal.baselineValue, spec.goal.targetValue);
  values.push(...comparisonLineValues(spec, series));
  if (spec.subject.direction === 'range') {
    if (spec.subject.rangeMin != null) values.push(spec.subject.rangeMin);
    if (spec.subject.rangeMax != null) values.push(spec.subject.rangeMax);
  }
  return values.filter(Number.isFinite);
}

/** Room for the longest y label, so "1.250.000 kr." is never cut off. */
function marginLeft(scale: ValueScale, unit: string, fontSize: number): number {
  const shown = unitAboveAxis(unit) ? 'antal' : unit;
  const longest = Math.max(...scale.ticks.map((t) => formatValue({ unit: shown, decimals: scale.decimals }, t).length));
  return Math.ceil(longest * fontSize * 0.58 + 14);
}

function identityOf(spec: ChartSpec, width: ChartWidth, standalone: boolean) {
  const className = spec.size === 'full' ? `trend-chart__svg trend-chart__svg--${width}` : 'trend-chart__svg';
  return standalone ? { className } : { className, labelledBy: nameId(spec.id), describedBy: captionId(spec.id) };
}

function emptySvg(spec: ChartSpec, width: ChartWidth, caption: string, standalone: boolean): string {
  const g = geometryOf(spec.size, width);
  const identity = identityOf(spec, width, standalone);
  const namespace = standalone ? 'xmlns="http://www.w3.org/2000/svg" ' : '';
  const heading = standalone ? `<title>${escapeHtml(spec.title)}</title><desc>${escapeHtml(caption)}</desc>` : '';
  const aria = standalone ? '' : ` aria-labelledby="${escapeHtml(nameId(spec.id))}" aria-describedby="${escapeHtml(captionId(spec.id))}"`;
  return (
    `<svg ${namespace}class="${identity.className}" viewBox="0 0 ${g.width} ${g.height}" ` +
    `width="${g.width}" height="${g.height}" role="img"${aria} ` +
    `font-family="${escapeHtml(STYLE.fontFamily)}" font-size="${g.fontSize}">${heading}` +
    `<rect x="0.5" y="0.5" width="${g.width - 1}" height="${g.height - 1}" fill="#f5f5f5" stroke="#bfbfbf"/>` +
    `<text x="${g.width / 2}" y="${g.height / 2}" text-anchor="middle" dominant-baseline="middle" ` +
    `fill="${STYLE.text}">${messages.empty}</text></svg>`
  );
}

function svgFor(spec: ChartSpec, series: TrendSeries | undefined, width: ChartWidth, caption: string, options: SvgOptions): string {
  const standalone = options.standalone ?? false;
  if (!series) return emptySvg(spec, width, caption, standalone);
  const g = geometryOf(spec.size, width);
  const scale = valueScale(yValues(spec, series), g.yTicks);
  const base: FrameBase = { spec, series, scale, geometry: g, width, marginLeft: marginLeft(scale, spec.format.unit, g.fontSize), marginTop: g.marginTop };
  // Labels are placed first: the rows they need decide how far down the plot starts.
  const draft = makeFrame(base);
  const placed = packLabels([...goalLabels(draft), ...beforeAfterLabels(draft), ...markerLabels(draft)], {
    rows: g.laneRows,
    fontSize: g.fontSize,
    minX: 2,
    maxX: g.width - 2,
  });
  const rows = placed.reduce((most, label) => Math.max(most, label.row + 1), 0);
  // A long unit is written above the value axis and needs a line of its own there.
  const unitRoom = unitAboveAxis(spec.format.unit) ? g.fontSize + 6 : 0;
  const frame = makeFrame({ ...base, marginTop: g.marginTop + Math.max(rows * draft.rowHeight, unitRoom) });
  const goal = goalSvg(frame);
  const markers = markerSvg(frame);
  // Plot draws only the data; the rest is plain SVG on the same scales (see marks/frame.ts).
  const svg = plotSvg({
    width: g.width,
    height: g.height,
    marginTop: frame.marginTop,
    marginRight: g.marginRight,
    marginBottom: g.marginBottom,
    marginLeft: frame.marginLeft,
    x: { type: 'linear', domain: xDomain(series), inset: g.xInset, axis: null },
    y: { type: 'linear', domain: scale.domain, axis: null },
    marks: [...referenceMarks(frame), ...comparisonLineMarks(frame), ...seriesMarks(frame)],
  });
  cleanPlotSvg(svg, { ...identityOf(spec, width, standalone), geometry: g });
  if (standalone) makeStandalone(svg, spec.title, caption);
  // Back to front: bands and grid, reference lines and rules, the data, then symbols and labels on top.
  const back = rangeSvg(frame) + beforeAfterBackSvg(frame) + valueAxisSvg(frame) + goal.back + markers.back;
  const front = commentRingsSvg(frame) + goal.front + markers.front + periodAxisSvg(frame) + beforeAfterSvg(frame) + annotationSvg(frame, placed);
  return serializeSvg(svg, back, front);
}

/** Just the chart as an <svg> string (the wide variant), with all user text escaped (see serializeSvg). */
export function renderTrendSvg(input: TrendChartInput, options: SvgOptions = {}): string {
  const spec = normaliseChart(input);
  return svgFor(spec, buildSeries(spec), 'wide', captionText(spec), options);
}

/** What the chart's legend lists; a page with one legend for all its charts merges these. */
export function chartLegendItems(input: TrendChartInput): LegendItem[] {
  const spec = normaliseChart(input);
  const series = buildSeries(spec);
  return series ? legendItems(spec, series) : [];
}

/**
 * The chart with everything that makes it readable without seeing it: a short name and a caption
 * sentence the svg points to, a legend that does not rely on colour, and the numbers in a table.
 * A full chart carries two drawings, for a wide and for a phone-wide container; chart.css shows the
 * one that fits (a container query), so text is never scaled below legibility.
 */
export function renderTrendChart(input: TrendChartInput): string {
  const spec = normaliseChart(input);
  const series = buildSeries(spec);
  const caption = captionText(spec);
  const drawings = spec.size === 'full' ? [svgFor(spec, series, 'wide', caption, {}), svgFor(spec, series, 'narrow', caption, {})] : [svgFor(spec, series, 'wide', caption, {})];
  const parts = [
    `<figure class="trend-chart trend-chart--${spec.size}" id="${escapeHtml(spec.id)}">`,
    `<span id="${escapeHtml(nameId(spec.id))}" hidden>${escapeHtml(messages.name(spec.title))}</span>`,
    ...drawings,
    series && spec.legend ? legendListHtml(legendItems(spec, series)) : '',
    `<figcaption class="trend-chart__caption" id="${escapeHtml(captionId(spec.id))}">${escapeHtml(caption)}</figcaption>`,
    series ? dataTableHtml(spec, series) : '',
    '</figure>',
  ];
  return parts.join('');
}
