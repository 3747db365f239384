import { formatChange, formatValue, shownValue } from '../../numbers/value-format.js';
import { STYLE } from '../chart-style.js';
import { escapeHtml } from '../escape.js';
import { textWidth, type LaneItem } from '../lanes.js';
import { meanFormat } from '../impact.js';
import { HALO, px, type Frame } from './frame.js';

const SHORT_VERDICT_WORDS = { signal: 'et signal', noise: 'normal variation', 'too-little-data': 'for få tal' } as const;

export const VERDICT_WORDS = {
  signal: 'et signal',
  noise: 'normal variation',
  'too-little-data': 'for få tal til at sige mere',
} as const;

/**
 * The before and after of the latest intervention in view: both windows shaded, each with a line at
 * its mean, so a room can see at once whether the level moved. Behind the data.
 */
export function beforeAfterBackSvg(f: Frame): string {
  const ba = f.spec.beforeAfter;
  if (!ba || f.small) return '';
  const start = f.series.xOf(ba.marker.period);
  const from = f.series.xOf(ba.beforeFrom);
  const to = f.series.xOf(ba.afterTo);
  const { before, after } = ba.comparison;
  const band = (x1: number, x2: number, fill: string) =>
    `<rect x="${px(f.xPx(x1))}" y="${px(f.top)}" width="${px(f.xPx(x2) - f.xPx(x1))}" height="${px(f.bottom - f.top)}" fill="${fill}"/>`;
  const mean = (x1: number, x2: number, value: number, stroke: string) =>
    `<line x1="${px(f.xPx(x1))}" x2="${px(f.xPx(x2))}" y1="${px(f.yPx(value))}" y2="${px(f.yPx(value))}" stroke="${stroke}" stroke-width="2.5" stroke-dasharray="8 3"/>`;
  return (
    band(from - 0.5, start - 0.5, STYLE.before.fill) +
    band(start - 0.5, to + 0.5, STYLE.after.fill) +
    mean(from - 0.4, start - 0.6, before.mean, STYLE.before.mean) +
    mean(start - 0.4, to + 0.4, after.mean, STYLE.after.mean)
  );
}

/** The difference and its verdict, set above the plot with the other labels: "−0,7 procentpoint efter indsatsen: et signal". */
export function beforeAfterLabels(f: Frame): LaneItem[] {
  const ba = f.spec.beforeAfter;
  if (!ba || f.small || f.geometry.labelChars <= 0) return [];
  const format = meanFormat(f.spec.format);
  const { before, after, verdict } = ba.comparison;
  const difference = formatChange(format, shownValue(format, after.mean) - shownValue(format, before.mean));
  const text = f.width === 'narrow' ? `${difference}: ${SHORT_VERDICT_WORDS[verdict]}` : `${difference} efter indsatsen: ${VERDICT_WORDS[verdict]}`;
  const middle = (f.series.xOf(ba.marker.period) + f.series.xOf(ba.afterTo)) / 2;
  return [{ key: 'effect-0', x: f.xPx(middle), text, priority: 1 }];
}

/** "Før: 6,8 %" and "Efter: 6,1 %" at their mean lines, on the side away from the other mean. */
export function beforeAfterSvg(f: Frame): string {
  const ba = f.spec.beforeAfter;
  if (!ba || f.small) return '';
  const format = meanFormat(f.spec.format);
  const { before, after } = ba.comparison;
  const fromX = f.xPx(f.series.xOf(ba.beforeFrom) - 0.4);
  const startX = f.xPx(f.series.xOf(ba.marker.period) - 0.4);
  const above = after.mean <= before.mean;
  const offset = (up: boolean) => (up ? -7 : f.geometry.fontSize + 5);
  // A window at the right edge would push its label out of the picture: it moves left to fit.
  const fitted = (x: number, text: string, bold: boolean) => Math.min(x, f.geometry.width - 2 - textWidth(text, f.geometry.fontSize) * (bold ? 1.1 : 1));
  const label = (x: number, y: number, fill: string, text: string, bold: boolean) =>
    `<text x="${px(fitted(x, text, bold))}" y="${px(y)}" text-anchor="start" fill="${fill}"${bold ? ' font-weight="bold"' : ''} ${HALO}>${escapeHtml(text)}</text>`;
  return (
    `<g class="trend-chart__before-after" aria-hidden="true">` +
    label(fromX, f.yPx(before.mean) + offset(!above), STYLE.before.mean, `Før: ${formatValue(format, before.mean)}`, false) +
    label(startX, f.yPx(after.mean) + offset(above), STYLE.after.mean, `Efter: ${formatValue(format, after.mean)}`, true) +
    '</g>'
  );
}
