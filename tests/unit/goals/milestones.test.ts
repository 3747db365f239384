import { describe, expect, it } from 'vitest';
import { suggestMilestones } from '../../../src/goals/milestones.js';
import { p } from './fixtures.js';

const plan = (baseline: string, deadline: string, from: number, to: number) => ({
  baselinePeriod: p(baseline),
  baselineValue: from,
  deadline: p(deadline),
  targetValue: to,
});

describe('suggestMilestones', () => {
  it('puts a milestone on the straight line in every quarter between baseline and deadline, rounded to the indicator', () => {
    expect(suggestMilestones(plan('2026K3', '2028K1', 7.7, 5.5), 1)).toEqual([
      { period: p('2026K4'), value: 7.3 },
      { period: p('2027K1'), value: 7 },
      { period: p('2027K2'), value: 6.6 },
      { period: p('2027K3'), value: 6.2 },
      { period: p('2027K4'), value: 5.9 },
    ]);
  });

  it('suggests one milestone a quarter for a monthly indicator', () => {
    const milestones = suggestMilestones(plan('2026M01', '2027M01', 30, 18), 0);
    expect(milestones).toEqual([
      { period: p('2026M04'), value: 27 },
      { period: p('2026M07'), value: 24 },
      { period: p('2026M10'), value: 21 },
    ]);
  });

  it('suggests nothing when no period lies between, or the periods are of different kinds', () => {
    expect(suggestMilestones(plan('2026K3', '2026K4', 6.5, 6.4), 1)).toEqual([]);
    expect(suggestMilestones(plan('2026K3', '2028', 6.5, 5), 1)).toEqual([]);
  });
});
