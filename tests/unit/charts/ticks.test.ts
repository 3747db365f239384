import { describe, expect, it } from 'vitest';
import { periodRange } from '../../../src/periods/period.js';
import { endTicks, periodTicks, valueScale } from '../../../src/charts/ticks.js';
import { m, q } from './fixtures.js';

describe('valueScale', () => {
  it.each([
    { name: 'sick leave with a goal below the data', values: [7.7, 5.9, 5.5], maxTicks: 6, ticks: [5.5, 6, 6.5, 7, 7.5, 8], decimals: 1 },
    { name: 'waiting days inside a range band', values: [21, 12, 10, 20], maxTicks: 6, ticks: [10, 15, 20], decimals: 0 },
    { name: 'few ticks for a small card', values: [7.7, 5.5], maxTicks: 4, ticks: [5, 6, 7, 8], decimals: 0 },
    { name: 'large counts', values: [1465, 1502, 1390], maxTicks: 6, ticks: [1400, 1450, 1500], decimals: 0 },
    { name: 'shares below one', values: [0.42, 0.47], maxTicks: 6, ticks: [0.42, 0.43, 0.44, 0.45, 0.46, 0.47], decimals: 2 },
    { name: 'a single value', values: [5], maxTicks: 6, ticks: [4.5, 5, 5.5], decimals: 1 },
  ])('$name', ({ values, maxTicks, ticks, decimals }) => {
    const scale = valueScale(values, maxTicks);
    expect(scale.ticks).toEqual(ticks);
    expect(scale.decimals).toBe(decimals);
    expect(scale.ticks.length).toBeLessThanOrEqual(maxTicks);
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(scale.domain[0]);
      expect(v).toBeLessThanOrEqual(scale.domain[1]);
    }
  });

  it('does not go below zero for values that cannot be negative', () => {
    expect(valueScale([0.5, 30], 6).domain[0]).toBe(0);
  });

  it('keeps negative values in view', () => {
    const scale = valueScale([-3, 2], 6);
    expect(scale.domain[0]).toBeLessThanOrEqual(-3);
    expect(scale.ticks).toContain(0);
  });
});

describe('periodTicks', () => {
  it('labels every quarter when there is room', () => {
    expect(periodTicks(periodRange(q(2024, 1), q(2024, 4)), 8)).toEqual([0, 1, 2, 3]);
  });

  it('labels the first quarter of each year in a long series', () => {
    const periods = periodRange(q(2019, 3), q(2025, 4));
    const ticks = periodTicks(periods, 8);
    expect(ticks.map((i) => periods[i])).toEqual([2020, 2021, 2022, 2023, 2024, 2025].map((y) => q(y, 1)));
  });

  it('labels January for months over several years', () => {
    const periods = periodRange(m(2022, 5), m(2025, 2));
    const ticks = periodTicks(periods, 8);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.every((i) => [1, 7].includes(periods[i]?.index ?? 0))).toBe(true);
  });

  it('never exceeds the limit', () => {
    const periods = periodRange(q(1990, 1), q(2025, 4));
    expect(periodTicks(periods, 5).length).toBeLessThanOrEqual(5);
  });

  it('labels only the ends for a small chart', () => {
    expect(endTicks(periodRange(q(2024, 1), q(2025, 4)))).toEqual([0, 7]);
    expect(endTicks([q(2024, 1)])).toEqual([0]);
  });
});
