import { countPeriods } from '../numbers/danish-nouns.js';
import { formatValue, type ValueFormat } from '../numbers/value-format.js';
import { comparePeriods, displayPeriod, periodsBetween, type Period } from '../periods/period.js';
import { escapeHtml } from './escape.js';

/**
 * A tiny trend line for a table row: the last few values as an inline SVG, small enough to sit next
 * to the latest value. It only shows the shape; the sentence in its accessible name says what it
 * shows, in numbers. The full chart with limits, goal and markers is on the indicator's page.
 */

export interface SparklineInput extends ValueFormat {
  name: string;
  observations: ReadonlyArray<{ period: Period; value: number }>;
}

export const SPARKLINE = { width: 88, height: 24, pad: 3, points: 8 } as const;

const messages = {
  label: (name: string, span: string, first: string, last: string, low: string, high: string) =>
    `${name}, de seneste ${span}: fra ${first} til ${last}. Laveste ${low}, højeste ${high}.`,
  one: (name: string, value: string) => `${name}: kun én værdi, ${value}.`,
  at: (value: string, period: Period) => `${value} i ${displayPeriod(period)}`,
};

const round = (n: number) => Math.round(n * 10) / 10;

/** The sparkline's SVG, or '' when there is nothing to draw. Consecutive periods are joined; a gap breaks the line. */
export function sparklineSvg(input: SparklineInput, points: number = SPARKLINE.points): string {
  // A group's kept values are frozen and shared between requests (observation-queries.ts): each such
  // list is drawn once, not on every visit to the group's home.
  if (!Object.isFrozen(input.observations)) return drawSparkline(input, points);
  const key = `${input.name}|${input.unit}|${input.decimals}|${points}`;
  let drawn = keptSparklines.get(input.observations);
  if (!drawn) keptSparklines.set(input.observations, (drawn = new Map()));
  let svg = drawn.get(key);
  if (svg === undefined) drawn.set(key, (svg = drawSparkline(input, points)));
  return svg;
}

const keptSparklines = new WeakMap<object, Map<string, string>>();

function drawSparkline(input: SparklineInput, points: number): string {
  const sorted = [...input.observations].sort((a, b) => comparePeriods(a.period, b.period)).slice(-points);
  if (sorted.length === 0) return '';
  const format = { unit: input.unit, decimals: input.decimals };
  const show = (value: number) => formatValue(format, value);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const values = sorted.map((o) => o.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const { width, height, pad } = SPARKLINE;
  const span = Math.max(1, periodsBetween(first.period, last.period));
  const x = (p: Period) => round(pad + ((width - 2 * pad) * periodsBetween(first.period, p)) / span);
  const y = (v: number) => round(high === low ? height / 2 : pad + ((height - 2 * pad) * (high - v)) / (high - low));

  const lines: string[][] = [];
  sorted.forEach((o, i) => {
    const joined = i > 0 && periodsBetween(sorted[i - 1]!.period, o.period) === 1;
    if (!joined) lines.push([]);
    lines.at(-1)!.push(`${x(o.period)},${y(o.value)}`);
  });
  const label =
    sorted.length === 1
      ? messages.one(input.name, messages.at(show(last.value), last.period))
      : messages.label(
          input.name,
          countPeriods(first.period.frequency, periodsBetween(first.period, last.period) + 1),
          messages.at(show(first.value), first.period),
          messages.at(show(last.value), last.period),
          show(low),
          show(high),
        );
  const paths = lines
    .map((line) => {
      if (line.length > 1) return `<polyline points="${line.join(' ')}"/>`;
      const [cx, cy] = line[0]!.split(',');
      return `<circle cx="${cx}" cy="${cy}" r="1.5" fill="currentColor" stroke="none"/>`;
    })
    .join('');
  return (
    `<svg class="sparkline" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}" focusable="false">` +
    `<g fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round">${paths}</g>` +
    `<circle cx="${x(last.period)}" cy="${y(last.value)}" r="2.5" fill="currentColor"/>` +
    `</svg>`
  );
}
