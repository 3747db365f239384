import { describe, expect, it } from 'vitest';
import type { GoalDraft } from '../../../src/goals/goal.js';
import { measurableRules } from '../../../src/goals/rules/measurable.js';
import type { CheckContext, RuleResult } from '../../../src/goals/smarte-check.js';
import { context, goodGoal, p, ruleNamed, series, sickLeave } from './fixtures.js';

interface Case {
  behaviour: string;
  goal?: Partial<GoalDraft>;
  ctx?: Partial<CheckContext>;
  expected: Omit<RuleResult, 'rule'>;
}

function run(rule: string, cases: Case[]): void {
  it.each(cases)('$behaviour', ({ goal, ctx, expected }) => {
    expect(ruleNamed(measurableRules(goodGoal(goal), context(ctx)), rule)).toEqual({ rule, ...expected });
  });
}

const satisfaction = sickLeave({ id: 8, name: 'Borgertilfredshed, hjemmeplejen', direction: 'up' });

describe('M – indicator', () => {
  run('indicator', [
    {
      behaviour: 'asks for an indicator when none is chosen',
      goal: { indicatorId: null },
      expected: { verdict: 'mangler', message: 'Vælg den indikator, der viser, om målet er nået.', field: 'indicatorId' },
    },
    {
      behaviour: 'says so when the chosen indicator no longer exists',
      ctx: { indicator: undefined },
      expected: {
        verdict: 'mangler',
        message: 'Den valgte indikator findes ikke længere. Vælg en indikator fra listen.',
        field: 'indicatorId',
      },
    },
    {
      behaviour: 'notes that an archived indicator gets no new values',
      ctx: { indicator: sickLeave({ archived: true }) },
      expected: {
        verdict: 'kan styrkes',
        message: '„Sygefravær, Solgården“ er arkiveret, så der kommer ikke flere tal. Vælg en indikator, I stadig følger.',
        field: 'indicatorId',
      },
    },
    {
      behaviour: 'names the indicator the goal follows',
      expected: { verdict: 'opfyldt', message: 'Målet følges med indikatoren „Sygefravær, Solgården“.' },
    },
  ]);
});

describe('M – data', () => {
  run('data', [
    {
      behaviour: 'reports an indicator without any values as missing data',
      ctx: { observations: [] },
      expected: {
        verdict: 'mangler',
        message:
          'Der er endnu ingen tal for „Sygefravær, Solgården“. Indtast eller importér tallene, så I kan se, hvor I starter.',
        field: 'indicatorId',
      },
    },
    {
      behaviour: 'ignores values that belong to another indicator',
      ctx: { observations: series(99, '2022K1', [7, 7, 7, 7]) },
      expected: {
        verdict: 'mangler',
        message:
          'Der er endnu ingen tal for „Sygefravær, Solgården“. Indtast eller importér tallene, så I kan se, hvor I starter.',
        field: 'indicatorId',
      },
    },
    {
      behaviour: 'counts the values and shows the latest one',
      expected: {
        verdict: 'opfyldt',
        message: 'Der er 19 tal for „Sygefravær, Solgården“; det seneste er 7,7 % for 3. kvt. 2026.',
      },
    },
  ]);
});

describe('M – target value', () => {
  run('target', [
    {
      behaviour: 'asks for a target value when it is empty',
      goal: { targetValue: null },
      expected: {
        verdict: 'mangler',
        message: 'Skriv målværdien: det tal, indikatoren skal nå, når fristen er nået.',
        field: 'targetValue',
      },
    },
    {
      behaviour: 'rejects a percentage above 100',
      goal: { targetValue: 120 },
      expected: {
        verdict: 'mangler',
        message: 'Målværdien 120,0 % kan ikke forekomme: for enheden „%“ skal tallet være mellem 0 og 100 %.',
        field: 'targetValue',
      },
    },
    {
      behaviour: 'rejects a share above 1',
      goal: { targetValue: 1.2, baselineValue: 0.8 },
      ctx: { indicator: sickLeave({ unit: 'andel', decimals: 2 }) },
      expected: {
        verdict: 'mangler',
        message: 'Målværdien 1,20 kan ikke forekomme: for enheden „andel“ skal tallet være mellem 0 og 1.',
        field: 'targetValue',
      },
    },
    {
      behaviour: 'rejects a negative count',
      goal: { targetValue: -3, baselineValue: 12 },
      ctx: { indicator: sickLeave({ unit: 'antal', decimals: 0 }) },
      expected: {
        verdict: 'mangler',
        message: 'Målværdien −3 kan ikke forekomme: for enheden „antal“ må tallet ikke være negativt.',
        field: 'targetValue',
      },
    },
    {
      behaviour: 'shows a possible target in Danish number format',
      expected: { verdict: 'opfyldt', message: 'Målværdien er 5,5 %.' },
    },
  ]);
});

