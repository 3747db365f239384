import { ROLE_EXAMPLES, type ColumnRole } from './header-names.js';
import { locatedError, type ReadError } from './read-error.js';

/** What the layout detection says about a header it cannot use: a missing role, a duplicated name. */
export interface Context {
  header: readonly string[];
  sampleRows: readonly (readonly string[])[];
  headerLine: number;
  overridden: boolean;
}

export const quoted = (name: string | undefined): string => `„${(name ?? '').trim()}“`;

export function missingRole(ctx: Context, role: ColumnRole, what: string): ReadError {
  const [a, b] = ROLE_EXAMPLES[role];
  return locatedError(
    `missing-${role}-column`,
    `Der er ingen kolonne med ${what}. Forventede en kolonne som „${a}“ eller „${b}“.`,
    ctx.headerLine,
  );
}

export const MISSING_WHAT: Record<'indicator' | 'period' | 'value', string> = {
  indicator: 'indikatorens navn',
  period: 'perioder',
  value: 'værdier',
};

export function duplicateError(ctx: Context, index: number, firstIndex: number): ReadError {
  return locatedError(
    'duplicate-header',
    `Overskriften står også i kolonne ${firstIndex + 1}. Giv kolonnerne forskellige navne, så det er tydeligt, ` +
      'hvilke tal der hører til hvad. Kolonnen er ikke læst.',
    ctx.headerLine,
    index + 1,
    ctx.header[index],
  );
}

/** Splits `indices` into kept and duplicates by `key`; the first occurrence wins. */
export function withoutDuplicates(
  ctx: Context,
  indices: readonly number[],
  key: (index: number) => string,
): { kept: number[]; unnamed: number[]; errors: ReadError[] } {
  const seen = new Map<string, number>();
  const kept: number[] = [];
  const unnamed: number[] = [];
  const errors: ReadError[] = [];
  for (const index of indices) {
    if ((ctx.header[index] ?? '').trim() === '') {
      unnamed.push(index + 1);
      continue;
    }
    const k = key(index);
    const first = seen.get(k);
    if (first === undefined) {
      seen.set(k, index);
      kept.push(index + 1);
    } else {
      errors.push(duplicateError(ctx, index, first));
    }
  }
  return { kept, unnamed, errors };
}
