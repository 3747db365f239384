import type { SmarteCriterion } from '../../content/content-loader.js';
import { DIRECTION_LABELS, type Indicator } from '../../indicators/indicator.js';
import type { Observation } from '../../indicators/observation.js';
import { displayPeriod, FREQUENCY_LABELS, latestCompletedPeriod, type Frequency } from '../../periods/period.js';
import type { FieldError } from '../../shared/errors.js';
import { ACCEPTING_PARTIES, PARTY_LABELS, type Goal } from '../../goals/goal.js';
import { acceptanceField, type AcceptancePart } from '../../goals/goal-form.js';
import { GOAL_STEPS, nextStep, previousStep, type GoalStep } from '../../goals/goal-steps.js';
import type { CriterionResult } from '../../goals/rules/types.js';
import { unitSuffix } from '../../numbers/units.js';
import { criterionView, stepHeading, stepHref, stepLinkFor, stepper } from './check-view.js';
import { baselineSourceText, latestText } from './goal-figures-view.js';

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
  acceptanceLegend: (n: number) => `Part ${n}`,
  spareLegend: (first: boolean) => (first ? 'Hvem har accepteret målet?' : 'Tilføj en part mere'),
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
    targetHint: messages.targetHint(indicator ? DIRECTION_LABELS[indicator.direction] : 'Vælg først en indikator'),
    deadlineHint: messages.deadlineHint(examples.deadline, FREQUENCY_LABELS[frequency]),
    deadlineContext: messages.deadlineContext(goal?.baselinePeriod ? displayPeriod(goal.baselinePeriod) : undefined, displayPeriod(lastDone)),
  };
}

const ROW_KEY = /^acceptance-(\d{1,4})-(party|otherName|how|when)$/;

/**
 * The acceptance rows as the form shows them: the non-blank rows renumbered from 0 (as
 * parseGoalForm numbers them in errors and SMARTE results), then one empty spare row.
 */
export function acceptanceRows(values: Record<string, unknown>, fieldErrors: Record<string, string> | undefined) {
  const byIndex = new Map<number, Record<AcceptancePart, string>>();
  for (const [key, value] of Object.entries(values)) {
    const m = ROW_KEY.exec(key);
    if (!m) continue;
    const row = byIndex.get(Number(m[1])) ?? { party: '', otherName: '', how: '', when: '' };
    row[m[2] as AcceptancePart] = typeof value === 'string' ? value : '';
    byIndex.set(Number(m[1]), row);
  }
  const rows = [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => row.party || row.otherName.trim() || row.how.trim() || row.when.trim());
  const all = [...rows, { party: '', otherName: '', how: '', when: '' }];
  return all.map((row, i) => {
    const field = (part: AcceptancePart) => ({ id: acceptanceField(i, part), value: row[part], error: fieldErrors?.[acceptanceField(i, part)] });
    const spare = i === rows.length;
    return {
      legend: spare ? messages.spareLegend(i === 0) : messages.acceptanceLegend(i + 1),
      spare,
      party: {
        ...field('party'),
        options: [
          { value: '', label: 'Vælg part', selected: row.party === '' },
          ...ACCEPTING_PARTIES.map((p) => ({ value: p, label: PARTY_LABELS[p], selected: row.party === p })),
        ],
      },
      otherName: field('otherName'),
      how: field('how'),
      when: field('when'),
    };
  });
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
  today: Date;
}

/** Everything one wizard step shows: the seed's text, the fields, and this criterion's verdicts beside them. */
export function stepPage(input: StepPageInput) {
  const { goalBase, goal, step, criteria, results, values, errors, indicators, observations, today } = input;
  const index = GOAL_STEPS.indexOf(step);
  const criterion = criteria[index]!;
  const fieldErrors = errors && Object.fromEntries(errors.map((e) => [e.field, e.message]));
  const chosen = indicators.find((i) => String(i.id) === String(values.indicatorId ?? ''));
  const result = results?.[index];
  return {
    ...stepHeading(step, criterion),
    step: { slug: step.slug, letter: step.letter, [step.slug]: true },
    criterion: { name: criterion.name, seedText: criterion.seedText, guidingQuestions: criterion.guidingQuestions },
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
    acceptanceRows: acceptanceRows(values, fieldErrors),
  };
}
