import { displayPeriod, formatCanonical } from '../periods/period.js';
import type { TrendChartInput } from './chart-types.js';
import { escapeHtml } from './escape.js';
import { formatValue } from '../numbers/value-format.js';
import { glideByPeriod } from './glide-path.js';
import { MARKER_NAMES } from './labels.js';
import type { TrendSeries } from './series.js';
import { referenceColumns } from './reference-lines.js';

export function tableId(chartId: string): string {
  return `${chartId}-tabel`;
}

/**
 * The numbers behind the chart for anyone who cannot read it: one row per period on the
 * x axis, with the same values the chart plots. Missing periods stay in as "Mangler" so the
 * gap in the line is visible here too.
 */
export function dataTableHtml(input: TrendChartInput, series: TrendSeries): string {
  const { decimals, unit } = input;
  const values = new Map(series.points.map((p) => [formatCanonical(p.period), p]));
  const glide = glideByPeriod(input.goal);
  const markers = new Map<string, string[]>();
  for (const marker of input.markers ?? []) {
    const key = formatCanonical(marker.period);
    markers.set(key, [...(markers.get(key) ?? []), `${MARKER_NAMES[marker.kind]}: ${marker.label}`]);
  }
  const references = referenceColumns(input.references, series.periods, input);
  const hasGlide = glide.size > 0;
  const hasMarkers = markers.size > 0;
  const head = [
    '<th scope="col">Periode</th>',
    '<th scope="col" class="trend-chart__num">Værdi</th>',
    ...references.heads.map((head) => `<th scope="col" class="trend-chart__num">${escapeHtml(head)}</th>`),
    hasGlide ? '<th scope="col" class="trend-chart__num">Vej mod målet</th>' : '',
    '<th scope="col">Kommentar</th>',
    hasMarkers ? '<th scope="col">Handlinger og indsatser</th>' : '',
  ].join('');
  const rows = series.periods.map((period) => {
    const key = formatCanonical(period);
    const point = values.get(key);
    const glideValue = glide.get(key);
    const inObserved = point !== undefined;
    const value =
      point?.value !== undefined ? formatValue({ unit, decimals }, point.value) : inObserved ? 'Mangler' : '';
    const glideText = glideValue === undefined ? '' : formatValue({ unit, decimals }, glideValue);
    const cells = [
      `<th scope="row">${escapeHtml(displayPeriod(period))}</th>`,
      `<td class="trend-chart__num">${escapeHtml(value)}</td>`,
      ...references.cells(period).map((cell) => `<td class="trend-chart__num">${escapeHtml(cell)}</td>`),
      hasGlide ? `<td class="trend-chart__num">${escapeHtml(glideText)}</td>` : '',
      `<td>${escapeHtml(point?.comment ?? '')}</td>`,
      hasMarkers ? `<td>${escapeHtml((markers.get(key) ?? []).join('; '))}</td>` : '',
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return (
    `<details class="trend-chart__details"><summary>Vis tallene i en tabel</summary>` +
    `<div class="trend-chart__table-wrap"><table class="trend-chart__table" id="${escapeHtml(tableId(input.id))}">` +
    `<caption>${escapeHtml(input.title)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div></details>`
  );
}
