import type { Db } from '../db/connection.js';
import { recordAudit } from '../audit/audit-queries.js';
import { listMembers } from '../groups/group-queries.js';
import type { Indicator } from '../indicators/indicator.js';
import { findIndicator } from '../indicators/indicator-queries.js';
import type { Observation } from '../indicators/observation.js';
import { listObservations } from '../indicators/observation-queries.js';
import { formatCanonical } from '../periods/period.js';
import { ValidationError, type FieldError, found } from '../shared/errors.js';
import { GOAL_STATUS_LABELS, GOAL_STATUSES, type Goal, type GoalDraft, type GoalStatus } from './goal.js';
import { parseGoalForm } from './goal-form.js';
import { findGoal, insertGoal, setGoalStatus, updateGoal } from './goal-queries.js';
import { activationBlockers, blockedCriteria, canChangeStatus, CRITERION_NAMES } from './goal-status.js';
import { applyStep, EMPTY_DRAFT, FIRST_STEP, isBlankStep, settleBaseline, stepOwns, type GoalStep } from './goal-steps.js';
import { indicatorHistory } from './history.js';
import { checkSmarte, type CheckContext, type CriterionResult } from './smarte-check.js';
import { joinDanish, quote } from './wording.js';
import type { Actor } from '../shared/actor.js';

export const messages = {
  indicatorUnknown: 'Vælg en indikator fra listen.',
  statusUnknown: 'Vælg en status: kladde, aktiv, nået, ikke nået eller opgivet.',
  statusNotAllowed: (from: string, to: string) => `Et mål med status „${from}“ kan ikke skifte til „${to}“.`,
  emptyStart: 'Skriv mindst en titel eller hvem målet gælder for, før I går videre. Der er ikke gemt noget endnu.',
  driverNotMember: 'Vælg en person fra listen over gruppens medlemmer.',
  notReady: (criteria: string) => `Målet kan ikke blive aktivt, før ${criteria} er i orden. Det, der mangler, står herunder.`,
  created: (goal: string) => `Oprettede ${goal} som kladde`,
  updated: (what: string, goal: string) => `Ændrede ${what} i ${goal}`,
  statusChanged: (goal: string, from: string, to: string) => `Ændrede status for ${goal} fra ${from} til ${to}`,
};

/** How a goal is named in the history: 'målet „Færre sygedage“', or 'et mål uden titel' for a fresh draft. */
function named(title: string): string {
  return title.trim() ? `målet ${quote(title.trim())}` : 'et mål uden titel';
}

// The history names what changed in the group's own words, in the order the wizard asks.
const CHANGE_LABELS: readonly [keyof GoalDraft, string][] = [
  ['title', 'titlen'],
  ['description', 'beskrivelsen'],
  ['targetGroup', 'målgruppen'],
  ['whatChanges', 'hvad der skal ændre sig'],
  ['evidence', 'hvad der viser ændringen'],
  ['responsible', 'de ansvarlige'],
  ['indicatorId', 'indikatoren'],
  ['baselineValue', 'udgangspunktet'],
  ['baselinePeriod', 'udgangspunktet'],
  ['baselineSource', 'udgangspunktet'],
  ['targetValue', 'målværdien'],
  ['acceptances', 'hvem der har accepteret målet'],
  ['resources', 'ressourcerne'],
  ['realismReasoning', 'begrundelsen for, at målet kan nås'],
  ['noiseReason', 'begrundelsen for en ændring inden for de almindelige udsving'],
  ['deadline', 'fristen'],
  ['milestones', 'delmålene'],
  ['beneficiary', 'hvem der får gavn af målet'],
  ['whyItMatters', 'hvorfor målet betyder noget'],
  ['driverUserId', 'hvem der driver arbejdet'],
  ['drivenBy', 'hvem der driver arbejdet'],
];

/** A draft as stored in the audit log: periods as canonical text. */
function auditValue(draft: GoalDraft) {
  return {
    ...draft,
    baselinePeriod: draft.baselinePeriod && formatCanonical(draft.baselinePeriod),
    deadline: draft.deadline && formatCanonical(draft.deadline),
    milestones: draft.milestones.map((m) => ({ period: formatCanonical(m.period), value: m.value })),
  };
}

