import type { Indicator } from '../indicators/indicator.js';
import type { Observation } from '../indicators/observation.js';
import { formatCanonical, type Period } from '../periods/period.js';
import type { SituationDecision, SituationGoal } from '../situations/situation.js';
import { ChartCache, chartBytesCache, chartCache } from './chart-cache.js';
import { valuesFingerprint } from './values-fingerprint.js';
import type { ChartGoal, ChartMarker, ChartReference, ChartSize, TrendChartInput } from './chart-types.js';
import { chartLegendItems, renderTrendChart, renderTrendSvg } from './trend-chart.js';
import type { LegendItem } from './legend.js';

export interface ActionMarkerSource {
  id: number;
  whatAndWhy: string;
  startPeriod: Observation['period'] | null;
  status: string;
  /** Set when the group marked the action as an intervention to measure. */
  interventionKind?: string | null;
}

export interface IndicatorChartData {
  indicator: Indicator;
  observations: readonly Observation[];
  actions?: readonly ActionMarkerSource[];
  /** The goal whose glide path is drawn. */
  goal?: ChartGoal;
  /** Every active goal of the indicator, for the situation the caption states. */
  goals?: readonly SituationGoal[];
  /** The latest period that has ended. */
  expected?: Period;
  /** The page's decision about the indicator, made from these same data. */
  decision?: SituationDecision;
  /** False when the page shows one legend for all its charts. */
  legend?: boolean;
  /** Comparison lines and caption notes (issue 14). */
  references?: readonly ChartReference[];
  captionNotes?: readonly string[];
}

/**
 * Comments on values stay comments ("Covid-19: ekstra fravær" is a remark, not something the group
 * did); actions with a start period mark decisions, and only those marked as interventions are drawn
 * as interventions, with their before and after.
 */
export function chartInput(chartId: string, data: IndicatorChartData, size: ChartSize): TrendChartInput {
  const { indicator, observations } = data;
  const markers: ChartMarker[] = (data.actions ?? [])
    .filter((a) => a.startPeriod && a.status !== 'abandoned')
    .map((a) => ({ period: a.startPeriod!, label: a.whatAndWhy, kind: a.interventionKind ? 'intervention' : 'action' }));
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
    ...(data.goals && { goals: [...data.goals] }),
    ...(data.expected && { expected: data.expected }),
    ...(data.decision && { decision: data.decision }),
    ...(data.legend === false && { legend: false }),
    ...(data.references?.length && { references: data.references }),
    ...(data.captionNotes?.length && { captionNotes: data.captionNotes }),
    markers,
    size,
  };
}

/**
 * Everything a chart depends on, so a cached chart is reused exactly until something it shows
 * changes; a stale key is never asked for again and ages out of the LRU.
 */
export function chartKey(chartId: string, data: IndicatorChartData, size: ChartSize): string {
  const { indicator, observations } = data;
  const latest = valuesFingerprint(observations);
  const actions = (data.actions ?? [])
    .map((a) => `${a.id}.${a.status}.${a.startPeriod ? formatCanonical(a.startPeriod) : ''}.${a.interventionKind ?? ''}.${a.whatAndWhy.length}`)
    .join(',');
  const goal = data.goal
    ? `${formatCanonical(data.goal.baselinePeriod)}:${data.goal.baselineValue}:${formatCanonical(data.goal.targetPeriod)}:${data.goal.targetValue}:${data.goal.status ?? ''}`
    : '';
  const goals = (data.goals ?? []).map((g) => `${g.status}:${g.title}`).join('|');
  const meta = [indicator.name, indicator.unit, indicator.decimals, indicator.direction, indicator.rangeMin, indicator.rangeMax].join('|');
  const expected = data.expected ? formatCanonical(data.expected) : '';
  const references = (data.references ?? []).map((r) => `${r.label}:${r.observations.map((o) => `${formatCanonical(o.period)}=${o.value}`).join(',')}`).join('|');
  const notes = (data.captionNotes ?? []).join('|');
  return [chartId, size, data.legend === false ? 'nolegend' : '', indicator.id, meta, observations.length, latest, actions, goal, goals, expected, references, notes].join('#');
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

// Legends change exactly when their chart does; a dashboard asks for 25 of them on every request.
const legendCache = new ChartCache<readonly LegendItem[]>(10_000);

/** What a chart of these data lists in its legend, for a page that shows one legend for all its charts. Shared: do not change it. */
export function indicatorLegendItems(data: IndicatorChartData, size: ChartSize): readonly LegendItem[] {
  return legendCache.getOrRender(chartKey('legend', data, size), () => chartLegendItems(chartInput('legend', data, size)));
}
