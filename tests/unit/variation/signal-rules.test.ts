import { describe, expect, it } from 'vitest';
import { largeJumps, longRuns, nearLimits, outsideLimits, runs } from '../../../src/variation/signal-rules.js';
import type { XmrLimits } from '../../../src/variation/xmr.js';
import { prepared } from './fixtures.js';

// Centre 10, mR̄ 1: limits 7,34–12,66, halfway lines 8,67 and 11,33, upper range limit 3,268.
const LIMITS: XmrLimits = {
  centre: 10,
  averageMovingRange: 1,
  sigma: 1 / 1.128,
  lower: 7.34,
  upper: 12.66,
  lowerZone: 8.67,
  upperZone: 11.33,
  upperRangeLimit: 3.268,
  baselineSize: 20,
  movingRangeCount: 19,
};

describe('rule 1: a point outside the limits', () => {
  it.each([
    { values: [10, 11, 12.7, 10, 7.3], fired: [2, 4] },
    { values: [12.66, 7.34, 10], fired: [] },
    { values: [9, 11, 10], fired: [] },
  ])('$values fires at $fired', ({ values, fired }) => {
    expect(outsideLimits(prepared(values), LIMITS)).toEqual(fired);
  });
});

describe('rule 2: eight in a row on one side', () => {
  const above8 = [11, 11, 11, 11, 11, 11, 11, 11];
  it.each([
    { name: 'eight above', values: [9, ...above8], fired: [1, 2, 3, 4, 5, 6, 7, 8] },
    { name: 'seven above is not enough', values: [9, ...above8.slice(1)], fired: [] },
    { name: 'eight below', values: [9.5, 9.5, 9.5, 9.5, 9.5, 9.5, 9.5, 9.5], fired: [0, 1, 2, 3, 4, 5, 6, 7] },
    { name: 'a point on the centre line ends the run', values: [11, 11, 11, 11, 10, 11, 11, 11, 11], fired: [] },
    { name: 'a missing period ends the run', values: [11, 11, 11, 11, null, 11, 11, 11, 11], fired: [] },
  ])('$name', ({ values, fired }) => {
    expect(longRuns(prepared(values), LIMITS.centre)).toEqual(fired);
  });

  it('reports every run with its side and length', () => {
    expect(runs(prepared([11, 12, 9, 10, 9, 9]), 10)).toEqual([
      { start: 0, end: 1, length: 2, side: 'above' },
      { start: 2, end: 2, length: 1, side: 'below' },
      { start: 4, end: 5, length: 2, side: 'below' },
    ]);
  });
});

describe('rule 3: three of four closer to a limit than to the centre', () => {
  it.each([
    { name: 'three of four above the halfway line', values: [10, 11.5, 11.5, 10.5, 11.5], fired: [1, 2, 4] },
    { name: 'four of four below', values: [8.5, 8.5, 8.5, 8.5], fired: [0, 1, 2, 3] },
    { name: 'two of four is noise', values: [11.5, 10, 10, 11.5], fired: [] },
    { name: 'mixed sides do not add up', values: [11.5, 8.5, 11.5, 8.5], fired: [] },
    { name: 'a missing period breaks the window', values: [11.5, 11.5, null, 11.5, 10], fired: [] },
  ])('$name', ({ values, fired }) => {
    expect(nearLimits(prepared(values), LIMITS)).toEqual(fired);
  });
});

describe('range chart: an unusually large jump', () => {
  it.each([
    { values: [10, 13.5, 10.5, 10], fired: [1] },
    { values: [10, 13, 10, null, 14], fired: [] },
  ])('$values fires at $fired', ({ values, fired }) => {
    expect(largeJumps(prepared(values), LIMITS)).toEqual(fired);
  });
});
