import type { Content } from '../../content/content-loader.js';
import type { GroupBoard } from '../../meetings/group-board.js';
import type { MinutesToKeep } from '../../meetings/meeting-service.js';
import type { MinutesRecord, RecordedAction, RecordedItem } from '../../meetings/minutes-record.js';
import { formatValue } from '../../numbers/value-format.js';
import { countNoun } from '../../numbers/danish-nouns.js';
import { displayPeriod, formatCanonical, parseCanonical } from '../../periods/period.js';
import type { loadMeeting } from './meeting-links.js';
import { actionView, itemView, meetingView } from './meeting-view.js';
import type { Db } from '../../db/connection.js';
import { itemChartExtras } from './item-chart-extras.js';

type LoadedMeeting = Awaited<ReturnType<typeof loadMeeting>>;

export const messages = {
  changed: (period: string, was: string, now: string) => `${period} er nu ${now} (mødet så ${was})`,
  added: (periods: string[]) => `nye tal for ${periods.join(', ')}`,
  removed: (period: string) => `${period} er slettet siden mødet`,
  seeLive: (name: string) => `Se ${name}, som den er nu`,
  nothingNoted: 'Ingen noter eller beslutninger.',
};

function recordedAction(a: ReturnType<typeof actionView>): RecordedAction {
  return {
    id: a.id,
    whatAndWhy: a.whatAndWhy,
    howAndWho: a.howAndWho,
    responsible: a.responsible,
    dueDate: a.dueDate,
    dueText: a.dueText,
    ...(a.startText && { startText: a.startText }),
    ...(a.interventionText && { interventionText: a.interventionText }),
    statusLabel: a.statusLabel,
    ...(a.overdue && { overdue: true }),
  };
}

/**
 * The minutes of a meeting as it stands now: every item as meeting mode showed it (the same
 * itemView), its chart, the questions shown and those the group marked as discussed, its notes and
 * decisions. Closing the meeting stores exactly this; an open meeting shows it as a draft.
 */
export async function buildMinutes(db: Db, loaded: LoadedMeeting, content: Content, groupName: string): Promise<MinutesToKeep> {
  const { meeting, board, items, actions, day, followUp, reasons, discussed, members } = loaded;
  const extras = await itemChartExtras(db, board, items);
  const view = meetingView(meeting, members);
  const charts = new Map<number, string>();
  const recorded = items.map((item, index): RecordedItem => {
    const iv = itemView(item, board, content, actions, day, 'full', undefined, reasons, discussed, extras);
    if (iv.chart) charts.set(item.id, iv.chart);
    const entry = iv.indicatorId !== null ? board.byId.get(iv.indicatorId) : undefined;
    return {
      itemId: item.id,
      number: index + 1,
      kind: item.kind,
      title: iv.title,
      indicatorId: iv.indicatorId,
      goalId: item.goalId,
      bankEntryId: item.bankEntryId,
      reasons: iv.reasons,
      ...(iv.situation && { situation: { label: iv.situation.label, icon: iv.situation.icon, tone: iv.situation.tone } }),
      ...(iv.figures && {
        figures: {
          latest: iv.figures.latest,
          latestPeriod: iv.figures.latestPeriod,
          change: iv.figures.change,
          previousPeriod: iv.figures.previousPeriod,
          yearChange: iv.figures.yearChange,
          lastYearPeriod: iv.figures.lastYearPeriod,
          seasonal: iv.figures.seasonal,
          rollingYear: iv.figures.rollingYear,
          verdict: iv.figures.verdict,
          missingPeriod: iv.figures.missingPeriod,
        },
      }),
      goalLines: [
        ...(iv.figures?.goals ?? []).map((g) => ({ display: g.display, text: `Mål: ${g.title}` })),
        ...(iv.goal ? [{ display: iv.goal.display, text: iv.goal.progressText }] : []),
      ],
      ...(entry && { shownValues: entry.observations.map((o) => ({ period: formatCanonical(o.period), value: o.value })) }),
      hasChart: Boolean(iv.chart),
      ...(iv.theme?.behaviours.length && { behaviours: iv.theme.behaviours }),
      questions: iv.questions,
      notes: item.notes,
      decisions: iv.decided.map(recordedAction),
    };
  });
  const record: MinutesRecord = {
    schema: 1,
    meeting: {
      title: meeting.title,
      date: meeting.date,
      dateText: view.dateText,
      ...(view.timeText && { timeText: view.timeText }),
      location: meeting.location,
      attendees: meeting.attendees,
      ...(view.chairName && { chair: view.chairName }),
      ...(view.secretaryName && { secretary: view.secretaryName }),
    },
    groupName,
    ...(followUp &&
      followUp.actions.length && {
        followUp: { title: followUp.meeting.title, dateText: followUp.meeting.dateText, actions: followUp.actions.map(recordedAction), newValues: followUp.newValues },
      }),
    items: recorded,
  };
  return { record, charts };
}

