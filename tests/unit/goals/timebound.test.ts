import { describe, expect, it } from 'vitest';
import type { GoalDraft } from '../../../src/goals/goal.js';
import { timeboundRules } from '../../../src/goals/rules/timebound.js';
import type { CheckContext, RuleResult } from '../../../src/goals/smarte-check.js';
import { context, goodGoal, p, ruleNamed } from './fixtures.js';

interface Case {
  behaviour: string;
  goal?: Partial<GoalDraft>;
  ctx?: Partial<CheckContext>;
  expected: Omit<RuleResult, 'rule'>;
}

function run(rule: string, cases: Case[]): void {
  it.each(cases)('$behaviour', ({ goal, ctx, expected }) => {
    expect(ruleNamed(timeboundRules(goodGoal(goal), context(ctx)), rule)).toEqual({ rule, ...expected });
  });
}

describe('T – deadline given', () => {
  run('deadline', [
    {
      behaviour: 'asks for a deadline when there is none',
      goal: { deadline: null },
      expected: { verdict: 'mangler', message: 'Skriv, hvornår målet skal være nået, fx 4. kvt. 2027.', field: 'deadline' },
    },
    {
      behaviour: 'shows the deadline in Danish',
      expected: { verdict: 'opfyldt', message: 'Målet skal være nået i 1. kvt. 2028.' },
    },
  ]);

  it('gives only the one message when the deadline is missing', () => {
    expect(timeboundRules(goodGoal({ deadline: null }), context())).toHaveLength(1);
  });
});

describe('T – deadline in the future', () => {
  run('future', [
    {
      behaviour: 'rejects a deadline that has already passed and suggests the first possible one',
      goal: { deadline: p('2026K2'), baselinePeriod: p('2025K4') },
      expected: {
        verdict: 'mangler',
        message:
          'Fristen 2. kvt. 2026 er allerede gået; 3. kvt. 2026 er den seneste afsluttede periode. Vælg 4. kvt. 2026 eller senere.',
        field: 'deadline',
      },
    },
    {
      behaviour: 'rejects the latest completed quarter as a deadline',
      goal: { deadline: p('2026K3'), baselinePeriod: p('2025K4') },
      expected: {
        verdict: 'mangler',
        message:
          'Fristen 3. kvt. 2026 er allerede gået; 3. kvt. 2026 er den seneste afsluttede periode. Vælg 4. kvt. 2026 eller senere.',
        field: 'deadline',
      },
    },
    {
      behaviour: 'accepts the quarter that is running today',
      goal: { deadline: p('2026K4'), baselinePeriod: p('2025K4') },
      expected: { verdict: 'opfyldt', message: 'Fristen ligger efter 3. kvt. 2026, som er den seneste afsluttede periode.' },
    },
    {
      behaviour: 'judges an older goal by the day it was made, not by today',
      goal: { deadline: p('2026K2'), baselinePeriod: p('2024K4') },
      ctx: { createdAt: new Date('2025-03-01T10:00:00') },
      expected: {
        verdict: 'opfyldt',
        message: 'Fristen ligger efter 4. kvt. 2024, som var den seneste afsluttede periode dengang.',
      },
    },
    {
      behaviour: 'rejects a deadline that had passed when the goal was made',
      goal: { deadline: p('2026K2'), baselinePeriod: p('2025K4') },
      ctx: { createdAt: new Date('2026-08-01T10:00:00') },
      expected: {
        verdict: 'mangler',
        message:
          'Fristen 2. kvt. 2026 var allerede gået, da målet blev sat; 2. kvt. 2026 var den seneste afsluttede periode dengang. ' +
          'Vælg 3. kvt. 2026 eller senere.',
        field: 'deadline',
      },
    },
  ]);
});

