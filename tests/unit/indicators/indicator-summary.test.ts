import { describe, expect, it } from 'vitest';
import { summariseIndicator } from '../../../src/indicators/indicator-summary.js';
import type { Observation } from '../../../src/indicators/observation.js';
import { formatCanonical, parseCanonical } from '../../../src/periods/period.js';

const today = new Date('2026-11-27T12:00:00');
const obs = (period: string, value: number): Observation => ({
  indicatorId: 1,
  period: parseCanonical(period),
  value,
  comment: null,
  importId: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const down = { direction: 'down' as const, rangeMin: null, rangeMax: null, frequency: 'quarter' as const };

describe('summariseIndicator', () => {
  it.each([
    { name: 'a fall on a lower-is-better indicator is better', indicator: down, values: [['2026K2', 7.7], ['2026K3', 7.5]], change: -0.2, assessment: 'better' },
    { name: 'a rise on a lower-is-better indicator is worse', indicator: down, values: [['2026K2', 7.5], ['2026K3', 7.7]], change: 0.2, assessment: 'worse' },
    { name: 'a rise on a higher-is-better indicator is better', indicator: { ...down, direction: 'up' as const }, values: [['2026K2', 70], ['2026K3', 75]], change: 5, assessment: 'better' },
    { name: 'no change is unchanged', indicator: down, values: [['2026K2', 5], ['2026K3', 5]], change: 0, assessment: 'unchanged' },
    { name: 'a gap before the latest period gives no change', indicator: down, values: [['2026K1', 5], ['2026K3', 4]], change: undefined, assessment: undefined },
    { name: 'a value inside the bounds is inside', indicator: { ...down, direction: 'range' as const, rangeMin: 2.9, rangeMax: 3.2 }, values: [['2026K3', 3.0]], change: undefined, assessment: 'inside' },
    { name: 'a value outside the bounds is outside', indicator: { ...down, direction: 'range' as const, rangeMin: 2.9, rangeMax: 3.2 }, values: [['2026K3', 3.4]], change: undefined, assessment: 'outside' },
  ])('$name', ({ indicator, values, change, assessment }) => {
    const summary = summariseIndicator(indicator, values.map(([p, v]) => obs(p as string, v as number)), today);
    if (change === undefined) expect(summary.change).toBeUndefined();
    else expect(summary.change).toBeCloseTo(change, 9);
    expect(summary.assessment).toBe(assessment);
  });

  it('flags the latest completed period as missing when it has no value', () => {
    const summary = summariseIndicator(down, [obs('2026K1', 7.7), obs('2026K2', 7.5)], today);
    expect(summary.missingPeriod && formatCanonical(summary.missingPeriod)).toBe('2026K3');
    expect(summary.latest && formatCanonical(summary.latest.period)).toBe('2026K2');
  });

  it('does not flag missing data when the latest completed period has a value, whatever the order given', () => {
    const summary = summariseIndicator(down, [obs('2026K3', 7.1), obs('2026K2', 7.5)], today);
    expect(summary.missingPeriod).toBeUndefined();
    expect(summary.latest?.value).toBe(7.1);
  });

  it('has only a missing period when there are no values at all', () => {
    expect(summariseIndicator(down, [], today)).toEqual({ missingPeriod: parseCanonical('2026K3') });
  });
});
