import { describe, expect, it } from 'vitest';
import { describeVariation, messages } from '../../../src/variation/describe-variation.js';
import { analyseVariation } from '../../../src/variation/variation.js';
import type { Frequency } from '../../../src/periods/period.js';
import { noise, seasonal, series } from './fixtures.js';

const PCT = { unit: '%', decimals: 1 };
const DAYS = { unit: 'dage', decimals: 0 };
const ADVICE = messages.signalAdvice;

function say(values: (number | null)[], format = PCT, frequency: Frequency = 'quarter'): string[] {
  return describeVariation(analyseVariation(series(values, frequency)), format);
}

describe('what a leader reads about the latest figure', () => {
  it.each([
    {
      name: 'noise names the normal range and calls the change noise',
      values: noise(16, 6),
      text: ['Det seneste tal ligger inden for den normale variation (mellem 4,4 % og 7,6 %). Ændringen er støj, ikke en tendens.'],
    },
    {
      name: 'a spike up is a signal above the upper limit',
      values: [...noise(15, 6), 9],
      text: ['Det seneste tal (9,0 %) ligger over den øvre grænse for normal variation (7,6 %): et signal.', ADVICE],
    },
    {
      name: 'a spike down is a signal below the lower limit',
      values: [...noise(15, 6), 3.5],
      text: ['Det seneste tal (3,5 %) ligger under den nedre grænse for normal variation (4,4 %): et signal.', ADVICE],
    },
    {
      name: 'eight in a row below the average is a lasting fall',
      values: [...noise(8, 6), 5.5, 5.7, 5.4, 5.6, 5.5, 5.65, 5.55, 5.6],
      text: ['Otte kvartaler i træk under gennemsnittet (5,8 %): et signal om et varigt fald.', ADVICE],
    },
    {
      name: 'three of four near the upper limit',
      values: [...noise(12, 6), 7.1, 6.2, 7.2, 7.1],
      text: ['Tre af de seneste fire tal ligger tæt på den øvre grænse for normal variation: et signal om en stigning.', ADVICE],
    },
    {
      name: 'a negative lower limit for a percentage is shown as 0,0 %',
      values: [0.2, 0.5, 0.1, 0.6, 0.3, 0.2, 0.4, 0.3],
      text: ['Det seneste tal ligger inden for den normale variation (mellem 0,0 % og 1,1 %). Ændringen er støj, ikke en tendens.'],
    },
    {
      name: 'too few figures says how many are needed',
      values: [5, 6, 7, 6, 5],
      format: DAYS,
      text: ['Der er endnu for få tal til at skelne et signal fra almindelig variation: det kræver tal for mindst 6 kvartaler, og der er 5.'],
    },
    { name: 'no figures at all', values: [], format: DAYS, text: [messages.noData] },
    { name: 'too many gaps', values: [5, null, 6, null, 5, null, 6, null, 5, null, 6, 7], format: DAYS, text: [messages.tooManyGaps] },
    {
      name: 'a figure that never moves',
      values: [1, 1, 1, 1, 1, 1, 1, 1],
      format: DAYS,
      text: ['Tallet har ligget fast på 1 dag i alle de seneste 8 kvartaler.'],
    },
    {
      name: 'a figure that moves after standing still',
      values: [5, 5, 5, 5, 5, 5, 5, 6],
      format: DAYS,
      text: ['Tallet har ligget fast på 5 dage og er nu 6 dage: et signal.', ADVICE],
    },
    {
      name: 'a figure just over a limit gets the decimals that show why',
      values: [...noise(8, 60), 70, 71, 69, 70, 72, 70, 71, 70, 71, 70],
      format: { unit: 'antal', decimals: 0 },
      frequency: 'month' as const,
      text: ['Det seneste tal (70,0) ligger over den øvre grænse for normal variation (69,8): et signal.', ADVICE],
    },
  ])('$name', ({ values, format, frequency, text }) => {
    expect(say(values, format, frequency)).toEqual(text);
  });

  it('a seasonal series is compared with the same quarter last year and the rolling year', () => {
    expect(say(seasonal(20, 5))).toEqual([
      'Tallet følger et fast mønster over året: det er typisk højest i 1. kvartal og lavest i 3. kvartal. ' +
        'Derfor sammenlignes det seneste kvartal med samme kvartal året før.',
      'Tallet for 4. kvt. 2023 er 0,1 procentpoint lavere end for 4. kvt. 2022 (4,7 % mod 4,8 %).',
      'Gennemsnittet af de seneste fire kvartaler (løbende år, 1. kvt. 2023 til 4. kvt. 2023) er 5,0 %, mod 5,0 % et år tidligere.',
      'Ændringen fra året før ligger inden for den normale variation (fra −0,6 til +0,6 procentpoint). Den er støj, ikke en tendens.',
    ]);
  });

  it('a seasonal series with a real rise says the change from last year has stayed above normal', () => {
    const text = say(seasonal(24, 5, 12, 0.15));
    expect(text.slice(-2)).toEqual([
      'Ni kvartaler i træk har ændringen fra året før ligget over gennemsnittet (+0,3 procentpoint): et signal om en varig stigning.',
      ADVICE,
    ]);
    expect(text[1]).toBe('Tallet for 4. kvt. 2024 er 0,7 procentpoint højere end for 4. kvt. 2023 (6,6 % mod 5,9 %).');
  });

  it('a seasonal series missing last year’s quarter says which figure is missing', () => {
    expect(say(seasonal(20, 5).map((v, i) => (i === 15 ? null : v))).at(-1)).toBe(
      'Tallet for 4. kvt. 2022 mangler, så det seneste kvartal kan ikke sammenlignes med samme kvartal året før.',
    );
  });

  it('a jump from last year is a signal, quoted as the difference of the figures shown', () => {
    const values = seasonal(20, 5);
    values[19] = (values[19] as number) + 2;
    expect(say(values).slice(1)).toEqual([
      'Tallet for 4. kvt. 2023 er 1,9 procentpoint højere end for 4. kvt. 2022 (6,7 % mod 4,8 %).',
      'Gennemsnittet af de seneste fire kvartaler (løbende år, 1. kvt. 2023 til 4. kvt. 2023) er 5,5 %, mod 5,0 % et år tidligere.',
      'Ændringen fra året før (+1,9 procentpoint) ligger over den øvre grænse for normal variation (+0,6 procentpoint): et signal.',
      ADVICE,
    ]);
  });

  it('a pattern that repeats exactly says each quarter equals last year', () => {
    const values = Array.from({ length: 16 }, (_, i) => [6, 5, 3, 5][i % 4] as number);
    expect(say(values, DAYS).slice(1)).toEqual([
      'Tallet for 4. kvt. 2022 er det samme som for 4. kvt. 2021 (5 dage).',
      'Gennemsnittet af de seneste fire kvartaler (løbende år, 1. kvt. 2022 til 4. kvt. 2022) er 5 dage, mod 5 dage et år tidligere.',
      'Tallet har været det samme som året før i alle de seneste 12 kvartaler.',
    ]);
  });

  it('monthly runs are counted in months', () => {
    const values = [...noise(9, 60, 3), 61, 62, 61.5, 62, 61, 62.5, 61.5, 62];
    expect(say(values, { unit: 'antal', decimals: 0 }, 'month')[0]).toBe('Otte måneder i træk over gennemsnittet (61): et signal om en varig stigning.');
  });
});