describe('M – baseline', () => {
  run('baseline', [
    {
      behaviour: 'asks for the baseline value and offers the latest measured one',
      goal: { baselineValue: null },
      expected: {
        verdict: 'mangler',
        message: 'Skriv udgangspunktet – det seneste tal er 7,7 % for 3. kvt. 2026.',
        field: 'baselineValue',
      },
    },
    {
      behaviour: 'asks for the baseline period when only the value is given',
      goal: { baselinePeriod: null },
      expected: {
        verdict: 'mangler',
        message: 'Skriv, hvilken periode udgangspunktet gælder for, fx 3. kvt. 2026.',
        field: 'baselinePeriod',
      },
    },
    {
      behaviour: 'rejects an impossible baseline',
      goal: { baselineValue: 770 },
      expected: {
        verdict: 'mangler',
        message: 'Udgangspunktet 770,0 % kan ikke forekomme: for enheden „%“ skal tallet være mellem 0 og 100 %.',
        field: 'baselineValue',
      },
    },
    {
      behaviour: 'notes a baseline that does not match the data for its period',
      goal: { baselineValue: 7.2 },
      expected: {
        verdict: 'kan styrkes',
        message:
          'Udgangspunktet 7,2 % passer ikke med tallet for 3. kvt. 2026, som er 7,7 %. ' +
          'Ret udgangspunktet, eller markér, at I selv har skrevet det.',
        field: 'baselineValue',
      },
    },
    {
      behaviour: 'accepts a typed-in baseline such as a yearly average',
      goal: { baselineValue: 7.2, baselineSource: 'manual' },
      expected: { verdict: 'opfyldt', message: 'Udgangspunktet er 7,2 % i 3. kvt. 2026.' },
    },
    {
      behaviour: 'accepts a baseline that matches the data',
      expected: { verdict: 'opfyldt', message: 'Udgangspunktet er 7,7 % i 3. kvt. 2026.' },
    },
  ]);
});

describe('M – direction', () => {
  run('direction', [
    {
      behaviour: 'accepts a fall when lower is better',
      expected: {
        verdict: 'opfyldt',
        message: 'Målet flytter tallet fra 7,7 % til 5,5 % – den gode retning, fordi lavere tal er bedre.',
      },
    },
    {
      behaviour: 'rejects a rise when lower is better and suggests swapped numbers',
      goal: { baselineValue: 5.5, targetValue: 7.7, baselineSource: 'manual' },
      expected: {
        verdict: 'mangler',
        message:
          'For „Sygefravær, Solgården“ er lavere tal bedre, men målværdien 7,7 % er højere end udgangspunktet 5,5 %. ' +
          'Tjek, om tallene er byttet om.',
        field: 'targetValue',
      },
    },
    {
      behaviour: 'rejects a fall when higher is better',
      goal: { baselineValue: 78, targetValue: 74, indicatorId: 8, baselineSource: 'manual' },
      ctx: { indicator: satisfaction, observations: [] },
      expected: {
        verdict: 'mangler',
        message:
          'For „Borgertilfredshed, hjemmeplejen“ er højere tal bedre, men målværdien 74,0 % er lavere end udgangspunktet 78,0 %. ' +
          'Tjek, om tallene er byttet om.',
        field: 'targetValue',
      },
    },
    {
      behaviour: 'rejects a target equal to the baseline',
      goal: { targetValue: 7.7 },
      expected: {
        verdict: 'mangler',
        message: 'Målværdien er den samme som udgangspunktet (7,7 %), så målet kræver ingen ændring. Skriv, hvor tallet skal ende.',
        field: 'targetValue',
      },
    },
    {
      behaviour: 'accepts a target inside the limits of a range indicator',
      goal: { baselineValue: 12, targetValue: 9, baselineSource: 'manual' },
      ctx: { indicator: sickLeave({ unit: 'dage', decimals: 0, direction: 'range', rangeMin: 5, rangeMax: 10 }) },
      expected: { verdict: 'opfyldt', message: 'Målværdien 9 dage ligger inden for grænserne 5–10 dage.' },
    },
    {
      behaviour: 'rejects a target outside the limits of a range indicator',
      goal: { baselineValue: 12, targetValue: 11, baselineSource: 'manual' },
      ctx: { indicator: sickLeave({ name: 'Ventetid, visitation', unit: 'dage', decimals: 0, direction: 'range', rangeMin: 5, rangeMax: 10 }) },
      expected: {
        verdict: 'mangler',
        message:
          'Målværdien 11 dage ligger uden for grænserne for „Ventetid, visitation“, 5–10 dage. Vælg en målværdi inden for grænserne.',
        field: 'targetValue',
      },
    },
  ]);

  it('leaves out the direction rule until both baseline and target are given', () => {
    const rules = measurableRules(goodGoal({ targetValue: null }), context());
    expect(rules.map((r) => r.rule)).toEqual(['indicator', 'data', 'target', 'baseline']);
  });

  it('checks the baseline only against data of the same period', () => {
    const rules = measurableRules(goodGoal({ baselineValue: 7.2, baselinePeriod: p('2025K3') }), context());
    expect(ruleNamed(rules, 'baseline').verdict).toBe('opfyldt');
  });
});
