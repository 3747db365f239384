import * as Plot from '@observablehq/plot';
import { displayPeriod, displayPeriodShort, type Period } from '../periods/period.js';
import { formatNumber } from '../numbers/danish-number.js';
import { unitSuffix } from '../indicators/indicator.js';
import type { ChartGoal, ChartMarker, TrendChartInput } from './chart-types.js';
import { STYLE, type ChartGeometry } from './chart-style.js';
import { formatValue } from './format.js';
import type { SeriesPoint, TrendSeries } from './series.js';
import { endTicks, periodTicks, type ValueScale } from './ticks.js';

interface XY {
  x: number;
  y: number;
  title: string;
}

export const MARKER_NAMES: Record<ChartMarker['kind'], string> = {
  action: 'Handling fra ledermøde',
  intervention: 'Indsats',
};

export function pointTitle(point: { period: Period; value: number; comment?: string | null }, input: TrendChartInput): string {
  const text = `${displayPeriod(point.period)}: ${formatValue(point.value, input.decimals, input.unit)}`;
  return point.comment ? `${text} – ${point.comment}` : text;
}

export function goalLabel(goal: ChartGoal, input: TrendChartInput): string {
  return `Mål: ${formatValue(goal.targetValue, input.decimals, input.unit)} i ${displayPeriod(goal.targetPeriod)}`;
}

function observed(points: readonly SeriesPoint[]): (SeriesPoint & { value: number })[] {
  return points.filter((p): p is SeriesPoint & { value: number } => p.value !== undefined);
}

function rangeMarks(input: TrendChartInput): Plot.Markish[] {
  if (input.direction !== 'range') return [];
  const min = input.rangeMin ?? undefined;
  const max = input.rangeMax ?? undefined;
  const bounds = [min, max].filter((v): v is number => v !== undefined);
  const marks: Plot.Markish[] = [];
  if (min !== undefined && max !== undefined) {
    // Without x channels a rect spans the whole frame, which is what a permanent band should do.
    marks.push(Plot.rect([{ y1: min, y2: max }], { y1: 'y1', y2: 'y2', fill: STYLE.range.fill }));
  }
  marks.push(
    Plot.ruleY(bounds, {
      stroke: STYLE.range.stroke,
      strokeWidth: STYLE.range.width,
      strokeDasharray: STYLE.range.dash,
    }),
  );
  return marks;
}

function goalMarks(goal: ChartGoal, series: TrendSeries, input: TrendChartInput, small: boolean): Plot.Markish[] {
  const baseline: XY = {
    x: series.xOf(goal.baselinePeriod),
    y: goal.baselineValue,
    title: `Udgangspunkt: ${formatValue(goal.baselineValue, input.decimals, input.unit)} i ${displayPeriod(goal.baselinePeriod)}`,
  };
  const target: XY = { x: series.xOf(goal.targetPeriod), y: goal.targetValue, title: goalLabel(goal, input) };
  const style = STYLE.goal;
  // Anchored towards the middle so a deadline at either edge keeps its label inside the chart.
  const anchor = target.x >= (series.periods.length - 1) / 2 ? 'end' : 'start';
  return [
    Plot.ruleX([target], { x: 'x', stroke: style.stroke, strokeWidth: 1.5, strokeDasharray: style.deadlineDash, title: 'title' }),
    Plot.line([baseline, target], {
      x: 'x',
      y: 'y',
      stroke: style.stroke,
      strokeWidth: style.width,
      strokeDasharray: style.dash,
    }),
    Plot.dot([baseline], { x: 'x', y: 'y', symbol: 'square', r: 5, fill: 'white', stroke: style.stroke, strokeWidth: 2, title: 'title' }),
    Plot.dot([target], { x: 'x', y: 'y', symbol: 'star', r: small ? 6 : 8, fill: style.stroke, stroke: 'white', strokeWidth: 1, title: 'title' }),
    Plot.text([target], {
      x: 'x',
      frameAnchor: 'top',
      dy: small ? -12 : -18,
      text: 'title',
      textAnchor: anchor,
      fill: style.stroke,
      fontWeight: 'bold',
    }),
  ];
}

