import type { Db } from '../db/connection.js';
import { listGoals } from '../goals/goal-queries.js';
import { listIndicators } from '../indicators/indicator-queries.js';
import type { AgendaItem } from './meeting.js';
import { listItems } from './meeting-queries.js';

export const messages = {
  goal: (title: string) => `Mål: ${title}`,
  unknownGoal: 'Mål: ukendt mål',
  archivedIndicator: 'Arkiveret indikator',
};

export interface OutlineItem {
  title: string;
  reason: string | null;
}

/** Each agenda item's title in words: the indicator's name, "Mål: …" or the free topic. */
export function outlineOf(items: readonly AgendaItem[], indicatorNames: ReadonlyMap<number, string>, goalTitles: ReadonlyMap<number, string>): OutlineItem[] {
  return items.map((item) => {
    const title =
      item.kind === 'topic' || item.kind === 'theme'
        ? (item.topic ?? '')
        : item.kind === 'goal'
          ? (item.goalId !== null && goalTitles.has(item.goalId) ? messages.goal(goalTitles.get(item.goalId)!) : messages.unknownGoal)
          : (item.indicatorId !== null ? indicatorNames.get(item.indicatorId) : undefined) ?? messages.archivedIndicator;
    return { title, reason: item.reason };
  });
}

/** The meeting's agenda as a list of titles and reasons, for invitations and other text outside the app. */
export async function loadAgendaOutline(db: Db, groupId: number, meetingId: number): Promise<OutlineItem[]> {
  const [items, active, archived, goals] = await Promise.all([
    listItems(db, meetingId),
    listIndicators(db, groupId, { archived: false }),
    listIndicators(db, groupId, { archived: true }),
    listGoals(db, groupId),
  ]);
  const names = new Map([...active, ...archived].map((i) => [i.id, i.name]));
  const goalTitles = new Map(goals.map((g) => [g.id, g.title.trim() || 'Mål uden titel']));
  return outlineOf(items, names, goalTitles);
}
