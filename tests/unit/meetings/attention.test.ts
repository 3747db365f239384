import { describe, expect, it } from 'vitest';
import { attentionOf, extraReasons, MAX_PRESELECTED, suggestAgenda, WEIGHTS, type IndicatorSignal } from '../../../src/meetings/attention.js';
import { decideSituation, type SituationGoal } from '../../../src/situations/situation.js';
import type { Period } from '../../../src/periods/period.js';

const q = (year: number, index: number): Period => ({ frequency: 'quarter', year, index });
const QUIET = [6.1, 5.8, 6.0, 6.2, 5.9, 6.1, 6.0, 5.8, 6.2, 6.0, 5.9, 6.1];

function signal(id: number, name: string, tail: number[], over: { goals?: SituationGoal[]; expected?: Period; newValues?: number } = {}): IndicatorSignal {
  const indicator = { id, name, unit: '%', decimals: 1, direction: 'down' as const };
  const observations = [...QUIET, ...tail].map((value, i) => ({ period: q(2023 + Math.floor(i / 4), (i % 4) + 1), value }));
  return {
    indicator,
    decision: decideSituation({ indicator, observations, goals: over.goals ?? [], ...(over.expected && { expected: over.expected }) }),
    newValues: over.newValues ?? 0,
  };
}

describe('attentionOf', () => {
  it('says nothing about an indicator whose latest change is within the normal variation', () => {
    // +0,3 procentpoint: a change the wrong way, but no more than the figure moves by itself.
    expect(attentionOf(signal(1, 'Sygefravær', [6.4]), [])).toEqual({ score: 0, reasons: [] });
  });

  it('names a change the wrong way beyond the normal variation, with both periods and the change', () => {
    expect(attentionOf(signal(1, 'Sygefravær', [7.5]), [])).toEqual({
      score: WEIGHTS.worse,
      reasons: ['Gik den forkerte vej fra 4. kvt. 2025 til 1. kvt. 2026 (+1,4 procentpoint), mere end den normale variation'],
    });
  });

  it('adds up missing data, a goal behind, a due action and new values, the situation first', () => {
    const s = signal(1, 'Sygefravær', [6.0], { goals: [{ title: 'Sygefravær under 5,5 %', status: 'bagud' }], expected: q(2026, 2), newValues: 2 });
    const due = [{ id: 4, indicatorId: 1, goalId: null, whatAndWhy: 'Ny vagtplan i hjemmeplejen', dueDate: '2026-11-01' }];
    const result = attentionOf(s, due);
    expect(result.score).toBe(WEIGHTS.missingData + WEIGHTS.behindGoal + WEIGHTS.actionDue + WEIGHTS.newData);
    expect(result.reasons).toEqual([
      'Mangler data for 2. kvt. 2026',
      'Bagud i forhold til målet „Sygefravær under 5,5 %“',
      'Handling med frist 1. november 2026: „Ny vagtplan i hjemmeplejen“',
      'Nye tal siden sidste møde (2 værdier)',
    ]);
  });

  it('counts one new value in the singular', () => {
    expect(extraReasons({ indicator: { id: 1 } as IndicatorSignal['indicator'], newValues: 1 }, [])).toEqual(['Nye tal siden sidste møde (1 værdi)']);
  });

  it('ignores actions on other indicators', () => {
    const due = [{ id: 4, indicatorId: 2, goalId: null, whatAndWhy: 'x', dueDate: '2026-11-01' }];
    expect(attentionOf(signal(1, 'Sygefravær', [6.0]), due).score).toBe(0);
  });
});

describe('suggestAgenda', () => {
  it('suggests only indicators with a reason, highest score first, then by name', () => {
    const quiet = signal(1, 'Borgertilfredshed', [6.0]);
    const missing = signal(2, 'Ventetid', [6.0], { expected: q(2026, 2) });
    const behind = signal(3, 'Sygefravær', [6.0], { goals: [{ title: 'Mål', status: 'bagud' }] });
    const alsoMissing = signal(4, 'Faldulykker', [6.0], { expected: q(2026, 2) });
    expect(suggestAgenda([quiet, missing, behind, alsoMissing], []).map((s) => s.title)).toEqual(['Sygefravær', 'Faldulykker', 'Ventetid']);
  });

  it(`ticks at most ${MAX_PRESELECTED} in advance, the ones that most need the group, and offers the rest unticked`, () => {
    const signals = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((name, i) =>
      signal(i + 1, name, [6.0], i < 2 ? { goals: [{ title: 'Mål', status: 'bagud' }] } : { expected: q(2026, 2) }),
    );
    const suggestions = suggestAgenda(signals, []);
    expect(suggestions).toHaveLength(7);
    expect(suggestions.filter((s) => s.preselected).map((s) => s.title)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(suggestions.filter((s) => !s.preselected).map((s) => s.title)).toEqual(['F', 'G']);
    for (const s of suggestions) expect(s.reasons.length).toBeGreaterThan(0);
  });

  it('does not tick an indicator whose only news is good news or a new value', () => {
    const suggestions = suggestAgenda([signal(1, 'Faldet', [4.6]), signal(2, 'Nyt tal', [6.0], { newValues: 1 }), signal(3, 'Mangler', [6.0], { expected: q(2026, 2) })], []);
    expect(suggestions.map((s) => [s.title, s.preselected])).toEqual([
      ['Mangler', true],
      ['Faldet', false],
      ['Nyt tal', false],
    ]);
  });
});

