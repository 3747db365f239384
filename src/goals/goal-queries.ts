import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.js';
import type { GoalAcceptanceTable, GoalMilestoneTable, GoalResourceTable, GoalTable } from '../db/schema.js';
import { comparePeriods, formatCanonical, parseCanonical, type Period } from '../periods/period.js';
import { nowIso } from '../shared/clock.js';
import { found } from '../shared/errors.js';
import {
  ACCEPTING_PARTIES,
  RESOURCE_KINDS,
  TARGET_GROUP_KEYS,
  type Acceptance,
  type AcceptingParty,
  type Goal,
  type GoalDraft,
  type GoalStatus,
  type Milestone,
  type Resource,
  type ResourceKind,
  type TargetGroup,
  type TargetGroupKey,
} from './goal.js';

type GoalRow = Selectable<GoalTable>;
type AcceptanceRow = Selectable<GoalAcceptanceTable>;
type ResourceRow = Selectable<GoalResourceTable>;
type MilestoneRow = Selectable<GoalMilestoneTable>;

/** A goal's rows from its child tables, as read together. */
interface Children {
  acceptances: AcceptanceRow[];
  resources: ResourceRow[];
  milestones: MilestoneRow[];
}

function period(text: string | null): Period | null {
  return text === null ? null : parseCanonical(text);
}

// Child rows and choice columns are written only by this module from a validated draft,
// so a value outside the lists is corrupt data, not input to be forgiven.
function oneOf<T extends string>(options: readonly T[], value: string, what: string): T {
  if (!(options as readonly string[]).includes(value)) throw new Error(`Unknown ${what}: ${value}`);
  return value as T;
}

function toGroup(key: string | null, name: string): TargetGroup | null {
  if (key === null) return null;
  const k = oneOf<TargetGroupKey>(TARGET_GROUP_KEYS, key, 'target group');
  return k === 'other' ? { key: k, name } : { key: k };
}

function toAcceptance(row: AcceptanceRow): Acceptance {
  const party = oneOf<AcceptingParty>(ACCEPTING_PARTIES, row.party, 'accepting party');
  return { party, ...(party === 'other' ? { otherName: row.other_name ?? '' } : {}), how: row.how, when: row.when_text };
}

function toResource(row: ResourceRow): Resource {
  return { kind: oneOf<ResourceKind>(RESOURCE_KINDS, row.kind, 'resource kind'), amount: row.amount, description: row.description };
}

function toMilestone(row: MilestoneRow): Milestone {
  return { period: parseCanonical(row.period), value: row.value };
}

/** The one mapping from stored rows to the domain. */
function toGoal(row: GoalRow, children: Children): Goal {
  return {
    id: row.id,
    groupId: row.group_id,
    title: row.title,
    description: row.description,
    targetGroup: toGroup(row.target_group, row.target_group_name),
    whatChanges: row.what_changes,
    evidence: row.evidence,
    indicatorId: row.indicator_id,
    baselineValue: row.baseline_value,
    baselinePeriod: period(row.baseline_period),
    ...(row.baseline_source ? { baselineSource: row.baseline_source } : {}),
    targetValue: row.target_value,
    deadline: period(row.deadline),
    milestones: children.milestones.map(toMilestone).sort((a, b) => comparePeriods(a.period, b.period)),
    responsible: row.responsible,
    acceptances: [...children.acceptances].sort((a, b) => a.position - b.position).map(toAcceptance),
    resources: [...children.resources].sort((a, b) => a.position - b.position).map(toResource),
    realismReasoning: row.realism_reasoning,
    noiseReason: row.noise_reason,
    beneficiary: toGroup(row.beneficiary, row.beneficiary_name),
    whyItMatters: row.why_it_matters,
    driverUserId: row.driver_user_id,
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
    target_group: draft.targetGroup?.key ?? null,
    target_group_name: draft.targetGroup?.key === 'other' ? (draft.targetGroup.name ?? '') : '',
    what_changes: draft.whatChanges,
    evidence: draft.evidence,
    baseline_value: draft.baselineValue,
    baseline_period: draft.baselinePeriod && formatCanonical(draft.baselinePeriod),
    baseline_source: draft.baselineSource ?? null,
    target_value: draft.targetValue,
    deadline: draft.deadline && formatCanonical(draft.deadline),
    responsible: draft.responsible,
    realism_reasoning: draft.realismReasoning,
    noise_reason: draft.noiseReason,
    beneficiary: draft.beneficiary?.key ?? null,
    beneficiary_name: draft.beneficiary?.key === 'other' ? (draft.beneficiary.name ?? '') : '',
    why_it_matters: draft.whyItMatters,
    driver_user_id: draft.driverUserId,
    driven_by: draft.drivenBy,
    status: draft.status,
  };
}

