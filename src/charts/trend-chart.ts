import { captionSentence } from './caption.js';
import type { TrendChartInput } from './chart-types.js';
import { GEOMETRY, STYLE } from './chart-style.js';
import { dataTableHtml } from './data-table.js';
import { escapeHtml } from './escape.js';
import { formatValue } from '../numbers/value-format.js';
import { legendHtml } from './legend.js';
import { plotSvg } from './plot-dom.js';
import { buildSeries, type TrendSeries } from './series.js';
import { cleanPlotSvg, makeStandalone, serializeSvg } from './svg-cleanup.js';
import { valueScale, type ValueScale } from './ticks.js';
import { trendMarks } from './trend-marks.js';
import { referenceValues } from './reference-lines.js';

export type { ChartGoal, ChartMarker, ChartObservation, TrendChartInput } from './chart-types.js';

/** For pages that refer to the chart's sentence, e.g. with aria-describedby on a download link. */
export function captionId(chartId: string): string {
  return `${chartId}-tekst`;
}

export interface SvgOptions {
  /** Adds the XML namespaces, a <title> and a <desc>, for a downloadable .svg file. */
  standalone?: boolean;
}

function yValues(input: TrendChartInput, series: TrendSeries): number[] {
  const values: number[] = [];
  for (const p of series.points) if (p.value !== undefined) values.push(p.value);
  if (input.size !== 'small') for (const p of series.lastYear) if (p.value !== undefined) values.push(p.value);
  if (input.goal) values.push(input.goal.baselineValue, input.goal.targetValue);
  values.push(...referenceValues(input.references, series.periods));
  if (input.direction === 'range') {
    if (input.rangeMin != null) values.push(input.rangeMin);
    if (input.rangeMax != null) values.push(input.rangeMax);
  }
  return values.filter(Number.isFinite);
}

/** Room for the longest y label, so "1.250.000 kr." is never cut off. */
function marginLeft(scale: ValueScale, unit: string, fontSize: number): number {
  const longest = Math.max(...scale.ticks.map((t) => formatValue({ unit, decimals: scale.decimals }, t).length));
  return Math.ceil(longest * fontSize * 0.58 + 14);
}

function accessibleName(input: TrendChartInput, caption: string): string {
  // The caption names the indicator only when there is data to describe.
  return caption.startsWith(input.title) ? caption : `${input.title}: ${caption}`;
}

function emptySvg(input: TrendChartInput, label: string, caption: string, standalone: boolean): string {
  const g = GEOMETRY[input.size ?? 'full'];
  const namespace = standalone ? 'xmlns="http://www.w3.org/2000/svg" ' : '';
  const heading = standalone ? `<title>${escapeHtml(input.title)}</title><desc>${escapeHtml(caption)}</desc>` : '';
  return (
    `<svg ${namespace}class="trend-chart__svg" viewBox="0 0 ${g.width} ${g.height}" ` +
    `width="${g.width}" height="${g.height}" role="img" aria-label="${escapeHtml(label)}" ` +
    `font-family="${escapeHtml(STYLE.fontFamily)}" font-size="${g.fontSize}">${heading}` +
    `<rect x="0.5" y="0.5" width="${g.width - 1}" height="${g.height - 1}" fill="#f5f5f5" stroke="#bfbfbf"/>` +
    `<text x="${g.width / 2}" y="${g.height / 2}" text-anchor="middle" dominant-baseline="middle" ` +
    `fill="${STYLE.text}">Der er ingen data endnu</text></svg>`
  );
}

function svgFor(input: TrendChartInput, series: TrendSeries | undefined, caption: string, options: SvgOptions): string {
  const label = accessibleName(input, caption);
  if (!series) return emptySvg(input, label, caption, options.standalone ?? false);
  const geometry = GEOMETRY[input.size ?? 'full'];
  const scale = valueScale(yValues(input, series), geometry.yTicks);
  const lastX = series.periods.length - 1;
  const left = marginLeft(scale, input.unit, geometry.fontSize);
  const svg = plotSvg({
    width: geometry.width,
    height: geometry.height,
    marginTop: geometry.marginTop,
    marginRight: geometry.marginRight,
    marginBottom: geometry.marginBottom,
    marginLeft: left,
    // A single period gets room on both sides instead of a zero-width axis.
    x: { type: 'linear', domain: lastX > 0 ? [0, lastX] : [-1, 1], inset: input.size === 'small' ? 8 : 14 },
    y: { type: 'linear', domain: scale.domain },
    marks: trendMarks(input, series, scale, { geometry, plotWidth: geometry.width - left - geometry.marginRight }),
  });
  cleanPlotSvg(svg, { ariaLabel: label, className: 'trend-chart__svg', geometry });
  if (options.standalone) makeStandalone(svg, input.title, caption);
  return serializeSvg(svg);
}

/** Just the chart as an <svg> string, with all user text escaped (see serializeSvg). */
export function renderTrendSvg(input: TrendChartInput, options: SvgOptions = {}): string {
  return svgFor(input, buildSeries(input), captionSentence(input), options);
}

/**
 * The chart with everything that makes it readable without seeing it: a caption sentence,
 * a legend that does not rely on colour, and (full size) the numbers in a table.
 */
export function renderTrendChart(input: TrendChartInput): string {
  const size = input.size ?? 'full';
  const series = buildSeries(input);
  const caption = captionSentence(input);
  const parts = [
    `<figure class="trend-chart trend-chart--${size}" id="${escapeHtml(input.id)}">`,
    svgFor(input, series, caption, {}),
    series ? legendHtml(input, series) : '',
    `<figcaption class="trend-chart__caption" id="${escapeHtml(captionId(input.id))}">${escapeHtml(caption)}</figcaption>`,
    series && size === 'full' ? dataTableHtml(input, series) : '',
    '</figure>',
  ];
  return parts.join('');
}
