/**
 * The import's fast paths must give exactly what the general code gives: the direct reading of
 * plain numbers (interpret.ts) against parseNumber, and the number-style tracker with its caches
 * against detectNumberStyle over the same values.
 */
import { describe, expect, it } from 'vitest';
import { readValue } from '../../../src/imports/interpret.js';
import { NumberStyleTracker } from '../../../src/imports/number-style-tracker.js';
import { detectNumberStyle, parseNumber, type NumberStyle } from '../../../src/numbers/danish-number.js';

// A small seeded generator, so a failure can be replayed.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function numberLike(next: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => pick('0123456789'.split(''))).join('');
  switch (Math.floor(next() * 4)) {
    case 0:
      return `${pick(['', '-', '−', '+'])}${digits(1 + Math.floor(next() * 17))}`;
    case 1:
      return `${pick(['', '-'])}${digits(1 + Math.floor(next() * 9))}${pick([',', '.'])}${digits(Math.floor(next() * 9))}`;
    case 2:
      return `${digits(1 + Math.floor(next() * 3))}${pick(['.', ',', ' '])}${digits(3)}${pick(['', ',', '.'])}${digits(Math.floor(next() * 3))}${pick(['', ' %', '%'])}`;
    default:
      return Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick('0123456789,.- %'.split(''))).join('');
  }
}

function reference(text: string, style: NumberStyle | undefined): number | 'error' {
  if (style) {
    const result = parseNumber(text, style);
    return result.ok ? result.value : 'error';
  }
  const da = parseNumber(text, 'da');
  const en = parseNumber(text, 'en');
  if (da.ok && en.ok && da.value !== en.value) return 'error';
  if (da.ok) return da.value;
  return en.ok ? en.value : 'error';
}

describe('reading values', () => {
  it('gives the same number as parseNumber for 60,000 number-like texts in every style', () => {
    const next = random(20261127);
    for (let k = 0; k < 20_000; k++) {
      const text = numberLike(next);
      for (const style of ['da', 'en', undefined] as const) {
        const result = readValue(text, style);
        const got = result.ok ? result.value : 'error';
        expect(Object.is(got, reference(text, style)), `${JSON.stringify(text)} in ${style ?? 'no style'}: ${String(got)}`).toBe(true);
      }
    }
  });

  it('never gives −0', () => {
    for (const text of ['-0', '-0,0', '-00,000']) {
      const result = readValue(text, 'da');
      expect(result.ok && Object.is(result.value, 0), text).toBe(true);
    }
  });
});

describe('the number-style tracker', () => {
  it('reaches the verdict detectNumberStyle reaches over the same values, repeated values included', () => {
    const next = random(42);
    for (let file = 0; file < 300; file++) {
      const pool = Array.from({ length: 1 + Math.floor(next() * 8) }, () => numberLike(next));
      const values = Array.from({ length: 1 + Math.floor(next() * 40) }, () => pool[Math.floor(next() * pool.length)]!);
      const tracker = new NumberStyleTracker();
      for (const value of values) tracker.add(value);
      expect(tracker.verdict(), JSON.stringify(values)).toEqual(detectNumberStyle(values));
    }
  });
});
