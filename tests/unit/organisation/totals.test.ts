import { describe, expect, it } from 'vitest';
import { organisationTotals, totalKindOf, type GroupFigures } from '../../../src/organisation/comparison.js';
import { computeObservations, isSmallDenominator, ratio, SMALL_DENOMINATOR } from '../../../src/indicators/computed.js';
import { parseCanonical } from '../../../src/periods/period.js';
import type { Observation } from '../../../src/indicators/observation.js';
import type { Indicator } from '../../../src/indicators/indicator.js';

const q = (canonical: string) => parseCanonical(canonical);
const obs = (indicatorId: number, period: string, value: number, updatedAt = '2026-01-01T00:00:00.000Z', comment: string | null = null): Observation => ({
  indicatorId,
  period: q(period),
  value,
  comment,
  importId: null,
  updatedAt,
});

function group(name: string, parts: Array<[string, number, number]>, factor = 100): GroupFigures {
  return {
    group: { id: name.length, name, depth: 0 },
    indicator: { id: 1 } as Indicator,
    observations: parts.map(([p, n, d]) => obs(1, p, (n * factor) / d)),
    parts: parts.map(([p, n, d]) => ({ period: q(p), numerator: n, denominator: d })),
  };
}

describe('the organisation’s total of a shared indicator', () => {
  it('is the ratio of the summed parts for a computed indicator, never the mean of the percentages', () => {
    // 3 % of 1.000 days and 30 % of 20 days: 36 of 1.020 days lost, 3,53 %; the mean of 3 and 30 would say 16,5 %.
    const totals = organisationTotals('ratio', [group('A', [['2026K2', 30, 1000]]), group('B', [['2026K2', 6, 20]])], 100);
    expect(totals).toHaveLength(1);
    expect(totals[0]!.value).toBeCloseTo((36 * 100) / 1020, 10);
    expect(totals[0]!.value).not.toBeCloseTo(16.5, 1);
    expect(totals[0]).toMatchObject({ numerator: 36, denominator: 1020, missing: [] });
  });

  it('sums counts', () => {
    const a: GroupFigures = { group: { id: 1, name: 'A', depth: 0 }, indicator: { id: 1 } as Indicator, observations: [obs(1, '2026K1', 12), obs(1, '2026K2', 14)] };
    const b: GroupFigures = { group: { id: 2, name: 'B', depth: 0 }, indicator: { id: 2 } as Indicator, observations: [obs(2, '2026K1', 3), obs(2, '2026K2', 5)] };
    expect(organisationTotals('sum', [a, b]).map((t) => t.value)).toEqual([15, 19]);
  });

  it('leaves a period without a total and names the groups missing, instead of counting them as zero', () => {
    const totals = organisationTotals('ratio', [group('A', [['2026K1', 10, 100], ['2026K2', 30, 1000]]), group('B', [['2026K2', 6, 20]])], 100);
    expect(totals[0]).toEqual({ period: q('2026K1'), missing: ['B'] });
    expect(totals[1]!.value).toBeCloseTo(3.529, 3);
  });

  it('has no total for percentages that are not computed from parts', () => {
    expect(totalKindOf({ factor: null, totalRule: 'none' })).toBe('none');
    expect(totalKindOf({ factor: null, totalRule: 'sum' })).toBe('sum');
    expect(totalKindOf({ factor: 100, totalRule: 'none' })).toBe('ratio');
    expect(organisationTotals('none', [group('A', [['2026K1', 1, 10]])])).toEqual([]);
  });
});

describe('a computed indicator’s values', () => {
  it('are numerator × factor / denominator, exactly as the figure written by hand', () => {
    const computed = computeObservations({ indicatorId: 9, numeratorId: 1, denominatorId: 2, factor: 100 }, [obs(1, '2026K1', 385, '2026-02-01T00:00:00.000Z', 'Influenza')], [obs(2, '2026K1', 5000, '2026-03-01T00:00:00.000Z')]);
    expect(computed).toEqual([{ indicatorId: 9, period: q('2026K1'), value: 7.7, comment: 'Influenza', importId: null, updatedAt: '2026-03-01T00:00:00.000Z' }]);
  });

  it('miss a period that lacks either part or has a zero denominator', () => {
    const computed = computeObservations(
      { indicatorId: 9, numeratorId: 1, denominatorId: 2, factor: 100 },
      [obs(1, '2026K1', 5), obs(1, '2026K2', 5), obs(1, '2026K3', 5)],
      [obs(2, '2026K1', 50), obs(2, '2026K3', 0)],
    );
    expect(computed.map((o) => o.value)).toEqual([10]);
    expect(ratio(1, 0, 100)).toBeUndefined();
  });

  it('calls a denominator below the documented threshold small', () => {
    expect(SMALL_DENOMINATOR).toBe(30);
    expect(isSmallDenominator(29)).toBe(true);
    expect(isSmallDenominator(30)).toBe(false);
  });
});
