import type { CsvCell } from '../imports/csv-export.js';
import { copenhagenDay } from '../shared/clock.js';
import type { Indicator } from '../indicators/indicator.js';
import type { Observation } from '../indicators/observation.js';
import { formatCanonical } from '../periods/period.js';

/**
 * The long layout the importer reads back unchanged: one row per indicator and period, the period in
 * its stored form (2024K1) and the value as a plain number, so export → import gives the same data.
 */
export const EXPORT_HEADER = ['Indikator', 'Periode', 'Værdi', 'Enhed', 'Bemærkning'] as const;

export function exportRows(items: ReadonlyArray<{ indicator: Indicator; observations: readonly Observation[] }>): CsvCell[][] {
  const rows: CsvCell[][] = [[...EXPORT_HEADER]];
  for (const { indicator, observations } of items) {
    for (const o of observations) rows.push([indicator.name, formatCanonical(o.period), o.value, indicator.unit, o.comment]);
  }
  return rows;
}

export function exportFileName(base: string, today: Date): string {
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'oe')
    .replace(/å/gi, 'aa')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'data'}-${copenhagenDay(today)}.csv`;
}
