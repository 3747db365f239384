import { questionsForSituation, questionsForTopic, TOPIC_KINDS, type Content, type Situation, type TopicKind } from '../../content/content-loader.js';
import { indicatorChartBytes, indicatorChartHtml, type IndicatorChartData } from '../../charts/indicator-chart.js';
import type { ItemChartExtras } from './item-chart-extras.js';
import type { ChartSlots } from '../../charts/chart-slots.js';
import { PROGRESS_DISPLAY } from '../../goals/progress.js';
import { formatChange, formatValue } from '../../numbers/value-format.js';
import { countNoun } from '../../numbers/danish-nouns.js';
import { displayPeriod, latestCompletedPeriod } from '../../periods/period.js';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, INTERVENTION_KIND_LABELS, isOpen, isOverdue, OUTSIDE_GROUP, type Action, type ResponsibleMember } from '../../meetings/action.js';
import { bankEntryView } from './bank-view.js';
import { boardChartGoal, type GroupBoard, type IndicatorBoardEntry } from '../../meetings/group-board.js';
import { displayDate, displayTime, ADDED_BY_GROUP, type AgendaItem, type Meeting } from '../../meetings/meeting.js';
import { decisionReasons } from '../../situations/situation-text.js';
import type { SituationDecision } from '../../situations/situation.js';

/** A situation as words with an icon (all in dkfds/dist/img/all-svg-icons.svg) and a tone: never colour alone. */
const SITUATION_LOOK: Record<Situation, { icon: string; tone: 'success' | 'warning' | 'error' | 'info' }> = {
  offTrack: { icon: 'warning', tone: 'warning' },
  missingData: { icon: 'help', tone: 'info' },
  goalReached: { icon: 'flag-fill', tone: 'success' },
  improving: { icon: 'check', tone: 'success' },
  flat: { icon: 'minus', tone: 'info' },
};

// "Off track" has three causes; the badge names the one that decided it, so a goal behind its path
// is never called "the wrong way" beside a signal that the figures go the right way.
const OFF_TRACK_LABELS: Partial<Record<SituationDecision['findings'][number]['kind'], string>> = {
  'goal-behind': 'Bagud i forhold til målet',
  'outside-range': 'Uden for grænserne',
};

/** The words for an indicator's situation, naming what decided it. */
export function situationLabel(content: Content, decision: Pick<SituationDecision, 'situation' | 'findings'>): string {
  const first = decision.findings[0]?.kind;
  const specific = decision.situation === 'offTrack' && first ? OFF_TRACK_LABELS[first] : undefined;
  return specific ?? content.reflectionSituations[decision.situation].label;
}

export function situationDisplay(content: Content, decision: Pick<SituationDecision, 'situation' | 'findings'>) {
  return { label: situationLabel(content, decision), ...SITUATION_LOOK[decision.situation] };
}

/** "Signal eller støj" for the latest figure, in words. */
function verdictText(decision: SituationDecision): string {
  const signal = decision.findings.find((f) => f.kind === 'signal');
  if (signal?.kind === 'signal') {
    return signal.judged === 'worse' ? 'Et signal: den forkerte vej' : signal.judged === 'better' ? 'Et signal: den rigtige vej' : signal.up ? 'Et signal: en stigning' : 'Et signal: et fald';
  }
  return decision.variation.verdict === 'noise' ? 'Normal variation' : 'For få tal til at sige det';
}

// View objects are built with Object.assign, not `{ ...x, a, b, c }`: in Node 20's V8 every property
// written after a spread in an object literal costs about a microsecond (an item view took ~20 µs),
// and a meeting page builds dozens of them.

export function meetingView(meeting: Meeting, members: readonly ResponsibleMember[] = []) {
  const nameOf = (id: number | null | undefined) => (id ? members.find((m) => m.userId === id)?.name : undefined);
  return Object.assign({}, meeting, {
    chairName: nameOf(meeting.chairUserId),
    secretaryName: nameOf(meeting.secretaryUserId),
    dateText: displayDate(meeting.date),
    timeText: meeting.startTime ? displayTime(meeting.startTime) : undefined,
    closed: meeting.closedAt !== null,
  });
}

