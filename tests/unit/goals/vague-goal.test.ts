import { describe, expect, it } from 'vitest';
import type { GoalDraft } from '../../../src/goals/goal.js';
import { activationBlockers, blockedCriteria } from '../../../src/goals/goal-status.js';
import { checkSmarte, type CriterionLetter, type Verdict } from '../../../src/goals/smarte-check.js';
import { context, goodGoal, p, series, SICK_LEAVE_ID } from './fixtures.js';

/*
 * The goal from issue 9 that the free-text checker let through: "Bedre trivsel", accepted
 * "Ok, i går", resources "Vi gør vores bedste", why "Det er vigtigt", driven by "Alle", and a
 * target of 6,5 % → 6,4 % in one quarter for an indicator that swings ±1,0 procentpoint.
 */

/** Twelve quarters ending at 6,5 % in 3. kvt. 2026; the mean moving range is 0,38, so the swing is ±1,0. */
const SWINGING = series(SICK_LEAVE_ID, '2023K4', [6.1, 6.6, 6.2, 6.6, 6.3, 6.7, 6.3, 6.8, 6.4, 6.8, 6.4, 6.5]);

const vague: Partial<GoalDraft> = {
  title: 'Bedre trivsel',
  description: 'Vi skal blive bedre til at tage hånd om medarbejderne, så de har det godt.',
  whatChanges: 'Medarbejderne skal have det godt.',
  acceptances: [{ party: 'employees', how: 'Ok', when: 'i går' }],
  resources: [{ kind: 'other', amount: null, description: 'Vi gør vores bedste' }],
  realismReasoning: '',
  baselineValue: 6.5,
  baselinePeriod: p('2026K3'),
  targetValue: 6.4,
  deadline: p('2026K4'),
  milestones: [],
  beneficiary: { key: 'employees' },
  whyItMatters: 'Det er vigtigt',
  driverUserId: null,
  drivenBy: 'Alle',
};

const results = () => checkSmarte(goodGoal(vague), context({ observations: SWINGING }));

describe('the vague goal from issue 9', () => {
  it.each<{ letter: CriterionLetter; rule: string; verdict: Verdict; message: string; field: string }>([
    {
      letter: 'S',
      rule: 'vague-words',
      verdict: 'mangler',
      message:
        '„blive bedre“, „tage hånd om“ og „har det godt“ siger ikke, hvad der konkret skal ændre sig ' +
        '(i sætningen „Vi skal blive bedre til at tage hånd om medarbejderne, så de har det godt.“). ' +
        'Skriv i samme sætning et tal, en indikator eller noget, man kan se ske – fx hvad medarbejdere vil opleve.',
      field: 'description',
    },
    {
      letter: 'A',
      rule: 'acceptance-details',
      verdict: 'mangler',
      message: '„i går“ er ikke en dato. Skriv den dag, medarbejderne accepterede målet, fx „12. marts 2026“.',
      field: 'acceptance-0-when',
    },
    {
      letter: 'R',
      rule: 'variation',
      verdict: 'mangler',
      message:
        'Målet er et fald på 0,1 procentpoint; tallet svinger normalt ±1,0 procentpoint fra kvartal til kvartal, ' +
        'så målet kan nås – eller se ud til at glippe – af ren tilfældighed. Sæt en større ændring, eller skriv, hvorfor målet alligevel tæller.',
      field: 'noiseReason',
    },
    {
      letter: 'R',
      rule: 'resource-details',
      verdict: 'mangler',
      message:
        '„Vi gør vores bedste“ i række 1 er ikke en ressource. Skriv, hvad I sætter af, og hvor meget – fx 2 timer om ugen eller 1 medarbejder i 6 måneder.',
      field: 'resource-0-description',
    },
    {
      letter: 'T',
      rule: 'after-baseline',
      verdict: 'mangler',
      message:
        'Fristen 4. kvt. 2026 er kun 1 kvartal efter udgangspunktet 3. kvt. 2026, så der kommer ingen måling undervejs. ' +
        'Vælg 1. kvt. 2027 eller senere, så I kan se, om I er på vej.',
      field: 'deadline',
    },
    {
      letter: 'E',
      rule: 'why',
      verdict: 'mangler',
      message:
        '„Det er vigtigt“ siger ikke, hvad medarbejdere vil mærke. Skriv, hvad der bliver anderledes for dem i hverdagen, fx „beboerne møder færre nye ansigter“.',
      field: 'whyItMatters',
    },
    {
      letter: 'E',
      rule: 'driver',
      verdict: 'mangler',
      message: 'Vælg, hvem i ledergruppen der driver forbedringsarbejdet.',
      field: 'driverUserId',
    },
  ])('$letter: $rule is $verdict', ({ letter, rule, verdict, message, field }) => {
    const criterion = results().find((c) => c.letter === letter)!;
    expect(criterion.rules).toContainEqual({ rule, verdict, message, field });
  });

  it('is "mangler" on S, A, R, T and E, so it cannot become active; only M, the numbers themselves, holds', () => {
    expect(results().map((c) => `${c.letter}:${c.verdict}`)).toEqual([
      'S:mangler',
      'M:opfyldt',
      'A:mangler',
      'R:mangler',
      'T:mangler',
      'E:mangler',
    ]);
    expect(blockedCriteria(results()).map((c) => c.letter)).toEqual(['S', 'A', 'R', 'T', 'E']);
    expect(activationBlockers(results()).length).toBeGreaterThanOrEqual(8);
  });

  it('still only weakens R when the group writes why a change inside the swing counts', () => {
    const goal = goodGoal({ ...vague, noiseReason: 'Vi måler på et helt års gennemsnit, ikke på det enkelte kvartal.' });
    const noise = checkSmarte(goal, context({ observations: SWINGING }))[3]!.rules.find((r) => r.rule === 'variation');
    expect(noise?.verdict).toBe('kan styrkes');
    expect(noise?.message).toContain('„Vi måler på et helt års gennemsnit, ikke på det enkelte kvartal.“');
  });
});
