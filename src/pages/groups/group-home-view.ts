import type { Db } from '../../db/connection.js';
import { addDays, copenhagenDay } from '../../shared/clock.js';
import type { Group } from '../../groups/group.js';
import { sparklineSvg } from '../../charts/sparkline.js';
import { attentionOf } from '../../meetings/attention.js';
import { dueActionsBy, loadGroupBoard, type GroupBoard, type IndicatorBoardEntry } from '../../meetings/group-board.js';
import { displayDate, displayTime, type Meeting } from '../../meetings/meeting.js';
import { countItems, findNextMeeting } from '../../meetings/meeting-queries.js';
import { countNoun } from '../../numbers/danish-nouns.js';
import type { AccessRole, Role } from '../../shared/actor.js';
import { groupHref } from '../breadcrumbs.js';
import { goalsForGroupHome } from '../goals/goal-rows.js';
import { indicatorCard } from '../indicators/indicator-view.js';

/** The group's front page answers "what now?": the next meeting, actions coming due, what needs attention. */

/** Actions due within this many days are shown with the overdue ones. */
export const DUE_SOON_DAYS = 14;
/** The home page lists at most this many indicators that need attention; the dashboard has them all. */
export const ATTENTION_SHOWN = 5;

const DAY_MS = 24 * 60 * 60 * 1000;

const messages = {
  today: 'i dag',
  tomorrow: 'i morgen',
  inDays: (n: number) => `om ${n} dage`,
  daysAgo: (n: number) => (n === 1 ? 'i går' : `for ${n} dage siden`),
  agendaEmpty: 'Dagsordenen er tom',
  agenda: (n: number) => `Dagsorden: ${countNoun(n, 'punkt', 'punkter')}`,
  notClosed: 'Mødet er holdt, men ikke afsluttet.',
  prepare: 'Forbered mødet',
  open: 'Åbn mødet',
  overdue: 'Fristen er overskredet',
  dueSoon: 'Frist snart',
  moreAttention: (n: number) => `Se ${countNoun(n, 'indikator', 'indikatorer')} mere i overblikket`,
};

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / DAY_MS);
}

/** "i dag", "i morgen", "om 12 dage", "for 3 dage siden". */
export function relativeDay(today: string, date: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return messages.today;
  if (days === 1) return messages.tomorrow;
  return days > 1 ? messages.inDays(days) : messages.daysAgo(-days);
}

export function nextMeetingView(meeting: Meeting, items: number, today: string, role: Role | AccessRole) {
  const href = `${groupHref({ id: meeting.groupId })}/moeder/${meeting.id}`;
  const held = meeting.date < today;
  const prepare = role === 'editor' && items === 0 && !held;
  return {
    title: meeting.title,
    dateText: displayDate(meeting.date),
    timeText: meeting.startTime ? displayTime(meeting.startTime) : undefined,
    location: meeting.location || undefined,
    relative: relativeDay(today, meeting.date),
    agendaText: items === 0 ? messages.agendaEmpty : messages.agenda(items),
    heldNotClosed: held ? messages.notClosed : undefined,
    buttonLabel: prepare ? messages.prepare : messages.open,
    href: prepare ? `${href}#dagsorden` : href,
  };
}

/** Open actions whose deadline has passed or comes within DUE_SOON_DAYS: who, what and when. */
export function dueActionsView(board: Pick<GroupBoard, 'actions' | 'entries'>, today: string) {
  const horizon = addDays(today, DUE_SOON_DAYS);
  const names = new Map(board.entries.map((e) => [e.indicator.id, e.indicator.name]));
  return dueActionsBy(board, horizon)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id)
    .map((a) => {
      const overdue = a.dueDate < today;
      return {
        id: a.id,
        what: a.whatAndWhy,
        who: a.responsible,
        dueText: displayDate(a.dueDate),
        relative: relativeDay(today, a.dueDate),
        overdue,
        badge: overdue ? messages.overdue : messages.dueSoon,
        indicatorName: a.indicatorId !== null ? names.get(a.indicatorId) : undefined,
      };
    });
}

/** The indicators that need the group's attention, with the same reasons the agenda gives, most pressing first. */
export function attentionView(board: Pick<GroupBoard, 'actions' | 'entries'>, today: string, base: string) {
  const due = dueActionsBy(board, today);
  return board.entries
    .map((entry) => ({ entry, attention: attentionOf({ ...entry, newValues: 0 }, due) }))
    .filter(({ attention }) => attention.score > 0)
    .sort((a, b) => b.attention.score - a.attention.score || a.entry.indicator.name.localeCompare(b.entry.indicator.name, 'da'))
    .map(({ entry, attention }) => ({ id: entry.indicator.id, name: entry.indicator.name, href: `${base}/indikatorer/${entry.indicator.id}`, reasons: attention.reasons }));
}

/** A row of the indicator table: latest value, change, data status and a small trend line. */
export function indicatorRow(entry: Pick<IndicatorBoardEntry, 'indicator' | 'figures' | 'observations'>) {
  const { indicator } = entry;
  return Object.assign(indicatorCard(indicator, entry.figures), {
    sparkline: sparklineSvg({ name: indicator.name, unit: indicator.unit, decimals: indicator.decimals, observations: entry.observations }),
  });
}

/** Everything the home page shows, from one read of the group's board. */
export async function loadGroupHome(db: Db, group: Group, now: Date, role: AccessRole) {
  const today = copenhagenDay(now);
  const base = groupHref(group);
  const [board, next] = await Promise.all([loadGroupBoard(db, group.id, now), findNextMeeting(db, group.id, today)]);
  const goals = await goalsForGroupHome(db, group.id, now, board);
  const items = next ? await countItems(db, next.id) : 0;
  const attention = attentionView(board, today, base);
  const cards = board.entries.map(indicatorRow);
  return {
    nextMeeting: next ? nextMeetingView(next, items, today, role) : undefined,
    dueActions: dueActionsView(board, today),
    attention: attention.slice(0, ATTENTION_SHOWN),
    moreAttention: attention.length > ATTENTION_SHOWN ? messages.moreAttention(attention.length - ATTENTION_SHOWN) : undefined,
    cards,
    missingCount: cards.filter((c) => c.missingPeriod).length,
    goals,
  };
}
