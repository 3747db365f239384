import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/content-loader.js';
import { ROW_PARTS } from '../../../src/goals/goal-form-rows.js';
import type { Goal } from '../../../src/goals/goal.js';
import { GOAL_STEPS, stepOf } from '../../../src/goals/goal-steps.js';
import type { CriterionResult } from '../../../src/goals/rules/types.js';
import { goalAnswers } from '../../../src/pages/goals/goal-answers-view.js';
import { driverOptions, suggestedTargetGroup, targetGroupChoice } from '../../../src/pages/goals/wizard-choices-view.js';
import {
  addedRowAnchor,
  blankRowsPosted,
  rowsView,
  rowToRemove,
  shownDate,
  sparesAfterAdd,
  sparesFromQuery,
  withoutRow,
} from '../../../src/pages/goals/wizard-rows-view.js';
import { asksForNoiseReason, suggestedMilestoneRows } from '../../../src/pages/goals/wizard-view.js';
import { goodGoal, MEMBERS, sickLeave } from '../goals/fixtures.js';

const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));

function storedGoal(overrides: Partial<Goal> = {}): Goal {
  return { ...goodGoal(), id: 3, groupId: 1, createdBy: 1, createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z', ...overrides };
}

describe('the hints in content/smarte.yaml', () => {
  it('each name a field its own step asks, so a typo cannot leave a field without help', async () => {
    const { smarte } = await loadContent(contentDir);
    const unknown = smarte.criteria.flatMap((criterion, i) => {
      const step = GOAL_STEPS[i]!;
      const names = new Set([...step.fields, ...step.rows.flatMap((kind) => ROW_PARTS[kind].map((part) => `${kind}-${part}`))]);
      return Object.keys(criterion.hints ?? {}).filter((key) => !names.has(key)).map((key) => `${criterion.letter}: ${key}`);
    });
    expect(unknown).toEqual([]);
    expect(Object.keys(smarte.criteria[0]!.hints ?? {})).toEqual(expect.arrayContaining(['targetGroup', 'whatChanges', 'evidence']));
  });
});

describe('rows as the form shows them', () => {
  const hints = { 'acceptance-how': 'Forummet.' };

  it('numbers the filled rows from 1 as the check does, and ends with the spare rows asked for', () => {
    const values = {
      'acceptance-3-party': 'committee',
      'acceptance-3-how': 'Udvalget',
      'acceptance-3-when': '2026-11-19',
      'acceptance-1-party': 'employees',
      'acceptance-1-how': 'MED',
      'acceptance-2-party': '',
    };
    const view = rowsView({ kind: 'acceptance', values, fieldErrors: { 'acceptance-1-when': 'Skriv datoen.' }, hints, spares: 2 });
    expect(view.rows.map((r) => [r.legend, r.fields.party.id, r.fields.party.value])).toEqual([
      ['Part 1', 'acceptance-0-party', 'employees'],
      ['Part 2', 'acceptance-1-party', 'committee'],
      ['Part 3 (ny)', 'acceptance-2-party', ''],
      ['Part 4 (ny)', 'acceptance-3-party', ''],
    ]);
    expect(view.rows[1]!.fields.when).toEqual({ id: 'acceptance-1-when', value: '2026-11-19', error: 'Skriv datoen.' });
    expect(view.rows[0]!.fields.how.hint).toBe('Forummet.');
    expect(view.rows.map((r) => r.remove?.label)).toEqual(['Fjern part 1', 'Fjern part 2', undefined, undefined]);
    expect(view.canAdd).toBe(true);
  });

  it('always shows one empty row, never more rows than the form accepts, and says when it is full', () => {
    expect(rowsView({ kind: 'resource', values: {}, fieldErrors: undefined, hints: {}, spares: 0 }).rows.map((r) => r.legend)).toEqual(['Ressource 1 (ny)']);
    const full = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`resource-${i}-description`, `kursus ${i}`]));
    const view = rowsView({ kind: 'resource', values: full, fieldErrors: undefined, hints: {}, spares: 3 });
    expect(view.rows).toHaveLength(20);
    expect(view.canAdd).toBe(false);
    expect(view.fullText).toBe('Der kan højst være 20 ressourcer.');
  });

  it('shows suggested rows only when the form has none of its own, marked and without "Fjern"', () => {
    const suggested = [{ period: '1. kvt. 2027', value: '7,2' }];
    const view = rowsView({ kind: 'milestone', values: {}, fieldErrors: undefined, hints: {}, spares: 1, suggested });
    expect(view.rows.map((r) => [r.suggested, r.remove, r.fields.value.value])).toEqual([[true, undefined, '7,2'], [false, undefined, '']]);
    const own = rowsView({ kind: 'milestone', values: { 'milestone-0-period': '2027K2', 'milestone-0-value': '7' }, fieldErrors: undefined, hints: {}, spares: 1, suggested });
    expect(own.rows[0]!.fields.period.value).toBe('2027K2');
    expect(own.rows[0]!.suggested).toBe(false);
  });

  it.each([
    ['2026-03-12', '12.03.2026'],
    ['i går', 'i går'],
    ['2026-02-30', '2026-02-30'],
    ['', ''],
  ])('shows the date %j as %j', (stored, shown) => {
    expect(shownDate(stored)).toBe(shown);
  });
});

