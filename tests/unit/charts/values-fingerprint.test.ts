import { describe, expect, it } from 'vitest';
import { valuesFingerprint } from '../../../src/charts/values-fingerprint.js';
import { parseCanonical } from '../../../src/periods/period.js';

const series = (values: Array<[string, number, string | null]>) => values.map(([p, value, comment]) => ({ period: parseCanonical(p), value, comment }));

describe('the fingerprint a cached chart is keyed on', () => {
  const base = series([['2026K1', 7.7, null], ['2026K2', 7.5, 'Ny vagtplan']]);

  it('is the same for the same values, and differs when a value, a period or a comment differs', () => {
    expect(valuesFingerprint(series([['2026K1', 7.7, null], ['2026K2', 7.5, 'Ny vagtplan']]))).toBe(valuesFingerprint(base));
    const others = [
      series([['2026K1', 7.7, null], ['2026K2', 7.3, 'Ny vagtplan']]),
      series([['2026K1', 7.7, null], ['2026K3', 7.5, 'Ny vagtplan']]),
      series([['2026K1', 7.7, null], ['2026K2', 7.5, null]]),
      series([['2026K1', 7.7, null], ['2026K2', 7.5, '']]),
      series([['2026K1', 7.7, null]]),
      series([['2026K2', 7.5, 'Ny vagtplan'], ['2026K1', 7.7, null]]),
    ];
    const prints = new Set([valuesFingerprint(base), ...others.map(valuesFingerprint)]);
    expect(prints.size).toBe(others.length + 1);
  });
});
