import { displayPeriod, formatCanonical } from '../periods/period.js';
import type { ChartSpec } from './chart-spec.js';
import { escapeHtml } from './escape.js';
import { formatValue } from '../numbers/value-format.js';
import { glideByPeriod } from './glide-path.js';
import { MARKER_NAMES } from './labels.js';
import type { TrendSeries } from './series.js';
import { referenceColumns } from './reference-lines.js';

export function tableId(chartId: string): string {
  return `${chartId}-tabel`;
}

export const messages = { summary: 'Se tallene', missing: 'Mangler' };

/**
 * The numbers behind the chart for anyone who cannot read it, small charts included: one row per
 * period on the x axis, with the same values the chart plots. Missing periods stay in as "Mangler" so
 * the gap in the line is visible here too.
 */
export function dataTableHtml(spec: ChartSpec, series: TrendSeries): string {
  const format = spec.format;
  const values = new Map(series.points.map((p) => [formatCanonical(p.period), p]));
  const rolling = new Map(series.rollingYear.flatMap((p) => (p.value === undefined ? [] : [[formatCanonical(p.period), p.value] as const])));
  const glide = glideByPeriod(spec.goal);
  const markers = new Map<string, string[]>();
  for (const marker of spec.markers) {
    const key = formatCanonical(marker.period);
    markers.set(key, [...(markers.get(key) ?? []), `${MARKER_NAMES[marker.kind]}: ${marker.label}`]);
  }
  const references = referenceColumns(spec.references, series.periods, format);
  const hasRolling = rolling.size > 0;
  const hasGlide = glide.size > 0;
  const hasMarkers = markers.size > 0;
  const num = 'class="trend-chart__num"';
  const head = [
    '<th scope="col">Periode</th>',
    `<th scope="col" ${num}>Værdi</th>`,
    ...references.heads.map((head) => `<th scope="col" ${num}>${escapeHtml(head)}</th>`),
    hasRolling ? `<th scope="col" ${num}>Løbende år</th>` : '',
    hasGlide ? `<th scope="col" ${num}>Vej mod målet</th>` : '',
    '<th scope="col">Kommentar</th>',
    hasMarkers ? '<th scope="col">Handlinger og indsatser</th>' : '',
  ].join('');
  const rows = series.periods.map((period) => {
    const key = formatCanonical(period);
    const point = values.get(key);
    const value = point?.value !== undefined ? formatValue(format, point.value) : point ? messages.missing : '';
    const rollingValue = rolling.get(key);
    const glideValue = glide.get(key);
    const cells = [
      `<th scope="row">${escapeHtml(displayPeriod(period))}</th>`,
      `<td ${num}>${escapeHtml(value)}</td>`,
      ...references.cells(period).map((cell) => `<td ${num}>${escapeHtml(cell)}</td>`),
      hasRolling ? `<td ${num}>${rollingValue === undefined ? '' : escapeHtml(formatValue(format, rollingValue))}</td>` : '',
      hasGlide ? `<td ${num}>${glideValue === undefined ? '' : escapeHtml(formatValue(format, glideValue))}</td>` : '',
      `<td>${escapeHtml(point?.comment ?? '')}</td>`,
      hasMarkers ? `<td>${escapeHtml((markers.get(key) ?? []).join('; '))}</td>` : '',
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return (
    `<details class="trend-chart__details"><summary>${messages.summary}<span class="sr-only">: ${escapeHtml(spec.title)}</span></summary>` +
    // A wide table scrolls in its box on a phone; the box takes the focus so the keyboard can scroll it too.
    `<div class="trend-chart__table-wrap" role="region" tabindex="0" aria-labelledby="${escapeHtml(tableId(spec.id))}-titel"><table class="trend-chart__table" id="${escapeHtml(tableId(spec.id))}">` +
    `<caption id="${escapeHtml(tableId(spec.id))}-titel">${escapeHtml(spec.title)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div></details>`
  );
}
