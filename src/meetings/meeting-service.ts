import type { Db } from '../db/connection.js';
import { recordAudit } from '../audit/audit-queries.js';
import { findIndicator } from '../indicators/indicator-queries.js';
import { findGoal } from '../goals/goal-queries.js';
import { displayPeriod } from '../periods/period.js';
import { ValidationError, found } from '../shared/errors.js';
import { ACTION_STATUS_LABELS, INTERVENTION_KIND_LABELS, parseActionStatus, validateAction, messages as actionMessages, type Action } from './action.js';
import { findAction, insertAction, setActionStatus } from './action-queries.js';
import { ADDED_BY_GROUP, displayDate, messages, validateMeeting, type AgendaItem, type Meeting } from './meeting.js';
import { TOPIC_KINDS } from '../content/content-loader.js';
import type { Actor } from '../shared/actor.js';
import {
  deleteItem,
  findItem,
  findMeeting,
  insertItem,
  insertMeeting,
  listItems,
  setItemNotes,
  setItemPosition,
  setMeetingClosed,
  updateMeeting,
} from './meeting-queries.js';
import { cprFieldErrors } from '../shared/cpr.js';

/** The kind of a free topic from the form; anything unknown is 'other'. */
function topicKind(value: unknown): string {
  return TOPIC_KINDS.find((k) => k === value) ?? 'other';
}

function ids(value: unknown): number[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map(Number).filter((n) => Number.isInteger(n) && n > 0);
}

const audit = (db: Db, actor: Actor, entityType: 'meeting' | 'action', entityId: number, action: string, summary: string, extra: { oldValue?: unknown; newValue?: unknown } = {}) =>
  recordAudit(db, { groupId: actor.groupId, userId: actor.userId, entityType, entityId, action, summary, ...extra });

/**
 * Creates a meeting with the agenda the group ticked: suggested indicators keep the reason they were
 * suggested for. Indicator ids from the form are checked against the group.
 */
export async function createMeeting(db: Db, actor: Actor, raw: Record<string, unknown>, reasons: ReadonlyMap<number, string>): Promise<Meeting> {
  const result = validateMeeting(raw);
  if (!result.ok) throw new ValidationError(result.errors);
  const indicatorIds = ids(raw.indicatorIds);
  const topic = String(raw.topic ?? '').trim();
  return db.transaction().execute(async (trx) => {
    const meeting = await insertMeeting(trx, actor.groupId, actor.userId, result.value);
    for (const id of indicatorIds) {
      const indicator = found(await findIndicator(trx, actor.groupId, id), 'Indikatoren');
      await insertItem(trx, meeting.id, { kind: 'indicator', indicatorId: indicator.id, reason: reasons.get(id) ?? null });
    }
    if (topic) await insertItem(trx, meeting.id, { kind: 'topic', topic, topicKind: topicKind(raw.topicKind) });
    await audit(trx, actor, 'meeting', meeting.id, 'create', `Oprettede mødet „${meeting.title}“ ${displayDate(meeting.date)}`);
    return meeting;
  });
}

export async function editMeeting(db: Db, actor: Actor, meetingId: number, raw: Record<string, unknown>): Promise<void> {
  const result = validateMeeting(raw);
  if (!result.ok) throw new ValidationError(result.errors);
  await db.transaction().execute(async (trx) => {
    const before = found(await findMeeting(trx, actor.groupId, meetingId), 'Mødet');
    await updateMeeting(trx, actor.groupId, meetingId, result.value);
    await audit(trx, actor, 'meeting', meetingId, 'update', `Ændrede mødet „${result.value.title}“`, { oldValue: { title: before.title, date: before.date, attendees: before.attendees }, newValue: result.value });
  });
}

/** A closed meeting's minutes are the record of what was decided: only reopening it allows changes. */
async function getOpenMeeting(db: Db, actor: Actor, meetingId: number): Promise<Meeting> {
  const meeting = found(await findMeeting(db, actor.groupId, meetingId), 'Mødet');
  if (meeting.closedAt) throw new ValidationError([{ field: 'meeting', message: messages.closed }]);
  return meeting;
}

export async function addItem(db: Db, actor: Actor, meetingId: number, raw: Record<string, unknown>): Promise<AgendaItem> {
  const meeting = await getOpenMeeting(db, actor, meetingId);
  const indicatorId = ids(raw.indicatorId)[0];
  const goalId = ids(raw.goalId)[0];
  const topic = String(raw.topic ?? '').trim();
  return db.transaction().execute(async (trx) => {
    if (indicatorId !== undefined) {
      const indicator = found(await findIndicator(trx, actor.groupId, indicatorId), 'Indikatoren');
      const item = await insertItem(trx, meeting.id, { kind: 'indicator', indicatorId: indicator.id, reason: ADDED_BY_GROUP });
      await audit(trx, actor, 'meeting', meeting.id, 'add-item', `Satte „${indicator.name}“ på dagsordenen for „${meeting.title}“`);
      return item;
    } else if (goalId !== undefined) {
      const goal = found(await findGoal(trx, actor.groupId, goalId), 'Målet');
      const item = await insertItem(trx, meeting.id, { kind: 'goal', goalId: goal.id, reason: ADDED_BY_GROUP });
      await audit(trx, actor, 'meeting', meeting.id, 'add-item', `Satte målet „${goal.title}“ på dagsordenen for „${meeting.title}“`);
      return item;
    } else if (topic) {
      if (topic.length > 200) throw new ValidationError([{ field: 'topic', message: 'Emnet må højst være 200 tegn.' }]);
      const cpr = cprFieldErrors({ topic });
      if (cpr.length) throw new ValidationError(cpr);
      const item = await insertItem(trx, meeting.id, { kind: 'topic', topic, topicKind: topicKind(raw.topicKind) });
      await audit(trx, actor, 'meeting', meeting.id, 'add-item', `Satte „${topic}“ på dagsordenen for „${meeting.title}“`);
      return item;
    }
    throw new ValidationError([{ field: 'topic', message: messages.topicRequired }]);
  });
}