function changedLabels(before: GoalDraft, after: GoalDraft): string[] {
  const a = auditValue(before) as Record<string, unknown>;
  const b = auditValue(after) as Record<string, unknown>;
  const labels = CHANGE_LABELS.filter(([key]) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).map(([, label]) => label);
  return [...new Set(labels)];
}

function draftOf(goal: Goal): GoalDraft {
  const { id: _id, groupId: _g, createdBy: _c, createdAt: _ca, updatedAt: _u, ...draft } = goal;
  return draft;
}

/** The indicator a goal (or a form) names, only ever from the actor's own group. */
async function indicatorOf(db: Db, groupId: number, indicatorId: number | null): Promise<Indicator | undefined> {
  return indicatorId === null ? undefined : findIndicator(db, groupId, indicatorId);
}

/**
 * Reads what one step posted into the goal `base`. Only input that cannot be read stops it
 * (the error summary's job); how good the goal is, is the SMARTE check's job. An indicator id
 * from another group, or one that does not exist, is refused and never stored.
 */
async function readStep(db: Db, groupId: number, base: GoalDraft, step: GoalStep, raw: Record<string, unknown>): Promise<{ draft: GoalDraft; indicator?: Indicator }> {
  const errors: FieldError[] = [];
  const choosesIndicator = stepOwns(step, 'indicatorId');
  const posted = parseGoalForm(raw, undefined);
  const indicatorId = choosesIndicator ? posted.draft.indicatorId : base.indicatorId;
  const indicator = await indicatorOf(db, groupId, indicatorId);
  if (choosesIndicator && indicatorId !== null && !indicator) errors.push({ field: 'indicatorId', message: messages.indicatorUnknown });
  // Read again with the indicator, so periods are held to its frequency.
  const parsed = parseGoalForm(raw, indicator);
  errors.push(...parsed.errors.filter((e) => stepOwns(step, e.field) && !(e.field === 'indicatorId' && errors.length > 0)));
  const driver = parsed.draft.driverUserId;
  if (stepOwns(step, 'driverUserId') && driver !== null && !errors.some((e) => e.field === 'driverUserId')) {
    if (!(await listMembers(db, groupId)).some((m) => m.userId === driver)) errors.push({ field: 'driverUserId', message: messages.driverNotMember });
  }
  if (errors.length > 0) throw new ValidationError(errors);
  return { draft: applyStep(base, parsed.draft, step), ...(indicator && { indicator }) };
}

/**
 * Step S of a new goal: the goal is stored as a draft from the first step, so nothing typed is
 * lost. "Næste" on an empty form stores nothing, so the goal list does not fill with blank drafts.
 */
export async function startGoal(db: Db, actor: Actor, raw: Record<string, unknown>): Promise<Goal> {
  const { draft } = await readStep(db, actor.groupId, EMPTY_DRAFT, FIRST_STEP, raw);
  if (isBlankStep(draft, FIRST_STEP)) throw new ValidationError([{ field: 'title', message: messages.emptyStart }]);
  return db.transaction().execute(async (trx) => {
    const goal = await insertGoal(trx, actor.groupId, actor.userId, draft);
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'goal',
      entityId: goal.id,
      action: 'create',
      summary: messages.created(named(goal.title)),
      newValue: auditValue(draft),
    });
    return goal;
  });
}

export interface StepSaved {
  goal: Goal;
  /** Step M filled in the baseline from the data; the group should see it before going on. */
  proposedBaseline: boolean;
}

