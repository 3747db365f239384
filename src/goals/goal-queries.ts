import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.js';
import type { GoalAcceptanceTable, GoalTable } from '../db/schema.js';
import { formatCanonical, parseCanonical, type Period } from '../periods/period.js';
import { nowIso } from '../shared/clock.js';
import { found } from '../shared/errors.js';
import { ACCEPTING_PARTIES, type Acceptance, type AcceptingParty, type Goal, type GoalDraft, type GoalStatus } from './goal.js';

type GoalRow = Selectable<GoalTable>;
type AcceptanceRow = Selectable<GoalAcceptanceTable>;

function period(text: string | null): Period | null {
  return text === null ? null : parseCanonical(text);
}

function toAcceptance(row: AcceptanceRow): Acceptance {
  // Written only by this module from a validated draft, so anything else is corrupt data.
  if (!(ACCEPTING_PARTIES as readonly string[]).includes(row.party)) throw new Error(`Unknown accepting party: ${row.party}`);
  const party = row.party as AcceptingParty;
  return { party, ...(party === 'other' ? { otherName: row.other_name ?? '' } : {}), how: row.how, when: row.when_text };
}

/** The one mapping from stored rows to the domain. */
function toGoal(row: GoalRow, acceptances: readonly AcceptanceRow[]): Goal {
  return {
    id: row.id,
    groupId: row.group_id,
    title: row.title,
    description: row.description,
    indicatorId: row.indicator_id,
    baselineValue: row.baseline_value,
    baselinePeriod: period(row.baseline_period),
    ...(row.baseline_source ? { baselineSource: row.baseline_source } : {}),
    targetValue: row.target_value,
    deadline: period(row.deadline),
    responsible: row.responsible,
    acceptances: [...acceptances].sort((a, b) => a.position - b.position).map(toAcceptance),
    resources: row.resources,
    realismReasoning: row.realism_reasoning,
    whyItMatters: row.why_it_matters,
    drivenBy: row.driven_by,
    status: row.status,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toColumns(draft: GoalDraft) {
  return {
    indicator_id: draft.indicatorId,
    title: draft.title,
    description: draft.description,
    baseline_value: draft.baselineValue,
    baseline_period: draft.baselinePeriod && formatCanonical(draft.baselinePeriod),
    baseline_source: draft.baselineSource ?? null,
    target_value: draft.targetValue,
    deadline: draft.deadline && formatCanonical(draft.deadline),
    responsible: draft.responsible,
    resources: draft.resources,
    realism_reasoning: draft.realismReasoning,
    why_it_matters: draft.whyItMatters,
    driven_by: draft.drivenBy,
    status: draft.status,
  };
}

async function acceptancesOf(db: Db, goalIds: readonly number[]): Promise<Map<number, AcceptanceRow[]>> {
  const byGoal = new Map<number, AcceptanceRow[]>();
  if (goalIds.length === 0) return byGoal;
  const rows = await db.selectFrom('goal_acceptances').selectAll().where('goal_id', 'in', goalIds).orderBy('goal_id').orderBy('position').execute();
  for (const row of rows) byGoal.set(row.goal_id, [...(byGoal.get(row.goal_id) ?? []), row]);
  return byGoal;
}

async function replaceAcceptances(db: Db, goalId: number, acceptances: readonly Acceptance[]): Promise<void> {
  await db.deleteFrom('goal_acceptances').where('goal_id', '=', goalId).execute();
  if (acceptances.length === 0) return;
  await db
    .insertInto('goal_acceptances')
    .values(
      acceptances.map((a, position) => ({
        goal_id: goalId,
        position,
        party: a.party,
        other_name: a.party === 'other' ? (a.otherName ?? '') : null,
        how: a.how,
        when_text: a.when,
      })),
    )
    .execute();
}

/** Always scoped by group: a goal id from another group is simply not found. */
export async function findGoal(db: Db, groupId: number, id: number): Promise<Goal | undefined> {
  const row = await db.selectFrom('goals').selectAll().where('group_id', '=', groupId).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toGoal(row, (await acceptancesOf(db, [row.id])).get(row.id) ?? []);
}


export interface GoalFilter {
  status?: GoalStatus;
  indicatorId?: number;
}

/** The group's goals, newest first. */
export async function listGoals(db: Db, groupId: number, filter: GoalFilter = {}): Promise<Goal[]> {
  let query = db.selectFrom('goals').selectAll().where('group_id', '=', groupId);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.indicatorId !== undefined) query = query.where('indicator_id', '=', filter.indicatorId);
  const rows = await query.orderBy('id', 'desc').execute();
  const acceptances = await acceptancesOf(db, rows.map((r) => r.id));
  return rows.map((row) => toGoal(row, acceptances.get(row.id) ?? []));
}

export async function insertGoal(db: Db, groupId: number, userId: number, draft: GoalDraft): Promise<Goal> {
  const now = nowIso();
  const row = await db
    .insertInto('goals')
    .values({ ...toColumns(draft), group_id: groupId, created_by: userId, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceAcceptances(db, row.id, draft.acceptances);
  return found(await findGoal(db, groupId, row.id), 'Målet');
}

export async function updateGoal(db: Db, groupId: number, id: number, draft: GoalDraft): Promise<void> {
  await db
    .updateTable('goals')
    .set({ ...toColumns(draft), updated_at: nowIso() })
    .where('group_id', '=', groupId)
    .where('id', '=', id)
    .executeTakeFirst();
  await replaceAcceptances(db, id, draft.acceptances);
}

export async function setGoalStatus(db: Db, groupId: number, id: number, status: GoalStatus): Promise<void> {
  await db.updateTable('goals').set({ status, updated_at: nowIso() }).where('group_id', '=', groupId).where('id', '=', id).execute();
}
