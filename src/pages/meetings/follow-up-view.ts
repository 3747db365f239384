import type { Db } from '../../db/connection.js';
import { formatValue } from '../../numbers/value-format.js';
import { displayPeriod } from '../../periods/period.js';
import type { GroupBoard } from '../../meetings/group-board.js';
import { displayDate, type Meeting } from '../../meetings/meeting.js';
import { findPreviousMeeting } from '../../meetings/meeting-queries.js';
import { actionView } from './meeting-view.js';

/**
 * The next meeting opens with the last one's decisions: each action with its status, and the values
 * that came in since for the indicators those actions concern.
 */
export async function loadFollowUp(db: Db, meeting: Meeting, board: GroupBoard, today: string) {
  const previous = await findPreviousMeeting(db, meeting);
  if (!previous) return undefined;
  // The board already holds every action of the group.
  const actions = board.actions.filter((a) => a.meetingId === previous.id).sort((a, b) => a.id - b.id);
  const names = new Map(board.entries.map((e) => [e.indicator.id, e.indicator.name]));
  // Anything stored after the previous meeting's day counts as new since that meeting.
  const since = `${previous.date}T23:59:59.999Z`;
  const indicatorIds = [...new Set(actions.flatMap((a) => (a.indicatorId !== null ? [a.indicatorId] : [])))];
  const newValues = indicatorIds.flatMap((id) => {
    const entry = board.byId.get(id);
    if (!entry) return [];
    const values = entry.observations.filter((o) => o.updatedAt > since);
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
