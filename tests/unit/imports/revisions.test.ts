import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src/indicators/indicator.js';
import { ImportPlanner } from '../../../src/imports/import-plan.js';
import { createMatcher } from '../../../src/imports/indicator-matching.js';
import type { RawRecord } from '../../../src/imports/raw-record.js';
import { findRevisions } from '../../../src/imports/revisions.js';
import { formatCanonical } from '../../../src/periods/period.js';

const indicator = (id: number, name: string): Indicator => ({
  id, groupId: 1, code: null, name, definition: '', whyItMatters: '', unit: '%', decimals: 1, direction: 'down',
  rangeMin: null, rangeMax: null, frequency: 'quarter', dataSource: '', deliveredBy: '', archived: false,
});
const sick = indicator(1, 'Sygefravær');
const waiting = indicator(2, 'Ventetid');

const rows = (list: Array<[string, string, string]>): RawRecord[] =>
  list.map(([label, period, value], i) => ({ line: i + 2, indicatorLabel: label, indicatorColumn: 1, periodText: period, periodColumn: 2, valueText: value, valueColumn: 3, comment: null, unit: null }));

/** Plans the file against the stored values (indicator id → period → value) and finds its revisions. */
function revisionsOf(file: Array<[string, string, string]>, stored: Record<number, Record<string, number>>) {
  const planner = new ImportPlanner([sick, waiting], createMatcher([sick, waiting], new Map()), 'da');
  for (const r of rows(file)) planner.add(r);
  const existing = (id: number) => new Map(Object.entries(stored[id] ?? {}).map(([p, value]) => [p, { value, comment: null, importId: null }]));
  planner.compare(planner.indicatorIds(), existing);
  const latest = new Map(Object.entries(stored).map(([id, values]) => [Number(id), Object.keys(values).sort().at(-1)!]));
  const found = findRevisions(planner.result().changes, latest);
  return { ...found, shown: found.shown.map((r) => `${r.indicatorId} ${formatCanonical(r.period)} ${r.from}→${r.to}`) };
}

const history = { '2025K1': 7, '2025K2': 7.1, '2025K3': 7.2, '2025K4': 7.3, '2026K1': 7.4, '2026K2': 7.5 };

describe('findRevisions: changes to values older than an indicator’s latest two periods', () => {
  it.each([
    { name: 'a correction of the latest period is no revision', file: [['Sygefravær', '2026K2', '7,6']], count: 0 },
    { name: 'a correction of the period before the latest is no revision', file: [['Sygefravær', '2026K1', '7,6']], count: 0 },
    { name: 'a change three periods back is one', file: [['Sygefravær', '2025K4', '9,9']], count: 1 },
    { name: 'unchanged old values are none', file: [['Sygefravær', '2025K1', '7,0'], ['Sygefravær', '2025K2', '7,1']], count: 0 },
    { name: 'a new older period fills a gap and is none', file: [['Sygefravær', '2024K4', '6,9']], count: 0 },
    { name: 'a newer period in the file moves the latest two forward', file: [['Sygefravær', '2026K3', '7,7'], ['Sygefravær', '2026K1', '7,6']], count: 1 },
    { name: 'each indicator has its own latest periods', file: [['Ventetid', '2025K1', '30'], ['Sygefravær', '2025K1', '9']], count: 1 },
  ] as const)('$name', ({ file, count }) => {
    expect(revisionsOf(file as unknown as Array<[string, string, string]>, { 1: history, 2: { '2025K1': 31, '2025K2': 30 } }).count).toBe(count);
  });

  it('counts them per indicator with the span of periods, and lists old and new values in file order', () => {
    const result = revisionsOf([['Sygefravær', '2025K3', '8'], ['Sygefravær', '2025K1', '9'], ['Sygefravær', '2026K2', '1']], { 1: history });
    expect(result.count).toBe(2);
    expect(result.shown).toEqual(['1 2025K3 7.2→8', '1 2025K1 7→9']);
    expect(result.perIndicator.map((p) => [p.indicatorId, p.count, formatCanonical(p.first), formatCanonical(p.last)])).toEqual([[1, 2, '2025K1', '2025K3']]);
  });

  it('lists at most the limit one by one but counts them all', () => {
    const planner = new ImportPlanner([sick], createMatcher([sick], new Map()), 'da');
    for (const r of rows([['Sygefravær', '2025K1', '1'], ['Sygefravær', '2025K2', '2'], ['Sygefravær', '2025K3', '3']])) planner.add(r);
    planner.compare([1], () => new Map(Object.entries(history).map(([p, value]) => [p, { value, comment: null, importId: null }])));
    const result = findRevisions(planner.result().changes, new Map([[1, '2026K2']]), 2);
    expect([result.count, result.shown.length]).toEqual([3, 2]);
  });
});
