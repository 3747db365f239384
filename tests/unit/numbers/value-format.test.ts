import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatChange,
  formatChangeLimits,
  formatLimits,
  formatRate,
  formatRelativeChange,
  formatValue,
  isUnchanged,
  relativeChange,
  shownValue,
} from '../../../src/numbers/value-format.js';
import { parseNumber } from '../../../src/numbers/danish-number.js';

const M = '\u2212';

describe('formatValue writes a value with its unit', () => {
  it.each([
    { unit: '%', decimals: 1, value: 7.5, shown: '7,5 %' },
    { unit: '%', decimals: 0, value: 100, shown: '100 %' },
    { unit: '%', decimals: 2, value: 0, shown: '0,00 %' },
    { unit: '%', decimals: 3, value: 64.7, shown: '64,700 %' },
    { unit: 'dage', decimals: 0, value: 21, shown: '21 dage' },
    { unit: 'dage', decimals: 0, value: 1, shown: '1 dag' },
    { unit: 'dage', decimals: 0, value: 0, shown: '0 dage' },
    { unit: 'dage', decimals: 0, value: 1.4, shown: '1 dag' },
    { unit: 'dage', decimals: 1, value: 1, shown: '1,0 dage' },
    { unit: 'dage', decimals: 1, value: 12.34, shown: '12,3 dage' },
    { unit: 'antal', decimals: 0, value: 1465, shown: '1.465' },
    { unit: 'antal', decimals: 0, value: 1, shown: '1' },
    { unit: 'antal', decimals: 0, value: 0, shown: '0' },
    { unit: 'antal', decimals: 0, value: 1234567, shown: '1.234.567' },
    { unit: 'andel', decimals: 3, value: 0.675, shown: '0,675' },
    { unit: 'point', decimals: 1, value: 3.25, shown: '3,3 point' },
    { unit: 'point', decimals: 0, value: 1, shown: '1 point' },
    { unit: 'kr.', decimals: 0, value: 1250, shown: '1.250 kr.' },
    { unit: 'kr.', decimals: 2, value: -1250.5, shown: `${M}1.250,50 kr.` },
    { unit: 'pr. 1.000', decimals: 1, value: 12.3, shown: '12,3 pr. 1.000' },
    { unit: 'dage pr. medarbejder', decimals: 0, value: 1, shown: '1 dag pr. medarbejder' },
    { unit: 'timer', decimals: 0, value: 1, shown: '1 time' },
    { unit: 'Timer', decimals: 0, value: 1, shown: '1 Time' },
    { unit: 'borgere', decimals: 0, value: 2, shown: '2 borgere' },
    { unit: 'ukendte ting', decimals: 0, value: 1, shown: '1 ukendte ting' },
    { unit: 'dage', decimals: 0, value: -1, shown: `${M}1 dag` },
    { unit: '%', decimals: 1, value: -0.04, shown: '0,0 %' },
  ])('$value $unit at $decimals decimals reads "$shown"', ({ unit, decimals, value, shown }) => {
    expect(formatValue({ unit, decimals }, value)).toBe(shown);
  });
});

