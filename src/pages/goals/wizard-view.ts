import type { SmarteCriterion } from '../../content/content-loader.js';
import { DIRECTION_LABELS, type Indicator } from '../../indicators/indicator.js';
import type { Observation } from '../../indicators/observation.js';
import { displayPeriod, FREQUENCY_LABELS, latestCompletedPeriod, nextPeriod, type Frequency } from '../../periods/period.js';
import type { FieldError } from '../../shared/errors.js';
import type { Goal } from '../../goals/goal.js';
import type { MilestoneRow, PostedRow, RowKind } from '../../goals/goal-form-rows.js';
import { editableValue, GOAL_STEPS, nextStep, previousStep, type GoalStep } from '../../goals/goal-steps.js';
import { suggestMilestones } from '../../goals/milestones.js';
import { hasGlidePath } from '../../goals/progress.js';
import type { CriterionResult, GroupMemberRef } from '../../goals/rules/types.js';
import { unitSuffix } from '../../numbers/units.js';
import { criterionView, stepHeading, stepHref, stepLinkFor, stepper } from './check-view.js';
import { baselineSourceText, latestText } from './goal-figures-view.js';
import { driverOptions, partyOptions, resourceKindOptions, targetGroupChoice, targetGroupOptions } from './wizard-choices-view.js';
import { rowsView, shownDate } from './wizard-rows-view.js';

/** One step of the SMARTE wizard: the seed's text, the fields, and the criterion's verdicts beside them. */

const messages = {
  latestHint: (latest: string) => `Seneste tal: ${latest}`,
  noData: 'Der er ingen tal for indikatoren endnu.',
  checkStep: 'Tjek hele målet',
  next: (label: string) => `Næste: ${label}`,
  deadlineHint: (example: string, frequency: string) => `Den periode, hvor målet skal være nået. Indikatoren måles pr. ${frequency}, så skriv fx ${example}.`,
  deadlineContext: (baseline: string | undefined, lastDone: string) =>
    `${baseline ? `Udgangspunktet er ${baseline}. ` : ''}Den seneste afsluttede periode er ${lastDone}.`,
  targetHint: (direction: string) => `Det tal, indikatoren skal nå ved fristen. ${direction}.`,
  periodHint: (example: string) => `Fx ${example}.`,
};

/** Back and next: both save what was typed first. */
export function stepButtons(step: GoalStep, criteria: readonly SmarteCriterion[], isNew: boolean) {
  const next = nextStep(step);
  const previous = previousStep(step);
  const name = (s: GoalStep) => `${s.letter} – ${criteria[GOAL_STEPS.indexOf(s)]?.name ?? ''}`;
  return {
    nextLabel: messages.next(next ? name(next) : messages.checkStep),
    previousLabel: previous ? `Tilbage til ${name(previous)}` : undefined,
    saveLabel: isNew ? 'Gem og tjek' : 'Gem og tjek igen',
    isNew,
  };
}

/** Step M offers the indicators the group follows, and an archived one only when the goal already uses it. */
export function indicatorsToOffer(active: readonly Indicator[], archived: readonly Indicator[], chosen: unknown): Indicator[] {
  return [...active, ...archived.filter((i) => String(i.id) === String(chosen ?? ''))];
}

/** Radio options for step M: every indicator the group follows, with its latest value as a hint. */
export function indicatorOptions(indicators: readonly Indicator[], observations: ReadonlyMap<number, Observation[]>, chosen: unknown) {
  return indicators.map((indicator, i) => {
    const latest = latestText(indicator, observations.get(indicator.id) ?? []);
    return {
      // The first radio carries the field's own id, so the error summary and verdict links land in the group.
      id: i === 0 ? 'indicatorId' : `indicatorId-${indicator.id}`,
      value: String(indicator.id),
      label: indicator.name,
      hint: [latest ? messages.latestHint(latest) : messages.noData, DIRECTION_LABELS[indicator.direction]].join(' · '),
      checked: String(chosen ?? '') === String(indicator.id),
      archived: indicator.archived,
    };
  });
}

function unitLabel(indicator: Indicator | undefined): string {
  if (!indicator) return '';
  const suffix = unitSuffix(indicator.unit).trim();
  return ` (${suffix || indicator.unit})`;
}

const PERIOD_EXAMPLES: Record<Frequency, { baseline: string; deadline: string }> = {
  quarter: { baseline: '2. kvt. 2026', deadline: '4. kvt. 2027' },
  month: { baseline: 'juni 2026', deadline: 'december 2027' },
  year: { baseline: '2025', deadline: '2027' },
};

/** Labels and hints that depend on the chosen indicator (unit, good direction, frequency). */
export function measureTexts(goal: Goal | undefined, indicator: Indicator | undefined, observations: readonly Observation[], today: Date) {
  const frequency = indicator?.frequency ?? 'quarter';
  const examples = PERIOD_EXAMPLES[frequency];
  const lastDone = latestCompletedPeriod(frequency, today);
  return {
    baselineLabel: `Udgangspunkt${unitLabel(indicator)}`,
    baselineHint: goal ? baselineSourceText(goal, indicator, observations) : undefined,
    baselinePeriodHint: messages.periodHint(examples.baseline),
    targetLabel: `Målværdi${unitLabel(indicator)}`,
    milestoneValueLabel: `Værdi${unitLabel(indicator)}`,
    targetHint: messages.targetHint(indicator ? DIRECTION_LABELS[indicator.direction] : 'Vælg først en indikator'),
    deadlineHint: messages.deadlineHint(examples.deadline, FREQUENCY_LABELS[frequency]),
    deadlineContext: messages.deadlineContext(goal?.baselinePeriod ? displayPeriod(goal.baselinePeriod) : undefined, displayPeriod(lastDone)),
  };
}

