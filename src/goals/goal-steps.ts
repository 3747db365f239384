import type { Observation } from '../indicators/observation.js';
import { comparePeriods, displayPeriod, type Period } from '../periods/period.js';
import { acceptanceField, isRowField, milestoneField, resourceField } from './goal-form.js';
import type { RowKind } from './goal-form-rows.js';
import type { GoalDraft } from './goal.js';
import type { CriterionKey, CriterionLetter } from './rules/types.js';

/**
 * The planning wizard: one step per SMARTE letter, each owning some of the goal form's fields.
 * A step posts only its own fields; everything else comes from the stored goal, so the whole
 * goal is always parsed and checked by the one parser, parseGoalForm.
 */

export type StepSlug = 's' | 'm' | 'a' | 'r' | 't' | 'e';

export interface GoalStep {
  slug: StepSlug;
  letter: CriterionLetter;
  key: CriterionKey;
  /** Input names the step posts, besides its repeated rows. */
  fields: readonly string[];
  /** Repeated rows the step owns: every `<kind>-<n>-<part>` field of these kinds. */
  rows: readonly RowKind[];
  /** The draft's keys the step decides. */
  keys: readonly (keyof GoalDraft)[];
}

export const GOAL_STEPS: readonly GoalStep[] = [
  {
    slug: 's',
    letter: 'S',
    key: 'specific',
    fields: ['title', 'description', 'targetGroup', 'targetGroupName', 'whatChanges', 'evidence', 'responsible'],
    rows: [],
    keys: ['title', 'description', 'targetGroup', 'whatChanges', 'evidence', 'responsible'],
  },
  {
    slug: 'm',
    letter: 'M',
    key: 'measurable',
    fields: ['indicatorId', 'baselineValue', 'baselinePeriod', 'baselineSource', 'targetValue'],
    rows: [],
    keys: ['indicatorId', 'baselineValue', 'baselinePeriod', 'baselineSource', 'targetValue'],
  },
  { slug: 'a', letter: 'A', key: 'accepted', fields: [], rows: ['acceptance'], keys: ['acceptances'] },
  {
    slug: 'r',
    letter: 'R',
    key: 'realistic',
    fields: ['realismReasoning', 'noiseReason'],
    rows: ['resource'],
    keys: ['resources', 'realismReasoning', 'noiseReason'],
  },
  { slug: 't', letter: 'T', key: 'timebound', fields: ['deadline'], rows: ['milestone'], keys: ['deadline', 'milestones'] },
  {
    slug: 'e',
    letter: 'E',
    key: 'engaging',
    fields: ['beneficiary', 'beneficiaryName', 'whyItMatters', 'driverUserId', 'drivenBy'],
    rows: [],
    keys: ['beneficiary', 'whyItMatters', 'driverUserId', 'drivenBy'],
  },
];

export const FIRST_STEP: GoalStep = GOAL_STEPS[0]!;

export function stepOf(slug: unknown): GoalStep | undefined {
  return GOAL_STEPS.find((s) => s.slug === slug);
}

export function stepOwns(step: GoalStep, field: string): boolean {
  return step.fields.includes(field) || step.rows.some((kind) => isRowField(kind, field));
}

/** The step where a field (as named in errors and SMARTE results) can be fixed. */
export function stepForField(field: string): GoalStep | undefined {
  return GOAL_STEPS.find((s) => stepOwns(s, field));
}

export function stepNumber(step: GoalStep): number {
  return GOAL_STEPS.indexOf(step) + 1;
}

export function previousStep(step: GoalStep): GoalStep | undefined {
  return GOAL_STEPS[GOAL_STEPS.indexOf(step) - 1];
}

export function nextStep(step: GoalStep): GoalStep | undefined {
  return GOAL_STEPS[GOAL_STEPS.indexOf(step) + 1];
}

/** A stored number as the form shows it: exactly as stored, with a decimal comma and no thousands dots. */
export function editableValue(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}

