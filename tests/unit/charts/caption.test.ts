import { describe, expect, it } from 'vitest';
import { captionSentence, NO_DATA_CAPTION, type CaptionInput } from '../../../src/charts/caption.js';
import { q } from './fixtures.js';

const sickLeave: CaptionInput = {
  title: 'Sygefravær',
  unit: '%',
  decimals: 1,
  direction: 'down',
  observations: [
    { period: q(2025, 3), value: 5.9 },
    { period: q(2019, 1), value: 7.7 },
    { period: q(2022, 2), value: 6.4 },
  ],
};
const goal = { baselinePeriod: q(2023, 1), baselineValue: 6.8, targetPeriod: q(2026, 4), targetValue: 5.5 };

describe('captionSentence', () => {
  it.each<{ name: string; input: CaptionInput; expected: string }>([
    {
      name: 'falling, with a goal on track',
      input: { ...sickLeave, goal: { ...goal, status: 'på sporet' } },
      expected: 'Sygefravær faldt fra 7,7 % i 1. kvt. 2019 til 5,9 % i 3. kvt. 2025; målet er 5,5 % i 4. kvt. 2026, og I er på sporet.',
    },
    {
      name: 'goal behind',
      input: { ...sickLeave, goal: { ...goal, status: 'bagud' } },
      expected: 'Sygefravær faldt fra 7,7 % i 1. kvt. 2019 til 5,9 % i 3. kvt. 2025; målet er 5,5 % i 4. kvt. 2026, og I er bagud.',
    },
    {
      name: 'goal reached',
      input: { ...sickLeave, goal: { ...goal, status: 'nået' } },
      expected: 'Sygefravær faldt fra 7,7 % i 1. kvt. 2019 til 5,9 % i 3. kvt. 2025; målet er 5,5 % i 4. kvt. 2026, og I har nået det.',
    },
    {
      name: 'goal status lacks data',
      input: { ...sickLeave, goal: { ...goal, status: 'mangler data' } },
      expected:
        'Sygefravær faldt fra 7,7 % i 1. kvt. 2019 til 5,9 % i 3. kvt. 2025; målet er 5,5 % i 4. kvt. 2026, men der mangler data til at se, om I er på sporet.',
    },
    {
      name: 'goal without status',
      input: { ...sickLeave, goal },
      expected: 'Sygefravær faldt fra 7,7 % i 1. kvt. 2019 til 5,9 % i 3. kvt. 2025; målet er 5,5 % i 4. kvt. 2026.',
    },
    {
      name: 'falling, no goal',
      input: sickLeave,
      expected: 'Sygefravær faldt fra 7,7 % i 1. kvt. 2019 til 5,9 % i 3. kvt. 2025.',
    },
    {
      name: 'rising, unit with a word',
      input: {
        title: 'Ventetid',
        unit: 'dage',
        decimals: 0,
        direction: 'down',
        observations: [
          { period: q(2024, 1), value: 14 },
          { period: q(2024, 4), value: 21 },
        ],
      },
      expected: 'Ventetid steg fra 14 dage i 1. kvt. 2024 til 21 dage i 4. kvt. 2024.',
    },
    {
      name: 'unchanged as displayed, though not identical',
      input: {
        ...sickLeave,
        observations: [
          { period: q(2024, 1), value: 5.94 },
          { period: q(2024, 3), value: 5.86 },
        ],
      },
      expected: 'Sygefravær var 5,9 % i 1. kvt. 2024 og uændret 5,9 % i 3. kvt. 2024.',
    },
    {
      name: 'one value only',
      input: { ...sickLeave, observations: [{ period: q(2025, 3), value: 5.9 }] },
      expected: 'Sygefravær var 5,9 % i 3. kvt. 2025.',
    },
    {
      name: 'one value with a goal',
      input: { ...sickLeave, observations: [{ period: q(2025, 3), value: 5.9 }], goal: { ...goal, status: 'på sporet' } },
      expected: 'Sygefravær var 5,9 % i 3. kvt. 2025; målet er 5,5 % i 4. kvt. 2026, og I er på sporet.',
    },
    { name: 'no values', input: { ...sickLeave, observations: [] }, expected: 'Der er ingen data endnu.' },
    {
      name: 'no values but a goal',
      input: { ...sickLeave, observations: [], goal },
      expected: 'Der er ingen data endnu; målet er 5,5 % i 4. kvt. 2026.',
    },
    {
      name: 'counts carry no unit word, thousands are grouped',
      input: {
        title: 'Borgere i rehabilitering',
        unit: 'antal',
        decimals: 0,
        direction: 'up',
        observations: [
          { period: q(2024, 1), value: 1465 },
          { period: q(2024, 2), value: 1502 },
        ],
      },
      expected: 'Borgere i rehabilitering steg fra 1.465 i 1. kvt. 2024 til 1.502 i 2. kvt. 2024.',
    },
    {
      name: 'range with both bounds',
      input: { ...sickLeave, direction: 'range', rangeMin: 92, rangeMax: 98 },
      expected: 'Sygefravær faldt fra 7,7 % i 1. kvt. 2019 til 5,9 % i 3. kvt. 2025. Værdien skal ligge mellem 92,0 og 98,0 %.',
    },
    {
      name: 'range with a lower bound only',
      input: { ...sickLeave, direction: 'range', rangeMin: 5, rangeMax: null },
      expected: 'Sygefravær faldt fra 7,7 % i 1. kvt. 2019 til 5,9 % i 3. kvt. 2025. Værdien skal være mindst 5,0 %.',
    },
    {
      name: 'bounds are ignored unless the direction is range',
      input: { ...sickLeave, rangeMin: 5, rangeMax: 9 },
      expected: 'Sygefravær faldt fra 7,7 % i 1. kvt. 2019 til 5,9 % i 3. kvt. 2025.',
    },
    {
      name: 'months',
      input: {
        ...sickLeave,
        observations: [
          { period: { frequency: 'month', year: 2024, index: 1 }, value: 6.1 },
          { period: { frequency: 'month', year: 2024, index: 5 }, value: 6.3 },
        ],
      },
      expected: 'Sygefravær steg fra 6,1 % i januar 2024 til 6,3 % i maj 2024.',
    },
  ])('$name', ({ input, expected }) => {
    expect(captionSentence(input)).toBe(expected);
  });

  it('ignores values that are not numbers instead of printing NaN', () => {
    const input = { ...sickLeave, observations: [{ period: q(2024, 1), value: Number.NaN }] };
    expect(captionSentence(input)).toBe(NO_DATA_CAPTION);
  });
});
