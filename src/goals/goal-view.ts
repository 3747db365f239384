import type { SmarteCriterion } from '../content/content-loader.js';
import { DIRECTION_LABELS, unitSuffix, type Indicator } from '../indicators/indicator.js';
import type { Observation } from '../indicators/observation.js';
import { comparePeriods, displayPeriod, FREQUENCY_LABELS, latestCompletedPeriod, type Frequency } from '../periods/period.js';
import type { FieldError } from '../shared/errors.js';
import { ACCEPTING_PARTIES, GOAL_STATUS_LABELS, GOAL_STATUSES, PARTY_LABELS, type Goal, type GoalStatus } from './goal.js';
import { acceptanceField, type AcceptancePart } from './goal-form.js';
import { STATUS_TRANSITIONS } from './goal-status.js';
import { GOAL_STEPS, nextStep, previousStep, stepForField, stepNumber, stepOwns, type GoalStep } from './goal-steps.js';
import { indicatorHistory } from './history.js';
import { hasGlidePath, PROGRESS_DISPLAY, type Progress } from './progress.js';
import type { CriterionResult, RuleResult, Verdict } from './rules/types.js';
import { VERDICT_DISPLAY } from './verdict-display.js';
import { formatValue } from './wording.js';
import { formatDate } from './calendar-date.js';

/** Everything the goal templates show, formatted once here in Danish. */

export const messages = {
  untitled: 'Mål uden titel',
  fromData: (value: string, period: string) => `Fra jeres data: ${value} i ${period}.`,
  ownBaseline: (latest: string) => `I har selv skrevet udgangspunktet. Det seneste tal i jeres data er ${latest}.`,
  latestInData: (latest: string) => `Det seneste tal i jeres data er ${latest}.`,
  noData: 'Der er ingen tal for indikatoren endnu.',
  latestHint: (latest: string) => `Seneste tal: ${latest}`,
  stepOf: (n: number, total: number) => `Trin ${n} af ${total}`,
  checkStep: 'Tjek hele målet',
  next: (label: string) => `Næste: ${label}`,
  deadlineHint: (example: string, frequency: string) => `Den periode, hvor målet skal være nået. Indikatoren måles pr. ${frequency}, så skriv fx ${example}.`,
  deadlineContext: (baseline: string | undefined, lastDone: string) =>
    `${baseline ? `Udgangspunktet er ${baseline}. ` : ''}Den seneste afsluttede periode er ${lastDone}.`,
  targetHint: (direction: string) => `Det tal, indikatoren skal nå ved fristen. ${direction}.`,
  periodHint: (example: string) => `Fx ${example}.`,
  acceptanceLegend: (n: number) => `Part ${n}`,
  spareLegend: (first: boolean) => (first ? 'Hvem har accepteret målet?' : 'Tilføj en part mere'),
  plannedNow: (period: string) => `Planen for ${period}`,
  notFollowed: 'Fremdriften følges, når målet er aktivt.',
  ended: (label: string) => `Målet er afsluttet som „${label.toLowerCase()}“.`,
  filterAll: 'Alle mål',
  savedAsDraft: 'Målet er gemt som kladde. I kan arbejde videre med det, når I vil.',
  activated: 'Målet er aktivt. Fremdriften vises nu på målets side, på indikatoren og på gruppens forside.',
  statusChanged: (label: string) => `Målets status er nu „${label.toLowerCase()}“.`,
  showing: (count: number, label: string | undefined) => `Viser ${count} mål${label ? ` med status „${label.toLowerCase()}“` : ''}.`,
};

// ---------- verdicts, progress and status: always text and icon, never colour alone ----------

export function verdictView(verdict: Verdict) {
  return { verdict, ...VERDICT_DISPLAY[verdict] };
}

export function progressView(progress: Progress) {
  return { status: progress.status, message: progress.message, ...PROGRESS_DISPLAY[progress.status] };
}

const STATUS_BADGES: Record<GoalStatus, string> = {
  draft: '',
  active: 'info',
  reached: 'success',
  'not-reached': 'warning',
  abandoned: '',
};

export function statusView(status: GoalStatus) {
  return { code: status, label: GOAL_STATUS_LABELS[status], badge: STATUS_BADGES[status] };
}

/** The status filter speaks Danish in the address bar: ?status=ikke-naaet. */
export const STATUS_SLUGS: Record<GoalStatus, string> = {
  draft: 'kladde',
  active: 'aktiv',
  reached: 'naaet',
  'not-reached': 'ikke-naaet',
  abandoned: 'opgivet',
};

export function statusFromSlug(slug: unknown): GoalStatus | undefined {
  return GOAL_STATUSES.find((s) => STATUS_SLUGS[s] === slug);
}

export function statusFilterOptions(current: GoalStatus | undefined) {
  return [
    { value: '', label: messages.filterAll, selected: current === undefined },
    ...GOAL_STATUSES.map((s) => ({ value: STATUS_SLUGS[s], label: GOAL_STATUS_LABELS[s], selected: s === current })),
  ];
}