/** Saves one step of an existing goal; the history records what changed, and nothing when nothing did. */
export async function saveGoalStep(db: Db, actor: Actor, goalId: number, step: GoalStep, raw: Record<string, unknown>): Promise<StepSaved> {
  return db.transaction().execute(async (trx) => {
    const before = found(await findGoal(trx, actor.groupId, goalId), 'Målet');
    const read = await readStep(trx, actor.groupId, draftOf(before), step, raw);
    let draft = read.draft;
    let proposedBaseline = false;
    if (stepOwns(step, 'baselineValue')) {
      const latest = read.indicator ? indicatorHistory(read.indicator, await listObservations(trx, read.indicator.id)).at(-1) : undefined;
      ({ draft, proposed: proposedBaseline } = settleBaseline(before, draft, latest));
    }
    const changed = changedLabels(before, draft);
    if (changed.length === 0) return { goal: before, proposedBaseline };
    await updateGoal(trx, actor.groupId, goalId, draft);
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'goal',
      entityId: goalId,
      action: 'update',
      summary: messages.updated(joinDanish(changed), named(draft.title)),
      oldValue: auditValue(draftOf(before)),
      newValue: auditValue(draft),
    });
    return { goal: found(await findGoal(trx, actor.groupId, goalId), 'Målet'), proposedBaseline };
  });
}

export interface GoalCheck {
  indicator?: Indicator;
  observations: Observation[];
  results: CriterionResult[];
  context: CheckContext;
}

/**
 * The SMARTE check of a stored goal against the group's own data. A draft is judged by today's
 * calendar; a goal that has been made active by the calendar when it was made, so an old goal's
 * deadline does not turn into a fault by itself.
 */
export async function checkGoal(db: Db, goal: Goal, today: Date): Promise<GoalCheck> {
  const indicator = await indicatorOf(db, goal.groupId, goal.indicatorId);
  const observations = indicator ? await listObservations(db, indicator.id) : [];
  const members = (await listMembers(db, goal.groupId)).map(({ userId, name, active }) => ({ userId, name, active }));
  const context: CheckContext = {
    ...(indicator && { indicator }),
    observations,
    members,
    today,
    ...(goal.status !== 'draft' && { createdAt: new Date(goal.createdAt) }),
  };
  return { ...(indicator && { indicator }), observations, results: checkSmarte(goal, context), context };
}

function isStatus(value: unknown): value is GoalStatus {
  return typeof value === 'string' && (GOAL_STATUSES as readonly string[]).includes(value);
}

/**
 * Moves a goal to another status. Becoming active requires that no SMARTE criterion is 'mangler';
 * the refusal lists every missing rule with the field to fix. Choosing the status it already has
 * changes nothing and is not recorded.
 */
export async function changeGoalStatus(db: Db, actor: Actor, goalId: number, raw: unknown, today: Date): Promise<{ goal: Goal; changed: boolean }> {
  if (!isStatus(raw)) throw new ValidationError([{ field: 'status', message: messages.statusUnknown }]);
  const to = raw;
  return db.transaction().execute(async (trx) => {
    const goal = found(await findGoal(trx, actor.groupId, goalId), 'Målet');
    if (goal.status === to) return { goal, changed: false };
    const from = GOAL_STATUS_LABELS[goal.status].toLowerCase();
    const toLabel = GOAL_STATUS_LABELS[to].toLowerCase();
    if (!canChangeStatus(goal.status, to)) throw new ValidationError([{ field: 'status', message: messages.statusNotAllowed(from, toLabel) }]);
    if (to === 'active') {
      const { results } = await checkGoal(trx, goal, today);
      const blockers = activationBlockers(results);
      if (blockers.length > 0) {
        const criteria = joinDanish(blockedCriteria(results).map((c) => `${c.letter} (${CRITERION_NAMES[c.key]})`));
        throw new ValidationError([
          { field: 'status', message: messages.notReady(criteria) },
          ...blockers.map((r) => ({ field: r.field ?? 'status', message: r.message })),
        ]);
      }
    }
    await setGoalStatus(trx, actor.groupId, goalId, to);
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'goal',
      entityId: goalId,
      action: 'status',
      summary: messages.statusChanged(named(goal.title), from, toLabel),
      oldValue: { status: goal.status },
      newValue: { status: to },
    });
    return { goal: found(await findGoal(trx, actor.groupId, goalId), 'Målet'), changed: true };
  });
}
