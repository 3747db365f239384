import { describe, expect, it } from 'vitest';
import { fastestStretch, indicatorHistory } from '../../../src/goals/history.js';
import { formatCanonical } from '../../../src/periods/period.js';
import { p, series, SICK_LEAVE_ID, sickLeave, SOLGAARDEN } from './fixtures.js';

const solgaarden = series(SICK_LEAVE_ID, '2022K1', SOLGAARDEN);

describe('indicatorHistory', () => {
  it('keeps only the indicator’s own values of its own frequency, in period order', () => {
    const mine = series(SICK_LEAVE_ID, '2025K1', [7.2, 6.0]);
    const other = series(99, '2025K1', [1, 2]);
    const monthly = series(SICK_LEAVE_ID, '2025K1', [5]).map((o) => ({ ...o, period: p('2025M03') }));
    const result = indicatorHistory(sickLeave(), [...mine].reverse().concat(other, monthly));
    expect(result.map((o) => `${formatCanonical(o.period)}=${o.value}`)).toEqual(['2025K1=7.2', '2025K2=6']);
  });
});

describe('fastestStretch', () => {
  it.each<{ behaviour: string; length: number; sense: 1 | -1; from: string; to: string; gain: number }>([
    { behaviour: 'finds Solgården’s fastest fall over 6 quarters', length: 6, sense: -1, from: '2022K3', to: '2024K1', gain: 2.5 / 6 },
    { behaviour: 'finds the fastest rise when rising is wanted', length: 6, sense: 1, from: '2024K2', to: '2025K4', gain: 1.4 / 6 },
    { behaviour: 'works for a single quarter', length: 1, sense: -1, from: '2023K1', to: '2023K2', gain: 0.6 },
  ])('$behaviour', ({ length, sense, from, to, gain }) => {
    const best = fastestStretch(solgaarden, length, sense);
    expect(best && formatCanonical(best.from.period)).toBe(from);
    expect(best && formatCanonical(best.to.period)).toBe(to);
    expect(best?.gainPerPeriod).toBeCloseTo(gain, 9);
  });

  it('uses values on both sides of a gap, since only the two ends count', () => {
    const gappy = series(SICK_LEAVE_ID, '2024K1', [8, null, null, 6]);
    expect(fastestStretch(gappy, 3, -1)?.gainPerPeriod).toBeCloseTo(2 / 3, 9);
  });

  it('returns nothing when no two values are that far apart', () => {
    expect(fastestStretch(series(SICK_LEAVE_ID, '2025K1', [7, 7.1, 7.2]), 6, -1)).toBeUndefined();
  });

  it('returns a negative gain when the number only ever moved the wrong way', () => {
    expect(fastestStretch(series(SICK_LEAVE_ID, '2025K1', [6, 7, 8]), 2, -1)?.gainPerPeriod).toBeCloseTo(-1, 9);
  });
});