export function actionView(action: Action, today: string, names: ReadonlyMap<number, string>, goalTitles?: ReadonlyMap<number, string>) {
  return Object.assign({}, action, {
    href: `/grupper/${action.groupId}/handlinger/${action.id}`,
    indicatorHref: action.indicatorId !== null ? `/grupper/${action.groupId}/indikatorer/${action.indicatorId}` : undefined,
    goalTitle: action.goalId !== null ? goalTitles?.get(action.goalId) : undefined,
    goalHref: action.goalId !== null ? `/grupper/${action.groupId}/maal/${action.goalId}` : undefined,
    statusLabel: ACTION_STATUS_LABELS[action.status],
    dueText: displayDate(action.dueDate),
    overdue: isOverdue(action, today),
    open: isOpen(action),
    startText: action.startPeriod ? displayPeriod(action.startPeriod) : undefined,
    interventionText: action.interventionKind ? INTERVENTION_KIND_LABELS[action.interventionKind] : undefined,
    indicatorName: action.indicatorId !== null ? names.get(action.indicatorId) : undefined,
    statusOptions: ACTION_STATUSES.map((value) => ({ value, label: ACTION_STATUS_LABELS[value], selected: value === action.status })),
  });
}

function formatFigures(entry: IndicatorBoardEntry) {
  const { indicator, figures, decision } = entry;
  const change = (delta: number | undefined) => (delta === undefined ? undefined : formatChange(indicator, delta));
  const rolling = decision.variation.seasonal?.rollingYear;
  return {
    latest: figures.latest ? formatValue(indicator, figures.latest.value) : undefined,
    latestPeriod: figures.latest ? displayPeriod(figures.latest.period) : undefined,
    change: change(figures.change),
    previousPeriod: figures.previous ? displayPeriod(figures.previous.period) : undefined,
    yearChange: change(figures.changeSinceLastYear),
    lastYearPeriod: figures.lastYear ? displayPeriod(figures.lastYear.period) : undefined,
    // A seasonal series is judged against the same quarter last year: that comparison comes first.
    seasonal: decision.variation.seasonal !== undefined,
    rollingYear: rolling ? formatValue(indicator, rolling.value) : undefined,
    verdict: figures.latest ? verdictText(decision) : undefined,
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
export function indicatorChart(
  entry: IndicatorBoardEntry,
  chartId: string,
  size: 'full' | 'small',
  slots?: ChartSlots,
  today?: Date,
  legend = true,
  extras?: Pick<IndicatorChartData, 'references' | 'captionNotes'>,
) {
  const goal = boardChartGoal(entry);
  const data = {
    indicator: entry.indicator,
    observations: entry.observations,
    actions: entry.actions,
    goals: entry.goals.map((g) => ({ title: g.title, status: g.status })),
    decision: entry.decision,
    ...(today && { expected: latestCompletedPeriod(entry.indicator.frequency, today) }),
    ...(goal && { goal }),
    ...(legend ? {} : { legend: false }),
    ...extras,
  };
  return slots ? slots.add(indicatorChartBytes(chartId, data, size)) : indicatorChartHtml(chartId, data, size);
}

function topicKindOf(item: AgendaItem): TopicKind {
  return TOPIC_KINDS.find((k) => k === item.topicKind) ?? 'other';
}

/** The reflection questions beside an item: by the indicator's situation, or for a free topic by its kind. */
function questionsOfItem(content: Content, situation: Situation | undefined, item: AgendaItem) {
  if (situation) return questionsFor(content, situation);
  return questionsForTopic(content, item.kind === 'goal' ? 'goal' : topicKindOf(item));
}

/**
 * Everything one agenda item shows in meeting mode, on the overview and in the minutes. The reason,
 * the chart's caption and the questions all come from the board's one decision about the indicator
 * (entry.decision), so they cannot disagree. `extraReasons` are the live reasons that are not about
 * the figures (an action's deadline, new values since the last meeting).
 */
export function itemView(
  item: AgendaItem,
  board: GroupBoard,
  content: Content,
  actions: readonly Action[],
  today: string,
  size: 'full' | 'small',
  slots?: ChartSlots,
  extraReasons: ReadonlyMap<number, readonly string[]> = new Map(),
  discussed: ReadonlyMap<number, ReadonlySet<string>> = new Map(),
  chartExtras: ItemChartExtras = new Map(),
) {
  const names = indicatorNames(board);
  // An ended goal has no progress but keeps its title and indicator on old agendas and minutes.
  const goal = item.goalId !== null ? board.goals.find((g) => g.id === item.goalId) : undefined;
  const goalTitle = item.goalId !== null ? board.goalTitles.get(item.goalId) : undefined;
  const indicatorId = item.indicatorId ?? goalTitle?.indicatorId ?? null;
  const entry = indicatorId !== null ? board.byId.get(indicatorId) : undefined;
  const theme = item.kind === 'theme' ? bankEntryView(content, item.bankEntryId) : undefined;
  const title = item.kind === 'theme' ? (theme?.title ?? item.topic ?? '') : item.kind === 'topic' ? (item.topic ?? '') : item.kind === 'goal' ? `Mål: ${goalTitle?.title ?? 'ukendt mål'}` : (entry?.indicator.name ?? 'Arkiveret indikator');
  const situation = entry?.decision.situation;
  const itemActions = actions.filter((a) => a.itemId === item.id);
  const openForIndicator = entry ? entry.actions.filter((a) => isOpen(a) && a.itemId !== item.id) : [];
  const reasons = entry
    ? [...(item.reason === ADDED_BY_GROUP ? [ADDED_BY_GROUP] : []), ...decisionReasons(entry.decision, entry.indicator), ...(extraReasons.get(entry.indicator.id) ?? [])]
    : item.reason
      ? [item.reason]
      : [];
  const topicKind = item.kind === 'topic' ? topicKindOf(item) : undefined;
  return Object.assign({}, item, {
    title,
    indicatorId,
    reasons,
    reasonText: reasons.join('. '),
    chart: entry ? indicatorChart(entry, `punkt-${item.id}`, size, slots, new Date(`${today}T12:00:00Z`), true, chartExtras.get(entry.indicator.id)) : undefined,
    figures: entry ? keyFiguresView(entry) : undefined,
    goal: goal ? { ...goal, display: PROGRESS_DISPLAY[goal.status] } : undefined,
    situation: entry ? situationDisplay(content, entry.decision) : undefined,
    situationLabel: entry ? situationLabel(content, entry.decision) : topicKind ? content.reflectionSituations.topics[topicKind].label : undefined,
    questions: (theme ? theme.questions : questionsOfItem(content, situation, item)).map((q) => ({ id: q.id, text: q.text, discussed: discussed.get(item.id)?.has(q.id) ?? false })),
    theme,
    decided: itemActions.map((a) => actionView(a, today, names, goalTitleMap(board))),
    decidedText: itemActions.length ? countNoun(itemActions.length, 'aftalt handling', 'aftalte handlinger') : undefined,
    openActions: openForIndicator.map((a) => actionView(a, today, names)),
    frequency: entry?.indicator.frequency,
  });
}

const goalTitlesOfBoards = new WeakMap<GroupBoard, Map<number, string>>();

/** Goal titles by id, for the actions' "Mål: …"; once per board. */
export function goalTitleMap(board: GroupBoard): Map<number, string> {
  let titles = goalTitlesOfBoards.get(board);
  if (!titles) goalTitlesOfBoards.set(board, (titles = new Map([...board.goalTitles].map(([id, g]) => [id, g.title]))));
  return titles;
}

/** The members for a responsible select, with "someone outside the group" last. */
export function responsibleOptions(members: readonly ResponsibleMember[], values: Record<string, unknown>) {
  const chosen = String(values.responsibleUserId ?? '');
  return [
    { value: '', label: 'Vælg ansvarlig', selected: chosen === '' },
    ...members.map((m) => ({ value: String(m.userId), label: m.name, selected: chosen === String(m.userId) })),
    { value: OUTSIDE_GROUP, label: 'En uden for ledergruppen (skriv navnet nedenfor)', selected: chosen === OUTSIDE_GROUP },
  ];
}

/** Members for a select of mødeleder or referent, "Ikke valgt" first. */
export function memberOptions(members: readonly ResponsibleMember[], chosen: unknown) {
  const value = chosen === null || chosen === undefined ? '' : String(chosen);
  return [{ value: '', label: 'Ikke valgt', selected: value === '' }, ...members.map((m) => ({ value: String(m.userId), label: m.name, selected: value === String(m.userId) }))];
}

export const interventionKindOptions = (chosen: unknown) => [
  { value: '', label: 'Nej, det er en almindelig handling', checked: !chosen },
  ...Object.entries(INTERVENTION_KIND_LABELS).map(([value, label]) => ({ value, label: `Ja: ${label.charAt(0).toLowerCase()}${label.slice(1)}`, checked: chosen === value })),
];

/** The choices for what a free topic is about, for a <select>. */
export function topicKindOptions(content: Content, chosen?: unknown) {
  return TOPIC_KINDS.map((value) => ({ value, label: content.reflectionSituations.topics[value].label, selected: chosen === value || (!chosen && value === 'other') }));
}