/** The goal in the shape the form posts, so it reads back through parseGoalForm unchanged. */
export function formValuesOf(draft: GoalDraft): Record<string, string> {
  const values: Record<string, string> = {
    title: draft.title,
    description: draft.description,
    targetGroup: draft.targetGroup?.key ?? '',
    targetGroupName: draft.targetGroup?.name ?? '',
    whatChanges: draft.whatChanges,
    evidence: draft.evidence,
    responsible: draft.responsible,
    indicatorId: draft.indicatorId === null ? '' : String(draft.indicatorId),
    baselineValue: editableValue(draft.baselineValue),
    baselinePeriod: draft.baselinePeriod ? displayPeriod(draft.baselinePeriod) : '',
    baselineSource: draft.baselineSource ?? '',
    targetValue: editableValue(draft.targetValue),
    realismReasoning: draft.realismReasoning,
    noiseReason: draft.noiseReason,
    deadline: draft.deadline ? displayPeriod(draft.deadline) : '',
    beneficiary: draft.beneficiary?.key ?? '',
    beneficiaryName: draft.beneficiary?.name ?? '',
    whyItMatters: draft.whyItMatters,
    driverUserId: draft.driverUserId === null ? '' : String(draft.driverUserId),
    drivenBy: draft.drivenBy,
    status: draft.status,
  };
  draft.acceptances.forEach((a, i) => {
    values[acceptanceField(i, 'party')] = a.party;
    values[acceptanceField(i, 'otherName')] = a.otherName ?? '';
    values[acceptanceField(i, 'how')] = a.how;
    values[acceptanceField(i, 'when')] = a.when;
  });
  draft.resources.forEach((r, i) => {
    values[resourceField(i, 'kind')] = r.kind;
    values[resourceField(i, 'amount')] = editableValue(r.amount);
    values[resourceField(i, 'description')] = r.description;
  });
  draft.milestones.forEach((m, i) => {
    values[milestoneField(i, 'period')] = displayPeriod(m.period);
    values[milestoneField(i, 'value')] = editableValue(m.value);
  });
  return values;
}

/** The draft's keys a step decides. */
export function draftKeysOf(step: GoalStep): (keyof GoalDraft)[] {
  return [...step.keys];
}

/** `base` with the keys this step decides taken from `posted`; every other key stays as it was. */
export function applyStep(base: GoalDraft, posted: GoalDraft, step: GoalStep): GoalDraft {
  const next: GoalDraft = { ...base };
  for (const key of draftKeysOf(step)) Object.assign(next, { [key]: posted[key] });
  if (step.keys.includes('baselineSource') && posted.baselineSource === undefined) delete next.baselineSource;
  return next;
}

export const EMPTY_DRAFT: GoalDraft = {
  title: '',
  description: '',
  targetGroup: null,
  whatChanges: '',
  evidence: '',
  indicatorId: null,
  baselineValue: null,
  baselinePeriod: null,
  targetValue: null,
  deadline: null,
  milestones: [],
  responsible: '',
  acceptances: [],
  resources: [],
  realismReasoning: '',
  noiseReason: '',
  beneficiary: null,
  whyItMatters: '',
  driverUserId: null,
  drivenBy: '',
  status: 'draft',
};

/** True when nothing the step decides has been filled in, so saving it would store an empty shell. */
export function isBlankStep(draft: GoalDraft, step: GoalStep): boolean {
  return step.keys.every((key) => JSON.stringify(draft[key] ?? null) === JSON.stringify(EMPTY_DRAFT[key] ?? null));
}

function samePeriod(a: Period | null, b: Period | null): boolean {
  return a === null || b === null ? a === b : a.frequency === b.frequency && comparePeriods(a, b) === 0;
}

/**
 * Step M proposes the baseline from the indicator's latest value when the group has not written
 * one for the chosen indicator: the baseline is empty, or the indicator changed and the baseline
 * was left as it was. A baseline the group marks as its own ('manual') is never replaced.
 * Otherwise the source is 'data' whenever there is a baseline, so the M check can hold it
 * against the data.
 */
export function settleBaseline(
  before: GoalDraft,
  draft: GoalDraft,
  latest: Pick<Observation, 'period' | 'value'> | undefined,
): { draft: GoalDraft; proposed: boolean } {
  if (draft.baselineSource === 'manual') return { draft, proposed: false };
  const blank = draft.baselineValue === null && draft.baselinePeriod === null;
  const untouched = draft.baselineValue === before.baselineValue && samePeriod(draft.baselinePeriod, before.baselinePeriod);
  const indicatorChanged = draft.indicatorId !== before.indicatorId;
  if (draft.indicatorId !== null && (blank || (indicatorChanged && untouched))) {
    if (latest) return { draft: { ...draft, baselineValue: latest.value, baselinePeriod: latest.period, baselineSource: 'data' }, proposed: true };
    if (!blank) return { draft: withoutSource({ ...draft, baselineValue: null, baselinePeriod: null }), proposed: false };
  }
  return { draft: draft.baselineValue === null ? withoutSource(draft) : { ...draft, baselineSource: 'data' }, proposed: false };
}

function withoutSource(draft: GoalDraft): GoalDraft {
  const { baselineSource: _source, ...rest } = draft;
  return rest;
}

/** The form as it was posted: the stored goal's values with this step's fields replaced by what was sent. */
export function withPostedStep(stored: Record<string, string>, posted: Record<string, unknown>, step: GoalStep): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(stored)) if (!stepOwns(step, field)) merged[field] = value;
  for (const [field, value] of Object.entries(posted)) if (stepOwns(step, field)) merged[field] = value;
  return merged;
}
