import type { SmarteCriterion } from '../../content/content-loader.js';
import type { FieldError } from '../../shared/errors.js';
import { GOAL_STEPS, stepForField, stepNumber, stepOwns, type GoalStep } from '../../goals/goal-steps.js';
import type { CriterionResult, RuleResult } from '../../goals/rules/types.js';
import { verdictView } from './goal-status-view.js';

/** The SMARTE check as the wizard and the goal page show it: verdicts with links to the fields to fix. */

const messages = {
  stepOf: (n: number, total: number) => `Trin ${n} af ${total}`,
  checkStep: 'Tjek hele målet',
};

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

/** On the step's own page a message links to its field; a field on another step links to that step. */
export function stepLinkFor(goalBase: string | undefined, step: GoalStep) {
  return (field: string) => (stepOwns(step, field) ? `#${field}` : goalBase ? fieldHref(goalBase, field) : undefined);
}
