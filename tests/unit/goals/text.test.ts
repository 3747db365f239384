import { describe, expect, it } from 'vitest';
import { jaccard, sentences, words } from '../../../src/goals/text.js';
import { countPeriods, joinDanish } from '../../../src/goals/wording.js';
import { formatAmount, formatRate } from '../../../src/numbers/value-format.js';

describe('text helpers', () => {
  it('splits words on anything but letters and digits, keeping æøå', () => {
    expect(words('Færre sygedage – fra 7,7 % til 5,5 %!')).toEqual(['færre', 'sygedage', 'fra', '7', '7', 'til', '5', '5']);
  });

  it.each([
    { a: 'borgerne får hjælp', b: 'Borgerne får hjælp.', expected: 1 },
    { a: 'borgerne får hjælp', b: 'medarbejderne får ro', expected: 1 / 5 },
    { a: '', b: '', expected: 0 },
  ])('jaccard($a, $b) = $expected', ({ a, b, expected }) => {
    expect(jaccard(a, b)).toBeCloseTo(expected, 9);
  });

  it('does not split sentences at "1. kvt." or a decimal comma', () => {
    expect(sentences('Fraværet skal ned til 5,5 % i 1. kvt. 2028. Vi vil styrke trivslen.')).toEqual([
      'Fraværet skal ned til 5,5 % i 1. kvt. 2028.',
      'Vi vil styrke trivslen.',
    ]);
  });
});

describe('Danish wording', () => {
  it.each([
    { items: ['medarbejderne'], expected: 'medarbejderne' },
    { items: ['a', 'b'], expected: 'a og b' },
    { items: ['a', 'b', 'c'], expected: 'a, b og c' },
  ])('joins $items as "$expected"', ({ items, expected }) => {
    expect(joinDanish(items)).toBe(expected);
  });

  it('writes a change in a percentage as procentpoint and drops the sign', () => {
    expect(formatAmount({ unit: '%', decimals: 1 }, -2.2)).toBe('2,2 procentpoint');
    expect(formatAmount({ unit: 'dage', decimals: 0 }, 14)).toBe('14 dage');
  });

  it('gives a rate one decimal more than the indicator, so 0,37 and 0,42 differ', () => {
    expect(formatRate({ unit: '%', decimals: 1 }, -2.2 / 6)).toBe('0,37 procentpoint');
  });

  it.each([
    { n: 1, expected: '1 kvartal' },
    { n: 6, expected: '6 kvartaler' },
  ])('counts $n quarters as "$expected"', ({ n, expected }) => {
    expect(countPeriods('quarter', n)).toBe(expected);
  });
});
