import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src/indicators/indicator.js';
import { ImportPlanner } from '../../../src/imports/import-plan.js';
import { createMatcher } from '../../../src/imports/indicator-matching.js';
import type { RawRecord } from '../../../src/imports/raw-record.js';
import type { ExistingValue } from '../../../src/imports/row-store.js';

const indicator = (id: number, name: string, code: string | null = null): Indicator => ({
  id,
  groupId: 1,
  code,
  name,
  definition: '',
  whyItMatters: '',
  unit: '%',
  decimals: 1,
  direction: 'down',
  rangeMin: null,
  rangeMax: null,
  frequency: 'quarter',
  dataSource: '',
  deliveredBy: '',
  archived: false,
});

const sickLeave = indicator(1, 'Sygefravær', 'SYG');
const waiting = indicator(2, 'Ventetid');

type Row = [label: string, period: string, value: string, comment?: string];

/** The rows of a file under a header line, so the first row is line 2. */
function file(...rows: Row[]): RawRecord[] {
  return rows.map(([label, period, value, comment], i) => ({
    line: i + 2,
    indicatorLabel: label,
    indicatorColumn: 1,
    periodText: period,
    periodColumn: 2,
    valueText: value,
    valueColumn: 3,
    comment: comment ?? null,
    unit: null,
  }));
}

const stored = (value: number, comment: string | null = null): ExistingValue => ({ value, comment, importId: null });

function plan(records: RawRecord[], existing: Record<number, Record<string, ExistingValue>> = {}) {
  const planner = new ImportPlanner([sickLeave, waiting], createMatcher([sickLeave, waiting], new Map()), 'da');
  for (const r of records) planner.add(r);
  const ids = planner.indicatorIds();
  planner.compare(ids, (id) => new Map(Object.entries(existing[id] ?? {})));
  return planner.result();
}

describe('the import planner classifies every value against what is stored', () => {
  const cases: { name: string; file: RawRecord[]; stored?: Record<number, Record<string, ExistingValue>>; expect: { new: number; changed: number; unchanged: number; errorRows: number } }[] = [
    { name: 'a value for a period with nothing stored is new', file: file(['Sygefravær', '2026K1', '7,7']), expect: { new: 1, changed: 0, unchanged: 0, errorRows: 0 } },
    {
      name: 'the same value as stored is unchanged',
      file: file(['Sygefravær', '2026K1', '7,7']),
      stored: { 1: { '2026K1': stored(7.7) } },
      expect: { new: 0, changed: 0, unchanged: 1, errorRows: 0 },
    },
    {
      name: 'another value than stored is changed',
      file: file(['Sygefravær', '2026K1', '7,9']),
      stored: { 1: { '2026K1': stored(7.7) } },
      expect: { new: 0, changed: 1, unchanged: 0, errorRows: 0 },
    },
    {
      name: 'the same value with a new comment is changed',
      file: file(['Sygefravær', '2026K1', '7,7', 'Ny vagtplan']),
      stored: { 1: { '2026K1': stored(7.7) } },
      expect: { new: 0, changed: 1, unchanged: 0, errorRows: 0 },
    },
    {
      name: 'the same value without a comment keeps the stored comment and is unchanged',
      file: file(['Sygefravær', '2026K1', '7,7']),
      stored: { 1: { '2026K1': stored(7.7, 'Influenza') } },
      expect: { new: 0, changed: 0, unchanged: 1, errorRows: 0 },
    },
    {
      name: 'one period given twice with the same value counts once',
      file: file(['Sygefravær', '2026K1', '7,7'], ['Sygefravær', '2026K1', '7,7']),
      expect: { new: 1, changed: 0, unchanged: 0, errorRows: 0 },
    },
    {
      name: 'one period given twice with different values is a conflict on both lines',
      file: file(['Sygefravær', '2026K1', '7,7'], ['Sygefravær', '2026K1', '8,1']),
      expect: { new: 0, changed: 0, unchanged: 0, errorRows: 2 },
    },
    {
      name: 'a value that is not a number is an error row',
      file: file(['Sygefravær', '2026K1', 'syv'], ['Sygefravær', '2026K2', '7,5']),
      expect: { new: 1, changed: 0, unchanged: 0, errorRows: 1 },
    },
    {
      name: 'indicators are matched by code and classified separately',
      file: file(['SYG', '2026K1', '7,7'], ['Ventetid', '2026K1', '21']),
      stored: { 2: { '2026K1': stored(21) } },
      expect: { new: 1, changed: 0, unchanged: 1, errorRows: 0 },
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const result = plan(c.file, c.stored);
      expect({ new: result.counts.new, changed: result.counts.changed, unchanged: result.counts.unchanged, errorRows: result.counts.errorRows }).toEqual(c.expect);
    });
  }

  it('a changed value carries what it replaces, and only new and changed values are to be written', () => {
    const result = plan(file(['Sygefravær', '2026K1', '7,9'], ['Sygefravær', '2026K2', '7,5'], ['Sygefravær', '2026K3', '7,0']), {
      1: { '2026K1': stored(7.7, 'Influenza'), '2026K3': stored(7) },
    });
    const changes = [...result.changes];
    expect(changes.map((c) => [c.canonical, c.kind, c.value])).toEqual([
      ['2026K1', 'changed', 7.9],
      ['2026K2', 'new', 7.5],
    ]);
    expect(changes[0]!.old).toEqual({ value: 7.7, comment: 'Influenza', importId: null });
    // The file gave no comment, so the stored one stays with the changed value.
    expect(changes[0]!.comment).toBe('Influenza');
  });

  it('names the conflicting lines and values in Danish', () => {
    const result = plan(file(['Sygefravær', '2026K1', '7,7'], ['Sygefravær', '2026K1', '8,1']));
    expect(result.errors[0]!.message).toBe('Linje 3, kolonne 3: 1. kvt. 2026 for „Sygefravær“ står også i linje 2 med en anden værdi (7,7 og 8,1). Ret filen, så perioden kun har én værdi.');
    expect(result.errors[0]!.line).toBe(3);
  });

  it('gathers labels no indicator matches, with their rows and first line', () => {
    const result = plan(file(['Trivsel', '2026K1', '70'], ['Trivsel', '2026K2', '71'], ['Sygefravær', '2026K1', '7,7']));
    expect(result.unmatched).toEqual([{ label: 'Trivsel', rows: 2, firstLine: 2, unit: null }]);
    expect(result.counts.new).toBe(1);
  });
});