/** Step T's milestones as rows, when the goal has none: the glide path's values, for the group to adjust. */
export function suggestedMilestoneRows(goal: Goal | undefined, indicator: Indicator | undefined): MilestoneRow[] {
  if (!goal || !hasGlidePath(goal)) return [];
  return suggestMilestones(goal, indicator?.decimals ?? 2).map((m) => ({ period: displayPeriod(m.period), value: editableValue(m.value) }));
}

/** Step R asks why a small change counts only when the check finds the target inside the ordinary swing, or a reason is already written. */
export function asksForNoiseReason(result: CriterionResult | undefined, values: Record<string, unknown>, fieldErrors: Record<string, string> | undefined): boolean {
  const written = typeof values.noiseReason === 'string' && values.noiseReason.trim() !== '';
  const inside = result?.rules.some((r) => r.rule === 'variation' && r.verdict !== 'opfyldt') ?? false;
  return written || inside || fieldErrors?.noiseReason !== undefined;
}

export interface StepPageInput {
  goalBase: string | undefined;
  goal: Goal | undefined;
  step: GoalStep;
  criteria: readonly SmarteCriterion[];
  results: readonly CriterionResult[] | undefined;
  values: Record<string, unknown>;
  errors: readonly FieldError[] | undefined;
  /** The indicators step M offers, and every indicator's values. */
  indicators: readonly Indicator[];
  observations: ReadonlyMap<number, Observation[]>;
  /** The leader group's members, for step E's driver. */
  members: readonly GroupMemberRef[];
  /** How many empty rows to show after the filled ones (after "Tilføj en række"). */
  spares: number;
  /** True when the form shows the stored goal, so step T may propose milestones for a goal without any. */
  fromStored: boolean;
  today: Date;
}

function textValue(values: Record<string, unknown>, key: string): string {
  const value = values[key];
  return typeof value === 'string' ? value : '';
}

/** Everything one wizard step shows: the seed's text, the fields, and this criterion's verdicts beside them. */
export function stepPage(input: StepPageInput) {
  const { goalBase, goal, step, criteria, results, values, errors, indicators, observations, members, spares, today } = input;
  const index = GOAL_STEPS.indexOf(step);
  const criterion = criteria[index]!;
  const hints = criterion.hints ?? {};
  const fieldErrors = errors && Object.fromEntries(errors.map((e) => [e.field, e.message]));
  const chosen = indicators.find((i) => String(i.id) === String(values.indicatorId ?? ''));
  const result = results?.[index];
  const rows = <K extends RowKind>(kind: K, suggested?: PostedRow<K>[]) =>
    rowsView({ kind, values, fieldErrors, hints, spares: step.rows.includes(kind) ? spares : 1, ...(suggested && { suggested }) });
  const goalIndicator = goal ? indicators.find((i) => i.id === goal.indicatorId) : undefined;
  const milestoneSuggestions = input.fromStored ? suggestedMilestoneRows(goal, goalIndicator) : [];
  const milestones = rows('milestone', milestoneSuggestions);
  const acceptance = rows('acceptance');
  const resource = rows('resource');
  const targetGroup = targetGroupChoice(values);
  return {
    ...stepHeading(step, criterion),
    step: { slug: step.slug, letter: step.letter, [step.slug]: true },
    criterion: { name: criterion.name, seedText: criterion.seedText, guidingQuestions: criterion.guidingQuestions },
    hints,
    stepper: stepper(goalBase, step, results, criteria),
    check: result && criterionView(result, criterion, stepLinkFor(goalBase, step)),
    action: goalBase ? stepHref(goalBase, step) : undefined,
    buttons: stepButtons(step, criteria, goal === undefined),
    values,
    errors,
    fieldErrors,
    indicatorOptions: indicatorOptions(indicators, observations, values.indicatorId),
    measure: measureTexts(goal, chosen, chosen ? (observations.get(chosen.id) ?? []) : [], today),
    manualBaseline: values.baselineSource === 'manual',
    targetGroup: { options: targetGroup.options, hint: targetGroup.suggestion ?? hints.targetGroup },
    beneficiaryOptions: targetGroupOptions(values.beneficiary),
    driverOptions: driverOptions(members, values.driverUserId),
    acceptance: {
      ...acceptance,
      rows: acceptance.rows.map((row) => ({
        ...row,
        partyOptions: partyOptions(row.fields.party.value),
        when: { ...row.fields.when, value: shownDate(row.fields.when.value) },
      })),
    },
    resource: { ...resource, rows: resource.rows.map((row) => ({ ...row, kindOptions: resourceKindOptions(row.fields.kind.value) })) },
    milestone: {
      ...milestones,
      suggested: milestones.rows.some((r) => r.suggested),
      periodHint: messages.periodHint(milestonePeriodExample(goal, goalIndicator)),
    },
    asksForNoiseReason: asksForNoiseReason(result, values, fieldErrors),
    hasNoiseReason: textValue(values, 'noiseReason').trim() !== '',
  };
}

function milestonePeriodExample(goal: Goal | undefined, indicator: Indicator | undefined): string {
  const baseline = goal?.baselinePeriod;
  if (baseline) return displayPeriod(nextPeriod(baseline));
  return PERIOD_EXAMPLES[indicator?.frequency ?? 'quarter'].baseline;
}
