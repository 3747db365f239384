import { describe, expect, it } from 'vitest';
import { acceptanceField, MAX_ACCEPTANCE_ROWS, parseGoalForm } from '../../../src/goals/goal-form.js';
import type { FieldError } from '../../../src/shared/errors.js';
import { p, sickLeave } from './fixtures.js';

/** What the browser posts for a filled-in goal form, as urlencoded strings. */
function posted(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '  Færre sygedage på Solgården ',
    description: 'Sygefraværet blandt medarbejderne skal ned fra 7,7 % til 5,5 %.',
    indicatorId: '7',
    baselineValue: '7,7',
    baselinePeriod: '3. kvt. 2026',
    baselineSource: 'data',
    targetValue: '5,5 %',
    deadline: '2028K1',
    responsible: 'Centerleder Birgit Holm',
    'acceptance-0-party': 'employees',
    'acceptance-0-otherName': '',
    'acceptance-0-how': 'MED-udvalget godkendte målet',
    'acceptance-0-when': '12. november 2026',
    'acceptance-1-party': '',
    'acceptance-1-otherName': '',
    'acceptance-1-how': '',
    'acceptance-1-when': '',
    resources: 'To timer om ugen.',
    realismReasoning: 'Det er lykkedes før.',
    whyItMatters: 'Beboerne møder færre vikarer.',
    drivenBy: 'Teamlederne',
    status: 'active',
    _csrf: 'token',
    ...overrides,
  };
}

