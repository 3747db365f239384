import { ACTION_STATUS_LABELS, type ActionStatusChange } from '../../meetings/action.js';
import type { GroupBoard } from '../../meetings/group-board.js';
import { displayDate } from '../../meetings/meeting.js';
import { copenhagenDay } from '../../shared/clock.js';

/** An action's history as rows: the day (in Copenhagen), the status it got, the comment and who wrote it. */
export function historyView(changes: readonly ActionStatusChange[]) {
  return changes.map((c) => ({
    dateText: displayDate(copenhagenDay(new Date(c.changedAt))),
    at: c.changedAt,
    change:
      c.fromStatus === null
        ? `Oprettet: ${ACTION_STATUS_LABELS[c.toStatus].toLowerCase()}`
        : c.fromStatus === c.toStatus
          ? `Stadig ${ACTION_STATUS_LABELS[c.toStatus].toLowerCase()}`
          : `${ACTION_STATUS_LABELS[c.fromStatus]} → ${ACTION_STATUS_LABELS[c.toStatus].toLowerCase()}`,
    comment: c.comment,
    by: c.changedBy,
  }));
}

/** The indicator and goal selects of the action form: the group's indicators and every goal, none first. */
export function linkChoices(board: GroupBoard, values: Record<string, unknown>) {
  const indicatorId = String(values.indicatorId ?? '');
  const goalId = String(values.goalId ?? '');
  return {
    indicators: [
      { value: '', label: 'Ingen indikator', selected: indicatorId === '' },
      ...board.entries.map((e) => ({ value: String(e.indicator.id), label: e.indicator.name, selected: indicatorId === String(e.indicator.id) })),
    ],
    goals: [
      { value: '', label: 'Intet mål', selected: goalId === '' },
      ...[...board.goalTitles].map(([id, g]) => ({ value: String(id), label: g.title.trim() || 'Mål uden titel', selected: goalId === String(id) })),
    ],
  };
}
