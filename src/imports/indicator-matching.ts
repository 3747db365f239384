import type { Indicator } from '../indicators/indicator.js';
import { keepable } from './raw-record.js';

/** What a label in a file is taken to mean: one of the group's indicators, deliberately skipped, or not yet known. */
export type LabelTarget = { indicatorId: number; how: 'mapping' | 'code' | 'name' | 'loose' } | { skip: true; how: 'mapping' } | undefined;

/** The key under which a label's mapping is remembered: case and spacing do not matter. */
export function mappingKey(label: string): string {
  return label.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Files often carry the unit in the name ("Sygefravær pct.", "Ventetid på plads (dage)"), so the
 * loose comparison drops a trailing parenthesis and percent words before comparing letters and digits.
 */
export function looseName(label: string): string {
  return mappingKey(label)
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .replace(/\s+(pct\.?|procent|%)$/u, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export interface IndicatorMatcher {
  match(label: string): LabelTarget;
}

/** Remembered mappings first, then code, exact name, and name ignoring case, spacing and a unit suffix. */
export function createMatcher(indicators: readonly Indicator[], remembered: ReadonlyMap<string, number | 'skip'>): IndicatorMatcher {
  const active = indicators.filter((i) => !i.archived);
  const activeIds = new Set(active.map((i) => i.id));
  const byCode = new Map(active.filter((i) => i.code).map((i) => [i.code!.toUpperCase(), i.id]));
  const byName = new Map(active.map((i) => [i.name, i.id]));
  const byKey = new Map(active.map((i) => [mappingKey(i.name), i.id]));
  const byLoose = new Map<string, number | null>();
  for (const i of active) {
    const key = looseName(i.name);
    // Two indicators with the same loose name must not be guessed between.
    byLoose.set(key, byLoose.has(key) ? null : i.id);
  }
  const cache = new Map<string, LabelTarget>();
  const compute = (label: string): LabelTarget => {
    const remembered_ = remembered.get(mappingKey(label));
    if (remembered_ === 'skip') return { skip: true, how: 'mapping' };
    if (remembered_ !== undefined && activeIds.has(remembered_)) return { indicatorId: remembered_, how: 'mapping' };
    const trimmed = label.trim();
    const code = byCode.get(trimmed.toUpperCase());
    if (code !== undefined) return { indicatorId: code, how: 'code' };
    const exact = byName.get(trimmed) ?? byKey.get(mappingKey(trimmed));
    if (exact !== undefined) return { indicatorId: exact, how: 'name' };
    const loose = byLoose.get(looseName(trimmed));
    if (loose !== undefined && loose !== null) return { indicatorId: loose, how: 'loose' };
    return undefined;
  };
  return {
    match(label) {
      if (!cache.has(label)) cache.set(keepable(label), compute(label));
      return cache.get(label);
    },
  };
}
