import { describe, expect, it } from 'vitest';
import { prepareSeries } from '../../../src/variation/series.js';
import { movingRanges, xmrLimits, XMR } from '../../../src/variation/xmr.js';
import { prepared, series } from './fixtures.js';

describe('XmR limits', () => {
  it('centre is the mean, limits are centre ± 2.66 × average moving range', () => {
    const limits = xmrLimits(prepared([1, 3, 2, 4, 3]));
    expect(limits).toMatchObject({ centre: 2.6, averageMovingRange: 1.5, movingRangeCount: 4, baselineSize: 5 });
    expect(limits?.lower).toBeCloseTo(2.6 - 3.99, 10);
    expect(limits?.upper).toBeCloseTo(2.6 + 3.99, 10);
    expect(limits?.upperRangeLimit).toBeCloseTo(4.902, 10);
    expect(limits?.upperZone).toBeCloseTo(2.6 + 1.995, 10);
    expect(limits?.sigma).toBeCloseTo(1.5 / XMR.d2, 10);
  });

  it.each([
    { name: 'no gaps', values: [5, 7, 6], ranges: [undefined, 2, 1] },
    { name: 'a gap is never bridged', values: [5, 7, null, 6, 9], ranges: [undefined, 2, undefined, 3] },
    { name: 'a single point', values: [5], ranges: [undefined] },
  ])('moving ranges: $name', ({ values, ranges }) => {
    expect(movingRanges(prepared(values))).toEqual(ranges);
  });

  it('a baseline without two neighbouring periods gives no limits', () => {
    expect(xmrLimits(prepared([5, null, 6, null, 7]))).toBeUndefined();
    expect(xmrLimits(prepared([]))).toBeUndefined();
  });

  it('all-equal values give zero-width limits on the value', () => {
    expect(xmrLimits(prepared([0.1, 0.1, 0.1, 0.1]))).toMatchObject({ averageMovingRange: 0, lower: expect.closeTo(0.1, 12), upper: expect.closeTo(0.1, 12) });
  });
});

describe('a series is checked before it is judged', () => {
  it.each([
    { name: 'periods out of order', points: [...series([1]).map((p) => ({ ...p, period: { ...p.period, year: 2020 } })), ...series([2])] },
    { name: 'the same period twice', points: [...series([1]), ...series([2])] },
    { name: 'quarters mixed with months', points: [...series([1]), ...series([2, 3], 'month').slice(1)] },
    { name: 'a value that is not a number', points: series([1, Number.NaN]) },
  ])('refuses $name', ({ points }) => {
    expect(() => prepareSeries(points)).toThrow(RangeError);
  });

  it('marks which points follow directly on the one before', () => {
    expect(prepared([1, 2, null, 4, 5]).linked).toEqual([false, true, false, true]);
    expect(prepared([1, 2, null, 4, 5]).offsets).toEqual([0, 1, 3, 4]);
  });
});
