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

describe('R – change compared with the natural variation (XmR: mean moving range × 2,66)', () => {
  run('variation', [
    {
      behaviour: 'accepts a change well beyond the ordinary swing, with both numbers in Danish',
      expected: {
        verdict: 'opfyldt',
        message:
          'Målet er et fald på 2,2 procentpoint; tallet svinger normalt ±0,6 procentpoint fra kvartal til kvartal, ' +
          'så I kan se, om indsatsen virker.',
      },
    },
    {
      behaviour: 'calls a change inside the ordinary swing missing, since chance alone can reach it',
      goal: { targetValue: 7.5 },
      expected: {
        verdict: 'mangler',
        message:
          'Målet er et fald på 0,2 procentpoint; tallet svinger normalt ±0,6 procentpoint fra kvartal til kvartal, ' +
          'så målet kan nås – eller se ud til at glippe – af ren tilfældighed. Sæt en større ændring, eller skriv, hvorfor målet alligevel tæller.',
        field: 'noiseReason',
      },
    },
    {
      behaviour: 'lets the group say why a change inside the swing still counts, and shows the reason',
      goal: { targetValue: 7.5, noiseReason: 'Vi følger gennemsnittet af fire kvartaler, ikke det enkelte kvartal.' },
      expected: {
        verdict: 'kan styrkes',
        message:
          'Målet er et fald på 0,2 procentpoint; tallet svinger normalt ±0,6 procentpoint fra kvartal til kvartal. ' +
          'Ændringen ligger inden for de almindelige udsving. I har skrevet, hvorfor den alligevel tæller: ' +
          '„Vi følger gennemsnittet af fire kvartaler, ikke det enkelte kvartal.“.',
        field: 'noiseReason',
      },
    },
    {
      behaviour: 'counts an odd quarter in the swing, as an XmR chart does, so a 1-point fall next to a covid quarter is inside it',
      goal: { targetValue: 6.7 },
      ctx: { observations: series(SICK_LEAVE_ID, '2025K1', [7.5, 7.6, 11.9, 7.7, 7.6, 7.7, 7.7]) },
      expected: {
        verdict: 'mangler',
        message:
          'Målet er et fald på 1,0 procentpoint; tallet svinger normalt ±3,9 procentpoint fra kvartal til kvartal, ' +
          'så målet kan nås – eller se ud til at glippe – af ren tilfældighed. Sæt en større ændring, eller skriv, hvorfor målet alligevel tæller.',
        field: 'noiseReason',
      },
    },
    {
      behaviour: 'reads the swing from the latest twelve quarters up to the baseline, so an old reorganisation does not count as noise',
      goal: { baselineValue: 15, baselinePeriod: p('2026K1'), targetValue: 9, deadline: p('2027K4') },
      ctx: {
        indicator: sickLeave({ unit: 'dage', decimals: 0 }),
        observations: series(SICK_LEAVE_ID, '2019K1', [
          31, 35, 34, 30, 31, 30, 31, 29, 27, 30, 27, 30, 31, 29, 21, 22, 19, 19, 21, 17, 16, 15, 18, 17, 13, 13, 16, 14, 15, 13, 14,
        ]),
      },
      expected: {
        verdict: 'opfyldt',
        message: 'Målet er et fald på 6 dage; tallet svinger normalt ±5 dage fra kvartal til kvartal, så I kan se, om indsatsen virker.',
      },
    },
  ]);
});

describe('R – resources and reasoning', () => {
  run('resources', [
    {
      behaviour: 'requires at least one resource row, pointing at the first row',
      goal: { resources: [] },
      expected: {
        verdict: 'mangler',
        message: 'Skriv, hvilke ressourcer I sætter af – fx timer, personer eller penge – og hvad I holder op med for at få plads.',
        field: 'resource-0-kind',
      },
    },
    {
      behaviour: 'lists the resources with their amounts',
      expected: {
        verdict: 'opfyldt',
        message:
          'I sætter af: 2 timer (om ugen til arbejdsmiljørepræsentanten) og en fraværssamtale senest 14 dage efter første sygedag.',
      },
    },
    {
      behaviour: 'writes one person, kroner with thousands dots, and a named competence',
      goal: {
        resources: [
          { kind: 'people', amount: 1, description: 'visitator i 6 måneder' },
          { kind: 'money', amount: 150000, description: '' },
          { kind: 'skills', amount: null, description: 'Kursus i rehabilitering for hjælperne' },
        ],
      },
      expected: {
        verdict: 'opfyldt',
        message: 'I sætter af: 1 person (visitator i 6 måneder), 150.000 kr. og Kursus i rehabilitering for hjælperne.',
      },
    },
  ]);

  run('resource-details', [
    {
      behaviour: 'refuses "Vi gør vores bedste" as a resource',
      goal: { resources: [{ kind: 'other', amount: null, description: 'Vi gør vores bedste' }] },
      expected: {
        verdict: 'mangler',
        message:
          '„Vi gør vores bedste“ i række 1 er ikke en ressource. Skriv, hvad I sætter af, og hvor meget – fx 2 timer om ugen eller 1 medarbejder i 6 måneder.',
        field: 'resource-0-description',
      },
    },
    {
      behaviour: 'asks for an amount or a description when a row has only its kind',
      goal: { resources: [{ kind: 'hours', amount: null, description: '' }] },
      expected: {
        verdict: 'mangler',
        message: 'Skriv i række 1, hvor meget I sætter af, eller beskriv konkret, hvad det er – fx „kursus i rehabilitering for 12 hjælpere“.',
        field: 'resource-0-amount',
      },
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
