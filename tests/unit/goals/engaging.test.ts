import { describe, expect, it } from 'vitest';
import type { GoalDraft } from '../../../src/goals/goal.js';
import { engagingRules, isCopyOf } from '../../../src/goals/rules/engaging.js';
import type { RuleResult } from '../../../src/goals/smarte-check.js';
import { BIRGIT, context, FORMER_LEADER, goodGoal, ruleNamed } from './fixtures.js';

const check = (goal: GoalDraft) => engagingRules(goal, context());

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
      behaviour: 'refuses "Det er vigtigt", which fits every goal, and asks what the beneficiaries will notice',
      goal: { whyItMatters: 'Det er vigtigt', beneficiary: { key: 'elderly' } },
      expected: {
        verdict: 'mangler',
        message:
          '„Det er vigtigt“ siger ikke, hvad ældre borgere vil mærke. Skriv, hvad der bliver anderledes for dem i hverdagen, fx „beboerne møder færre nye ansigter“.',
        field: 'whyItMatters',
      },
    },
    {
      behaviour: 'refuses "For borgernes skyld" and "Det giver mening" with nothing concrete',
      goal: { whyItMatters: 'For borgernes skyld. Det giver mening for alle.' },
      expected: {
        verdict: 'mangler',
        message:
          '„For borgernes skyld. Det giver mening for alle.“ siger ikke, hvad beboere på plejecentre vil mærke. ' +
          'Skriv, hvad der bliver anderledes for dem i hverdagen, fx „beboerne møder færre nye ansigter“.',
        field: 'whyItMatters',
      },
    },
    {
      behaviour: 'accepts a short why that says what someone gains',
      goal: { whyItMatters: 'Det er vigtigt, fordi beboerne får ro om morgenen.' },
      expected: { verdict: 'opfyldt', message: 'I har skrevet, hvorfor målet betyder noget, med andre ord end beskrivelsen.' },
    },
    {
      behaviour: 'accepts a why in the group’s own words',
      goal: { description },
      expected: { verdict: 'opfyldt', message: 'I har skrevet, hvorfor målet betyder noget, med andre ord end beskrivelsen.' },
    },
  ])('$behaviour', ({ goal, expected }) => {
    expect(ruleNamed(check(goodGoal(goal)), 'why')).toEqual({ rule: 'why', ...expected });
  });

  it.each<{ behaviour: string; why: string; copy: boolean }>([
    { behaviour: 'treats a lightly reworded description as a copy (Jaccard ≥ 0,8)', why: description.replace('oftere', 'hyppigere'), copy: true },
    { behaviour: 'treats a why with different wording as its own text', why: ownWords, copy: false },
    { behaviour: 'never calls a blank why a copy', why: '', copy: false },
  ])('$behaviour', ({ why, copy }) => {
    expect(isCopyOf(why, description)).toBe(copy);
  });
});

describe('E – who benefits', () => {
  it.each<{ behaviour: string; goal: Partial<GoalDraft>; expected: Omit<RuleResult, 'rule'> }>([
    {
      behaviour: 'asks who benefits when no one is chosen',
      goal: { beneficiary: null },
      expected: { verdict: 'mangler', message: 'Vælg, hvem der får gavn af målet – fx borgerne i hjemmeplejen eller medarbejderne.', field: 'beneficiary' },
    },
    {
      behaviour: 'asks for the name when "Andre" is chosen without one',
      goal: { beneficiary: { key: 'other', name: '' } },
      expected: { verdict: 'mangler', message: 'Skriv, hvem der får gavn af målet, når I vælger „Andre“.', field: 'beneficiaryName' },
    },
    {
      behaviour: 'names who benefits',
      goal: {},
      expected: { verdict: 'opfyldt', message: 'Målet gør en forskel for beboere på plejecentre.' },
    },
  ])('$behaviour', ({ goal, expected }) => {
    expect(ruleNamed(check(goodGoal(goal)), 'beneficiary')).toEqual({ rule: 'beneficiary', ...expected });
  });
});

describe('E – the member who drives the work', () => {
  it.each<{ behaviour: string; driverUserId: number | null; expected: Omit<RuleResult, 'rule'> }>([
    {
      behaviour: 'asks who in the leader group drives the work when no one is chosen',
      driverUserId: null,
      expected: { verdict: 'mangler', message: 'Vælg, hvem i ledergruppen der driver forbedringsarbejdet.', field: 'driverUserId' },
    },
    {
      behaviour: 'refuses someone who is not a member of the group',
      driverUserId: 999,
      expected: {
        verdict: 'mangler',
        message: 'Den valgte person er ikke medlem af ledergruppen. Vælg en af gruppens medlemmer.',
        field: 'driverUserId',
      },
    },
    {
      behaviour: 'refuses a member whose user has been deactivated',
      driverUserId: FORMER_LEADER,
      expected: {
        verdict: 'mangler',
        message: 'Karl Jensen er ikke længere aktiv som bruger. Vælg en anden af gruppens medlemmer til at drive arbejdet.',
        field: 'driverUserId',
      },
    },
    {
      behaviour: 'names the member who drives the work',
      driverUserId: BIRGIT,
      expected: { verdict: 'opfyldt', message: 'Birgit Holm driver forbedringsarbejdet.' },
    },
  ])('$behaviour', ({ driverUserId, expected }) => {
    expect(ruleNamed(check(goodGoal({ driverUserId })), 'driver')).toEqual({ rule: 'driver', ...expected });
  });
});

describe('E – who else takes part in driving it', () => {
  it('says nothing when the field is left empty, since the driver is already named', () => {
    expect(check(goodGoal({ drivenBy: '' })).map((r) => r.rule)).not.toContain('driven-by');
  });

  it.each<{ behaviour: string; drivenBy: string; expected: Omit<RuleResult, 'rule'> }>([
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
      behaviour: 'repeats who else takes part',
      drivenBy: 'teamlederne på Solgården',
      expected: { verdict: 'opfyldt', message: 'Med i arbejdet: teamlederne på Solgården.' },
    },
  ])('$behaviour', ({ drivenBy, expected }) => {
    expect(ruleNamed(check(goodGoal({ drivenBy })), 'driven-by')).toEqual({ rule: 'driven-by', ...expected });
  });
});