function byGoal<R extends { goal_id: number }>(rows: readonly R[]): Map<number, R[]> {
  const map = new Map<number, R[]>();
  for (const row of rows) map.set(row.goal_id, [...(map.get(row.goal_id) ?? []), row]);
  return map;
}

async function childrenOf(db: Db, goalIds: readonly number[]): Promise<(goalId: number) => Children> {
  if (goalIds.length === 0) return () => ({ acceptances: [], resources: [], milestones: [] });
  const [acceptances, resources, milestones] = await Promise.all([
    db.selectFrom('goal_acceptances').selectAll().where('goal_id', 'in', goalIds).orderBy('goal_id').orderBy('position').execute().then(byGoal),
    db.selectFrom('goal_resources').selectAll().where('goal_id', 'in', goalIds).orderBy('goal_id').orderBy('position').execute().then(byGoal),
    db.selectFrom('goal_milestones').selectAll().where('goal_id', 'in', goalIds).orderBy('goal_id').orderBy('period').execute().then(byGoal),
  ]);
  return (id) => ({ acceptances: acceptances.get(id) ?? [], resources: resources.get(id) ?? [], milestones: milestones.get(id) ?? [] });
}

async function replaceChildren(db: Db, goalId: number, draft: GoalDraft): Promise<void> {
  await db.deleteFrom('goal_acceptances').where('goal_id', '=', goalId).execute();
  await db.deleteFrom('goal_resources').where('goal_id', '=', goalId).execute();
  await db.deleteFrom('goal_milestones').where('goal_id', '=', goalId).execute();
  if (draft.acceptances.length > 0) {
    await db
      .insertInto('goal_acceptances')
      .values(
        draft.acceptances.map((a, position) => ({
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
  if (draft.resources.length > 0) {
    await db
      .insertInto('goal_resources')
      .values(draft.resources.map((r, position) => ({ goal_id: goalId, position, kind: r.kind, amount: r.amount, description: r.description })))
      .execute();
  }
  if (draft.milestones.length > 0) {
    await db
      .insertInto('goal_milestones')
      .values(draft.milestones.map((m) => ({ goal_id: goalId, period: formatCanonical(m.period), value: m.value })))
      .execute();
  }
}

/** Always scoped by group: a goal id from another group is simply not found. */
export async function findGoal(db: Db, groupId: number, id: number): Promise<Goal | undefined> {
  const row = await db.selectFrom('goals').selectAll().where('group_id', '=', groupId).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toGoal(row, (await childrenOf(db, [row.id]))(row.id));
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
  const children = await childrenOf(db, rows.map((r) => r.id));
  return rows.map((row) => toGoal(row, children(row.id)));
}

export async function insertGoal(db: Db, groupId: number, userId: number, draft: GoalDraft): Promise<Goal> {
  const now = nowIso();
  const row = await db
    .insertInto('goals')
    .values({ ...toColumns(draft), group_id: groupId, created_by: userId, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceChildren(db, row.id, draft);
  return found(await findGoal(db, groupId, row.id), 'Målet');
}

export async function updateGoal(db: Db, groupId: number, id: number, draft: GoalDraft): Promise<void> {
  await db
    .updateTable('goals')
    .set({ ...toColumns(draft), updated_at: nowIso() })
    .where('group_id', '=', groupId)
    .where('id', '=', id)
    .executeTakeFirst();
  await replaceChildren(db, id, draft);
}

export async function setGoalStatus(db: Db, groupId: number, id: number, status: GoalStatus): Promise<void> {
  await db.updateTable('goals').set({ status, updated_at: nowIso() }).where('group_id', '=', groupId).where('id', '=', id).execute();
}