export async function removeItem(db: Db, actor: Actor, meetingId: number, itemId: number): Promise<void> {
  const meeting = await getOpenMeeting(db, actor, meetingId);
  found(await findItem(db, meeting.id, itemId), 'Punktet');
  await db.transaction().execute(async (trx) => {
    await deleteItem(trx, meeting.id, itemId);
    await audit(trx, actor, 'meeting', meeting.id, 'remove-item', `Fjernede et punkt fra dagsordenen for „${meeting.title}“`);
  });
}

/** Moves an item one place up or down by swapping positions with its neighbour. */
export async function moveItem(db: Db, actor: Actor, meetingId: number, itemId: number, direction: 'up' | 'down'): Promise<void> {
  const meeting = await getOpenMeeting(db, actor, meetingId);
  await db.transaction().execute(async (trx) => {
    const items = await listItems(trx, meeting.id);
    const index = items.findIndex((i) => i.id === itemId);
    const other = items[direction === 'up' ? index - 1 : index + 1];
    const item = items[index];
    if (!item || !other) return;
    await setItemPosition(trx, meeting.id, item.id, other.position);
    await setItemPosition(trx, meeting.id, other.id, item.position === other.position ? other.position + (direction === 'up' ? 1 : -1) : item.position);
  });
}

export async function saveNotes(db: Db, actor: Actor, meetingId: number, itemId: number, raw: Record<string, unknown>): Promise<void> {
  const notes = String(raw.notes ?? '').trim();
  if (notes.length > 10_000) throw new ValidationError([{ field: 'notes', message: messages.notesTooLong }]);
  const cpr = cprFieldErrors({ notes });
  if (cpr.length) throw new ValidationError(cpr);
  const meeting = await getOpenMeeting(db, actor, meetingId);
  const item = found(await findItem(db, meeting.id, itemId), 'Punktet');
  await db.transaction().execute(async (trx) => {
    await setItemNotes(trx, meeting.id, item.id, notes);
    await audit(trx, actor, 'meeting', meeting.id, 'notes', `Skrev noter til et punkt på „${meeting.title}“`, { oldValue: item.notes, newValue: notes });
  });
}

/** An action decided on an agenda item, linked to the item's indicator or goal and to the meeting. */
export async function decideAction(db: Db, actor: Actor, meetingId: number, itemId: number, raw: Record<string, unknown>): Promise<Action> {
  const meeting = await getOpenMeeting(db, actor, meetingId);
  const item = found(await findItem(db, meeting.id, itemId), 'Punktet');
  // An action on a goal item concerns the goal's indicator: its start period and chart marker follow it.
  const indicatorId = item.indicatorId ?? (item.goalId !== null ? (found(await findGoal(db, actor.groupId, item.goalId), 'Målet')).indicatorId : null);
  const indicator = indicatorId !== null ? found(await findIndicator(db, actor.groupId, indicatorId), 'Indikatoren') : undefined;
  const result = validateAction(raw, indicator?.frequency);
  if (!result.ok) throw new ValidationError(result.errors);
  return db.transaction().execute(async (trx) => {
    const action = await insertAction(trx, { groupId: actor.groupId, meetingId: meeting.id, itemId: item.id, indicatorId: indicator?.id ?? null, goalId: item.goalId, userId: actor.userId }, result.value);
    const start = action.startPeriod ? ` fra ${displayPeriod(action.startPeriod)}` : '';
    const intervention = action.interventionKind ? ` (en indsats: ${INTERVENTION_KIND_LABELS[action.interventionKind].toLowerCase()})` : '';
    await audit(trx, actor, 'action', action.id, 'create', `Besluttede på „${meeting.title}“: „${action.whatAndWhy}“ – ${action.responsible}, senest ${displayDate(action.dueDate)}${start}${intervention}`, { newValue: result.value });
    return action;
  });
}

export async function changeActionStatus(db: Db, actor: Actor, actionId: number, raw: Record<string, unknown>): Promise<Action> {
  const status = parseActionStatus(raw.status);
  if (!status) throw new ValidationError([{ field: 'status', message: actionMessages.statusInvalid }]);
  return db.transaction().execute(async (trx) => {
    const action = found(await findAction(trx, actor.groupId, actionId), 'Handlingen');
    await setActionStatus(trx, actor.groupId, actionId, status);
    await audit(trx, actor, 'action', actionId, 'status', `Satte handlingen „${action.whatAndWhy}“ til ${ACTION_STATUS_LABELS[status].toLowerCase()}`, { oldValue: action.status, newValue: status });
    return { ...action, status };
  });
}

export async function closeMeeting(db: Db, actor: Actor, meetingId: number, closed: boolean): Promise<Meeting> {
  return db.transaction().execute(async (trx) => {
    const meeting = found(await findMeeting(trx, actor.groupId, meetingId), 'Mødet');
    await setMeetingClosed(trx, actor.groupId, meetingId, closed);
    await audit(trx, actor, 'meeting', meetingId, closed ? 'close' : 'reopen', `${closed ? 'Afsluttede' : 'Genåbnede'} mødet „${meeting.title}“`);
    return meeting;
  });
}
