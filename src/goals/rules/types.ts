import type { Indicator } from '../../indicators/indicator.js';
import type { Observation } from '../../indicators/observation.js';

export type Verdict = 'opfyldt' | 'kan styrkes' | 'mangler';

export interface RuleResult {
  rule: string;
  verdict: Verdict;
  message: string;
  /** The form field to fix, equal to the input's name and id. */
  field?: string;
}

export type CriterionKey = 'specific' | 'measurable' | 'accepted' | 'realistic' | 'timebound' | 'engaging';
export type CriterionLetter = 'S' | 'M' | 'A' | 'R' | 'T' | 'E';

export interface CriterionResult {
  key: CriterionKey;
  letter: CriterionLetter;
  /** The worst verdict among its rules. */
  verdict: Verdict;
  rules: RuleResult[];
}

/** A member of the goal's leader group, as the E check needs them to name the driver. */
export interface GroupMemberRef {
  userId: number;
  name: string;
  active: boolean;
}

export interface CheckContext {
  indicator?: Indicator;
  observations: Observation[];
  /** The leader group's members; the driver must be one of them. */
  members: readonly GroupMemberRef[];
  today: Date;
  /** When the goal was made; its deadline had to lie in the future then, not necessarily now. */
  createdAt?: Date;
}

const SEVERITY: Record<Verdict, number> = { opfyldt: 0, 'kan styrkes': 1, mangler: 2 };

export function worstVerdict(rules: readonly RuleResult[]): Verdict {
  return rules.reduce<Verdict>((worst, r) => (SEVERITY[r.verdict] > SEVERITY[worst] ? r.verdict : worst), 'opfyldt');
}

function result(rule: string, verdict: Verdict, message: string, field: string | undefined): RuleResult {
  return field === undefined ? { rule, verdict, message } : { rule, verdict, message, field };
}

export function met(rule: string, message: string): RuleResult {
  return result(rule, 'opfyldt', message, undefined);
}

export function weak(rule: string, message: string, field?: string): RuleResult {
  return result(rule, 'kan styrkes', message, field);
}

export function missing(rule: string, message: string, field?: string): RuleResult {
  return result(rule, 'mangler', message, field);
}
