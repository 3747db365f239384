import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../src/goals/goal.js';
import { goalProgress } from '../../../src/goals/progress.js';
import { checkSummary } from '../../../src/pages/goals/check-view.js';
import { acceptanceList, closedText, goalRow, keyNumbers, targetLine } from '../../../src/pages/goals/goal-figures-view.js';
import { statusActions, statusFilterOptions, statusFromSlug } from '../../../src/pages/goals/goal-status-view.js';
import { p, series, sickLeave, TODAY } from '../goals/fixtures.js';

function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 3,
    groupId: 1,
    createdBy: 1,
    createdAt: '2026-01-10T10:00:00.000Z',
    updatedAt: '2026-01-10T10:00:00.000Z',
    title: 'Lavere sygefravær på Solgården',
    description: 'Sygefraværet skal ned fra 7,7 % til 6,5 %.',
    indicatorId: 7,
    baselineValue: 7.7,
    baselinePeriod: p('2026K1'),
    baselineSource: 'data',
    targetValue: 6.5,
    deadline: p('2027K1'),
    responsible: 'Mette',
    acceptances: [{ party: 'employees', how: 'MED-møde', when: '2026-01-08' }, { party: 'other', otherName: 'Ældrerådet', how: 'Høring', when: '2026-01-09' }],
    resources: [{ kind: 'hours', amount: 2, description: 'om ugen til sygefraværssamtaler' }],
    realismReasoning: '',
    whyItMatters: 'Beboerne møder færre vikarer.',
    drivenBy: 'Mette',
    status: 'active',
    ...overrides,
  } as Goal;
}

describe('the goal view models', () => {
  const indicator = sickLeave();

  it('says the goal in one line: from, to and by when', () => {
    expect(targetLine(goal(), indicator)).toBe('Fra 7,7 % til 6,5 % i 1. kvt. 2027');
    expect(targetLine(goal({ baselineValue: null, deadline: null }), indicator)).toBe('Til 6,5 %');
  });

  it('lists the key numbers with where the baseline came from and the plan for the latest quarter', () => {
    const observations = series(indicator.id, '2026K1', [7.7, 7.5, 7.4]);
    const progress = goalProgress(goal(), indicator, observations, TODAY);
    const rows = keyNumbers(goal(), indicator, progress);
    expect(rows.map((r) => r.label)).toEqual(['Udgangspunkt', 'Målværdi', 'Frist', 'Seneste tal', 'Planen for 3. kvt. 2026']);
    expect(rows[0]).toEqual({ label: 'Udgangspunkt', value: '7,7 % i 1. kvt. 2026', note: 'fra jeres data' });
    expect(rows[3]!.value).toBe('7,4 % i 3. kvt. 2026');
    expect(rows[4]!.value).toBe('7,1 %');
  });

  it('gives a row a title even for an untitled draft, and its status in words', () => {
    const row = goalRow('/grupper/1/maal', { goal: goal({ title: '  ', status: 'draft' }), indicator });
    expect(row).toMatchObject({ href: '/grupper/1/maal/3', title: 'Mål uden titel', status: { label: 'Kladde' } });
  });

  it('names each accepting party, also one the group wrote itself', () => {
    expect(acceptanceList(goal()).map((a) => a.party)).toEqual(['Medarbejdere', 'Ældrerådet']);
  });

  it('explains why an ended or draft goal has no progress', () => {
    expect(closedText(goal())).toBeUndefined();
    expect(closedText(goal({ status: 'draft' }))).toBe('Fremdriften følges, når målet er aktivt.');
    expect(closedText(goal({ status: 'reached' }))).toBe('Målet er afsluttet som „nået“.');
  });

  it('reads the status filter from Danish slugs and offers only allowed status changes', () => {
    expect(statusFromSlug('ikke-naaet')).toBe('not-reached');
    expect(statusFromSlug('bogus')).toBeUndefined();
    expect(statusFilterOptions('active').find((o) => o.selected)?.value).toBe('aktiv');
    expect(statusActions(goal({ status: 'draft' })).map((a) => a.value)).toEqual(['active', 'abandoned']);
  });

  it('counts the missing criteria of a check', () => {
    const rule = { key: 'specific', letter: 'S', rules: [] } as const;
    expect(checkSummary([{ ...rule, verdict: 'mangler' }, { ...rule, verdict: 'opfyldt' }] as never)).toEqual({ missingCount: 1, allMet: false });
  });
});
