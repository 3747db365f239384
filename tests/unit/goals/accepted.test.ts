import { describe, expect, it } from 'vitest';
import type { Acceptance } from '../../../src/goals/goal.js';
import { acceptedRules } from '../../../src/goals/rules/accepted.js';
import type { RuleResult } from '../../../src/goals/smarte-check.js';
import { context, goodGoal } from './fixtures.js';

const med: Acceptance = { party: 'employees', how: 'MED-udvalget godkendte målet', when: '2026-11-12' };
const committee: Acceptance = { party: 'committee', how: 'Social- og Sundhedsudvalget tog målet til efterretning', when: '2026-11-19' };
const ourselves: Acceptance = { party: 'leader-group', how: 'Besluttet på ledermødet', when: '2026-11-05' };

describe('A – accepteret', () => {
  it.each<{ behaviour: string; acceptances: Acceptance[]; expected: RuleResult[] }>([
    {
      behaviour: 'asks who accepted the goal when no party is listed, pointing at the first row',
      acceptances: [],
      expected: [
        {
          rule: 'accepted-by',
          verdict: 'mangler',
          message:
            'Skriv, hvem der har accepteret målet – fx medarbejderne i MED-udvalget eller det politiske udvalg – og hvordan og hvornår.',
          field: 'acceptance-0-party',
        },
      ],
    },
    {
      behaviour: 'lists each party with how and when it accepted',
      acceptances: [med, committee],
      expected: [
        {
          rule: 'accepted-by',
          verdict: 'opfyldt',
          message:
            'Målet er accepteret af medarbejderne (MED-udvalget godkendte målet, 12. november 2026) og ' +
            'det politiske udvalg (Social- og Sundhedsudvalget tog målet til efterretning, 19. november 2026).',
        },
      ],
    },
    {
      behaviour: 'names the party and the row whose date is missing, as missing even when another party is complete',
      acceptances: [med, { ...committee, when: ' ' }],
      expected: [
        {
          rule: 'accepted-by',
          verdict: 'opfyldt',
          message: 'Målet er accepteret af medarbejderne (MED-udvalget godkendte målet, 12. november 2026).',
        },
        {
          rule: 'acceptance-details',
          verdict: 'mangler',
          message: 'Skriv, hvornår det politiske udvalg accepterede målet, fx „12. marts 2026“.',
          field: 'acceptance-1-when',
        },
      ],
    },
    {
      behaviour: 'reports a missing "how" as missing when no party is complete',
      acceptances: [{ ...med, how: '' }],
      expected: [
        {
          rule: 'acceptance-details',
          verdict: 'mangler',
          message: 'Skriv, hvordan medarbejderne accepterede målet, fx „MED-udvalget godkendte målet“.',
          field: 'acceptance-0-how',
        },
      ],
    },
    {
      behaviour: 'asks who "andre" are when the other party has no name',
      acceptances: [med, { party: 'other', otherName: '', how: 'Drøftet på rådets møde', when: '2026-10-08' }],
      expected: [
        {
          rule: 'accepted-by',
          verdict: 'opfyldt',
          message: 'Målet er accepteret af medarbejderne (MED-udvalget godkendte målet, 12. november 2026).',
        },
        {
          rule: 'acceptance-details',
          verdict: 'mangler',
          message: 'Skriv, hvem „andre“ er i række 2, fx „Ældrerådet“.',
          field: 'acceptance-1-otherName',
        },
      ],
    },
    {
      behaviour: 'uses the name of another party in the sentence',
      acceptances: [{ party: 'other', otherName: 'Ældrerådet', how: 'Drøftet på rådets møde', when: '2026-10-08' }],
      expected: [
        {
          rule: 'accepted-by',
          verdict: 'opfyldt',
          message: 'Målet er accepteret af Ældrerådet (Drøftet på rådets møde, 8. oktober 2026).',
        },
      ],
    },
    {
      behaviour: 'notes when only the leader group itself has accepted, pointing at the spare row',
      acceptances: [ourselves],
      expected: [
        {
          rule: 'accepted-by',
          verdict: 'opfyldt',
          message: 'Målet er accepteret af ledergruppen (Besluttet på ledermødet, 5. november 2026).',
        },
        {
          rule: 'beyond-leader-group',
          verdict: 'kan styrkes',
          message:
            'Kun ledergruppen selv står som part. Målet skal også give mening for dem, der skal lave arbejdet eller mærker det – ' +
            'tilføj fx medarbejderne, borgerne eller det politiske udvalg, og skriv, hvordan og hvornår de accepterede målet.',
          field: 'acceptance-1-party',
        },
      ],
    },
    {
      behaviour: 'refuses "Ok" as how and "i går" as when: neither says where or on which day',
      acceptances: [{ party: 'employees', how: 'Ok', when: 'i går' }],
      expected: [
        {
          rule: 'acceptance-details',
          verdict: 'mangler',
          message:
            '„Ok“ siger ikke, hvordan medarbejderne accepterede målet. Skriv forummet eller dialogen, fx „MED-udvalget godkendte målet på mødet“.',
          field: 'acceptance-0-how',
        },
        {
          rule: 'acceptance-details',
          verdict: 'mangler',
          message: '„i går“ er ikke en dato. Skriv den dag, medarbejderne accepterede målet, fx „12. marts 2026“.',
          field: 'acceptance-0-when',
        },
      ],
    },
    {
      behaviour: 'refuses a date after today',
      acceptances: [{ ...med, party: 'med-committee', when: '2026-12-03' }],
      expected: [
        {
          rule: 'acceptance-details',
          verdict: 'mangler',
          message: '3. december 2026 ligger efter i dag. Skriv den dag, MED-udvalget accepterede målet.',
          field: 'acceptance-0-when',
        },
      ],
    },
    {
      behaviour: 'refuses a date more than five years before the goal was made, as a likely typing error',
      acceptances: [{ ...committee, party: 'executive', when: '2016-11-19' }],
      expected: [
        {
          rule: 'acceptance-details',
          verdict: 'mangler',
          message: '19. november 2016 ligger mere end 5 år før målet blev sat. Tjek årstallet for direktionen.',
          field: 'acceptance-0-when',
        },
      ],
    },
    {
      behaviour: 'accepts a date today and one just under five years back',
      acceptances: [{ ...med, when: '2026-11-27' }, { ...committee, party: 'citizens', how: 'Borgermøde i Ældrerådet', when: '2021-11-28' }],
      expected: [
        {
          rule: 'accepted-by',
          verdict: 'opfyldt',
          message:
            'Målet er accepteret af medarbejderne (MED-udvalget godkendte målet, 27. november 2026) og ' +
            'borgerne/de pårørende (Borgermøde i Ældrerådet, 28. november 2021).',
        },
      ],
    },
  ])('$behaviour', ({ acceptances, expected }) => {
    expect(acceptedRules(goodGoal({ acceptances }), context())).toEqual(expected);
  });
});
