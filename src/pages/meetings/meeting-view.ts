import { questionsForSituation, type Content, type Situation } from '../../content/content-loader.js';
import { indicatorChartBytes, indicatorChartHtml } from '../../charts/indicator-chart.js';
import type { ChartSlots } from '../../charts/chart-slots.js';
import { PROGRESS_DISPLAY } from '../../goals/progress.js';
import { formatChange, formatValue } from '../../numbers/value-format.js';
import { displayPeriod } from '../../periods/period.js';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, isOpen, type Action } from '../../meetings/action.js';
import { boardChartGoal, type GroupBoard, type IndicatorBoardEntry } from '../../meetings/group-board.js';
import { displayDate, displayTime, type AgendaItem, type Meeting } from '../../meetings/meeting.js';
import { situationOf } from '../../meetings/situation.js';

const assessmentLabels = { better: 'bedre', worse: 'dårligere', unchanged: 'uændret', inside: 'inden for grænserne', outside: 'uden for grænserne' } as const;

// View objects are built with Object.assign, not `{ ...x, a, b, c }`: in Node 20's V8 every property
// written after a spread in an object literal costs about a microsecond (an item view took ~20 µs),
// and a meeting page builds dozens of them.

export function meetingView(meeting: Meeting) {
  return Object.assign({}, meeting, {
    dateText: displayDate(meeting.date),
    timeText: meeting.startTime ? displayTime(meeting.startTime) : undefined,
    closed: meeting.closedAt !== null,
  });
}

export function actionView(action: Action, today: string, names: ReadonlyMap<number, string>) {
  return Object.assign({}, action, {
    statusLabel: ACTION_STATUS_LABELS[action.status],
    dueText: displayDate(action.dueDate),
    overdue: isOpen(action) && action.dueDate < today,
    open: isOpen(action),
    startText: action.startPeriod ? displayPeriod(action.startPeriod) : undefined,
    indicatorName: action.indicatorId !== null ? names.get(action.indicatorId) : undefined,
    statusOptions: ACTION_STATUSES.map((value) => ({ value, label: ACTION_STATUS_LABELS[value], selected: value === action.status })),
  });
}

function formatFigures(entry: IndicatorBoardEntry) {
  const { indicator, figures } = entry;
  const change = (delta: number | undefined) => (delta === undefined ? undefined : formatChange(indicator, delta));
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
  };
}

// The group board keeps an indicator's `figures` object for as long as its data and the month are
// unchanged (see group-board.ts), so the formatted numbers are kept with it instead of being
// formatted again for every page.
const formattedFigures = new WeakMap<IndicatorBoardEntry['figures'], ReturnType<typeof formatFigures>>();

export function keyFiguresView(entry: IndicatorBoardEntry) {
  let formatted = formattedFigures.get(entry.figures);
  if (!formatted) formattedFigures.set(entry.figures, (formatted = formatFigures(entry)));
  return Object.assign({}, formatted, { goals: entry.goals.map((g) => ({ ...g, display: PROGRESS_DISPLAY[g.status] })) });
}

const namesOfBoards = new WeakMap<GroupBoard, Map<number, string>>();

/** Indicator names by id, for the actions' "· Sygefravær"; once per board, not once per item. */
function indicatorNames(board: GroupBoard): Map<number, string> {
  let names = namesOfBoards.get(board);
  if (!names) namesOfBoards.set(board, (names = new Map(board.entries.map((e) => [e.indicator.id, e.indicator.name]))));
  return names;
}

const questionsOfContent = new WeakMap<Content, Map<Situation, ReturnType<typeof questionsForSituation>>>();

function questionsFor(content: Content, situation: Situation) {
  let bySituation = questionsOfContent.get(content);
  if (!bySituation) questionsOfContent.set(content, (bySituation = new Map()));
  let questions = bySituation.get(situation);
  if (!questions) bySituation.set(situation, (questions = questionsForSituation(content, situation)));
  return questions;
}

/** The chart's HTML, or with `slots` a marker for it that the route fills with the chart's bytes. */
export function indicatorChart(entry: IndicatorBoardEntry, chartId: string, size: 'full' | 'small', slots?: ChartSlots) {
  const goal = boardChartGoal(entry);
  const data = { indicator: entry.indicator, observations: entry.observations, actions: entry.actions, ...(goal && { goal }) };
  return slots ? slots.add(indicatorChartBytes(chartId, data, size)) : indicatorChartHtml(chartId, data, size);
}

/** Everything one agenda item shows in meeting mode and in the minutes. */
export function itemView(item: AgendaItem, board: GroupBoard, content: Content, actions: readonly Action[], today: string, size: 'full' | 'small', slots?: ChartSlots) {
  const names = indicatorNames(board);
  // An ended goal has no progress but keeps its title and indicator on old agendas and minutes.
  const goal = item.goalId !== null ? board.goals.find((g) => g.id === item.goalId) : undefined;
  const goalTitle = item.goalId !== null ? board.goalTitles.get(item.goalId) : undefined;
  const indicatorId = item.indicatorId ?? goalTitle?.indicatorId ?? null;
  const entry = indicatorId !== null ? board.byId.get(indicatorId) : undefined;
  const title = item.kind === 'topic' ? (item.topic ?? '') : item.kind === 'goal' ? `Mål: ${goalTitle?.title ?? 'ukendt mål'}` : (entry?.indicator.name ?? 'Arkiveret indikator');
  const situation = entry ? situationOf(entry.figures, goal?.status ?? entry.goals[0]?.status) : undefined;
  const itemActions = actions.filter((a) => a.itemId === item.id);
  const openForIndicator = entry ? entry.actions.filter((a) => isOpen(a) && a.itemId !== item.id) : [];
  return Object.assign({}, item, {
    title,
    indicatorId,
    chart: entry ? indicatorChart(entry, `punkt-${item.id}`, size, slots) : undefined,
    figures: entry ? keyFiguresView(entry) : undefined,
    goal: goal ? { ...goal, display: PROGRESS_DISPLAY[goal.status] } : undefined,
    situationLabel: situation ? content.reflectionSituations[situation].label : undefined,
    questions: situation ? questionsFor(content, situation) : content.dataTheme.reflectionQuestions.slice(0, 3),
    decided: itemActions.map((a) => actionView(a, today, names)),
    openActions: openForIndicator.map((a) => actionView(a, today, names)),
    frequency: entry?.indicator.frequency,
  });
}
