import { describe, expect, it } from 'vitest';
import type { GoalDraft } from '../../../src/goals/goal.js';
import { EMPTY_DRAFT } from '../../../src/goals/goal-steps.js';
import { checkSmarte, type CheckContext } from '../../../src/goals/smarte-check.js';
import { context, ELDERCARE, goodGoal, series, SICK_LEAVE_ID } from './fixtures.js';

const emptyDraft: GoalDraft = EMPTY_DRAFT;

function verdicts(goal: GoalDraft, ctx: CheckContext): string {
  return checkSmarte(goal, ctx)
    .map((c) => `${c.letter}:${c.verdict}`)
    .join(' ');
}

describe('checkSmarte', () => {
  it('finds every criterion met for Solgården: 7,7 → 5,5 % over 6 quarters after an earlier fall of that size', () => {
    const result = checkSmarte(goodGoal(), context());
    expect(result.map((c) => [c.key, c.letter, c.verdict])).toEqual([
      ['specific', 'S', 'opfyldt'],
      ['measurable', 'M', 'opfyldt'],
      ['accepted', 'A', 'opfyldt'],
      ['realistic', 'R', 'opfyldt'],
      ['timebound', 'T', 'opfyldt'],
      ['engaging', 'E', 'opfyldt'],
    ]);
    expect(result.flatMap((c) => c.rules).every((r) => r.verdict === 'opfyldt')).toBe(true);
  });

  it.each<{ behaviour: string; goal: GoalDraft; ctx: CheckContext; expected: string }>([
    {
      behaviour: 'reports all six as missing for an empty draft, still in S M A R T E order',
      goal: emptyDraft,
      ctx: context({ indicator: undefined, observations: [] }),
      expected: 'S:mangler M:mangler A:mangler R:mangler T:mangler E:mangler',
    },
    {
      behaviour: 'gives R the worst of its rules: on the seasonal eldercare history a 2,2-point fall is inside the ordinary swing',
      goal: goodGoal({ baselineValue: 6.5, targetValue: 4.3 }),
      ctx: context({ observations: series(SICK_LEAVE_ID, '2019K1', ELDERCARE) }),
      expected: 'S:opfyldt M:opfyldt A:opfyldt R:mangler T:opfyldt E:opfyldt',
    },
    {
      behaviour: 'lets a written reason lift that goal to "kan styrkes", still short of "opfyldt" because of its pace',
      goal: goodGoal({ baselineValue: 6.5, targetValue: 4.3, noiseReason: 'Vi følger gennemsnittet af de fire seneste kvartaler.' }),
      ctx: context({ observations: series(SICK_LEAVE_ID, '2019K1', ELDERCARE) }),
      expected: 'S:opfyldt M:opfyldt A:opfyldt R:kan styrkes T:opfyldt E:opfyldt',
    },
    {
      behaviour: 'lets one missing rule outweigh several met ones',
      goal: goodGoal({ resources: [] }),
      ctx: context(),
      expected: 'S:opfyldt M:opfyldt A:opfyldt R:mangler T:opfyldt E:opfyldt',
    },
  ])('$behaviour', ({ goal, ctx, expected }) => {
    expect(verdicts(goal, ctx)).toBe(expected);
  });

  const FORM_FIELDS = new Set([
    'title', 'description', 'targetGroup', 'targetGroupName', 'whatChanges', 'evidence', 'indicatorId', 'baselineValue',
    'baselinePeriod', 'targetValue', 'deadline', 'realismReasoning', 'noiseReason', 'beneficiary', 'beneficiaryName',
    'whyItMatters', 'driverUserId', 'drivenBy',
  ]);
  const isFormField = (field: string) =>
    FORM_FIELDS.has(field) || /^(?:acceptance-\d+-(party|otherName|how|when)|resource-\d+-(kind|amount|description)|milestone-\d+-(period|value))$/.test(field);

  it.each<{ name: string; goal: GoalDraft; ctx: CheckContext }>([
    { name: 'an empty draft', goal: emptyDraft, ctx: context({ indicator: undefined, observations: [] }) },
    {
      name: 'a goal with every weakness at once',
      goal: goodGoal({
        description: 'Vi vil styrke og udvikle kvaliteten i plejen generelt.',
        targetValue: 120,
        acceptances: [{ party: 'leader-group', how: '', when: '' }],
        resources: [{ kind: 'other', amount: null, description: 'Vi gør vores bedste' }],
        realismReasoning: '',
        whyItMatters: 'Vi vil styrke og udvikle kvaliteten i plejen generelt.',
        drivenBy: 'alle',
        deadline: null,
      }),
      ctx: context({ observations: series(SICK_LEAVE_ID, '2026K2', [7.4, 7.7]) }),
    },
  ])('points every unmet rule in $name at a form field and never prints undefined or NaN', ({ goal, ctx }) => {
    const rules = checkSmarte(goal, ctx).flatMap((c) => c.rules);
    const unmet = rules.filter((r) => r.verdict !== 'opfyldt');
    expect(unmet.length).toBeGreaterThan(5);
    for (const rule of unmet) expect(isFormField(rule.field ?? ''), `${rule.rule}: ${rule.message}`).toBe(true);
    for (const rule of rules) expect(rule.message).not.toMatch(/undefined|NaN|null|\[object/);
  });
});
