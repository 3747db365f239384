import type { GoalDraft } from './goal.js';
import { acceptedRules } from './rules/accepted.js';
import { engagingRules } from './rules/engaging.js';
import { measurableRules } from './rules/measurable.js';
import { realisticRules } from './rules/realistic.js';
import { specificRules } from './rules/specific.js';
import { timeboundRules } from './rules/timebound.js';
import {
  worstVerdict,
  type CheckContext,
  type CriterionKey,
  type CriterionLetter,
  type CriterionResult,
  type RuleResult,
} from './rules/types.js';

export type { CheckContext, CriterionKey, CriterionLetter, CriterionResult, RuleResult, Verdict } from './rules/types.js';
export * from './rules/thresholds.js';

const CRITERIA: readonly {
  key: CriterionKey;
  letter: CriterionLetter;
  rules: (goal: GoalDraft, ctx: CheckContext) => RuleResult[];
}[] = [
  { key: 'specific', letter: 'S', rules: specificRules },
  { key: 'measurable', letter: 'M', rules: measurableRules },
  { key: 'accepted', letter: 'A', rules: acceptedRules },
  { key: 'realistic', letter: 'R', rules: realisticRules },
  { key: 'timebound', letter: 'T', rules: timeboundRules },
  { key: 'engaging', letter: 'E', rules: engagingRules },
];

/** All six SMARTE criteria, always in S M A R T E order, each with the worst verdict of its rules. */
export function checkSmarte(goal: GoalDraft, ctx: CheckContext): CriterionResult[] {
  return CRITERIA.map(({ key, letter, rules }) => {
    const results = rules(goal, ctx);
    return { key, letter, verdict: worstVerdict(results), rules: results };
  });
}
