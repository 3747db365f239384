import { describe, expect, it } from 'vitest';
import { newValuesSince } from '../../../src/meetings/group-board.js';
import type { ImportTouch } from '../../../src/imports/value-history.js';
import type { Observation } from '../../../src/indicators/observation.js';
import { parseCanonical } from '../../../src/periods/period.js';

const MEETING = '2026-09-15T23:59:59.999Z';
const BEFORE = '2026-08-01T10:00:00.000Z';
const AFTER = '2026-10-21T10:00:00.000Z';
const LATER = '2026-10-22T10:00:00.000Z';
const LATEST = '2026-10-23T10:00:00.000Z';

const obs = (period: string, value: number, updatedAt: string): Observation => ({ indicatorId: 1, period: parseCanonical(period), value, comment: null, importId: null, updatedAt });
const touch = (period: string, oldValue: number | null, newValue: number, importedAt: string, undoneAt: string | null = null): ImportTouch => ({
  indicatorId: 1,
  period,
  oldValue,
  newValue,
  importedAt,
  undoneAt,
});
const entry = (observations: Observation[]) => ({ indicator: { id: 1 } as never, observations });
const periodsOf = (values: readonly Observation[]) => values.map((o) => `${o.period.year}K${o.period.index}`);

describe('values new since the last meeting', () => {
  it.each([
    { name: 'a value stored before the meeting is not new', values: [obs('2026K2', 5.8, BEFORE)], touches: [], want: [] },
    { name: 'a value typed in after the meeting is new', values: [obs('2026K3', 6.5, AFTER)], touches: [], want: ['2026K3'] },
    { name: 'a value an import added after the meeting is new', values: [obs('2026K3', 6.5, AFTER)], touches: [touch('2026K3', null, 6.5, AFTER)], want: ['2026K3'] },
    { name: 'a value an import changed after the meeting is new', values: [obs('2026K2', 5.9, AFTER)], touches: [touch('2026K2', 5.8, 5.9, AFTER)], want: ['2026K2'] },
    {
      name: 'an import after the meeting that was undone again brings nothing new',
      values: [obs('2026K2', 5.8, LATER)],
      touches: [touch('2026K2', 5.8, 5.9, AFTER, LATER)],
      want: [],
    },
    {
      name: 'an undone import read in again, unchanged from what the meeting saw, brings nothing new',
      values: [obs('2026K2', 5.9, LATEST)],
      touches: [touch('2026K2', 5.8, 5.9, BEFORE, AFTER), touch('2026K2', 5.8, 5.9, LATER)],
      want: [],
    },
    {
      name: 'a value changed after the meeting and changed back by hand is not new',
      values: [obs('2026K2', 5.8, LATER)],
      touches: [touch('2026K2', 5.8, 6.1, AFTER)],
      want: [],
    },
  ])('$name', ({ values, touches, want }) => {
    expect(periodsOf(newValuesSince(entry(values), MEETING, touches))).toEqual(want);
  });

  it('only looks at its own indicator', () => {
    const other = { ...touch('2026K2', 5.8, 5.9, AFTER, LATER), indicatorId: 2 };
    expect(periodsOf(newValuesSince(entry([obs('2026K2', 5.8, LATER)]), MEETING, [other]))).toEqual(['2026K2']);
  });
});