describe('formatChange writes a signed change in the right unit', () => {
  it.each([
    { unit: '%', decimals: 1, delta: 67.4 - 64.7, shown: '+2,7 procentpoint' },
    { unit: '%', decimals: 1, delta: -0.4, shown: `${M}0,4 procentpoint` },
    { unit: '%', decimals: 1, delta: 0, shown: '0,0 procentpoint' },
    { unit: '%', decimals: 1, delta: -0.04, shown: '0,0 procentpoint' },
    { unit: '%', decimals: 0, delta: 1, shown: '+1 procentpoint' },
    { unit: '%', decimals: 2, delta: 0.005, shown: '+0,01 procentpoint' },
    { unit: '%', decimals: 3, delta: -12.3456, shown: `${M}12,346 procentpoint` },
    { unit: 'dage', decimals: 0, delta: 1, shown: '+1 dag' },
    { unit: 'dage', decimals: 0, delta: -1, shown: `${M}1 dag` },
    { unit: 'dage', decimals: 0, delta: 3, shown: '+3 dage' },
    { unit: 'dage', decimals: 0, delta: 0, shown: '0 dage' },
    { unit: 'dage', decimals: 1, delta: 1, shown: '+1,0 dage' },
    { unit: 'antal', decimals: 0, delta: 1, shown: '+1' },
    { unit: 'antal', decimals: 0, delta: -12, shown: `${M}12` },
    { unit: 'antal', decimals: 0, delta: 0, shown: '0' },
    { unit: 'antal', decimals: 0, delta: 1500, shown: '+1.500' },
    { unit: 'andel', decimals: 3, delta: -0.027, shown: `${M}0,027` },
    { unit: 'pr. 1.000', decimals: 1, delta: 0.4, shown: '+0,4 pr. 1.000' },
    { unit: 'kr.', decimals: 0, delta: -2500, shown: `${M}2.500 kr.` },
    { unit: 'point', decimals: 1, delta: 1.25, shown: '+1,3 point' },
  ])('$delta $unit at $decimals decimals reads "$shown"', ({ unit, decimals, delta, shown }) => {
    expect(formatChange({ unit, decimals }, delta)).toBe(shown);
  });

  it('never writes a minus sign as a hyphen', () => {
    expect(formatChange({ unit: 'antal', decimals: 0 }, -5)).not.toContain('-');
  });
});

describe('formatAmount and formatRate write the size of a change without sign', () => {
  it.each([
    { fn: formatAmount, unit: '%', decimals: 1, n: -2.2, shown: '2,2 procentpoint' },
    { fn: formatAmount, unit: 'dage', decimals: 0, n: -1, shown: '1 dag' },
    { fn: formatAmount, unit: 'dage', decimals: 0, n: 4, shown: '4 dage' },
    { fn: formatAmount, unit: 'antal', decimals: 0, n: -1200, shown: '1.200' },
    { fn: formatRate, unit: '%', decimals: 1, n: 0.37, shown: '0,37 procentpoint' },
    { fn: formatRate, unit: '%', decimals: 1, n: -0.42, shown: '0,42 procentpoint' },
    { fn: formatRate, unit: 'dage', decimals: 0, n: 1, shown: '1,0 dage' },
    { fn: formatRate, unit: 'antal', decimals: 0, n: 12.25, shown: '12,3' },
  ])('$fn.name($n $unit, $decimals) reads "$shown"', ({ fn, unit, decimals, n, shown }) => {
    expect(fn({ unit, decimals }, n)).toBe(shown);
  });
});

describe('formatLimits names the unit once', () => {
  it.each([
    { unit: 'dage', decimals: 0, min: 5, max: 10, shown: '5–10 dage' },
    { unit: 'dage', decimals: 0, min: 0, max: 1, shown: '0–1 dag' },
    { unit: '%', decimals: 1, min: 5, max: 10, shown: '5,0–10,0 %' },
    { unit: 'antal', decimals: 0, min: 1000, max: 2000, shown: '1.000–2.000' },
    { unit: 'kr.', decimals: 0, min: -5, max: 10, shown: `${M}5 til 10 kr.` },
  ])('$min–$max $unit reads "$shown"', ({ unit, decimals, min, max, shown }) => {
    expect(formatLimits({ unit, decimals }, min, max)).toBe(shown);
  });

  it('writes limits for a change signed, with the unit once', () => {
    expect(formatChangeLimits({ unit: '%', decimals: 1 }, -0.44, 0.6)).toBe(`${M}0,4 til +0,6 procentpoint`);
    expect(formatChangeLimits({ unit: 'dage', decimals: 0 }, -1, 1)).toBe(`${M}1 til +1 dag`);
  });
});

