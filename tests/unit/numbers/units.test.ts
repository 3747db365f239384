import { describe, expect, it } from 'vitest';
import { clampToUnit, defaultDecimals, isStandardUnit, possibleRange, singularUnit, unitSuffix } from '../../../src/numbers/units.js';
import * as indicator from '../../../src/indicators/indicator.js';

describe('what a unit allows', () => {
  it.each([
    { unit: '%', value: 101, clamped: 100, label: 'mellem 0 og 100 %' },
    { unit: '%', value: -0.5, clamped: 0, label: 'mellem 0 og 100 %' },
    { unit: 'andel', value: 1.2, clamped: 1, label: 'mellem 0 og 1' },
    { unit: 'antal', value: -3, clamped: 0, label: 'ikke negativ' },
    { unit: 'dage', value: 400, clamped: 400, label: 'ikke negativ' },
    { unit: 'kr.', value: -3000, clamped: -3000, label: undefined },
    { unit: 'pr. 1.000', value: -1, clamped: -1, label: undefined },
  ])('$unit: $value is kept at $clamped', ({ unit, value, clamped, label }) => {
    expect(clampToUnit(unit, value)).toBe(clamped);
    expect(possibleRange(unit).label).toBe(label);
  });

  it.each([
    { unit: 'antal', decimals: 0, suffix: '' },
    { unit: 'dage', decimals: 0, suffix: ' dage' },
    { unit: 'andel', decimals: 3, suffix: '' },
    { unit: '%', decimals: 1, suffix: ' %' },
    { unit: 'kr.', decimals: 1, suffix: ' kr.' },
    { unit: 'point', decimals: 1, suffix: ' point' },
    { unit: 'timer', decimals: 1, suffix: ' timer' },
  ])('$unit starts with $decimals decimals and is written "x$suffix"', ({ unit, decimals, suffix }) => {
    expect(defaultDecimals(unit)).toBe(decimals);
    expect(unitSuffix(unit)).toBe(suffix);
  });

  it.each([
    ['dage', 'dag'],
    ['dage pr. medarbejder', 'dag pr. medarbejder'],
    ['Personer', 'Person'],
    ['børn i dagtilbud', 'barn i dagtilbud'],
    ['pr. 1.000', 'pr. 1.000'],
    ['kr.', 'kr.'],
  ])('one of "%s" is "1 %s"', (unit, singular) => {
    expect(singularUnit(unit)).toBe(singular);
  });

  it('only the six fixed units are standard', () => {
    expect(['%', 'antal', 'dage', 'kr.', 'andel', 'point'].every(isStandardUnit)).toBe(true);
    expect(isStandardUnit('timer')).toBe(false);
  });

  it('indicators still offer the same unit knowledge', () => {
    expect(indicator.possibleRange).toBe(possibleRange);
    expect(indicator.unitSuffix).toBe(unitSuffix);
    expect(indicator.STANDARD_UNITS).toContain('dage');
  });
});
