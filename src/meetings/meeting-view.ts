import { questionsForSituation, type Content } from '../content/content-loader.js';
import { indicatorChartBytes, indicatorChartHtml } from '../charts/indicator-chart.js';
import type { ChartSlots } from '../charts/chart-slots.js';
import { PROGRESS_DISPLAY } from '../goals/progress.js';
import { unitSuffix } from '../indicators/indicator.js';
import { formatValue } from '../indicators/indicator-view.js';
import { formatChange } from '../numbers/danish-number.js';
import { displayPeriod } from '../periods/period.js';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, isOpen, type Action } from './action.js';
import { chartGoalOf, type GroupBoard, type IndicatorBoardEntry } from './group-board.js';
import { displayDate, type AgendaItem, type Meeting } from './meeting.js';
import { situationOf } from './situation.js';

const assessmentLabels = { better: 'bedre', worse: 'dårligere', unchanged: 'uændret', inside: 'inden for grænserne', outside: 'uden for grænserne' } as const;

export function meetingView(meeting: Meeting) {
  return { ...meeting, dateText: displayDate(meeting.date), closed: meeting.closedAt !== null };
}

export function actionView(action: Action, today: string, names: ReadonlyMap<number, string>) {
  return {
    ...action,
    statusLabel: ACTION_STATUS_LABELS[action.status],
    dueText: displayDate(action.dueDate),
    overdue: isOpen(action) && action.dueDate < today,
    open: isOpen(action),
    startText: action.startPeriod ? displayPeriod(action.startPeriod) : undefined,
    indicatorName: action.indicatorId !== null ? names.get(action.indicatorId) : undefined,
    statusOptions: ACTION_STATUSES.map((value) => ({ value, label: ACTION_STATUS_LABELS[value], selected: value === action.status })),
  };
}

export function keyFiguresView(entry: IndicatorBoardEntry) {
  const { indicator, figures } = entry;
  const change = (delta: number | undefined) => (delta === undefined ? undefined : `${formatChange(delta, indicator.decimals)}${unitSuffix(indicator.unit)}`);
  return {
    latest: figures.latest ? formatValue(indicator, figures.latest.value) : undefined,
    latestPeriod: figures.latest ? displayPeriod(figures.latest.period) : undefined,
    change: change(figures.change),
    previousPeriod: figures.previous ? displayPeriod(figures.previous.period) : undefined,
    assessment: figures.assessment ? assessmentLabels[figures.assessment] : undefined,
    yearChange: change(figures.changeSinceLastYear),
    lastYearPeriod: figures.lastYear ? displayPeriod(figures.lastYear.period) : undefined,
    yearAssessment: figures.yearAssessment ? assessmentLabels[figures.yearAssessment] : undefined,
    missingPeriod: figures.missingPeriod ? displayPeriod(figures.missingPeriod) : undefined,
    goals: entry.goals.map((g) => ({ ...g, display: PROGRESS_DISPLAY[g.status] })),
  };
}

/** The chart's HTML, or with `slots` a marker for it that the route fills with the chart's bytes. */
export function indicatorChart(entry: IndicatorBoardEntry, chartId: string, size: 'full' | 'small', slots?: ChartSlots) {
  const goal = chartGoalOf(entry);
  const data = { indicator: entry.indicator, observations: entry.observations, actions: entry.actions, ...(goal && { goal }) };
  return slots ? slots.add(indicatorChartBytes(chartId, data, size)) : indicatorChartHtml(chartId, data, size);
}

/** Everything one agenda item shows in meeting mode and in the minutes. */
export function itemView(item: AgendaItem, board: GroupBoard, content: Content, actions: readonly Action[], today: string, size: 'full' | 'small', slots?: ChartSlots) {
  const names = new Map(board.entries.map((e) => [e.indicator.id, e.indicator.name]));
  const goal = item.goalId !== null ? board.goals.find((g) => g.id === item.goalId) : undefined;
  const indicatorId = item.indicatorId ?? goal?.indicatorId ?? null;
  const entry = indicatorId !== null ? board.byId.get(indicatorId) : undefined;
  const title = item.kind === 'topic' ? (item.topic ?? '') : item.kind === 'goal' ? `Mål: ${goal?.title ?? 'slettet mål'}` : (entry?.indicator.name ?? 'Arkiveret indikator');
  const situation = entry ? situationOf(entry.figures, goal?.status ?? entry.goals[0]?.status) : undefined;
  const itemActions = actions.filter((a) => a.itemId === item.id);
  const openForIndicator = entry ? entry.actions.filter((a) => isOpen(a) && a.itemId !== item.id) : [];
  return {
    ...item,
    title,
    indicatorId,
    chart: entry ? indicatorChart(entry, `punkt-${item.id}`, size, slots) : undefined,
    figures: entry ? keyFiguresView(entry) : undefined,
    goal: goal ? { ...goal, display: PROGRESS_DISPLAY[goal.status] } : undefined,
    situationLabel: situation ? content.reflectionSituations[situation].label : undefined,
    questions: situation ? questionsForSituation(content, situation) : content.dataTheme.reflectionQuestions.slice(0, 3),
    decided: itemActions.map((a) => actionView(a, today, names)),
    openActions: openForIndicator.map((a) => actionView(a, today, names)),
    frequency: entry?.indicator.frequency,
  };
}
