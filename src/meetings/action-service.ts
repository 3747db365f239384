import type { Db } from '../db/connection.js';
import { recordAudit } from '../audit/audit-queries.js';
import { findGoal } from '../goals/goal-queries.js';
import { listMembers } from '../groups/group-queries.js';
import type { Indicator } from '../indicators/indicator.js';
import { findIndicator } from '../indicators/indicator-queries.js';
import { displayPeriod } from '../periods/period.js';
import type { Actor } from '../shared/actor.js';
import { ValidationError, found, type FieldError } from '../shared/errors.js';
import {
  ACTION_STATUS_LABELS,
  INTERVENTION_KIND_LABELS,
  messages,
  validateAction,
  validateStatusChange,
  type Action,
  type ActionInput,
  type ResponsibleMember,
} from './action.js';
import { findAction, insertAction, insertStatusChange, setActionStatus, updateAction } from './action-queries.js';
import { displayDate } from './meeting.js';

/** Where an action belongs: a meeting's agenda item, and the indicator and goal it concerns. */
export interface ActionPlace {
  meetingId: number | null;
  itemId: number | null;
  indicator: Indicator | undefined;
  goalId: number | null;
}

function optionalId(value: unknown): number | null | undefined {
  const text = String(value ?? '').trim();
  if (text === '') return null;
  return /^[1-9]\d{0,9}$/.test(text) ? Number(text) : undefined;
}

/**
 * The indicator and goal an action made outside a meeting is linked to, from the form's selects. An
 * action on a goal concerns the goal's indicator when no other is chosen: its start period and chart
 * marker follow it.
 */
export async function linksFromForm(db: Db, groupId: number, raw: Record<string, unknown>): Promise<{ indicator: Indicator | undefined; goalId: number | null; errors: FieldError[] }> {
  const errors: FieldError[] = [];
  const indicatorId = optionalId(raw.indicatorId);
  const goalId = optionalId(raw.goalId);
  const goal = goalId ? await findGoal(db, groupId, goalId) : undefined;
  if (goalId === undefined || (goalId !== null && !goal)) errors.push({ field: 'goalId', message: messages.goalUnknown });
  const chosenIndicator = indicatorId ?? goal?.indicatorId ?? null;
  const indicator = chosenIndicator ? await findIndicator(db, groupId, chosenIndicator) : undefined;
  if (indicatorId === undefined || (indicatorId !== null && !indicator)) errors.push({ field: 'indicatorId', message: messages.indicatorUnknown });
  return { indicator, goalId: goal ? goal.id : null, errors };
}

/** The group's members, who can be made responsible for an action. */
export async function responsibleMembers(db: Db, groupId: number): Promise<ResponsibleMember[]> {
  return (await listMembers(db, groupId)).filter((m) => m.active).map((m) => ({ userId: m.userId, name: m.name }));
}

async function validated(db: Db, groupId: number, raw: Record<string, unknown>, indicator: Indicator | undefined, extra: FieldError[] = []): Promise<ActionInput> {
  const result = validateAction(raw, indicator?.frequency, await responsibleMembers(db, groupId));
  const errors = [...extra, ...(result.ok ? [] : result.errors)];
  if (errors.length || !result.ok) throw new ValidationError(errors);
  return result.value;
}

function describe(action: Pick<Action, 'whatAndWhy' | 'responsible' | 'dueDate' | 'startPeriod' | 'interventionKind'>): string {
  const start = action.startPeriod ? ` fra ${displayPeriod(action.startPeriod)}` : '';
  const intervention = action.interventionKind ? ` (en indsats: ${INTERVENTION_KIND_LABELS[action.interventionKind].toLowerCase()})` : '';
  return `„${action.whatAndWhy}“ – ${action.responsible}, senest ${displayDate(action.dueDate)}${start}${intervention}`;
}

/**
 * A new action, at a meeting or between meetings. Its history starts with its creation; the audit
 * log says where it was decided.
 */
export async function createAction(db: Db, actor: Actor, raw: Record<string, unknown>, place: ActionPlace, where: string, extraErrors: FieldError[] = []): Promise<Action> {
  const input = await validated(db, actor.groupId, raw, place.indicator, extraErrors);
  return db.transaction().execute(async (trx) => {
    const action = await insertAction(trx, { groupId: actor.groupId, meetingId: place.meetingId, itemId: place.itemId, indicatorId: place.indicator?.id ?? null, goalId: place.goalId, userId: actor.userId }, input);
    await insertStatusChange(trx, { actionId: action.id, fromStatus: null, toStatus: action.status, comment: '', userId: actor.userId, at: action.createdAt });
    await recordAudit(trx, { groupId: actor.groupId, userId: actor.userId, entityType: 'action', entityId: action.id, action: 'create', summary: `${where}: ${describe(action)}`, newValue: input });
    return action;
  });
}

/** An action made from the actions list, an indicator or a goal: its links come from the form. */
export async function createActionFromForm(db: Db, actor: Actor, raw: Record<string, unknown>): Promise<Action> {
  const links = await linksFromForm(db, actor.groupId, raw);
  return createAction(db, actor, raw, { meetingId: null, itemId: null, indicator: links.indicator, goalId: links.goalId }, 'Aftalte en handling', links.errors);
}

/** Changes what an action says, who is responsible, its deadline, its links and whether it is an intervention. */
export async function editAction(db: Db, actor: Actor, actionId: number, raw: Record<string, unknown>): Promise<Action> {
  const before = found(await findAction(db, actor.groupId, actionId), 'Handlingen');
  const links = await linksFromForm(db, actor.groupId, raw);
  const input = await validated(db, actor.groupId, raw, links.indicator, links.errors);
  return db.transaction().execute(async (trx) => {
    const linked = { indicatorId: links.indicator?.id ?? null, goalId: links.goalId };
    await updateAction(trx, actor.groupId, actionId, linked, input);
    const { whatAndWhy, howAndWho, responsible, dueDate, startPeriod, interventionKind, indicatorId, goalId } = before;
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'action',
      entityId: actionId,
      action: 'update',
      summary: `Ændrede handlingen ${describe(input)}`,
      oldValue: { whatAndWhy, howAndWho, responsible, dueDate, startPeriod, interventionKind, indicatorId, goalId },
      newValue: { ...input, ...linked },
    });
    return found(await findAction(trx, actor.groupId, actionId), 'Handlingen');
  });
}

/** A new status, or a comment on how far the group has come; each is kept, dated, in the action's history. */
export async function changeActionStatus(db: Db, actor: Actor, actionId: number, raw: Record<string, unknown>): Promise<Action> {
  return db.transaction().execute(async (trx) => {
    const action = found(await findAction(trx, actor.groupId, actionId), 'Handlingen');
    const result = validateStatusChange(raw, action.status);
    if (!result.ok) throw new ValidationError(result.errors);
    const { status, comment } = result.value;
    if (status !== action.status) await setActionStatus(trx, actor.groupId, actionId, status);
    await insertStatusChange(trx, { actionId, fromStatus: action.status, toStatus: status, comment, userId: actor.userId });
    const what = status === action.status ? `Skrev om handlingen „${action.whatAndWhy}“` : `Satte handlingen „${action.whatAndWhy}“ til ${ACTION_STATUS_LABELS[status].toLowerCase()}`;
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'action',
      entityId: actionId,
      action: 'status',
      summary: comment ? `${what}: ${comment}` : what,
      oldValue: action.status,
      newValue: comment ? { status, comment } : status,
    });
    return { ...action, status };
  });
}