const STATUS_ACTIONS: Record<GoalStatus, { label: string; primary: boolean }> = {
  active: { label: 'Gør målet aktivt', primary: true },
  reached: { label: 'Målet er nået', primary: false },
  'not-reached': { label: 'Målet blev ikke nået', primary: false },
  abandoned: { label: 'Opgiv målet', primary: false },
  draft: { label: 'Gem som kladde', primary: false },
};

export function showingText(count: number, status: GoalStatus | undefined): string {
  return messages.showing(count, status && GOAL_STATUS_LABELS[status]);
}

/** The buttons on the goal page: the statuses the goal can move to from where it is. */
export function statusActions(goal: Goal) {
  return STATUS_TRANSITIONS[goal.status].map((to) => ({
    value: to,
    label: goal.status !== 'draft' && to === 'active' ? 'Gør målet aktivt igen' : STATUS_ACTIONS[to].label,
    primary: STATUS_ACTIONS[to].primary,
  }));
}

// ---------- numbers ----------

function shown(indicator: Indicator | undefined, value: number): string {
  return indicator ? formatValue(indicator, value) : String(value).replace('.', ',');
}

function latestOf(indicator: Indicator, observations: readonly Observation[]): Observation | undefined {
  return indicatorHistory(indicator, observations).at(-1);
}

function latestText(indicator: Indicator, observations: readonly Observation[]): string | undefined {
  const latest = latestOf(indicator, observations);
  return latest && `${formatValue(indicator, latest.value)} i ${displayPeriod(latest.period)}`;
}

/** Where the baseline came from, as the form and the goal page say it. */
export function baselineSourceText(goal: Goal, indicator: Indicator | undefined, observations: readonly Observation[]): string | undefined {
  if (!indicator) return undefined;
  const latest = latestText(indicator, observations);
  const { baselineValue, baselinePeriod } = goal;
  const measured =
    baselinePeriod && baselinePeriod.frequency === indicator.frequency
      ? indicatorHistory(indicator, observations).find((o) => comparePeriods(o.period, baselinePeriod) === 0)
      : undefined;
  if (goal.baselineSource === 'data' && measured && baselineValue !== null && formatValue(indicator, measured.value) === formatValue(indicator, baselineValue)) {
    return messages.fromData(formatValue(indicator, measured.value), displayPeriod(measured.period));
  }
  if (!latest) return messages.noData;
  return goal.baselineSource === 'manual' ? messages.ownBaseline(latest) : messages.latestInData(latest);
}

/** The figures a leader looks for first, as label/value pairs for a <dl>. */
export function keyNumbers(goal: Goal, indicator: Indicator | undefined, progress: Progress | undefined) {
  const rows: { label: string; value: string; note?: string }[] = [];
  if (goal.baselineValue !== null) {
    rows.push({
      label: 'Udgangspunkt',
      value: `${shown(indicator, goal.baselineValue)}${goal.baselinePeriod ? ` i ${displayPeriod(goal.baselinePeriod)}` : ''}`,
      note: goal.baselineSource === 'manual' ? 'skrevet af jer selv' : goal.baselineSource === 'data' ? 'fra jeres data' : undefined,
    });
  }
  if (goal.targetValue !== null) rows.push({ label: 'Målværdi', value: shown(indicator, goal.targetValue) });
  if (goal.deadline) rows.push({ label: 'Frist', value: displayPeriod(goal.deadline) });
  if (progress?.latest && indicator) {
    rows.push({ label: 'Seneste tal', value: `${formatValue(indicator, progress.latest.value)} i ${displayPeriod(progress.latest.period)}` });
  }
  if (progress?.latest && progress.expected !== undefined && indicator) {
    rows.push({ label: messages.plannedNow(displayPeriod(progress.latest.period)), value: formatValue(indicator, progress.expected) });
  }
  return rows;
}

/** "Fra 7,5 % til 5,5 % i 4. kvt. 2027", or as much of it as the goal has. */
export function targetLine(goal: Goal, indicator: Indicator | undefined): string {
  const parts: string[] = [];
  if (goal.baselineValue !== null) parts.push(`fra ${shown(indicator, goal.baselineValue)}`);
  if (goal.targetValue !== null) parts.push(`til ${shown(indicator, goal.targetValue)}`);
  if (goal.deadline) parts.push(`i ${displayPeriod(goal.deadline)}`);
  const line = parts.join(' ');
  return line ? line.charAt(0).toUpperCase() + line.slice(1) : '';
}

/** The glide path as a chart goal, for an active goal with all four numbers. */
export function chartGoalOf(goal: Goal, indicator: Indicator, progress: Progress | undefined) {
  if (!hasGlidePath(goal) || goal.baselinePeriod.frequency !== indicator.frequency || goal.deadline.frequency !== indicator.frequency) {
    return undefined;
  }
  return {
    baselinePeriod: goal.baselinePeriod,
    baselineValue: goal.baselineValue,
    targetPeriod: goal.deadline,
    targetValue: goal.targetValue,
    ...(progress && { status: progress.status }),
  };
}

