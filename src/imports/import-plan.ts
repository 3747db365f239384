import type { Indicator } from '../indicators/indicator.js';
import { formatNumber, type NumberStyle } from '../numbers/danish-number.js';
import { displayPeriod, formatCanonical, type Period } from '../periods/period.js';
import type { IndicatorMatcher } from './indicator-matching.js';
import { interpretRecord } from './interpret.js';
import { locatedError, type ReadError } from './read-error.js';
import type { RawRecord } from './read-file.js';

export interface ExistingValue {
  value: number;
  comment: string | null;
  importId: number | null;
}

export type ChangeKind = 'new' | 'changed' | 'unchanged';

export interface PlannedChange {
  line: number;
  indicatorId: number;
  period: Period;
  canonical: string;
  value: number;
  comment: string | null;
  kind: ChangeKind;
  old?: ExistingValue;
}

export interface IndicatorCounts {
  indicatorId: number;
  new: number;
  changed: number;
  unchanged: number;
  errors: number;
}

export interface UnmatchedLabel {
  label: string;
  rows: number;
  firstLine: number;
  unit: string | null;
}

export interface ImportPlan {
  changes: PlannedChange[]; // new and changed only, in file order
  counts: { new: number; changed: number; unchanged: number; errorRows: number; skippedLabels: number };
  perIndicator: IndicatorCounts[];
  errors: ReadError[]; // capped at maxErrors; errorRows counts them all
  errorCount: number;
  unmatched: UnmatchedLabel[];
}

const messages = {
  conflict: (period: string, name: string, firstLine: number, a: string, b: string) =>
    `${period} for „${name}“ står også i linje ${firstLine} med en anden værdi (${a} og ${b}). Ret filen, så perioden kun har én værdi.`,
};

/**
 * Classifies each record against what is stored: new, changed (old → new), unchanged or an error.
 * Fed one record at a time so a million-row file never needs all rows in memory at once.
 */
export class ImportPlanner {
  private readonly indicators: Map<number, Indicator>;
  private readonly seen = new Map<number, Map<string, { value: number; line: number; index: number }>>();
  private readonly conflicted = new Set<number>();
  private readonly changes: PlannedChange[] = [];
  private readonly errors: ReadError[] = [];
  private readonly errorLines = new Set<number>();
  private readonly perIndicator = new Map<number, IndicatorCounts>();
  private readonly unmatched = new Map<string, UnmatchedLabel>();
  private unchanged = 0;
  private skippedLabels = 0;
  private errorCount = 0;

  constructor(
    indicators: readonly Indicator[],
    private readonly matcher: IndicatorMatcher,
    private readonly existing: (indicatorId: number) => ReadonlyMap<string, ExistingValue>,
    private readonly numberStyle: NumberStyle | undefined,
    private readonly maxErrors = 200,
  ) {
    this.indicators = new Map(indicators.map((i) => [i.id, i]));
  }

  /** Errors found while reading the file (ragged rows and the like) count as row errors too. */
  addReadError(error: ReadError): void {
    this.error(error);
  }

  add(record: RawRecord): void {
    const target = this.matcher.match(record.indicatorLabel);
    if (target === undefined) {
      const entry = this.unmatched.get(record.indicatorLabel);
      if (entry) entry.rows++;
      else this.unmatched.set(record.indicatorLabel, { label: record.indicatorLabel, rows: 1, firstLine: record.line, unit: record.unit });
      return;
    }
    if ('skip' in target) {
      this.skippedLabels++;
      return;
    }
    const indicator = this.indicators.get(target.indicatorId);
    if (!indicator) return;
    const counts = this.countsOf(indicator.id);
    const result = interpretRecord(record, indicator.frequency, this.numberStyle);
    if (!result.ok) {
      counts.errors++;
      this.error(result.error);
      return;
    }
    const canonical = formatCanonical(result.period);
    let byPeriod = this.seen.get(indicator.id);
    if (!byPeriod) this.seen.set(indicator.id, (byPeriod = new Map()));
    const earlier = byPeriod.get(canonical);
    if (earlier) {
      if (earlier.value !== result.value) {
        counts.errors++;
        this.conflicted.add(earlier.index);
        const shown = (v: number) => formatNumber(v, indicator.decimals);
        this.error(
          locatedError(
            'conflicting-duplicate',
            messages.conflict(displayPeriod(result.period), indicator.name, earlier.line, shown(earlier.value), shown(result.value)),
            record.line,
            record.valueColumn,
          ),
        );
        this.errorLines.add(earlier.line);
      }
      return;
    }
    const old = this.existing(indicator.id).get(canonical);
    const comment = record.comment && record.comment.trim() ? record.comment.trim() : null;
    const kind: ChangeKind = !old ? 'new' : old.value === result.value && (comment === null || comment === old.comment) ? 'unchanged' : 'changed';
    const index = kind === 'unchanged' ? -1 : this.changes.length;
    byPeriod.set(canonical, { value: result.value, line: record.line, index });
    if (kind === 'unchanged') {
      counts.unchanged++;
      this.unchanged++;
      return;
    }
    counts[kind]++;
    // An unchanged value keeps its comment unless the file brings a new one.
    this.changes.push({ line: record.line, indicatorId: indicator.id, period: result.period, canonical, value: result.value, comment: comment ?? old?.comment ?? null, kind, old });
  }

  result(): ImportPlan {
    const changes = this.conflicted.size ? this.changes.filter((_, i) => !this.conflicted.has(i)) : this.changes;
    for (const i of this.conflicted) {
      const c = this.changes[i]!;
      const counts = this.countsOf(c.indicatorId);
      counts[c.kind === 'new' ? 'new' : 'changed']--;
      counts.errors++;
    }
    return {
      changes,
      counts: {
        new: changes.filter((c) => c.kind === 'new').length,
        changed: changes.filter((c) => c.kind === 'changed').length,
        unchanged: this.unchanged,
        errorRows: this.errorLines.size,
        skippedLabels: this.skippedLabels,
      },
      perIndicator: [...this.perIndicator.values()],
      errors: [...this.errors].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0)),
      errorCount: this.errorCount,
      unmatched: [...this.unmatched.values()],
    };
  }

  private countsOf(indicatorId: number): IndicatorCounts {
    let counts = this.perIndicator.get(indicatorId);
    if (!counts) this.perIndicator.set(indicatorId, (counts = { indicatorId, new: 0, changed: 0, unchanged: 0, errors: 0 }));
    return counts;
  }

  private error(error: ReadError): void {
    this.errorCount++;
    this.errorLines.add(error.line);
    if (this.errors.length < this.maxErrors) this.errors.push(error);
  }
}