function markerMarks(markers: readonly ChartMarker[], series: TrendSeries): Plot.Markish[] {
  // Several markers in one period are stacked downwards instead of drawn on top of each other.
  const seen = new Map<number, number>();
  const placed = markers.map((marker) => {
    const x = series.xOf(marker.period);
    const level = seen.get(x) ?? 0;
    seen.set(x, level + 1);
    const title = `${MARKER_NAMES[marker.kind]}: ${marker.label} (${displayPeriod(marker.period)})`;
    return { x, level, kind: marker.kind, title };
  });
  const marks: Plot.Markish[] = [];
  for (const kind of ['action', 'intervention'] as const) {
    const style = STYLE[kind];
    const ofKind = placed.filter((m) => m.kind === kind);
    if (ofKind.length === 0) continue;
    marks.push(
      Plot.ruleX(ofKind, { x: 'x', stroke: style.stroke, strokeWidth: style.width, strokeDasharray: style.dash, title: 'title' }),
    );
    const levels = new Set(ofKind.map((m) => m.level));
    for (const level of levels) {
      marks.push(
        Plot.dot(
          ofKind.filter((m) => m.level === level),
          {
            x: 'x',
            frameAnchor: 'top',
            dy: 8 + level * 16,
            symbol: style.symbol,
            r: 6.5,
            fill: style.stroke,
            stroke: 'white',
            strokeWidth: 1.5,
            title: 'title',
          },
        ),
      );
    }
  }
  return marks;
}

function seriesMarks(series: TrendSeries, input: TrendChartInput, small: boolean): Plot.Markish[] {
  const points = observed(series.points).map((p) => ({ ...p, title: pointTitle(p, input) }));
  const commented = points.filter((p) => p.comment);
  const style = STYLE.series;
  const marks: Plot.Markish[] = [];
  if (!small && series.lastYear.some((p) => p.value !== undefined)) {
    marks.push(
      Plot.lineY(series.lastYear, {
        x: 'x',
        y: 'value',
        stroke: STYLE.lastYear.stroke,
        strokeWidth: STYLE.lastYear.width,
        strokeDasharray: STYLE.lastYear.dash,
      }),
    );
  }
  marks.push(
    // Missing periods carry an undefined value, which makes Plot break the line there.
    Plot.lineY(series.points, { x: 'x', y: 'value', stroke: style.stroke, strokeWidth: small ? 2.5 : style.width }),
    Plot.dot(commented, { x: 'x', y: 'value', r: STYLE.commentRing.r, stroke: style.stroke, strokeWidth: STYLE.commentRing.width, fill: 'none' }),
    Plot.dot(points, { x: 'x', y: 'value', r: small ? 3.5 : style.r, fill: style.stroke, stroke: 'white', strokeWidth: 1.5, title: 'title' }),
  );
  return marks;
}

function axisMarks(series: TrendSeries, scale: ValueScale, input: TrendChartInput, geometry: ChartGeometry, small: boolean): Plot.Markish[] {
  const labels = series.periods.map(displayPeriodShort);
  const labelWidth = Math.max(...labels.map((l) => l.length)) * geometry.fontSize * 0.6 + 24;
  const maxTicks = Math.max(2, Math.floor((geometry.width - 100) / labelWidth));
  const xTicks = small ? endTicks(series.periods) : periodTicks(series.periods, maxTicks);
  const suffix = unitSuffix(input.unit);
  return [
    Plot.gridY(scale.ticks, { stroke: STYLE.text, strokeOpacity: 0.15 }),
    Plot.axisY(scale.ticks, {
      tickSize: 0,
      tickPadding: 8,
      label: null,
      tickFormat: (v: number) => formatNumber(v, scale.decimals) + suffix,
    }),
    Plot.axisX(xTicks, {
      tickSize: 5,
      tickPadding: 4,
      label: null,
      tickFormat: (i: number) => labels[i] ?? '',
    }),
    Plot.ruleY([scale.domain[0]], { stroke: STYLE.text, strokeOpacity: 0.6 }),
  ];
}

/** Back to front: background band and grid, reference lines, the data, then symbols on top. */
export function trendMarks(
  input: TrendChartInput,
  series: TrendSeries,
  scale: ValueScale,
  geometry: ChartGeometry,
): Plot.Markish[] {
  const small = input.size === 'small';
  return [
    ...rangeMarks(input),
    ...axisMarks(series, scale, input, geometry, small),
    ...(input.goal ? goalMarks(input.goal, series, input, small) : []),
    ...markerMarks(input.markers ?? [], series),
    ...seriesMarks(series, input, small),
  ];
}
