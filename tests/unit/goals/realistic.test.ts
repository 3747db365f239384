import { describe, expect, it } from 'vitest';
import type { GoalDraft } from '../../../src/goals/goal.js';
import { realisticRules } from '../../../src/goals/rules/realistic.js';
import type { CheckContext, RuleResult } from '../../../src/goals/smarte-check.js';
import { context, ELDERCARE, goodGoal, p, ruleNamed, series, SICK_LEAVE_ID, sickLeave } from './fixtures.js';

interface Case {
  behaviour: string;
  goal?: Partial<GoalDraft>;
  ctx?: Partial<CheckContext>;
  expected: Omit<RuleResult, 'rule'>;
}

function run(rule: string, cases: Case[]): void {
  it.each(cases)('$behaviour', ({ goal, ctx, expected }) => {
    expect(ruleNamed(realisticRules(goodGoal(goal), context(ctx)), rule)).toEqual({ rule, ...expected });
  });
}

const eldercare = series(SICK_LEAVE_ID, '2019K1', ELDERCARE);
const advice = 'Giv målet længere tid, vælg en mindre ændring, eller skriv i begrundelsen, hvad der gør det muligt nu.';

describe('R – pace compared with the fastest stretch in the history', () => {
  run('pace', [
    {
      behaviour: 'accepts 7,7 → 5,5 % over 6 quarters when Solgården once fell 0,42 a quarter over 6 quarters',
      expected: {
        verdict: 'opfyldt',
        message:
          'Målet kræver et fald på 0,37 procentpoint pr. kvartal i 6 kvartaler; det hurtigste I har nået over 6 kvartaler er ' +
          '0,42 procentpoint pr. kvartal (fra 8,4 % i 3. kvt. 2022 til 5,9 % i 1. kvt. 2024).',
      },
    },
    {
      behaviour: 'accepts a pace up to 1,5 times the fastest stretch (0,62 against 0,42)',
      goal: { targetValue: 4 },
      expected: {
        verdict: 'opfyldt',
        message:
          'Målet kræver et fald på 0,62 procentpoint pr. kvartal i 6 kvartaler; det hurtigste I har nået over 6 kvartaler er ' +
          '0,42 procentpoint pr. kvartal (fra 8,4 % i 3. kvt. 2022 til 5,9 % i 1. kvt. 2024).',
      },
    },
    {
      behaviour: 'flags a pace beyond 1,5 times the fastest stretch with both numbers',
      goal: { targetValue: 3.5 },
      expected: {
        verdict: 'kan styrkes',
        message:
          'Målet kræver et fald på 0,70 procentpoint pr. kvartal i 6 kvartaler; det hurtigste I har nået over 6 kvartaler er ' +
          `0,42 procentpoint pr. kvartal (fra 8,4 % i 3. kvt. 2022 til 5,9 % i 1. kvt. 2024). ${advice}`,
        field: 'targetValue',
      },
    },
    {
      behaviour: 'flags 7,7 → 5,5 % against the seasonal eldercare history, which never fell faster than 0,20 a quarter',
      ctx: { observations: eldercare },
      expected: {
        verdict: 'kan styrkes',
        message:
          'Målet kræver et fald på 0,37 procentpoint pr. kvartal i 6 kvartaler; det hurtigste I har nået over 6 kvartaler er ' +
          `0,20 procentpoint pr. kvartal (fra 8,9 % i 3. kvt. 2020 til 7,7 % i 1. kvt. 2022). ${advice}`,
        field: 'targetValue',
      },
    },
    {
      behaviour: 'says so when the history never moved the wanted way over that many periods',
      goal: { baselineValue: 70, targetValue: 76, deadline: p('2027K3') },
      ctx: { observations: series(SICK_LEAVE_ID, '2024K1', [78, 77, 77, 76, 75, 74, 73, 72, 71, 70, 70]), indicator: sickLeave({ direction: 'up' }) },
      expected: {
        verdict: 'kan styrkes',
        message: `Målet kræver en stigning på 1,50 procentpoint pr. kvartal i 4 kvartaler; I har ikke tidligere haft en stigning over 4 kvartaler. ${advice}`,
        field: 'targetValue',
      },
    },
    {
      behaviour: 'says the history is too short when there are fewer than 4 values, and asks for reasoning',
      goal: { realismReasoning: '' },
      ctx: { observations: series(SICK_LEAVE_ID, '2026K1', [7.1, 7.4, 7.7]) },
      expected: {
        verdict: 'kan styrkes',
        message:
          'Der er kun 3 tal for „Sygefravær, Solgården“, så tempoet kan ikke holdes op mod jeres egne tal (vi skal bruge mindst 4). ' +
          'Skriv i begrundelsen, hvorfor I tror, målet kan nås.',
        field: 'realismReasoning',
      },
    },
    {
      behaviour: 'lets the reasoning carry a goal whose history is too short',
      ctx: { observations: series(SICK_LEAVE_ID, '2026K1', [7.1, 7.4, 7.7]) },
      expected: {
        verdict: 'opfyldt',
        message:
          'Der er kun 3 tal for „Sygefravær, Solgården“, så tempoet kan ikke holdes op mod jeres egne tal (vi skal bruge mindst 4). ' +
          'Jeres begrundelse må bære vurderingen, til der kommer flere tal.',
      },
    },
    {
      behaviour: 'says so when no two values are as far apart as baseline and deadline',
      goal: { realismReasoning: '' },
      ctx: { observations: series(SICK_LEAVE_ID, '2025K3', [7.2, 7.4, 7.6, 7.5, 7.7]) },
      expected: {
        verdict: 'kan styrkes',
        message:
          'Målet løber over 6 kvartaler, men tallene for „Sygefravær, Solgården“ spænder kun over 4 kvartaler (3. kvt. 2025–3. kvt. 2026), ' +
          'så vi kan ikke se, hvad I tidligere har nået over så lang tid. Skriv i begrundelsen, hvorfor I tror, målet kan nås.',
        field: 'realismReasoning',
      },
    },
    {
      behaviour: 'waits for baseline, target and deadline before judging the pace, pointing at the first gap',
      goal: { deadline: null },
      expected: {
        verdict: 'kan styrkes',
        message:
          'Vi kan først vurdere, om målet er inden for rækkevidde, når det har indikator, udgangspunkt, målværdi og en frist efter udgangspunktet.',
        field: 'deadline',
      },
    },
    {
      behaviour: 'has no pace to judge when the target equals the baseline',
      goal: { targetValue: 7.7 },
      expected: {
        verdict: 'kan styrkes',
        message: 'Målværdien er den samme som udgangspunktet, så der er ingen ændring at vurdere.',
        field: 'targetValue',
      },
    },
  ]);
});

