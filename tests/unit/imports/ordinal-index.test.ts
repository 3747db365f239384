import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrdinalIndex } from '../../../src/imports/ordinal-index.js';

const contents = (index: OrdinalIndex) => {
  const out: [number, number][] = [];
  index.forEach((ordinal, value) => out.push([ordinal, value]));
  return out;
};

describe('the first row of each period, by period ordinal', () => {
  it.each([
    ['ascending, as BI exports are sorted', [5, 6, 7, 8, 300, 301]],
    ['descending', [803, 802, 700, 3, 0]],
    ['scattered, from both ends of 1900–2100', [400, 0, 803, 401, 1, 802]],
  ])('keeps every period and nothing else: %s', (_, ordinals) => {
    const index = new OrdinalIndex();
    ordinals.forEach((ordinal, row) => index.set(ordinal, row + 1));
    expect(contents(index)).toEqual(ordinals.map((ordinal, row) => [ordinal, row + 1] as [number, number]).sort((a, b) => a[0] - b[0]));
    expect(index.get(2)).toBe(0);
    expect(index.get(10_000)).toBe(0);
  });

  it('answers like a slot for every ordinal, whatever the order the periods come in', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(2411), fc.integer({ min: 1, max: 1e6 })), { maxLength: 200 }), (writes) => {
        const index = new OrdinalIndex();
        const model = new Map<number, number>();
        for (const [ordinal, value] of writes) {
          index.set(ordinal, value);
          model.set(ordinal, value);
        }
        for (const [ordinal, value] of model) expect(index.get(ordinal)).toBe(value);
        expect(contents(index)).toEqual([...model].sort((a, b) => a[0] - b[0]));
      }),
      { numRuns: 500 },
    );
  });
});
