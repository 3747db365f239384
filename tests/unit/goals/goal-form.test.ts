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
    targetGroup: 'employees',
    targetGroupName: 'ignoreres, når gruppen er fra listen',
    whatChanges: 'Medarbejderne har højst 5,5 % sygefravær.',
    evidence: '',
    responsible: 'Centerleder Birgit Holm',
    'acceptance-0-party': 'employees',
    'acceptance-0-otherName': '',
    'acceptance-0-how': 'MED-udvalget godkendte målet',
    'acceptance-0-when': '12. november 2026',
    'acceptance-1-party': '',
    'acceptance-1-otherName': '',
    'acceptance-1-how': '',
    'acceptance-1-when': '',
    'resource-0-kind': 'hours',
    'resource-0-amount': '2',
    'resource-0-description': 'om ugen',
    'resource-1-kind': '',
    'resource-1-amount': '',
    'resource-1-description': '',
    realismReasoning: 'Det er lykkedes før.',
    noiseReason: '',
    'milestone-0-period': '1. kvt. 2027',
    'milestone-0-value': '7,0',
    'milestone-1-period': '',
    'milestone-1-value': '',
    beneficiary: 'other',
    beneficiaryName: 'beboerne på Solgården',
    whyItMatters: 'Beboerne møder færre vikarer.',
    driverUserId: '11',
    drivenBy: 'Teamlederne',
    status: 'active',
    _csrf: 'token',
    ...overrides,
  };
}

describe('parseGoalForm', () => {
  it('reads a filled-in form: trims text, reads Danish numbers, periods and dates, ignores the spare blank rows', () => {
    const { draft, errors, acceptanceRows, resourceRows, milestoneRows } = parseGoalForm(posted(), sickLeave());
    expect(errors).toEqual([]);
    expect(draft).toEqual({
      title: 'Færre sygedage på Solgården',
      description: 'Sygefraværet blandt medarbejderne skal ned fra 7,7 % til 5,5 %.',
      targetGroup: { key: 'employees' },
      whatChanges: 'Medarbejderne har højst 5,5 % sygefravær.',
      evidence: '',
      indicatorId: 7,
      baselineValue: 7.7,
      baselinePeriod: p('2026K3'),
      baselineSource: 'data',
      targetValue: 5.5,
      deadline: p('2028K1'),
      milestones: [{ period: p('2027K1'), value: 7 }],
      responsible: 'Centerleder Birgit Holm',
      acceptances: [{ party: 'employees', how: 'MED-udvalget godkendte målet', when: '2026-11-12' }],
      resources: [{ kind: 'hours', amount: 2, description: 'om ugen' }],
      realismReasoning: 'Det er lykkedes før.',
      noiseReason: '',
      beneficiary: { key: 'other', name: 'beboerne på Solgården' },
      whyItMatters: 'Beboerne møder færre vikarer.',
      driverUserId: 11,
      drivenBy: 'Teamlederne',
      status: 'active',
    });
    expect([acceptanceRows.length, resourceRows.length, milestoneRows.length]).toEqual([1, 1, 1]);
  });

  it('turns an empty form into an empty draft without errors, since judging it is the SMARTE check’s job', () => {
    const { draft, errors } = parseGoalForm({}, undefined);
    expect(errors).toEqual([]);
    expect(draft).toMatchObject({
      title: '',
      targetGroup: null,
      indicatorId: null,
      baselineValue: null,
      baselinePeriod: null,
      targetValue: null,
      deadline: null,
      milestones: [],
      acceptances: [],
      resources: [],
      beneficiary: null,
      driverUserId: null,
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
    {
      behaviour: 'rejects a target group that is not on the list',
      overrides: { targetGroup: 'tourists' },
      error: { field: 'targetGroup', message: 'Vælg en målgruppe fra listen, eller vælg „Andre“ og skriv selv gruppen.' },
    },
    {
      behaviour: 'asks what kind a resource row is when only its amount is written',
      overrides: { 'resource-1-amount': '3' },
      error: {
        field: 'resource-1-kind',
        message: 'Vælg, hvilken slags ressource række 2 er: timer, personer, kroner, kompetencer eller andet.',
      },
    },
    {
      behaviour: 'refuses an amount of nothing',
      overrides: { 'resource-0-amount': '0' },
      error: { field: 'resource-0-amount', message: 'Mængden i række 1 skal være større end 0.' },
    },
    {
      behaviour: 'asks for the value of a milestone that has only a period',
      overrides: { 'milestone-1-period': '2027K2' },
      error: { field: 'milestone-1-value', message: 'Skriv værdien for delmål 2.' },
    },
    {
      behaviour: 'refuses two milestones for the same quarter',
      overrides: { 'milestone-1-period': '2027K1', 'milestone-1-value': '6,9' },
      error: { field: 'milestone-1-period', message: 'Der er to delmål for 1. kvt. 2027. Slet det ene.' },
    },
    {
      behaviour: 'refuses a driver that is not an id from the list',
      overrides: { driverUserId: 'Birgit' },
      error: { field: 'driverUserId', message: 'Vælg en person fra listen over gruppens medlemmer.' },
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
      { party: 'citizens', how: 'Borgermøde', when: '2026-10-01' },
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

  it.each([
    { written: '2026-11-12', iso: '2026-11-12' },
    { written: '12.11.2026', iso: '2026-11-12' },
    { written: '12. nov. 2026', iso: '2026-11-12' },
    { written: 'i går', iso: 'i går' },
    { written: '31. juni 2026', iso: '31. juni 2026' },
  ])('stores the acceptance date "$written" as "$iso", keeping what it cannot read for the A check to explain', ({ written, iso }) => {
    const { draft, errors } = parseGoalForm(posted({ 'acceptance-0-when': written }), sickLeave());
    expect(errors).toEqual([]);
    expect(draft.acceptances[0]?.when).toBe(iso);
  });

  it('ignores values that are not strings, such as repeated fields', () => {
    const { draft } = parseGoalForm(posted({ title: ['a', 'b'] }), sickLeave());
    expect(draft.title).toBe('');
  });
});
