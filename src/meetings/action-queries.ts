import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.js';
import type { ActionTable } from '../db/schema.js';
import { formatCanonical, parseCanonical } from '../periods/period.js';
import { nowIso } from '../shared/clock.js';
import { parseActionStatus, parseInterventionKind, type Action, type ActionInput, type ActionStatus, type ActionStatusChange } from './action.js';

function toAction(row: Selectable<ActionTable>): Action {
  return {
    id: row.id,
    groupId: row.group_id,
    meetingId: row.meeting_id,
    itemId: row.item_id,
    indicatorId: row.indicator_id,
    goalId: row.goal_id,
    whatAndWhy: row.what_and_why,
    howAndWho: row.how_and_who,
    responsible: row.responsible,
    responsibleUserId: row.responsible_user_id ?? null,
    dueDate: row.due_date,
    startPeriod: row.start_period ? parseCanonical(row.start_period) : null,
    // An intervention without a period to measure from cannot be shown as one.
    interventionKind: row.start_period ? (parseInterventionKind(row.intervention_kind) ?? null) : null,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns that hold what an action says, the same whether it is created or changed. */
function answerColumns(input: ActionInput) {
  return {
    what_and_why: input.whatAndWhy,
    how_and_who: input.howAndWho,
    responsible: input.responsible,
    responsible_user_id: input.responsibleUserId ?? null,
    due_date: input.dueDate,
    start_period: input.startPeriod ? formatCanonical(input.startPeriod) : null,
    intervention_kind: input.interventionKind,
  };
}

export async function findAction(db: Db, groupId: number, id: number): Promise<Action | undefined> {
  const row = await db.selectFrom('actions').selectAll().where('group_id', '=', groupId).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toAction(row);
}

export async function listActionsOfGroup(db: Db, groupId: number): Promise<Action[]> {
  const rows = await db.selectFrom('actions').selectAll().where('group_id', '=', groupId).orderBy('due_date').orderBy('id').execute();
  return rows.map(toAction);
}

export async function listActionsOfIndicator(db: Db, groupId: number, indicatorId: number): Promise<Action[]> {
  const rows = await db.selectFrom('actions').selectAll().where('group_id', '=', groupId).where('indicator_id', '=', indicatorId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toAction);
}

export async function insertAction(
  db: Db,
  link: { groupId: number; meetingId: number | null; itemId: number | null; indicatorId: number | null; goalId: number | null; userId: number },
  input: ActionInput,
): Promise<Action> {
  const now = nowIso();
  const row = await db
    .insertInto('actions')
    .values({
      group_id: link.groupId,
      meeting_id: link.meetingId,
      item_id: link.itemId,
      indicator_id: link.indicatorId,
      goal_id: link.goalId,
      ...answerColumns(input),
      status: 'open',
      created_by: link.userId,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAction(row);
}

export async function setActionStatus(db: Db, groupId: number, id: number, status: ActionStatus): Promise<void> {
  await db.updateTable('actions').set({ status, updated_at: nowIso() }).where('group_id', '=', groupId).where('id', '=', id).execute();
}

export async function listActionsOfGoal(db: Db, groupId: number, goalId: number): Promise<Action[]> {
  const rows = await db.selectFrom('actions').selectAll().where('group_id', '=', groupId).where('goal_id', '=', goalId).orderBy('due_date').orderBy('id').execute();
  return rows.map(toAction);
}

/** Changes what an action says and what it is linked to; its status changes separately. */
export async function updateAction(db: Db, groupId: number, id: number, links: { indicatorId: number | null; goalId: number | null }, input: ActionInput): Promise<void> {
  await db
    .updateTable('actions')
    .set({
      indicator_id: links.indicatorId,
      goal_id: links.goalId,
      ...answerColumns(input),
      updated_at: nowIso(),
    })
    .where('group_id', '=', groupId)
    .where('id', '=', id)
    .execute();
}

export async function insertStatusChange(
  db: Db,
  change: { actionId: number; fromStatus: ActionStatus | null; toStatus: ActionStatus; comment: string; userId: number | null; at?: string },
): Promise<void> {
  await db
    .insertInto('action_status_changes')
    .values({ action_id: change.actionId, from_status: change.fromStatus, to_status: change.toStatus, comment: change.comment, changed_by: change.userId, changed_at: change.at ?? nowIso() })
    .execute();
}

/** An action's history of status changes, oldest first, with who made each. */
export async function listStatusChanges(db: Db, actionId: number): Promise<ActionStatusChange[]> {
  const rows = await db
    .selectFrom('action_status_changes')
    .leftJoin('users', 'users.id', 'action_status_changes.changed_by')
    .select(['action_status_changes.id', 'action_id', 'from_status', 'to_status', 'comment', 'changed_at', 'users.name'])
    .where('action_id', '=', actionId)
    .orderBy('changed_at')
    .orderBy('action_status_changes.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    actionId: r.action_id,
    fromStatus: parseActionStatus(r.from_status) ?? null,
    toStatus: parseActionStatus(r.to_status) ?? 'open',
    comment: r.comment,
    changedBy: r.name ?? null,
    changedAt: r.changed_at,
  }));
}
