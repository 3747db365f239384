import { describe, expect, it } from 'vitest';
import { attentionOf, suggestAgenda, WEIGHTS, type IndicatorSignal } from '../../../src/meetings/attention.js';
import { parseCanonical } from '../../../src/periods/period.js';
import type { Observation } from '../../../src/indicators/observation.js';

const obs = (period: string, value: number): Observation => ({ indicatorId: 1, period: parseCanonical(period), value, comment: null, importId: null, updatedAt: '' });

function signal(id: number, name: string, over: Partial<IndicatorSignal> = {}): IndicatorSignal {
  return { indicator: { id, name, unit: '%', decimals: 1 }, figures: { latest: obs('2026K3', 7) }, goals: [], newValues: 0, ...over };
}

describe('attentionOf', () => {
  it('says nothing about an indicator without signs', () => {
    expect(attentionOf(signal(1, 'Sygefravær'), [])).toEqual({ score: 0, reasons: [] });
  });

  it('names a change the wrong way with both periods and the change', () => {
    const s = signal(1, 'Sygefravær', { figures: { latest: obs('2026K3', 7.7), previous: obs('2026K2', 7.0), change: 0.7, assessment: 'worse' } });
    expect(attentionOf(s, [])).toEqual({ score: WEIGHTS.worse, reasons: ['Gik den forkerte vej fra 2. kvt. 2026 til 3. kvt. 2026 (+0,7 procentpoint)'] });
  });

  it('adds up goal, due action, missing data and new values, most pressing first', () => {
    const s = signal(1, 'Sygefravær', {
      figures: { latest: obs('2026K2', 7), missingPeriod: parseCanonical('2026K3') },
      goals: [{ id: 9, title: 'Sygefravær under 6 %', status: 'bagud' }],
      newValues: 2,
    });
    const due = [{ id: 4, indicatorId: 1, goalId: null, whatAndWhy: 'Ny vagtplan i hjemmeplejen', dueDate: '2026-11-01' }];
    const result = attentionOf(s, due);
    expect(result.score).toBe(WEIGHTS.behindGoal + WEIGHTS.actionDue + WEIGHTS.missingData + WEIGHTS.newData);
    expect(result.reasons).toEqual([
      'Bagud i forhold til målet „Sygefravær under 6 %“',
      'Handling med frist 1. november 2026: „Ny vagtplan i hjemmeplejen“',
      'Mangler data for 3. kvt. 2026',
      'Nye tal siden sidste møde (2 værdier)',
    ]);
  });

  it('ignores actions on other indicators', () => {
    const due = [{ id: 4, indicatorId: 2, goalId: null, whatAndWhy: 'x', dueDate: '2026-11-01' }];
    expect(attentionOf(signal(1, 'Sygefravær'), due).score).toBe(0);
  });
});

describe('suggestAgenda', () => {
  it('suggests only indicators with a reason, highest score first, then by name', () => {
    const quiet = signal(1, 'Borgertilfredshed');
    const missing = signal(2, 'Ventetid', { figures: { missingPeriod: parseCanonical('2026K3') } });
    const behind = signal(3, 'Sygefravær', { goals: [{ id: 1, title: 'Mål', status: 'bagud' }] });
    const alsoMissing = signal(4, 'Faldulykker', { figures: { missingPeriod: parseCanonical('2026K3') } });
    expect(suggestAgenda([quiet, missing, behind, alsoMissing], []).map((s) => s.title)).toEqual(['Sygefravær', 'Faldulykker', 'Ventetid']);
  });
});
