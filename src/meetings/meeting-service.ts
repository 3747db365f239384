import type { Db } from '../db/connection.js';
import { recordAudit } from '../audit/audit-queries.js';
import { findIndicator } from '../indicators/indicator-queries.js';
import { findGoal } from '../goals/goal-queries.js';
import { ValidationError, found, type FieldError } from '../shared/errors.js';
import type { Action } from './action.js';
import { createAction } from './action-service.js';
import { ADDED_BY_GROUP, displayDate, messages, validateMeeting, type AgendaItem, type Meeting, type MeetingInput } from './meeting.js';
import { findQuestion, findThemeOrMethod, TOPIC_KINDS, type QuestionBank } from '../content/content-loader.js';
import { findRole } from '../groups/group-queries.js';
import { insertMinutes, type MinutesRecord } from './minutes-record.js';
import type { Actor } from '../shared/actor.js';
import {
  deleteItem,
  findItem,
  findMeeting,
  insertItem,
  insertMeeting,
  listItems,
  setDiscussedQuestions,
  setItemNotes,
  setItemPosition,
  setMeetingClosed,
  updateMeeting,
} from './meeting-queries.js';

export { changeActionStatus } from './action-service.js';
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

/** Mødeleder and referent must be members of the group. */
async function checkRoles(db: Db, groupId: number, input: MeetingInput): Promise<void> {
  const errors: FieldError[] = [];
  for (const [field, userId, role] of [['chairUserId', input.chairUserId, 'mødelederen'], ['secretaryUserId', input.secretaryUserId, 'referenten']] as const) {
    if (userId && !(await findRole(db, groupId, userId))) errors.push({ field, message: messages.memberRequired(role) });
  }
  if (errors.length) throw new ValidationError(errors);
}

/**
 * Creates a meeting with the agenda the group ticked: suggested indicators keep the reason they were
 * suggested for. Indicator ids from the form are checked against the group.
 */
