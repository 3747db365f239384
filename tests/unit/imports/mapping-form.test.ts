import { describe, expect, it } from 'vitest';
import { readMappingForm } from '../../../src/imports/import-mapping.js';
import { nameWithoutUnit } from '../../../src/imports/unit-hint.js';
import { mappingRows } from '../../../src/pages/imports/import-view.js';

describe('readMappingForm', () => {
  it('reads every row, and gives each unchosen row its own message while the others keep their choice', () => {
    expect(readMappingForm({ label: ['A', 'B', 'C', 'D'], target: ['7', '', 'create', 'nonsense'] })).toEqual({
      choices: [
        { label: 'A', target: 7 },
        { label: 'B', target: '' },
        { label: 'C', target: 'create' },
        { label: 'D', target: '' },
      ],
      errors: [
        { field: 'target-1', message: 'Vælg, hvad „B“ skal knyttes til.' },
        { field: 'target-3', message: 'Vælg, hvad „D“ skal knyttes til.' },
      ],
    });
  });

  it('takes a single row as the form posts it', () => {
    expect(readMappingForm({ label: 'A', target: 'skip' })).toEqual({ choices: [{ label: 'A', target: 'skip' }], errors: [] });
    expect(readMappingForm({})).toEqual({ choices: [], errors: [] });
  });
});

describe('mappingRows', () => {
  it('puts each row’s choice and message back on the row', () => {
    const unmatched = [{ label: 'A', rows: 2, firstLine: 2, unit: null }, { label: 'B', rows: 1, firstLine: 4, unit: '%' }];
    expect(mappingRows(unmatched, [{ label: 'A', target: 'create' }, { label: 'B', target: '' }], { 'target-1': 'Vælg' })).toEqual([
      { ...unmatched[0], index: 0, chosen: 'create', error: undefined },
      { ...unmatched[1], index: 1, chosen: '', error: 'Vælg' },
    ]);
  });
});

describe('nameWithoutUnit', () => {
  it.each([
    ['Ventetid på plads (dage)', 'Ventetid på plads'],
    ['Sygefravær pct.', 'Sygefravær'],
    ['Forældretilfredshed %', 'Forældretilfredshed'],
    ['Normering (børn pr. voksen)', 'Normering'],
    ['Antal borgere på ydelse', 'Antal borgere på ydelse'],
    ['(dage)', '(dage)'],
  ])('%s → %s', (label, name) => expect(nameWithoutUnit(label)).toBe(name));
});
