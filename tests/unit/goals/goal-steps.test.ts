import { describe, expect, it } from 'vitest';
import { parseGoalForm } from '../../../src/goals/goal-form.js';
import type { GoalDraft } from '../../../src/goals/goal.js';
import { activationBlockers, canChangeStatus } from '../../../src/goals/goal-status.js';
import {
  applyStep,
  EMPTY_DRAFT,
  formValuesOf,
  settleBaseline,
  stepForField,
  stepOf,
  stepOwns,
  withPostedStep,
} from '../../../src/goals/goal-steps.js';
import { checkSmarte } from '../../../src/goals/smarte-check.js';
import { context, goodGoal, p, sickLeave } from './fixtures.js';

const step = (slug: string) => stepOf(slug)!;
const latest = { period: p('2026K3'), value: 7.7 };

describe('wizard steps', () => {
  it('gives every field of the goal form to exactly one step, acceptance rows to A', () => {
    const fields = Object.keys(formValuesOf(goodGoal())).filter((f) => f !== 'status');
    for (const field of fields) expect(stepForField(field)?.slug, field).toBeDefined();
    expect(stepForField('acceptance-3-when')?.slug).toBe('a');
    expect(stepForField('resource-3-amount')?.slug).toBe('r');
    expect(stepForField('milestone-0-value')?.slug).toBe('t');
    expect(stepForField('targetGroupName')?.slug).toBe('s');
    expect(stepForField('driverUserId')?.slug).toBe('e');
    expect(stepForField('deadline')?.slug).toBe('t');
    expect(stepForField('status')).toBeUndefined();
    expect(stepOwns(step('m'), 'title')).toBe(false);
    expect(stepOf('x')).toBeUndefined();
  });

  it('writes a goal as form values that read back through parseGoalForm unchanged', () => {
    const goal = goodGoal({ acceptances: [{ party: 'other', otherName: 'Ældrerådet', how: 'Drøftet på mødet', when: 'oktober 2026' }] });
    const { draft, errors } = parseGoalForm(formValuesOf(goal), sickLeave());
    expect(errors).toEqual([]);
    expect(draft).toEqual(goal);
  });

  it('takes only the step’s own keys from what was posted and keeps the rest', () => {
    const posted = parseGoalForm({ title: 'Ny titel', deadline: '2029K1' }, sickLeave()).draft;
    const after = applyStep(goodGoal(), posted, step('s'));
    expect(after.title).toBe('Ny titel');
    expect(after.description).toBe('');
    expect(after.deadline).toEqual(goodGoal().deadline);
    expect(after.acceptances).toEqual(goodGoal().acceptances);
  });

  it('shows the form as posted: the step’s fields replaced, acceptance rows included', () => {
    const stored = formValuesOf(goodGoal());
    const merged = withPostedStep(stored, { 'acceptance-0-party': 'citizens', title: 'ignored' }, step('a'));
    expect(merged['acceptance-0-party']).toBe('citizens');
    expect(merged['acceptance-1-party']).toBeUndefined();
    expect(merged.title).toBe(stored.title);
  });
});

describe('settleBaseline', () => {
  const chosen: GoalDraft = { ...EMPTY_DRAFT, indicatorId: 7 };

  it.each<{ behaviour: string; before: GoalDraft; draft: GoalDraft; expected: Partial<GoalDraft>; proposed: boolean }>([
    {
      behaviour: 'proposes the latest value when an indicator is chosen and the baseline is empty',
      before: EMPTY_DRAFT,
      draft: chosen,
      expected: { baselineValue: 7.7, baselinePeriod: p('2026K3'), baselineSource: 'data' },
      proposed: true,
    },
    {
      behaviour: 'replaces a baseline left over from another indicator',
      before: { ...chosen, indicatorId: 3, baselineValue: 21, baselinePeriod: p('2026K2'), baselineSource: 'data' },
      draft: { ...chosen, baselineValue: 21, baselinePeriod: p('2026K2'), baselineSource: 'data' },
      expected: { baselineValue: 7.7, baselinePeriod: p('2026K3') },
      proposed: true,
    },
    {
      behaviour: 'keeps a baseline typed together with the new indicator, as data',
      before: { ...chosen, indicatorId: 3, baselineValue: 21, baselinePeriod: p('2026K2') },
      draft: { ...chosen, baselineValue: 7.5, baselinePeriod: p('2026K2') },
      expected: { baselineValue: 7.5, baselineSource: 'data' },
      proposed: false,
    },
    {
      behaviour: 'never replaces a baseline the group marked as its own',
      before: EMPTY_DRAFT,
      draft: { ...chosen, baselineValue: 7.2, baselinePeriod: p('2026K1'), baselineSource: 'manual' },
      expected: { baselineValue: 7.2, baselineSource: 'manual' },
      proposed: false,
    },
  ])('$behaviour', ({ before, draft, expected, proposed }) => {
    const result = settleBaseline(before, draft, latest);
    expect(result.draft).toMatchObject(expected);
    expect(result.proposed).toBe(proposed);
  });

  it('clears a baseline left from another indicator when the new one has no data', () => {
    const before = { ...chosen, indicatorId: 3, baselineValue: 21, baselinePeriod: p('2026K2'), baselineSource: 'data' as const };
    const { draft, proposed } = settleBaseline(before, { ...chosen, baselineValue: 21, baselinePeriod: p('2026K2'), baselineSource: 'data' }, undefined);
    expect(proposed).toBe(false);
    expect(draft).toMatchObject({ baselineValue: null, baselinePeriod: null });
    expect(draft).not.toHaveProperty('baselineSource');
  });
});

describe('goal status', () => {
  it('moves a draft to active or abandoned, an active goal to an end, and an ended goal back to active', () => {
    expect(canChangeStatus('draft', 'active')).toBe(true);
    expect(canChangeStatus('draft', 'reached')).toBe(false);
    expect(canChangeStatus('active', 'not-reached')).toBe(true);
    expect(canChangeStatus('active', 'draft')).toBe(false);
    expect(canChangeStatus('abandoned', 'active')).toBe(true);
    expect(canChangeStatus('reached', 'reached')).toBe(true);
  });

  it('blocks activation only on "mangler", naming each rule’s field', () => {
    expect(activationBlockers(checkSmarte(goodGoal(), context()))).toEqual([]);
    const blockers = activationBlockers(checkSmarte(goodGoal({ resources: [], driverUserId: null }), context()));
    expect(blockers.map((r) => r.field)).toEqual(['resource-0-kind', 'driverUserId']);
    // "Kan styrkes" is advice, not a block.
    expect(activationBlockers(checkSmarte(goodGoal({ realismReasoning: '' }), context()))).toEqual([]);
  });
});
