import type { GoalDraft } from '../../../src/goals/goal.js';
import type { CheckContext, RuleResult } from '../../../src/goals/smarte-check.js';
import type { GroupMemberRef } from '../../../src/goals/rules/types.js';
import type { Indicator } from '../../../src/indicators/indicator.js';
import type { Observation } from '../../../src/indicators/observation.js';
import { nextPeriod, parseCanonical, type Period } from '../../../src/periods/period.js';

/** Late November 2026: the latest completed quarter is 3. kvt. 2026. */
export const TODAY = new Date('2026-11-27T12:00:00');

export const p = (canonical: string): Period => parseCanonical(canonical);

export const SICK_LEAVE_ID = 7;

export function sickLeave(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: SICK_LEAVE_ID,
    groupId: 1,
    code: 'SYGEFRAV',
    name: 'Sygefravær, Solgården',
    definition: 'Sygefraværsdage i procent af arbejdsdage i kvartalet, egen sygdom.',
    whyItMatters: 'Når medarbejderne er syge, møder beboerne flere vikarer.',
    unit: '%',
    decimals: 1,
    direction: 'down',
    rangeMin: null,
    rangeMax: null,
    frequency: 'quarter',
    dataSource: 'Lønsystemet',
    deliveredBy: 'HR',
    archived: false,
    ...overrides,
  };
}

/** Consecutive periods from `first`; null leaves a gap. */
export function series(indicatorId: number, first: string, values: readonly (number | null)[]): Observation[] {
  const out: Observation[] = [];
  let period = p(first);
  for (const value of values) {
    if (value !== null) {
      out.push({ indicatorId, period, value, comment: null, importId: null, updatedAt: '2026-11-01T00:00:00.000Z' });
    }
    period = nextPeriod(period);
  }
  return out;
}

/**
 * Solgården 2022K1–2026K3: an earlier effort brought sick leave from 8,4 % (3. kvt. 2022)
 * to 5,9 % (1. kvt. 2024) – 0,42 point a quarter over 6 quarters – before it crept back to 7,7 %.
 * Neighbouring quarters typically differ by 0,3.
 */
export const SOLGAARDEN = [7.9, 8.2, 8.4, 8.1, 7.6, 7.0, 6.6, 6.2, 5.9, 6.0, 6.3, 6.6, 6.9, 7.1, 7.2, 7.4, 7.6, 7.5, 7.7];

/** The demo's eldercare sick leave 2019K1–2026K3: seasonal, never a fall faster than 0,2 a quarter over 6 quarters. */
export const ELDERCARE = [
  7.7, 6.6, 7.5, 6.9, 7.6, 7.6, 8.9, 6.4, 7.4, 6.2, 7, 6.7, 7.7, 6, 7.5, 6.3, 7.1, 6.3, 7.2, 5.7, 7.5, 6, 6.9, 6, 7.2, 6,
  6.6, 5.9, 7.1, 5.8, 6.5,
];

export function solgaardenHistory(): Observation[] {
  return series(SICK_LEAVE_ID, '2022K1', SOLGAARDEN);
}

/** Solgården's leader group: the centre manager drives the goal; a former team leader is deactivated. */
export const BIRGIT = 11;
export const FORMER_LEADER = 12;
export const MEMBERS: GroupMemberRef[] = [
  { userId: BIRGIT, name: 'Birgit Holm', active: true },
  { userId: FORMER_LEADER, name: 'Karl Jensen', active: false },
];

/** A goal that meets every SMARTE rule against the Solgården history. */
export function goodGoal(overrides: Partial<GoalDraft> = {}): GoalDraft {
  return {
    title: 'Færre sygedage på Solgården',
    description:
      'Sygefraværet blandt medarbejderne på plejecentret Solgården skal ned fra 7,7 % til 5,5 %, ' +
      'så beboerne oftere møder de samme kendte ansigter.',
    targetGroup: { key: 'employees' },
    whatChanges: 'Medarbejderne har færre sygedage: højst 5,5 % af arbejdsdagene i kvartalet mod 7,7 % i dag.',
    evidence: '',
    indicatorId: SICK_LEAVE_ID,
    baselineValue: 7.7,
    baselinePeriod: p('2026K3'),
    baselineSource: 'data',
    targetValue: 5.5,
    deadline: p('2028K1'),
    milestones: [
      { period: p('2027K1'), value: 7 },
      { period: p('2027K3'), value: 6.3 },
    ],
    responsible: 'Centerleder Birgit Holm',
    acceptances: [
      { party: 'employees', how: 'MED-udvalget godkendte målet', when: '2026-11-12' },
      { party: 'committee', how: 'Social- og Sundhedsudvalget tog målet til efterretning', when: '2026-11-19' },
    ],
    resources: [
      { kind: 'hours', amount: 2, description: 'om ugen til arbejdsmiljørepræsentanten' },
      { kind: 'other', amount: null, description: 'en fraværssamtale senest 14 dage efter første sygedag' },
    ],
    realismReasoning:
      'I 2022–2024 fik vi fraværet ned fra 8,4 % til 5,9 % med tidlige samtaler og faste teams. Vi genindfører det, der virkede.',
    noiseReason: '',
    beneficiary: { key: 'nursing-home' },
    whyItMatters:
      'Når en kollega er syg, møder beboerne vikarer, som ikke kender deres vaner. Færre sygedage giver ro til både beboere og personale.',
    driverUserId: BIRGIT,
    drivenBy: 'Teamlederne på Solgården sammen med arbejdsmiljørepræsentanten',
    status: 'active',
    ...overrides,
  };
}

export function context(overrides: Partial<CheckContext> = {}): CheckContext {
  return { indicator: sickLeave(), observations: solgaardenHistory(), members: MEMBERS, today: TODAY, ...overrides };
}

/** The single result of one rule; fails the test when the rule gave none or several. */
export function ruleNamed(results: readonly RuleResult[], rule: string): RuleResult {
  const [only, ...more] = results.filter((r) => r.rule === rule);
  if (!only || more.length > 0) {
    throw new Error(`expected exactly one "${rule}" result, got: ${JSON.stringify(results, null, 2)}`);
  }
  return only;
}