// ---------- lists ----------

export interface GoalRowInput {
  goal: Goal;
  indicator?: Indicator;
  progress?: Progress;
}

export function goalRow(base: string, { goal, indicator, progress }: GoalRowInput) {
  return {
    id: goal.id,
    href: `${base}/${goal.id}`,
    title: goal.title.trim() || messages.untitled,
    status: statusView(goal.status),
    indicatorName: indicator?.name,
    target: targetLine(goal, indicator),
    progress: progress && progressView(progress),
  };
}

// ---------- the SMARTE check ----------

function ruleView(rule: RuleResult, linkFor: (field: string) => string | undefined) {
  const href = rule.field && rule.verdict !== 'opfyldt' ? linkFor(rule.field) : undefined;
  return { message: rule.message, verdict: verdictView(rule.verdict), ...(href && { href }) };
}

/** One criterion with its seed text, its verdict and every rule's message; messages that point at a field link to it. */
export function criterionView(result: CriterionResult, criterion: SmarteCriterion, linkFor: (field: string) => string | undefined) {
  return {
    key: result.key,
    letter: result.letter,
    name: criterion.name,
    heading: `${result.letter} – ${criterion.name}`,
    seedText: criterion.seedText,
    guidingQuestions: criterion.guidingQuestions,
    verdict: verdictView(result.verdict),
    rules: result.rules.map((r) => ruleView(r, linkFor)),
  };
}

export function stepHref(goalBase: string, step: GoalStep): string {
  return `${goalBase}/trin/${step.slug}`;
}

/** A field's place in the wizard: its step's page, at the field. */
export function fieldHref(goalBase: string, field: string): string | undefined {
  const step = stepForField(field);
  return step && `${stepHref(goalBase, step)}#${field}`;
}

export function checkView(goalBase: string, results: readonly CriterionResult[], criteria: readonly SmarteCriterion[]) {
  return results.map((result, i) => {
    const step = GOAL_STEPS[i]!;
    return {
      ...criterionView(result, criteria[i]!, (field) => fieldHref(goalBase, field)),
      stepHref: stepHref(goalBase, step),
    };
  });
}

export function checkSummary(results: readonly CriterionResult[]) {
  return {
    missingCount: results.filter((c) => c.verdict === 'mangler').length,
    allMet: results.every((c) => c.verdict === 'opfyldt'),
  };
}

/** Errors from a refused activation, each linking to the step and field to fix. */
export function linkedErrors(goalBase: string, errors: readonly FieldError[]) {
  return errors.map((e) => ({ message: e.message, href: fieldHref(goalBase, e.field) ?? '#status-actions' }));
}

// ---------- the wizard ----------

const TOTAL_STEPS = GOAL_STEPS.length + 1;

/** DKFDS step indicator: the six letters and the final check, each showing its current verdict. */
export function stepper(goalBase: string | undefined, current: GoalStep | 'check', results: readonly CriterionResult[] | undefined, criteria: readonly SmarteCriterion[]) {
  const items = GOAL_STEPS.map((step, i) => {
    const verdict = results?.[i]?.verdict;
    return {
      letter: step.letter,
      title: criteria[i]?.name ?? step.letter,
      href: goalBase ? stepHref(goalBase, step) : undefined,
      current: current === step,
      error: verdict === 'mangler',
      verdict: verdict && verdictView(verdict),
    };
  });
  return [
    ...items,
    { letter: '✓', title: messages.checkStep, href: goalBase ? `${goalBase}/tjek` : undefined, current: current === 'check', error: false, verdict: undefined },
  ];
}

export function stepHeading(step: GoalStep, criterion: SmarteCriterion) {
  return { kicker: messages.stepOf(stepNumber(step), TOTAL_STEPS), heading: `${step.letter} – ${criterion.name}` };
}

export function checkHeading() {
  return { kicker: messages.stepOf(TOTAL_STEPS, TOTAL_STEPS), heading: messages.checkStep };
}

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

export function statusFlash(status: GoalStatus, changed: boolean): string {
  if (!changed && status === 'draft') return messages.savedAsDraft;
  return status === 'active' ? messages.activated : messages.statusChanged(GOAL_STATUS_LABELS[status]);
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

/** On the step's own page a message links to its field; a field on another step links to that step. */
export function stepLinkFor(goalBase: string | undefined, step: GoalStep) {
  return (field: string) => (stepOwns(step, field) ? `#${field}` : goalBase ? fieldHref(goalBase, field) : undefined);
}

// ---------- the goal page ----------

export function acceptanceList(goal: Goal) {
  return goal.acceptances.map((a) => ({
    party: a.party === 'other' ? a.otherName?.trim() || PARTY_LABELS.other : PARTY_LABELS[a.party],
    how: a.how,
    when: formatDate(a.when),
  }));
}

export function closedText(goal: Goal): string | undefined {
  if (goal.status === 'active') return undefined;
  return goal.status === 'draft' ? messages.notFollowed : messages.ended(GOAL_STATUS_LABELS[goal.status]);
}

// ---------- whole pages ----------

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