describe('T – deadline after the baseline', () => {
  run('after-baseline', [
    {
      behaviour: 'counts the periods from baseline to deadline',
      expected: { verdict: 'opfyldt', message: 'Fristen er 6 kvartaler efter udgangspunktet 3. kvt. 2026.' },
    },
    {
      behaviour: 'rejects a deadline one quarter after the baseline: no measurement comes in between',
      goal: { deadline: p('2026K4') },
      expected: {
        verdict: 'mangler',
        message:
          'Fristen 4. kvt. 2026 er kun 1 kvartal efter udgangspunktet 3. kvt. 2026, så der kommer ingen måling undervejs. ' +
          'Vælg 1. kvt. 2027 eller senere, så I kan se, om I er på vej.',
        field: 'deadline',
      },
    },
    {
      behaviour: 'accepts a deadline two quarters after the baseline',
      goal: { deadline: p('2027K1'), milestones: [] },
      expected: { verdict: 'opfyldt', message: 'Fristen er 2 kvartaler efter udgangspunktet 3. kvt. 2026.' },
    },
    {
      behaviour: 'rejects a deadline in the same period as the baseline',
      goal: { deadline: p('2026K4'), baselinePeriod: p('2026K4') },
      expected: {
        verdict: 'mangler',
        message:
          'Fristen 4. kvt. 2026 er den samme periode som udgangspunktet 4. kvt. 2026. Vælg en frist efter 4. kvt. 2026, så et nyt tal kan vise ændringen.',
        field: 'deadline',
      },
    },
    {
      behaviour: 'rejects a deadline before the baseline',
      goal: { deadline: p('2027K1'), baselinePeriod: p('2027K3') },
      expected: {
        verdict: 'mangler',
        message:
          'Fristen 1. kvt. 2027 ligger før udgangspunktet 3. kvt. 2027. Vælg en frist efter 3. kvt. 2027, så et nyt tal kan vise ændringen.',
        field: 'deadline',
      },
    },
  ]);
});

describe('T – periods in the indicator frequency', () => {
  run('period-frequency', [
    {
      behaviour: 'rejects a yearly deadline for a quarterly indicator',
      goal: { deadline: p('2028') },
      expected: {
        verdict: 'mangler',
        message: 'Fristen 2028 er et år, men indikatoren måles pr. kvartal. Skriv fristen som et kvartal.',
        field: 'deadline',
      },
    },
    {
      behaviour: 'rejects a monthly baseline period for a quarterly indicator',
      goal: { baselinePeriod: p('2026M09') },
      expected: {
        verdict: 'mangler',
        message: 'Udgangspunktet september 2026 er en måned, men indikatoren måles pr. kvartal. Skriv udgangspunktet som et kvartal.',
        field: 'baselinePeriod',
      },
    },
  ]);
});

describe('T – milestones on the way', () => {
  run('milestones', [
    {
      behaviour: 'lists the milestones in period order',
      goal: { milestones: [{ period: p('2027K3'), value: 6.3 }, { period: p('2027K1'), value: 7 }] },
      expected: { verdict: 'opfyldt', message: 'Delmål undervejs: 7,0 % i 1. kvt. 2027 og 6,3 % i 3. kvt. 2027.' },
    },
    {
      behaviour: 'suggests milestones from the glide path when there are none',
      goal: { milestones: [] },
      expected: {
        verdict: 'kan styrkes',
        message:
          'Sæt delmål undervejs, så I kan se, om I er på vej. En lige linje fra udgangspunktet til målet giver: ' +
          '7,3 % i 4. kvt. 2026, 7,0 % i 1. kvt. 2027, 6,6 % i 2. kvt. 2027, 6,2 % i 3. kvt. 2027 og 5,9 % i 4. kvt. 2027.',
        field: 'milestone-0-period',
      },
    },
    {
      behaviour: 'rejects a milestone at or after the deadline',
      goal: { milestones: [{ period: p('2027K1'), value: 7 }, { period: p('2028K1'), value: 5.5 }] },
      expected: {
        verdict: 'mangler',
        message: 'Delmålet for 1. kvt. 2028 ligger ikke mellem udgangspunktet 3. kvt. 2026 og fristen 1. kvt. 2028. Vælg en periode imellem.',
        field: 'milestone-1-period',
      },
    },
  ]);

  it('has no milestone rule before the deadline leaves room for one', () => {
    expect(timeboundRules(goodGoal({ deadline: p('2026K4'), milestones: [] }), context()).map((r) => r.rule)).not.toContain('milestones');
  });
});
