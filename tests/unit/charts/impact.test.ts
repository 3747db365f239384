import { describe, expect, it } from 'vitest';
import { beforeAfter, impactSentence, type ImpactResult } from '../../../src/charts/impact.js';
import type { Period } from '../../../src/periods/period.js';
import { m, q, quarterly } from './fixtures.js';

// 2021K3–2023K2: four quarters around 21 days, then four around 17 after 2022K3.
const waiting = quarterly(q(2021, 3), [22, 21, 20, 22, 18, 17, 16, 16]);

describe('beforeAfter', () => {
  type Side = [mean: number, count: number, from: string, to: string];
  it.each<{ name: string; start: Period; windowSize?: number; values: (number | null)[]; before: Side; after: Side }>([
    {
      name: 'full windows on both sides; the start period counts as after',
      start: q(2022, 3),
      values: [22, 21, 20, 22, 18, 17, 16, 16],
      before: [21.25, 4, '2021K3', '2022K2'],
      after: [16.75, 4, '2022K3', '2023K2'],
    },
    {
      name: 'a smaller window',
      start: q(2022, 3),
      windowSize: 2,
      values: [22, 21, 20, 22, 18, 17, 16, 16],
      before: [21, 2, '2022K1', '2022K2'],
      after: [17.5, 2, '2022K3', '2022K4'],
    },
    {
      name: 'a gap lowers the count instead of reaching further back',
      start: q(2022, 3),
      values: [22, null, 20, 21, 18, 17, null, null],
      before: [21, 3, '2021K3', '2022K2'],
      after: [17.5, 2, '2022K3', '2022K4'],
    },
    {
      name: 'values outside the windows are ignored',
      start: q(2022, 3),
      windowSize: 1,
      values: [99, 99, 99, 20, 18, 99, 99, 99],
      before: [20, 1, '2022K2', '2022K2'],
      after: [18, 1, '2022K3', '2022K3'],
    },
  ])('$name', ({ start, windowSize, values, before, after }) => {
    const result = beforeAfter(quarterly(q(2021, 3), values), start, windowSize);
    if (!result) throw new Error('expected a result');
    const side = (s: ImpactResult['before']) => [s.mean, s.count, `${s.from.year}K${s.from.index}`, `${s.to.year}K${s.to.index}`];
    expect(side(result.before)).toEqual(before);
    expect(side(result.after)).toEqual(after);
    expect(result.difference).toBeCloseTo(after[0] - before[0], 10);
  });

  it.each([
    { name: 'no data before', start: q(2021, 3) },
    { name: 'no data after', start: q(2023, 3) },
    { name: 'another frequency', start: m(2022, 7) },
  ])('is undefined with $name', ({ start }) => {
    expect(beforeAfter(waiting, start)).toBeUndefined();
  });

  it('crosses year boundaries for months', () => {
    const months = [11, 12, 1, 2].map((month, i) => ({ period: m(month > 10 ? 2023 : 2024, month), value: i < 2 ? 10 : 20 }));
    expect(beforeAfter(months, m(2024, 1), 2)?.difference).toBe(10);
  });

  it('refuses a window that is not a positive whole number', () => {
    expect(() => beforeAfter(waiting, q(2022, 3), 0)).toThrow(RangeError);
  });
});

function result(beforeMean: number, beforeCount: number, afterMean: number, afterCount: number, period: Period = q(2022, 3)): ImpactResult {
  return {
    before: { mean: beforeMean, count: beforeCount, from: period, to: period },
    after: { mean: afterMean, count: afterCount, from: period, to: period },
    difference: afterMean - beforeMean,
  };
}

describe('impactSentence', () => {
  const caveat = ' Husk, at andre forhold også kan have ændret sig.';
  it.each<{ name: string; result: ImpactResult; unit: string; decimals: number; direction: 'up' | 'down' | 'range'; expected: string }>([
    {
      name: 'lower is better, whole days get one decimal',
      result: result(21.25, 4, 16.75, 4),
      unit: 'dage',
      decimals: 0,
      direction: 'down',
      expected: 'Gennemsnittet for de 4 kvartaler før var 21,3 dage og for de 4 kvartaler efter 16,8 dage (4,5 dage lavere – en forbedring).',
    },
    {
      name: 'lower is worse',
      result: result(80, 4, 75.5, 3),
      unit: '%',
      decimals: 1,
      direction: 'up',
      expected: 'Gennemsnittet for de 4 kvartaler før var 80,0 % og for de 3 kvartaler efter 75,5 % (4,5 procentpoint lavere – en forværring).',
    },
    {
      name: 'higher, range direction makes no judgement',
      result: result(94, 2, 96.25, 4),
      unit: '%',
      decimals: 1,
      direction: 'range',
      expected: 'Gennemsnittet for de 2 kvartaler før var 94,0 % og for de 4 kvartaler efter 96,3 % (2,3 procentpoint højere).',
    },
    {
      name: 'one period on a side',
      result: result(10, 1, 12, 4),
      unit: 'antal',
      decimals: 0,
      direction: 'up',
      expected: 'Gennemsnittet for kvartalet før var 10,0 og for de 4 kvartaler efter 12,0 (2,0 højere – en forbedring).',
    },
    {
      name: 'no difference once rounded',
      result: result(5.01, 4, 4.99, 4),
      unit: '%',
      decimals: 1,
      direction: 'down',
      expected: 'Gennemsnittet for de 4 kvartaler før var 5,0 % og for de 4 kvartaler efter 5,0 % (ingen forskel).',
    },
    {
      name: 'months, and thousands grouping',
      result: result(1250, 6, 1400, 6, m(2024, 3)),
      unit: 'kr.',
      decimals: 0,
      direction: 'down',
      expected: 'Gennemsnittet for de 6 måneder før var 1.250,0 kr. og for de 6 måneder efter 1.400,0 kr. (150,0 kr. højere – en forværring).',
    },
    {
      name: 'years',
      result: result(3, 1, 2, 1, { frequency: 'year', year: 2024, index: 1 }),
      unit: 'point',
      decimals: 1,
      direction: 'up',
      expected: 'Gennemsnittet for året før var 3,0 point og for året efter 2,0 point (1,0 point lavere – en forværring).',
    },
  ])('$name', ({ result: r, unit, decimals, direction, expected }) => {
    expect(impactSentence(r, unit, decimals, direction)).toBe(expected + caveat);
  });

  it('states the difference the displayed means imply', () => {
    // 21.25 → 21,3 and 16.75 → 16,8: the raw difference 4,5 and the shown one agree only if taken from the rounded means.
    const sentence = impactSentence(result(21.249, 4, 16.751, 4), 'dage', 0, 'down');
    expect(sentence).toContain('21,2 dage');
    expect(sentence).toContain('16,8 dage');
    expect(sentence).toContain('(4,4 dage lavere');
  });
});
