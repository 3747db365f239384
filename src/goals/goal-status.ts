import type { GoalStatus } from './goal.js';
import type { CriterionKey, CriterionResult, RuleResult } from './rules/types.js';

/**
 * Which status a goal can move to from each status. A draft becomes active or is given up; an
 * active goal ends as reached, not reached or given up; an ended goal can be taken up again.
 */
export const STATUS_TRANSITIONS: Record<GoalStatus, readonly GoalStatus[]> = {
  draft: ['active', 'abandoned'],
  active: ['reached', 'not-reached', 'abandoned'],
  reached: ['active'],
  'not-reached': ['active'],
  abandoned: ['active'],
};

export function canChangeStatus(from: GoalStatus, to: GoalStatus): boolean {
  return from === to || STATUS_TRANSITIONS[from].includes(to);
}

/** The criteria by name, for sentences such as "før S (Specifik) og R (Realistisk) er i orden". */
export const CRITERION_NAMES: Record<CriterionKey, string> = {
  specific: 'Specifik',
  measurable: 'Målbar',
  accepted: 'Accepteret',
  realistic: 'Realistisk',
  timebound: 'Tidsbestemt',
  engaging: 'Engagerende',
};

/** The criteria that keep a goal from becoming active, in S M A R T E order. */
export function blockedCriteria(results: readonly CriterionResult[]): CriterionResult[] {
  return results.filter((c) => c.verdict === 'mangler');
}

/** The SMARTE verdicts are guidance, except that a goal cannot be active while a criterion is 'mangler'. */
export function activationBlockers(results: readonly CriterionResult[]): RuleResult[] {
  return results.flatMap((c) => c.rules.filter((r) => r.verdict === 'mangler'));
}
