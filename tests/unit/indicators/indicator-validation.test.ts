import { describe, expect, it } from 'vitest';
import { validateIndicator } from '../../../src/indicators/indicator-validation.js';

const valid = {
  name: 'Sygefravær',
  definition: 'Fraværsdage i procent af mulige arbejdsdage.',
  whyItMatters: 'Fravær rammer kontinuiteten hos borgerne.',
  unitChoice: '%',
  decimals: '1',
  direction: 'down',
  frequency: 'quarter',
  dataSource: 'Lønsystemet',
  deliveredBy: 'HR',
  code: '',
};

describe('validateIndicator', () => {
  it('accepts a complete indicator and normalises the code to upper case', () => {
    const result = validateIndicator({ ...valid, code: 'syg-1' });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ name: 'Sygefravær', unit: '%', decimals: 1, code: 'SYG-1', rangeMin: null }) });
  });

  it.each([
    { change: { name: '' }, field: 'name', message: 'Skriv indikatorens navn.' },
    { change: { definition: ' ' }, field: 'definition', message: 'Beskriv, hvad der måles, og hvordan.' },
    { change: { whyItMatters: '' }, field: 'whyItMatters', message: 'Ingen indikator uden et hvorfor.' },
    { change: { unitChoice: 'meter' }, field: 'unitChoice', message: 'Vælg en enhed.' },
    { change: { unitChoice: 'other', unitOther: '' }, field: 'unitOther', message: 'Skriv jeres egen enhed' },
    { change: { decimals: '5' }, field: 'decimals', message: 'fra 0 til 4' },
    { change: { decimals: '1,5' }, field: 'decimals', message: 'fra 0 til 4' },
    { change: { direction: 'sideways' }, field: 'direction', message: 'Vælg, hvilken retning der er god: om et højere eller et lavere tal er bedst' },
    { change: { direction: undefined }, field: 'direction', message: 'Vælg, hvilken retning der er god' },
    { change: { direction: 'range', rangeMin: '', rangeMax: '3' }, field: 'rangeMin', message: 'nedre grænse' },
    { change: { direction: 'range', rangeMin: '3,2', rangeMax: '2,9' }, field: 'rangeMax', message: 'mindre end den øvre' },
    { change: { direction: 'range', rangeMin: 'tre', rangeMax: '4' }, field: 'rangeMin', message: '„tre“' },
    { change: { frequency: 'weekly' }, field: 'frequency', message: 'Vælg, hvor ofte' },
    { change: { code: 'syg fravær' }, field: 'code', message: 'Koden må kun indeholde' },
  ])('refuses $field when given $change', ({ change, field, message }) => {
    const result = validateIndicator({ ...valid, ...change });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((e) => e.field === field);
    expect(error?.message).toContain(message);
  });

  it('takes its own unit text when "Egen enhed" is chosen', () => {
    const result = validateIndicator({ ...valid, unitChoice: 'other', unitOther: 'pr. 1.000 borgere' });
    expect(result.ok && result.value.unit).toBe('pr. 1.000 borgere');
  });

  it('keeps range bounds only for the range direction', () => {
    const range = validateIndicator({ ...valid, direction: 'range', rangeMin: '2,9', rangeMax: '3,2' });
    expect(range.ok && [range.value.rangeMin, range.value.rangeMax]).toEqual([2.9, 3.2]);
    const down = validateIndicator({ ...valid, rangeMin: '2,9', rangeMax: '3,2' });
    expect(down.ok && [down.value.rangeMin, down.value.rangeMax]).toEqual([null, null]);
  });

  it('reports every problem at once so the error summary lists them all', () => {
    const result = validateIndicator({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(['name', 'definition', 'whyItMatters', 'unitChoice', 'decimals', 'direction']);
  });
});