describe('the row buttons', () => {
  const posted = {
    'resource-0-kind': 'hours',
    'resource-0-amount': '2',
    'resource-4-kind': '',
    'resource-4-description': '',
    'resource-7-kind': 'skills',
    'resource-7-description': 'kursus',
    'resource-9-description': ' ',
    title: 'Ikke en række',
  };

  it('counts the empty rows that were posted, so "Tilføj en række" shows one more than before', () => {
    expect(blankRowsPosted(posted, 'resource')).toBe(2);
    expect(sparesAfterAdd(posted, 'resource')).toBe(3);
    expect(sparesAfterAdd({}, 'resource')).toBe(1);
    expect(addedRowAnchor('resource', 2, 3)).toBe('resource-4-kind');
  });

  it.each([
    ['3', 3],
    ['0', 1],
    ['999', 20],
    ['2x', 1],
    [undefined, 1],
    [['2', '3'], 1],
  ])('reads ?raekker=%j as %i empty rows', (raw, spares) => {
    expect(sparesFromQuery(raw, 'resource')).toBe(spares);
  });

  it('removes the row the form numbered, renumbering the rest and leaving other fields alone', () => {
    expect(withoutRow(posted, 'resource', 0)).toEqual({
      title: 'Ikke en række',
      'resource-0-kind': 'skills',
      'resource-0-amount': '',
      'resource-0-description': 'kursus',
    });
  });

  it('only removes a row of the step’s own kind', () => {
    const r = stepOf('r')!;
    expect(rowToRemove('resource-2', r)).toEqual({ kind: 'resource', index: 2 });
    expect(rowToRemove('acceptance-2', r)).toBeUndefined();
    expect(rowToRemove('resource-2-kind', r)).toBeUndefined();
    expect(rowToRemove('resource-1', stepOf('s')!)).toBeUndefined();
  });
});

describe('what the wizard proposes', () => {
  it.each([
    ['Sygefraværet blandt medarbejderne i hjemmeplejen skal ned.', 'employees'],
    ['Hjemmeplejeborgere skal møde færre hjælpere.', 'home-care'],
    ['Forældre skal have svar inden for 5 dage.', 'children-families'],
    ['Ældre borgere skal have besøg hver uge.', 'elderly'],
    ['Eleverne i 8. klasse skal have en mentor.', 'pupils'],
    ['Målet gælder for beboerne på Solgården.', 'nursing-home'],
    ['Ventetiden skal ned til 10 dage.', undefined],
  ])('proposes the target group of %j: %s', (description, key) => {
    expect(suggestedTargetGroup(description)).toBe(key);
  });

  it('never replaces a target group the goal already has', () => {
    const choice = targetGroupChoice({ targetGroup: 'relatives', description: 'Medarbejderne skal have færre sygedage.' });
    expect(choice.options.find((o) => o.selected)?.value).toBe('relatives');
    expect(choice.suggestion).toBeUndefined();
  });

  it('offers the active members as drivers, and keeps a chosen driver who is no longer active, marked', () => {
    expect(driverOptions(MEMBERS, '').map((o) => o.label)).toEqual(['Vælg person', 'Birgit Holm']);
    expect(driverOptions(MEMBERS, '12').map((o) => [o.label, o.selected])).toEqual([
      ['Vælg person', false],
      ['Birgit Holm', false],
      ['Karl Jensen (ikke længere aktiv)', true],
    ]);
  });

  it('proposes milestones on the glide path, rounded to the indicator, for a goal that has a path', () => {
    const goal = storedGoal({ baselineValue: 7.7, targetValue: 5.5, milestones: [] });
    expect(suggestedMilestoneRows(goal, sickLeave()).slice(0, 2)).toEqual([
      { period: '4. kvt. 2026', value: '7,3' },
      { period: '1. kvt. 2027', value: '7' },
    ]);
    expect(suggestedMilestoneRows(storedGoal({ deadline: null }), sickLeave())).toEqual([]);
  });

  it('asks why a small change counts only when the check says the target is inside the swing, or a reason is written', () => {
    const realistic = (verdict: 'opfyldt' | 'mangler'): CriterionResult => ({
      key: 'realistic',
      letter: 'R',
      verdict,
      rules: [{ rule: 'variation', verdict, message: '…' }],
    });
    expect(asksForNoiseReason(realistic('opfyldt'), {}, undefined)).toBe(false);
    expect(asksForNoiseReason(realistic('mangler'), {}, undefined)).toBe(true);
    expect(asksForNoiseReason(realistic('opfyldt'), { noiseReason: 'Helt år.' }, undefined)).toBe(true);
    expect(asksForNoiseReason(undefined, {}, { noiseReason: 'For lang.' })).toBe(true);
  });
});

describe('the goal page’s answers', () => {
  it('say the goal in the group’s words, with Danish dates, resources with units and the driver by name', () => {
    const answers = goalAnswers(storedGoal({ noiseReason: 'Vi følger et helt år.' }), sickLeave(), MEMBERS);
    expect(answers).toMatchObject({
      targetGroup: 'Medarbejdere',
      evidence: 'Indikatoren „Sygefravær, Solgården“',
      acceptances: [
        { party: 'Medarbejdere', how: 'MED-udvalget godkendte målet', when: '12. november 2026' },
        { party: 'Politisk udvalg', when: '19. november 2026' },
      ],
      resources: ['2 timer (om ugen til arbejdsmiljørepræsentanten)', 'en fraværssamtale senest 14 dage efter første sygedag'],
      noiseReason: 'Vi følger et helt år.',
      milestones: [
        { period: '1. kvt. 2027', value: '7,0 %' },
        { period: '3. kvt. 2027', value: '6,3 %' },
      ],
      beneficiary: 'Beboere på plejecentre',
      driver: 'Birgit Holm',
    });
    expect(goalAnswers(storedGoal({ driverUserId: 12 }), sickLeave(), MEMBERS).driver).toBe('Karl Jensen (ikke længere aktiv)');
    expect(goalAnswers(storedGoal({ targetGroup: { key: 'other', name: ' ' }, noiseReason: ' ' }), undefined, []).targetGroup).toBeUndefined();
  });
});