/** What has changed in an indicator's values since the meeting saw them, in words; undefined when nothing has. */
export function newerFigures(item: RecordedItem, board: GroupBoard): string[] | undefined {
  if (item.indicatorId === null || !item.shownValues) return undefined;
  const entry = board.byId.get(item.indicatorId);
  if (!entry) return undefined;
  const shown = new Map(item.shownValues.map((v) => [v.period, v.value]));
  const now = new Map(entry.observations.map((o) => [formatCanonical(o.period), o]));
  const lines: string[] = [];
  const added: string[] = [];
  for (const [period, o] of now) {
    const was = shown.get(period);
    if (was === undefined) added.push(displayPeriod(o.period));
    else if (Math.abs(was - o.value) > 1e-9) lines.push(messages.changed(displayPeriod(o.period), formatValue(entry.indicator, was), formatValue(entry.indicator, o.value)));
  }
  for (const period of shown.keys()) if (!now.has(period)) lines.push(messages.removed(displayPeriod(parseCanonical(period))));
  if (added.length) lines.push(messages.added(added));
  return lines.length ? lines : undefined;
}

/**
 * The minutes page's view of a record: the decisions first (what and why, how and who, by when,
 * responsible), then the items; an item with no notes, no discussed question and no decision is
 * one line. Each indicator item says when newer figures have come since the meeting.
 */
export function minutesView(record: MinutesRecord, charts: ReadonlyMap<number, string>, board: GroupBoard, groupId: number, chartOf: (html: string) => string) {
  const decisions = record.items.flatMap((item) => item.decisions.map((d) => Object.assign({}, d, { itemNumber: item.number, itemTitle: item.title })));
  const items = record.items.map((item) => {
    const discussed = item.questions.filter((q) => q.discussed);
    const compact = !item.notes && !item.decisions.length && !discussed.length;
    const newer = newerFigures(item, board);
    const chart = charts.get(item.itemId);
    return Object.assign({}, item, {
      compact,
      reasonText: item.reasons.join('. '),
      chart: chart && !compact ? chartOf(chart) : undefined,
      discussedQuestions: discussed,
      otherQuestions: item.questions.filter((q) => !q.discussed),
      questionsText: countNoun(item.questions.length, 'spørgsmål', 'spørgsmål'),
      newer: newer && item.indicatorId !== null ? { lines: newer, href: `/grupper/${groupId}/indikatorer/${item.indicatorId}`, linkText: messages.seeLive(item.title) } : undefined,
      summary: compact
        ? [item.figures?.latest ? `Seneste værdi ${item.figures.latest} (${item.figures.latestPeriod})` : undefined, messages.nothingNoted].filter(Boolean).join('. ')
        : undefined,
    });
  });
  return {
    meeting: record.meeting,
    groupName: record.groupName,
    followUp: record.followUp,
    decisions,
    items,
    newerCount: items.filter((i) => i.newer).length,
  };
}
