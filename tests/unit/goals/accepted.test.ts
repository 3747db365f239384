import { describe, expect, it } from 'vitest';
import type { Acceptance } from '../../../src/goals/goal.js';
import { acceptedRules } from '../../../src/goals/rules/accepted.js';
import type { RuleResult } from '../../../src/goals/smarte-check.js';
import { goodGoal } from './fixtures.js';

const med: Acceptance = { party: 'employees', how: 'MED-udvalget godkendte målet', when: '12. november 2026' };
const committee: Acceptance = { party: 'committee', how: 'Social- og Sundhedsudvalget tog målet til efterretning', when: '19. november 2026' };
const ourselves: Acceptance = { party: 'leader-group', how: 'Besluttet på ledermødet', when: '5. november 2026' };

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
      behaviour: 'names the party and the row whose date is missing, as a weakness when another party is complete',
      acceptances: [med, { ...committee, when: ' ' }],
      expected: [
        {
          rule: 'accepted-by',
          verdict: 'opfyldt',
          message: 'Målet er accepteret af medarbejderne (MED-udvalget godkendte målet, 12. november 2026).',
        },
        {
          rule: 'acceptance-details',
          verdict: 'kan styrkes',
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
      acceptances: [med, { party: 'other', otherName: '', how: 'Drøftet på rådets møde', when: 'oktober 2026' }],
      expected: [
        {
          rule: 'accepted-by',
          verdict: 'opfyldt',
          message: 'Målet er accepteret af medarbejderne (MED-udvalget godkendte målet, 12. november 2026).',
        },
        {
          rule: 'acceptance-details',
          verdict: 'kan styrkes',
          message: 'Skriv, hvem „andre“ er i række 2, fx „Ældrerådet“.',
          field: 'acceptance-1-otherName',
        },
      ],
    },
    {
      behaviour: 'uses the name of another party in the sentence',
      acceptances: [{ party: 'other', otherName: 'Ældrerådet', how: 'Drøftet på rådets møde', when: 'oktober 2026' }],
      expected: [
        {
          rule: 'accepted-by',
          verdict: 'opfyldt',
          message: 'Målet er accepteret af Ældrerådet (Drøftet på rådets møde, oktober 2026).',
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
  ])('$behaviour', ({ acceptances, expected }) => {
    expect(acceptedRules(goodGoal({ acceptances }))).toEqual(expected);
  });
});