export async function createMeeting(db: Db, actor: Actor, raw: Record<string, unknown>, reasons: ReadonlyMap<number, string>): Promise<Meeting> {
  const result = validateMeeting(raw);
  if (!result.ok) throw new ValidationError(result.errors);
  const indicatorIds = ids(raw.indicatorIds);
  const topic = String(raw.topic ?? '').trim();
  await checkRoles(db, actor.groupId, result.value);
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
  await checkRoles(db, actor.groupId, result.value);
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

export async function addItem(db: Db, actor: Actor, meetingId: number, raw: Record<string, unknown>, bank?: QuestionBank): Promise<AgendaItem> {
  const meeting = await getOpenMeeting(db, actor, meetingId);
  const indicatorId = ids(raw.indicatorId)[0];
  const goalId = ids(raw.goalId)[0];
  const topic = String(raw.topic ?? '').trim();
  const bankEntryId = raw.bankEntryId === undefined ? undefined : String(raw.bankEntryId).trim();
  return db.transaction().execute(async (trx) => {
    if (bankEntryId !== undefined) {
      const entry = bank ? findThemeOrMethod(bank, bankEntryId) : undefined;
      if (!entry) throw new ValidationError([{ field: 'bankEntryId', message: messages.themeUnknown }]);
      const title = entry.kind === 'theme' ? entry.theme.title : entry.method.title;
      const item = await insertItem(trx, meeting.id, { kind: 'theme', bankEntryId: entry.id, topic: title, reason: ADDED_BY_GROUP });
      await audit(trx, actor, 'meeting', meeting.id, 'add-item', `Satte „${title}“ fra ledelsesgrundlaget på dagsordenen for „${meeting.title}“`);
      return item;
    } else if (indicatorId !== undefined) {
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

/**
 * An action decided on an agenda item, linked to the item's indicator or goal and to the meeting. An
 * action on a goal item concerns the goal's indicator: its start period and chart marker follow it.
 */
export async function decideAction(db: Db, actor: Actor, meetingId: number, itemId: number, raw: Record<string, unknown>): Promise<Action> {
  const meeting = await getOpenMeeting(db, actor, meetingId);
  const item = found(await findItem(db, meeting.id, itemId), 'Punktet');
  const indicatorId = item.indicatorId ?? (item.goalId !== null ? (found(await findGoal(db, actor.groupId, item.goalId), 'Målet')).indicatorId : null);
  const indicator = indicatorId !== null ? found(await findIndicator(db, actor.groupId, indicatorId), 'Indikatoren') : undefined;
  return createAction(db, actor, raw, { meetingId: meeting.id, itemId: item.id, indicator, goalId: item.goalId }, `Besluttede på „${meeting.title}“`);
}

/** Marks which of an item's reflection questions the group discussed; ids must be questions of the bank. */
export async function markDiscussed(db: Db, actor: Actor, meetingId: number, itemId: number, raw: Record<string, unknown>, bank: QuestionBank): Promise<void> {
  const meeting = await getOpenMeeting(db, actor, meetingId);
  const item = found(await findItem(db, meeting.id, itemId), 'Punktet');
  const chosen = raw.questionIds === undefined ? [] : Array.isArray(raw.questionIds) ? raw.questionIds : [raw.questionIds];
  const questionIds = [...new Set(chosen.map(String))].filter((id) => findQuestion(bank, id) !== undefined);
  await db.transaction().execute(async (trx) => {
    await setDiscussedQuestions(trx, item.id, questionIds, actor.userId);
    await audit(trx, actor, 'meeting', meeting.id, 'questions', `Markerede ${questionIds.length === 1 ? 'ét spørgsmål' : `${questionIds.length} spørgsmål`} som drøftet på „${meeting.title}“`, { newValue: { itemId: item.id, questionIds } });
  });
}

/** What closing freezes: the minutes as shown, and each item's chart. */
export interface MinutesToKeep {
  record: MinutesRecord;
  charts: ReadonlyMap<number, string>;
}

/**
 * Closing keeps the minutes as a new version (1, 2, … each time the meeting is closed again);
 * reopening keeps every version, so the history of what was recorded is never lost.
 */
export async function closeMeeting(db: Db, actor: Actor, meetingId: number, closed: boolean, minutes?: MinutesToKeep): Promise<Meeting> {
  return db.transaction().execute(async (trx) => {
    const meeting = found(await findMeeting(trx, actor.groupId, meetingId), 'Mødet');
    // Closing a closed meeting (a form sent twice) keeps its record as it is.
    if ((meeting.closedAt !== null) === closed) return meeting;
    await setMeetingClosed(trx, actor.groupId, meetingId, closed);
    if (closed) {
      const version = minutes ? await insertMinutes(trx, meetingId, { ...minutes, closedBy: actor.userId }) : undefined;
      const kept = version ? ` Referatet er gemt som udgave ${version}.` : '';
      await audit(trx, actor, 'meeting', meetingId, 'close', `Afsluttede mødet „${meeting.title}“.${kept}`, version ? { newValue: { version } } : {});
    } else {
      await audit(trx, actor, 'meeting', meetingId, 'reopen', `Genåbnede mødet „${meeting.title}“. De gemte udgaver af referatet er bevaret.`);
    }
    return meeting;
  });
}

/**
 * A meeting closed before minutes were kept gets its record the first time its minutes are read:
 * stored as version 1 with the meeting's own closing time. Safe when two readers do it at once.
 */
export async function keepLegacyMinutes(db: Db, meeting: Meeting, minutes: MinutesToKeep): Promise<void> {
  if (!meeting.closedAt) return;
  await db.transaction().execute(async (trx) => {
    const version = await insertMinutes(trx, meeting.id, { ...minutes, closedAt: meeting.closedAt!, closedBy: null, version: 1 });
    if (version) {
      await recordAudit(trx, { groupId: meeting.groupId, userId: null, entityType: 'meeting', entityId: meeting.id, action: 'record', summary: `Gemte referatet af „${meeting.title}“ som udgave 1, første gang det blev vist.` });
    }
  });
}
