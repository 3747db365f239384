import { describe, expect, it } from 'vitest';
import { summariseIndicator } from '../../../src/indicators/indicator-summary.js';
import { indicatorCard, indicatorDetails, indicatorFormValues, observationRows, unitChoiceFor } from '../../../src/pages/indicators/indicator-view.js';
import { series, sickLeave, TODAY } from '../goals/fixtures.js';

describe('the indicator view model', () => {
  const indicator = sickLeave();

  it('shows the latest value, the change since the quarter before and whether it is better', () => {
    const card = indicatorCard(indicator, summariseIndicator(indicator, series(indicator.id, '2026K1', [7.7, 7.5, 7.1]), TODAY));
    expect(card).toMatchObject({
      latestValue: '7,1 %',
      latestPeriod: '3. kvt. 2026',
      previousPeriod: '2. kvt. 2026',
      assessment: { label: 'Bedre', badge: 'success' },
      missingPeriod: undefined,
    });
  });

  it('says which finished quarter is missing, and gives no change across a gap', () => {
    const card = indicatorCard(indicator, summariseIndicator(indicator, series(indicator.id, '2025K4', [7.7, null, 7.5]), TODAY));
    expect(card.missingPeriod).toBe('3. kvt. 2026');
    expect(card.change).toBeUndefined();
  });

  it('writes a range indicator\'s limits once with the unit', () => {
    const details = indicatorDetails(sickLeave({ direction: 'range', rangeMin: 5, rangeMax: 7 }));
    expect(details.rangeText).toBe('5,0 % – 7,0 %');
    expect(details.directionLabel).toBe('Skal holdes inden for grænser');
  });

  it('lists the values newest first, with their canonical period for the delete form', () => {
    const rows = observationRows(indicator, series(indicator.id, '2026K1', [7.7, 7.5]));
    expect(rows.map((r) => [r.period, r.canonical, r.value])).toEqual([
      ['2. kvt. 2026', '2026K2', '7,5 %'],
      ['1. kvt. 2026', '2026K1', '7,7 %'],
    ]);
  });

  it('pre-selects the unit a file names, and keeps an unknown one as the group\'s own unit', () => {
    expect(unitChoiceFor('pct.')).toEqual({ unitChoice: '%', decimals: '1' });
    expect(unitChoiceFor('personer')).toEqual({ unitChoice: 'antal', decimals: '0' });
    expect(unitChoiceFor('timer')).toEqual({ unitChoice: 'other', unitOther: 'timer' });
  });

  it('fills the edit form without thousands dots, so the numbers read back unchanged', () => {
    const values = indicatorFormValues(sickLeave({ unit: 'kr.', decimals: 0, direction: 'range', rangeMin: 1250, rangeMax: 2500 }));
    expect(values).toMatchObject({ unitChoice: 'kr.', unitOther: '', rangeMin: '1250', rangeMax: '2500', decimals: '0' });
  });
});