describe('R – change compared with the ordinary swing between neighbouring quarters', () => {
  run('variation', [
    {
      behaviour: 'accepts a change well beyond the typical swing',
      expected: {
        verdict: 'opfyldt',
        message:
          'Ændringen på 2,2 procentpoint er større end de almindelige udsving fra kvartal til kvartal (typisk ±0,3 procentpoint), ' +
          'så I kan se, om indsatsen virker.',
      },
    },
    {
      behaviour: 'warns that a change smaller than the typical swing can be reached by chance',
      goal: { targetValue: 7.5 },
      expected: {
        verdict: 'kan styrkes',
        message:
          'Ændringen på 0,2 procentpoint er ikke større end de almindelige udsving fra kvartal til kvartal (typisk ±0,3 procentpoint), ' +
          'så målet kan nås af ren tilfældighed. Sæt en større ændring, eller følg gennemsnittet over flere perioder.',
        field: 'targetValue',
      },
    },
    {
      behaviour: 'uses the median swing, so one covid quarter does not make a 1-point fall look like noise',
      goal: { targetValue: 6.7 },
      ctx: { observations: series(SICK_LEAVE_ID, '2025K1', [7.5, 7.6, 11.9, 7.7, 7.6, 7.7, 7.7]) },
      expected: {
        verdict: 'opfyldt',
        message:
          'Ændringen på 1,0 procentpoint er større end de almindelige udsving fra kvartal til kvartal (typisk ±0,1 procentpoint), ' +
          'så I kan se, om indsatsen virker.',
      },
    },
  ]);
});

describe('R – resources and reasoning', () => {
  run('resources', [
    {
      behaviour: 'requires resources to be described',
      goal: { resources: '  ' },
      expected: {
        verdict: 'mangler',
        message: 'Skriv, hvilke ressourcer I sætter af – fx timer, personer eller penge – og hvad I holder op med for at få plads.',
        field: 'resources',
      },
    },
    {
      behaviour: 'accepts described resources',
      expected: { verdict: 'opfyldt', message: 'I har beskrevet, hvilke ressourcer I sætter af.' },
    },
  ]);

  run('reasoning', [
    {
      behaviour: 'suggests reasoning when it is empty',
      goal: { realismReasoning: '' },
      expected: {
        verdict: 'kan styrkes',
        message: 'Skriv kort, hvorfor I tror, målet kan nås i perioden – fx hvad der virkede sidst, tallet flyttede sig.',
        field: 'realismReasoning',
      },
    },
    {
      behaviour: 'accepts reasoning when it is given',
      expected: { verdict: 'opfyldt', message: 'I har begrundet, hvorfor målet kan nås.' },
    },
  ]);

  it('asks for reasoning only once when the history is too short to judge', () => {
    const rules = realisticRules(goodGoal({ realismReasoning: '' }), context({ observations: series(SICK_LEAVE_ID, '2026K2', [7.4, 7.7]) }));
    expect(rules.filter((r) => r.field === 'realismReasoning')).toHaveLength(1);
  });
});
