import { formatValue } from '../../numbers/value-format.js';
import { displayPeriod } from '../../periods/period.js';
import type { ImportTouch } from '../../imports/value-history.js';
import { newValuesSince, type GroupBoard } from '../../meetings/group-board.js';
import { displayDate, type Meeting } from '../../meetings/meeting.js';
import { actionView } from './meeting-view.js';
import { endOfCopenhagenDay } from '../../shared/clock.js';

/**
 * The next meeting opens with the last one's decisions: each action with its status, and the values
 * that came in since for the indicators those actions concern.
 */
export function followUpView(previous: Meeting, board: GroupBoard, today: string, touches: readonly ImportTouch[]) {
  // The board already holds every action of the group.
  const actions = board.actions.filter((a) => a.meetingId === previous.id).sort((a, b) => a.id - b.id);
  const names = new Map(board.entries.map((e) => [e.indicator.id, e.indicator.name]));
  // Anything stored after the previous meeting's day counts as new since that meeting.
  const since = endOfCopenhagenDay(previous.date);
  const indicatorIds = [...new Set(actions.flatMap((a) => (a.indicatorId !== null ? [a.indicatorId] : [])))];
  const newValues = indicatorIds.flatMap((id) => {
    const entry = board.byId.get(id);
    if (!entry) return [];
    const values = newValuesSince(entry, since, touches);
    return values.length
      ? [{ indicator: entry.indicator.name, values: values.map((o) => ({ period: displayPeriod(o.period), value: formatValue(entry.indicator, o.value) })) }]
      : [];
  });
  return {
    meeting: { ...previous, dateText: displayDate(previous.date) },
    actions: actions.map((a) => actionView(a, today, names)),
    newValues,
  };
}
