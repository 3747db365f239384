import { formatValue } from '../../numbers/value-format.js';
import { unitSuffix } from '../../numbers/units.js';
import { displayPeriod } from '../../periods/period.js';
import { STYLE } from '../chart-style.js';
import { escapeHtml } from '../escape.js';
import { textWidth } from '../lanes.js';
import { endTicks, periodTickOptions } from '../ticks.js';
import { px, type Frame } from './frame.js';

/**
 * A unit longer than "dage" ("pr. 1.000 borgere") would take half a small chart's width on every
 * value label: such a unit is written once above the axis and the labels are plain numbers.
 */
export function unitAboveAxis(unit: string): string | undefined {
  const suffix = unitSuffix(unit).trim();
  return suffix.length > 5 ? suffix : undefined;
}

/** Value grid, value labels and the base line, behind everything. */
export function valueAxisSvg(f: Frame): string {
  const { scale, spec } = f;
  const above = unitAboveAxis(spec.format.unit);
  const format = { unit: above ? 'antal' : spec.format.unit, decimals: scale.decimals };
  const parts = scale.ticks.map((tick) => {
    const y = px(f.yPx(tick));
    return (
      `<line x1="${px(f.left)}" x2="${px(f.right)}" y1="${y}" y2="${y}" stroke="${STYLE.text}" stroke-opacity="0.15"/>` +
      `<text x="${px(f.left - 8)}" y="${y}" dy="0.32em" text-anchor="end">${escapeHtml(formatValue(format, tick))}</text>`
    );
  });
  if (above) parts.push(`<text x="${px(f.left - 8)}" y="${px(f.top - 8)}" text-anchor="end">${escapeHtml(above)}</text>`);
  const base = px(f.yPx(scale.domain[0]));
  parts.push(`<line x1="${px(f.left)}" x2="${px(f.right)}" y1="${base}" y2="${base}" stroke="${STYLE.text}" stroke-opacity="0.6"/>`);
  return `<g aria-hidden="true">${parts.join('')}</g>`;
}

/**
 * Period labels under the plot, in the same words as the caption and the table ("1. kvt. 2026").
 * The outermost labels are anchored inside the chart instead of being cut.
 */
export function periodAxisSvg(f: Frame): string {
  const { series, geometry: g } = f;
  const labels = series.periods.map(displayPeriod);
  const widest = Math.max(...labels.map((l) => textWidth(l, g.fontSize)));
  const maxTicks = Math.max(2, Math.floor((f.right - f.left) / (widest + 18)));
  const options = periodTickOptions(series.periods, maxTicks);
  const candidates = f.small || (options[0]?.length ?? 0) < 2 ? [endTicks(series.periods)] : options;
  // The finest labelling whose labels all fit; an end label pulled inside the chart can touch its neighbour.
  const laid = candidates.map((ticks) => layoutPeriodLabels(f, labels, ticks));
  const chosen = laid.find((l) => l.dropped === 0) ?? laid[0];
  return `<g aria-hidden="true">${chosen?.parts.join('') ?? ''}</g>`;
}

function layoutPeriodLabels(f: Frame, labels: readonly string[], ticks: readonly number[]): { parts: string[]; dropped: number } {
  const g = f.geometry;
  const parts: string[] = [];
  let dropped = 0;
  // From the latest backwards, so that when two labels would touch the latest period keeps its label.
  let leftmost = Infinity;
  for (const i of [...ticks].reverse()) {
    const x = f.xPx(i);
    const label = labels[i] ?? '';
    const width = textWidth(label, g.fontSize);
    const half = width / 2;
    const anchor = x - half < 2 ? 'start' : x + half > g.width - 2 ? 'end' : 'middle';
    const at = anchor === 'start' ? Math.max(x - 4, 2) : anchor === 'end' ? Math.min(x + 4, g.width - 2) : x;
    const right = anchor === 'start' ? at + width : anchor === 'end' ? at : at + half;
    if (right + 8 > leftmost) {
      dropped++;
      continue;
    }
    leftmost = right - width;
    parts.unshift(
      `<line x1="${px(x)}" x2="${px(x)}" y1="${px(f.bottom)}" y2="${px(f.bottom + 5)}" stroke="${STYLE.text}"/>` +
        `<text x="${px(at)}" y="${px(f.bottom + 6 + g.fontSize)}" text-anchor="${anchor}">${escapeHtml(label)}</text>`,
    );
  }
  return { parts, dropped };
}
