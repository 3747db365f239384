import { describe, expect, it } from 'vitest';
import { capitalize, count, countInWords, countNoun, countPeriods, decimalsNote, NOUNS } from '../../../src/numbers/danish-nouns.js';

describe('counted nouns', () => {
  it.each([
    { n: 0, shown: '0 ændrede værdier' },
    { n: 1, shown: '1 ændret værdi' },
    { n: 2, shown: '2 ændrede værdier' },
    { n: 1204, shown: '1.204 ændrede værdier' },
  ])('$n reads "$shown"', ({ n, shown }) => {
    expect(countNoun(n, 'ændret værdi', 'ændrede værdier')).toBe(shown);
  });

  it.each([
    { decimals: 0, shown: '(0 decimaler)' },
    { decimals: 1, shown: '(1 decimal)' },
    { decimals: 2, shown: '(2 decimaler)' },
    { decimals: 3, shown: '(3 decimaler)' },
  ])('$decimals decimals reads "$shown"', ({ decimals, shown }) => {
    expect(decimalsNote(decimals)).toBe(shown);
  });

  it.each([
    { frequency: 'quarter', n: 1, shown: '1 kvartal' },
    { frequency: 'quarter', n: 2, shown: '2 kvartaler' },
    { frequency: 'year', n: 1, shown: '1 år' },
    { frequency: 'year', n: 3, shown: '3 år' },
    { frequency: 'month', n: 1, shown: '1 måned' },
    { frequency: 'month', n: 2, shown: '2 måneder' },
    { frequency: 'month', n: 0, shown: '0 måneder' },
  ] as const)('$n $frequency reads "$shown"', ({ frequency, n, shown }) => {
    expect(countPeriods(frequency, n)).toBe(shown);
  });

  it.each([
    { n: 1, shown: '1 kvartal' },
    { n: 2, shown: 'to kvartaler' },
    { n: 8, shown: 'otte kvartaler' },
    { n: 12, shown: 'tolv kvartaler' },
    { n: 13, shown: '13 kvartaler' },
  ])('running text writes $n as "$shown"', ({ n, shown }) => {
    expect(countInWords(n, NOUNS.quarter)).toBe(shown);
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => count(1.5, NOUNS.row)).toThrow(RangeError);
  });

  it('capitalises a sentence start, including Danish letters', () => {
    expect(capitalize('otte kvartaler')).toBe('Otte kvartaler');
    expect(capitalize('ændringen')).toBe('Ændringen');
  });
});
