import { describe, expect, it } from 'vitest';
import type { GoalDraft } from '../../../src/goals/goal.js';
import { engagingRules, isCopyOf } from '../../../src/goals/rules/engaging.js';
import type { RuleResult } from '../../../src/goals/smarte-check.js';
import { goodGoal, ruleNamed } from './fixtures.js';

const description =
  'Sygefraværet blandt medarbejderne på plejecentret Solgården skal ned fra 7,7 % til 5,5 %, ' +
  'så beboerne oftere møder de samme kendte ansigter.';

const ownWords = 'Vi skal gøre noget, så det går i den rigtige retning.';

describe('E – why it matters', () => {
  it.each<{ behaviour: string; goal: Partial<GoalDraft>; expected: Omit<RuleResult, 'rule'> }>([
    {
      behaviour: 'asks why the goal matters when the field is empty',
      goal: { whyItMatters: '' },
      expected: {
        verdict: 'mangler',
        message: 'Skriv, hvorfor målet betyder noget – hvilken forskel gør det for en borger, og for dem, der skal gøre arbejdet?',
        field: 'whyItMatters',
      },
    },
    {
      behaviour: 'flags a why that is the description pasted again',
      goal: { description, whyItMatters: description },
      expected: {
        verdict: 'kan styrkes',
        message: 'Hvorfor-teksten gentager beskrivelsen. Skriv i stedet, hvilken forskel målet gør – fx hvad en borger eller en kollega vil mærke.',
        field: 'whyItMatters',
      },
    },
    {
      behaviour: 'flags a why that repeats part of the description word for word',
      goal: { description, whyItMatters: 'Så beboerne oftere møder de samme kendte ansigter!' },
      expected: {
        verdict: 'kan styrkes',
        message: 'Hvorfor-teksten gentager beskrivelsen. Skriv i stedet, hvilken forskel målet gør – fx hvad en borger eller en kollega vil mærke.',
        field: 'whyItMatters',
      },
    },
    {
      behaviour: 'accepts a why in the group’s own words',
      goal: { description },
      expected: { verdict: 'opfyldt', message: 'I har skrevet, hvorfor målet betyder noget, med andre ord end beskrivelsen.' },
    },
  ])('$behaviour', ({ goal, expected }) => {
    expect(ruleNamed(engagingRules(goodGoal(goal)), 'why')).toEqual({ rule: 'why', ...expected });
  });

  it.each<{ behaviour: string; why: string; copy: boolean }>([
    { behaviour: 'treats a lightly reworded description as a copy (Jaccard ≥ 0,8)', why: description.replace('oftere', 'hyppigere'), copy: true },
    { behaviour: 'treats a why with different wording as its own text', why: ownWords, copy: false },
    { behaviour: 'never calls a blank why a copy', why: '', copy: false },
  ])('$behaviour', ({ why, copy }) => {
    expect(isCopyOf(why, description)).toBe(copy);
  });
});

describe('E – who drives the work', () => {
  it.each<{ behaviour: string; drivenBy: string; expected: Omit<RuleResult, 'rule'> }>([
    {
      behaviour: 'asks who drives the work when the field is empty',
      drivenBy: '',
      expected: {
        verdict: 'mangler',
        message: 'Skriv, hvem der driver forbedringsarbejdet, fx „teamlederne i hjemmeplejen sammen med MED-udvalget“.',
        field: 'drivenBy',
      },
    },
    {
      behaviour: 'notes that "Alle" names no one in particular',
      drivenBy: 'Alle',
      expected: {
        verdict: 'kan styrkes',
        message: '„Alle“ siger ikke, hvem der tager initiativet. Skriv en funktion eller et team, fx „teamlederne i hjemmeplejen“.',
        field: 'drivenBy',
      },
    },
    {
      behaviour: 'ignores case and punctuation when spotting "vi alle"',
      drivenBy: 'Vi alle!',
      expected: {
        verdict: 'kan styrkes',
        message: '„Vi alle!“ siger ikke, hvem der tager initiativet. Skriv en funktion eller et team, fx „teamlederne i hjemmeplejen“.',
        field: 'drivenBy',
      },
    },
    {
      behaviour: 'repeats who drives the work',
      drivenBy: 'teamlederne på Solgården',
      expected: { verdict: 'opfyldt', message: 'Forbedringsarbejdet drives af teamlederne på Solgården.' },
    },
  ])('$behaviour', ({ drivenBy, expected }) => {
    expect(ruleNamed(engagingRules(goodGoal({ drivenBy })), 'driven-by')).toEqual({ rule: 'driven-by', ...expected });
  });
});