describe('parseGoalForm', () => {
  it('reads a filled-in form: trims text, reads Danish numbers and periods, ignores the spare blank row', () => {
    const { draft, errors, acceptanceRows } = parseGoalForm(posted(), sickLeave());
    expect(errors).toEqual([]);
    expect(draft).toEqual({
      title: 'Færre sygedage på Solgården',
      description: 'Sygefraværet blandt medarbejderne skal ned fra 7,7 % til 5,5 %.',
      indicatorId: 7,
      baselineValue: 7.7,
      baselinePeriod: p('2026K3'),
      baselineSource: 'data',
      targetValue: 5.5,
      deadline: p('2028K1'),
      responsible: 'Centerleder Birgit Holm',
      acceptances: [{ party: 'employees', how: 'MED-udvalget godkendte målet', when: '12. november 2026' }],
      resources: 'To timer om ugen.',
      realismReasoning: 'Det er lykkedes før.',
      whyItMatters: 'Beboerne møder færre vikarer.',
      drivenBy: 'Teamlederne',
      status: 'active',
    });
    expect(acceptanceRows).toHaveLength(1);
  });

  it('turns an empty form into an empty draft without errors, since judging it is the SMARTE check’s job', () => {
    const { draft, errors } = parseGoalForm({}, undefined);
    expect(errors).toEqual([]);
    expect(draft).toMatchObject({
      title: '',
      indicatorId: null,
      baselineValue: null,
      baselinePeriod: null,
      targetValue: null,
      deadline: null,
      acceptances: [],
      status: 'draft',
    });
    expect(draft).not.toHaveProperty('baselineSource');
  });

  it.each<{ behaviour: string; overrides: Record<string, unknown>; error: FieldError }>([
    {
      behaviour: 'asks which number is meant when "1.234" could be either',
      overrides: { targetValue: '1.234' },
      error: { field: 'targetValue', message: '„1.234“ kan betyde både 1234 og 1,234. Skriv 1234 eller 1,234.' },
    },
    {
      behaviour: 'asks for a decimal comma when the baseline is written with a point',
      overrides: { baselineValue: '7.75' },
      error: { field: 'baselineValue', message: 'Brug komma som decimaltegn: skriv 7,75.' },
    },
    {
      behaviour: 'rejects a year as deadline for a quarterly indicator',
      overrides: { deadline: '2028' },
      error: { field: 'deadline', message: '2028 er et helt år, men indikatoren måles pr. kvartal. Skriv fx 2024K1.' },
    },
    {
      behaviour: 'rejects an unreadable baseline period',
      overrides: { baselinePeriod: 'efteråret' },
      error: {
        field: 'baselinePeriod',
        message: '„efteråret“ er ikke en periode, vi kan læse. Skriv fx 2024K1, 1. kvt. 2024 eller 2024-Q1.',
      },
    },
    {
      behaviour: 'rejects an indicator id that is not from the list',
      overrides: { indicatorId: 'sygefravær' },
      error: { field: 'indicatorId', message: 'Vælg en indikator fra listen.' },
    },
    {
      behaviour: 'rejects an unknown status',
      overrides: { status: 'done' },
      error: { field: 'status', message: 'Vælg en status: kladde, aktiv, nået, ikke nået eller opgivet.' },
    },
    {
      behaviour: 'says how long a too long title is',
      overrides: { title: 'x'.repeat(151) },
      error: { field: 'title', message: 'Titlen må højst være 150 tegn – nu er der 151.' },
    },
    {
      behaviour: 'asks for the party of a row that has text but no party',
      overrides: { 'acceptance-1-how': 'Drøftet med Ældrerådet' },
      error: { field: 'acceptance-1-party', message: 'Vælg, hvem der har accepteret målet, i række 2.' },
    },
    {
      behaviour: 'rejects a party that is not on the list',
      overrides: { 'acceptance-0-party': 'mayor' },
      error: { field: 'acceptance-0-party', message: 'Vælg en af parterne på listen i række 1.' },
    },
  ])('$behaviour', ({ overrides, error }) => {
    expect(parseGoalForm(posted(overrides), sickLeave()).errors).toEqual([error]);
  });

  it('reads any period form when no indicator is chosen yet', () => {
    const { draft, errors } = parseGoalForm(posted({ indicatorId: '', deadline: 'marts 2028' }), undefined);
    expect(errors).toEqual([]);
    expect(draft.deadline).toEqual(p('2028M03'));
  });

  it('renumbers acceptance rows in index order, skipping blank rows, and keeps the name of "andre"', () => {
    const { draft, acceptanceRows } = parseGoalForm(
      {
        'acceptance-10-party': 'committee',
        'acceptance-10-how': 'Udvalget godkendte',
        'acceptance-10-when': 'december 2026',
        'acceptance-0-party': '',
        'acceptance-0-how': '',
        'acceptance-2-party': 'other',
        'acceptance-2-otherName': 'Ældrerådet',
        'acceptance-2-how': 'Drøftet på rådets møde',
        'acceptance-2-when': 'oktober 2026',
        'acceptance-3-party': 'citizens',
        'acceptance-3-otherName': 'ignoreres',
        'acceptance-3-how': 'Borgermøde',
        'acceptance-3-when': '1. oktober 2026',
      },
      sickLeave(),
    );
    expect(draft.acceptances).toEqual([
      { party: 'other', otherName: 'Ældrerådet', how: 'Drøftet på rådets møde', when: 'oktober 2026' },
      { party: 'citizens', how: 'Borgermøde', when: '1. oktober 2026' },
      { party: 'committee', how: 'Udvalget godkendte', when: 'december 2026' },
    ]);
    expect(acceptanceRows.map((r) => r.party)).toEqual(['other', 'citizens', 'committee']);
  });

  it(`stops at ${MAX_ACCEPTANCE_ROWS} acceptance rows`, () => {
    const raw: Record<string, unknown> = {};
    for (let i = 0; i <= MAX_ACCEPTANCE_ROWS; i++) {
      raw[acceptanceField(i, 'party')] = 'employees';
      raw[acceptanceField(i, 'how')] = 'Personalemøde';
      raw[acceptanceField(i, 'when')] = `${i + 1}. oktober 2026`;
    }
    const { draft, errors } = parseGoalForm(raw, sickLeave());
    expect(draft.acceptances).toHaveLength(MAX_ACCEPTANCE_ROWS);
    expect(errors).toEqual([
      { field: 'acceptance-20-party', message: 'Der kan højst være 20 parter. Saml nogle af dem i én række.' },
    ]);
  });

  it('ignores values that are not strings, such as repeated fields', () => {
    const { draft } = parseGoalForm(posted({ title: ['a', 'b'] }), sickLeave());
    expect(draft.title).toBe('');
  });
});
