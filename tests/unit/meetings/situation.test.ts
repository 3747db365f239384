import { describe, expect, it } from 'vitest';
import { situationOf } from '../../../src/meetings/situation.js';
import { parseCanonical } from '../../../src/periods/period.js';
import type { Observation } from '../../../src/indicators/observation.js';

const latest: Observation = { indicatorId: 1, period: parseCanonical('2026K3'), value: 7, comment: null, importId: null, updatedAt: '' };

describe('situationOf', () => {
  it.each([
    { name: 'a reached goal wins over everything', summary: { latest, assessment: 'worse' as const }, goal: 'nået' as const, want: 'goalReached' },
    { name: 'no values means missing data', summary: {}, goal: undefined, want: 'missingData' },
    { name: 'a missing latest period means missing data', summary: { latest, assessment: 'better' as const, missingPeriod: parseCanonical('2026K3') }, goal: undefined, want: 'missingData' },
    { name: 'a goal without data means missing data', summary: { latest, assessment: 'better' as const }, goal: 'mangler data' as const, want: 'missingData' },
    { name: 'behind the glide path is off track even after a good quarter', summary: { latest, assessment: 'better' as const }, goal: 'bagud' as const, want: 'offTrack' },
    { name: 'a change the wrong way is off track', summary: { latest, assessment: 'worse' as const }, goal: undefined, want: 'offTrack' },
    { name: 'outside the bounds is off track', summary: { latest, assessment: 'outside' as const }, goal: undefined, want: 'offTrack' },
    { name: 'a change the right way is improving', summary: { latest, assessment: 'better' as const }, goal: undefined, want: 'improving' },
    { name: 'inside the bounds without a goal is flat', summary: { latest, assessment: 'inside' as const }, goal: undefined, want: 'flat' },
    { name: 'inside the bounds and on track is improving', summary: { latest, assessment: 'inside' as const }, goal: 'på sporet' as const, want: 'improving' },
    { name: 'no change is flat', summary: { latest, assessment: 'unchanged' as const }, goal: undefined, want: 'flat' },
    { name: 'a single value is flat', summary: { latest }, goal: undefined, want: 'flat' },
  ])('$name', ({ summary, goal, want }) => {
    expect(situationOf(summary, goal)).toBe(want);
  });
});
