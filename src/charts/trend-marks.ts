import * as Plot from '@observablehq/plot';
import { displayPeriodShort } from '../periods/period.js';
import type { ChartGoal, ChartMarker, TrendChartInput } from './chart-types.js';
import { STYLE, type ChartGeometry } from './chart-style.js';
import { formatValue } from '../numbers/value-format.js';
import { baselineLabel, goalLabel, markerTitle, pointTitle } from './labels.js';
import type { SeriesPoint, TrendSeries } from './series.js';
import { endTicks, periodTicks, type ValueScale } from './ticks.js';
import { referenceMarks } from './reference-lines.js';

interface XY {
  x: number;
  y: number;
  title: string;
}

export interface PlotLayout {
  geometry: ChartGeometry;
  /** Width between the left and right margins. */
  plotWidth: number;
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
  const baseline: XY = { x: series.xOf(goal.baselinePeriod), y: goal.baselineValue, title: baselineLabel(goal, input) };
  const target: XY = { x: series.xOf(goal.targetPeriod), y: goal.targetValue, title: goalLabel(goal, input) };
  const style = STYLE.goal;
  // Anchored towards the middle so a deadline at either edge keeps its label inside the chart.
  const anchor = target.x >= (series.periods.length - 1) / 2 ? 'end' : 'start';
  return [
    Plot.ruleX([target], {
      x: 'x',
      stroke: style.stroke,
      strokeWidth: 1.5,
      strokeDasharray: style.deadlineDash,
      title: 'title',
    }),
    Plot.line([baseline, target], {
      x: 'x',
      y: 'y',
      stroke: style.stroke,
      strokeWidth: style.width,
      strokeDasharray: style.dash,
    }),
    Plot.dot([baseline], {
      x: 'x',
      y: 'y',
      symbol: 'square',
      r: 5,
      fill: 'white',
      stroke: style.stroke,
      strokeWidth: 2,
      title: 'title',
    }),
    Plot.dot([target], {
      x: 'x',
      y: 'y',
      symbol: 'star',
      r: small ? 6 : 8,
      fill: style.stroke,
      stroke: 'white',
      strokeWidth: 1,
      title: 'title',
    }),
    // A dashboard card has no room for the label; its caption and the star carry the goal.
    small
      ? null
      : Plot.text([target], {
          x: 'x',
          frameAnchor: 'top',
          dy: -18,
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
    return { x, level, kind: marker.kind, title: markerTitle(marker) };
  });
  const marks: Plot.Markish[] = [];
  for (const kind of ['action', 'intervention'] as const) {
    const style = STYLE[kind];
    const ofKind = placed.filter((m) => m.kind === kind);
    if (ofKind.length === 0) continue;
    marks.push(
      Plot.ruleX(ofKind, {
        x: 'x',
        stroke: style.stroke,
        strokeWidth: style.width,
        strokeDasharray: style.dash,
        title: 'title',
      }),
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
    Plot.dot(commented, {
      x: 'x',
      y: 'value',
      r: STYLE.commentRing.r,
      stroke: style.stroke,
      strokeWidth: STYLE.commentRing.width,
      fill: 'none',
    }),
    Plot.dot(points, {
      x: 'x',
      y: 'value',
      r: small ? 3.5 : style.r,
      fill: style.stroke,
      stroke: 'white',
      strokeWidth: 1.5,
      title: 'title',
    }),
  );
  return marks;
}

function axisMarks(
  series: TrendSeries,
  scale: ValueScale,
  input: TrendChartInput,
  layout: PlotLayout,
  small: boolean,
): Plot.Markish[] {
  const labels = series.periods.map(displayPeriodShort);
  // Estimated from character count: good enough to keep labels apart, and needs no font metrics.
  const labelWidth = Math.max(...labels.map((l) => l.length)) * layout.geometry.fontSize * 0.6 + 16;
  const maxTicks = Math.max(2, Math.floor(layout.plotWidth / labelWidth));
  const xTicks = small ? endTicks(series.periods) : periodTicks(series.periods, maxTicks);
  return [
    Plot.gridY(scale.ticks, { stroke: STYLE.text, strokeOpacity: 0.15 }),
    Plot.axisY(scale.ticks, {
      tickSize: 0,
      tickPadding: 8,
      label: null,
      tickFormat: (v: number) => formatValue({ unit: input.unit, decimals: scale.decimals }, v),
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
  layout: PlotLayout,
): Plot.Markish[] {
  const small = input.size === 'small';
  return [
    ...rangeMarks(input),
    ...axisMarks(series, scale, input, layout, small),
    ...(input.goal ? goalMarks(input.goal, series, input, small) : []),
    ...markerMarks(input.markers ?? [], series),
    ...referenceMarks(input.references, series.periods, series.xOf, input, small),
    ...seriesMarks(series, input, small),
  ];
}
