import type { Indicator } from '../indicators/indicator.js';
import type { Observation } from '../indicators/observation.js';
import { formatCanonical } from '../periods/period.js';
import { chartBytesCache, chartCache } from './chart-cache.js';
import type { ChartGoal, ChartMarker, ChartReference, ChartSize, TrendChartInput } from './chart-types.js';
import { renderTrendChart, renderTrendSvg } from './trend-chart.js';

export interface ActionMarkerSource {
  id: number;
  whatAndWhy: string;
  startPeriod: Observation['period'] | null;
  status: string;
}

export interface IndicatorChartData {
  indicator: Indicator;
  observations: readonly Observation[];
  actions?: readonly ActionMarkerSource[];
  goal?: ChartGoal;
  /** Comparison lines and caption notes (issue 14). */
  references?: readonly ChartReference[];
  captionNotes?: readonly string[];
}

/** Comments on values mark interventions ("Ny visitationsproces indført"); actions with a start period mark decisions. */
export function chartInput(chartId: string, data: IndicatorChartData, size: ChartSize): TrendChartInput {
  const { indicator, observations } = data;
  const markers: ChartMarker[] = [
    ...observations.filter((o) => o.comment).map((o) => ({ period: o.period, label: o.comment!, kind: 'intervention' as const })),
    ...(data.actions ?? [])
      .filter((a) => a.startPeriod && a.status !== 'abandoned')
      .map((a) => ({ period: a.startPeriod!, label: `Handling: ${a.whatAndWhy}`, kind: 'action' as const })),
  ];
  return {
    id: chartId,
    title: indicator.name,
    unit: indicator.unit,
    decimals: indicator.decimals,
    direction: indicator.direction,
    rangeMin: indicator.rangeMin,
    rangeMax: indicator.rangeMax,
    observations: observations.map((o) => ({ period: o.period, value: o.value, comment: o.comment })),
    ...(data.goal && { goal: data.goal }),
    markers,
    size,
    ...(data.references?.length && { references: data.references }),
    ...(data.captionNotes?.length && { captionNotes: data.captionNotes }),
  };
}

/**
 * Everything a chart depends on, so a cached chart is reused exactly until something it shows
 * changes; a stale key is never asked for again and ages out of the LRU.
 */
export function chartKey(chartId: string, data: IndicatorChartData, size: ChartSize): string {
  const { indicator, observations } = data;
  let latest = '';
  for (const o of observations) if (o.updatedAt > latest) latest = o.updatedAt;
  const actions = (data.actions ?? []).map((a) => `${a.id}.${a.status}.${a.startPeriod ? formatCanonical(a.startPeriod) : ''}.${a.whatAndWhy.length}`).join(',');
  const goal = data.goal
    ? `${formatCanonical(data.goal.baselinePeriod)}:${data.goal.baselineValue}:${formatCanonical(data.goal.targetPeriod)}:${data.goal.targetValue}:${data.goal.status ?? ''}`
    : '';
  const meta = [indicator.name, indicator.unit, indicator.decimals, indicator.direction, indicator.rangeMin, indicator.rangeMax].join('|');
  const references = (data.references ?? []).map((r) => `${r.label}:${r.observations.map((o) => `${formatCanonical(o.period)}=${o.value}`).join(',')}`).join('|');
  const notes = (data.captionNotes ?? []).join('|');
  return [chartId, size, indicator.id, meta, observations.length, latest, actions, goal, references, notes].join('#');
}

export function indicatorChartHtml(chartId: string, data: IndicatorChartData, size: ChartSize = 'full'): string {
  return chartCache.getOrRender(chartKey(chartId, data, size), () => renderTrendChart(chartInput(chartId, data, size)));
}

/** The same chart as UTF-8 bytes, encoded once per chart version. */
export function indicatorChartBytes(chartId: string, data: IndicatorChartData, size: ChartSize = 'full'): Buffer {
  const key = chartKey(chartId, data, size);
  return chartBytesCache.getOrRender(key, () => Buffer.from(chartCache.getOrRender(key, () => renderTrendChart(chartInput(chartId, data, size)))));
}

export function indicatorChartSvgFile(data: IndicatorChartData): string {
  return renderTrendSvg(chartInput(`graf-${data.indicator.id}`, data, 'full'), { standalone: true });
}
