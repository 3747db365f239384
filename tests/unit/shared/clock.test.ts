import { describe, expect, it } from 'vitest';
import { copenhagenDay, endOfCopenhagenDay, startOfCopenhagenDay } from '../../../src/shared/clock.js';

describe('days in Copenhagen', () => {
  it.each([
    ['2026-12-09T22:59:59Z', '2026-12-09'],
    ['2026-12-09T23:00:00Z', '2026-12-10'], // midnight in winter: UTC+1
    ['2026-07-01T21:59:59Z', '2026-07-01'],
    ['2026-07-01T22:00:00Z', '2026-07-02'], // midnight in summer: UTC+2
  ])('%s is %s in Denmark', (at, day) => expect(copenhagenDay(new Date(at))).toBe(day));

  it.each([
    ['2026-12-10', '2026-12-09T23:00:00.000Z', '2026-12-10T22:59:59.999Z'],
    ['2026-07-01', '2026-06-30T22:00:00.000Z', '2026-07-01T21:59:59.999Z'],
    // The day clocks go forward (29 March 2026) starts in winter time and ends in summer time.
    ['2026-03-29', '2026-03-28T23:00:00.000Z', '2026-03-29T21:59:59.999Z'],
    // The day clocks go back (25 October 2026) starts in summer time and ends in winter time.
    ['2026-10-25', '2026-10-24T22:00:00.000Z', '2026-10-25T22:59:59.999Z'],
  ])('%s runs from %s to %s', (day, start, end) => {
    expect(startOfCopenhagenDay(day).toISOString()).toBe(start);
    expect(endOfCopenhagenDay(day)).toBe(end);
  });
});