describe('relative change', () => {
  it('64,7 % to 67,4 % is +2,7 procentpoint but a 4 % relative rise', () => {
    const format = { unit: '%', decimals: 1 };
    expect(formatChange(format, 67.4 - 64.7)).toBe('+2,7 procentpoint');
    expect(formatRelativeChange(64.7, 67.4)).toBe('+4 %');
    expect(relativeChange(64.7, 67.4)).toBeCloseTo(0.0417, 4);
  });

  it.each([
    { from: 200, to: 150, decimals: 0, shown: `${M}25 %` },
    { from: 3, to: 3, decimals: 0, shown: '0 %' },
    { from: 3, to: 4, decimals: 1, shown: '+33,3 %' },
    { from: 0, to: 4, decimals: 0, shown: undefined },
    { from: -2, to: 4, decimals: 0, shown: undefined },
  ])('$from → $to reads $shown', ({ from, to, decimals, shown }) => {
    expect(formatRelativeChange(from, to, decimals)).toBe(shown);
  });
});

describe('isUnchanged tells prose when a change rounds to nothing', () => {
  it.each([
    { decimals: 1, delta: 0, unchanged: true },
    { decimals: 1, delta: 0.04, unchanged: true },
    { decimals: 1, delta: -0.05, unchanged: false },
    { decimals: 0, delta: 0.4, unchanged: true },
    { decimals: 2, delta: 0.004, unchanged: true },
    { decimals: 2, delta: 0.006, unchanged: false },
  ])('$delta at $decimals decimals: $unchanged', ({ decimals, delta, unchanged }) => {
    expect(isUnchanged({ unit: '%', decimals }, delta)).toBe(unchanged);
  });
});

describe('properties', () => {
  const units = fc.constantFrom('%', 'antal', 'dage', 'kr.', 'andel', 'point', 'pr. 1.000');
  const amounts = fc.double({ min: -1e9, max: 1e9, noNaN: true });
  const decimals = fc.integer({ min: 0, max: 3 });

  it('a change reads back as the rounded delta, and its sign matches the delta', () => {
    fc.assert(
      fc.property(units, decimals, amounts, (unit, d, delta) => {
        const shown = formatChange({ unit, decimals: d }, delta);
        const number = /^[+\u2212]?[0-9.,]+/.exec(shown)?.[0] ?? '';
        const parsed = parseNumber(number, 'da');
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(Math.abs(parsed.value - delta)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9 * Math.abs(delta));
        if (parsed.value > 0) expect(shown.startsWith('+')).toBe(true);
        if (parsed.value < 0) expect(shown.startsWith(M)).toBe(true);
        if (parsed.value === 0) expect(shown).toMatch(/^0/);
      }),
    );
  });

  it('the amount is the change without its sign', () => {
    fc.assert(
      fc.property(units, decimals, amounts, (unit, d, delta) => {
        const format = { unit, decimals: d };
        expect(formatChange(format, delta).replace(/^[+\u2212]/, '')).toBe(formatAmount(format, delta));
      }),
    );
  });
});

describe('shownValue is the value as the reader sees it', () => {
  it.each([
    { decimals: 1, value: 4.66, shown: 4.7 },
    { decimals: 1, value: -4.65, shown: -4.7 },
    { decimals: 0, value: 1234.5, shown: 1235 },
    { decimals: 2, value: 0.005, shown: 0.01 },
    { decimals: 0, value: -0.2, shown: 0 },
  ])('$value at $decimals decimals is $shown', ({ decimals, value, shown }) => {
    expect(shownValue({ unit: '%', decimals }, value)).toBe(shown);
  });

  it('a change between shown values matches the figures', () => {
    const format = { unit: '%', decimals: 1 };
    expect(formatChange(format, 4.84 - 4.66)).toBe('+0,2 procentpoint');
    expect(formatChange(format, shownValue(format, 4.84) - shownValue(format, 4.66))).toBe('+0,1 procentpoint');
  });
});
