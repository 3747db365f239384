import type { Indicator } from '../indicators/indicator.js';
import { formatNumber, type NumberStyle } from '../numbers/danish-number.js';
import {
  displayPeriod,
  formatCanonical,
  MAX_YEAR,
  MIN_YEAR,
  periodsPerYear,
  type Frequency,
  type Period,
  type PeriodResult,
} from '../periods/period.js';
import type { IndicatorMatcher, LabelTarget } from './indicator-matching.js';
import { interpretRecord } from './interpret.js';
import { readPeriodText } from './period-text.js';
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
  changes: PlannedChanges; // new and changed only, in file order
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

// ---------------------------------------------------------------------------------------------
// Periods as small integers. Every period the period module accepts lies in MIN_YEAR–MAX_YEAR, so
// an indicator's periods number at most 201 × 12; a row keeps its period as that ordinal, and the
// canonical text ("2024K1") is made once per period, not once per row.

const FREQUENCIES: readonly Frequency[] = ['quarter', 'month', 'year'];
const FREQUENCY_CODE: Record<Frequency, number> = { quarter: 0, month: 1, year: 2 };

function ordinalOf(period: Period): number {
  if (period.year < MIN_YEAR || period.year > MAX_YEAR) return -1;
  return (period.year - MIN_YEAR) * periodsPerYear(period.frequency) + period.index - 1;
}

function slotsOf(frequency: Frequency): number {
  return (MAX_YEAR - MIN_YEAR + 1) * periodsPerYear(frequency);
}

class PeriodTable {
  private readonly periods: (Period | undefined)[];
  private readonly canonicals: (string | undefined)[];
  constructor(private readonly frequency: Frequency) {
    this.periods = new Array(slotsOf(frequency));
    this.canonicals = new Array(slotsOf(frequency));
  }
  period(ordinal: number): Period {
    let period = this.periods[ordinal];
    if (!period) {
      const perYear = periodsPerYear(this.frequency);
      period = { frequency: this.frequency, year: MIN_YEAR + Math.floor(ordinal / perYear), index: (ordinal % perYear) + 1 };
      this.periods[ordinal] = period;
    }
    return period;
  }
  canonical(ordinal: number): string {
    return (this.canonicals[ordinal] ??= formatCanonical(this.period(ordinal)));
  }
}

// ---------------------------------------------------------------------------------------------
// The rows a plan keeps, column by column in typed arrays: a million rows cost 20 MB here, where a
// million objects would cost several times that. The columns grow in chunks of 64K rows, so
// growing never copies and never leaves the old, smaller arrays behind as garbage.

const NEW = 1;
const CHANGED = 2;
const UNCHANGED = 3;
const CONFLICTED = 4;

const CHUNK_BITS = 16;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

class RowChunk {
  readonly line = new Int32Array(CHUNK_SIZE);
  readonly indicatorId = new Int32Array(CHUNK_SIZE);
  /** Period ordinals are below 201 × 12. */
  readonly ordinal = new Uint16Array(CHUNK_SIZE);
  readonly value = new Float64Array(CHUNK_SIZE);
  readonly frequency = new Uint8Array(CHUNK_SIZE);
  readonly state = new Uint8Array(CHUNK_SIZE);
  /** What a changed value replaces; made when the chunk's first changed value is found. NaN import id: none. */
  oldValue: Float64Array | undefined;
  oldImportId: Float64Array | undefined;
}

class RowStore {
  length = 0;
  private readonly chunks: RowChunk[] = [];
  /** Comments by row, only for rows that have one (the file's, or the stored one it keeps). */
  readonly comments = new Map<number, string>();
  /** The stored comments that changed values replace, only where there was one. */
  private readonly oldComments = new Map<number, string>();
  private readonly tables = FREQUENCIES.map((f) => new PeriodTable(f));

  push(line: number, indicatorId: number, ordinal: number, value: number, frequency: number, comment: string | null): number {
    const row = this.length++;
    const at = row & CHUNK_MASK;
    if (at === 0) this.chunks.push(new RowChunk());
    const chunk = this.chunks[row >>> CHUNK_BITS]!;
    chunk.line[at] = line;
    chunk.indicatorId[at] = indicatorId;
    chunk.ordinal[at] = ordinal;
    chunk.value[at] = value;
    chunk.frequency[at] = frequency;
    if (comment !== null) this.comments.set(row, comment);
    return row;
  }

  chunk(row: number): RowChunk {
    return this.chunks[row >>> CHUNK_BITS]!;
  }

  line(row: number): number {
    return this.chunk(row).line[row & CHUNK_MASK]!;
  }
  indicatorId(row: number): number {
    return this.chunk(row).indicatorId[row & CHUNK_MASK]!;
  }
  value(row: number): number {
    return this.chunk(row).value[row & CHUNK_MASK]!;
  }
  state(row: number): number {
    return this.chunk(row).state[row & CHUNK_MASK]!;
  }
  setState(row: number, state: number): void {
    this.chunk(row).state[row & CHUNK_MASK] = state;
  }

  setOld(row: number, old: ExistingValue): void {
    const chunk = this.chunk(row);
    const at = row & CHUNK_MASK;
    chunk.oldValue ??= new Float64Array(CHUNK_SIZE);
    chunk.oldImportId ??= new Float64Array(CHUNK_SIZE);
    chunk.oldValue[at] = old.value;
    chunk.oldImportId[at] = old.importId ?? NaN;
    if (old.comment !== null) this.oldComments.set(row, old.comment);
  }

  /** What the value of a changed row replaces; undefined for any other row. */
  old(row: number): ExistingValue | undefined {
    const chunk = this.chunk(row);
    const at = row & CHUNK_MASK;
    if (chunk.state[at] !== CHANGED || !chunk.oldValue || !chunk.oldImportId) return undefined;
    const importId = chunk.oldImportId[at]!;
    return { value: chunk.oldValue[at]!, comment: this.oldComments.get(row) ?? null, importId: Number.isNaN(importId) ? null : importId };
  }

  periodTable(frequency: number): PeriodTable {
    return this.tables[frequency]!;
  }

  canonical(row: number): string {
    const chunk = this.chunk(row);
    const at = row & CHUNK_MASK;
    return this.tables[chunk.frequency[at]!]!.canonical(chunk.ordinal[at]!);
  }

  period(row: number): Period {
    const chunk = this.chunk(row);
    const at = row & CHUNK_MASK;
    return this.tables[chunk.frequency[at]!]!.period(chunk.ordinal[at]!);
  }
}

/**
 * The new and changed values of a plan, in file order. Read one field at a time (`value(i)`,
 * `canonical(i)`, …) on hot paths; `get(i)`, iteration and `first()` give whole PlannedChange objects.
 */
export class PlannedChanges implements Iterable<PlannedChange> {
  /** @internal */
  constructor(
    private readonly rows: RowStore,
    /** Row numbers of the changes; undefined when every row is one. */
    private readonly picked: Int32Array | undefined,
  ) {}

  get length(): number {
    return this.picked ? this.picked.length : this.rows.length;
  }

  private row(i: number): number {
    return this.picked ? this.picked[i]! : i;
  }

  line(i: number): number {
    return this.rows.line(this.row(i));
  }
  indicatorId(i: number): number {
    return this.rows.indicatorId(this.row(i));
  }
  canonical(i: number): string {
    return this.rows.canonical(this.row(i));
  }
  period(i: number): Period {
    return this.rows.period(this.row(i));
  }
  value(i: number): number {
    return this.rows.value(this.row(i));
  }
  /** The comment the value will have: the file's, or else the one already stored. */
  comment(i: number): string | null {
    return this.rows.comments.get(this.row(i)) ?? null;
  }
  kind(i: number): 'new' | 'changed' {
    return this.rows.state(this.row(i)) === CHANGED ? 'changed' : 'new';
  }
  /** What the value replaces; undefined for a new value. */
  old(i: number): ExistingValue | undefined {
    return this.rows.old(this.row(i));
  }

  get(i: number): PlannedChange {
    const change: PlannedChange = {
      line: this.line(i),
      indicatorId: this.indicatorId(i),
      period: this.period(i),
      canonical: this.canonical(i),
      value: this.value(i),
      comment: this.comment(i),
      kind: this.kind(i),
    };
    const old = this.old(i);
    if (old) change.old = old;
    return change;
  }

  *[Symbol.iterator](): Iterator<PlannedChange> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }

  /** The first `limit` changes of one kind, in file order. */
  first(kind: 'new' | 'changed', limit: number): PlannedChange[] {
    const out: PlannedChange[] = [];
    for (let i = 0; i < this.length && out.length < limit; i++) if (this.kind(i) === kind) out.push(this.get(i));
    return out;
  }

  /** The indicators that get a new or changed value, in order of their first change. */
  indicatorIds(): number[] {
    const ids = new Set<number>();
    for (let i = 0; i < this.length; i++) ids.add(this.indicatorId(i));
    return [...ids];
  }
}

// ---------------------------------------------------------------------------------------------

interface IndicatorState {
  indicator: Indicator;
  counts: IndicatorCounts;
  frequency: number;
  /** Row number + 1 of the first value seen per period ordinal; 0 when none. */
  seen: Int32Array;
  /** Whether its rows have been compared with the stored values. */
  compared: boolean;
}

// Files have few distinct period texts; reading each once per frequency saves a parse per row.
const PERIOD_CACHE_LIMIT = 10_000;

/**
 * Classifies each record against what is stored: new, changed (old → new), unchanged or an error.
 * Fed one record at a time so a million-row file never needs all rows in memory as objects.
 *
 * Records are checked (period, number, duplicates) as they come; comparing with the stored values
 * waits until `result()`, so `existing` is only asked about indicators the file has values for and
 * may be filled in after the file has been read.
 */
export class ImportPlanner {
  private readonly indicators: Map<number, Indicator>;
  private readonly states = new Map<number, IndicatorState>();
  private readonly rows = new RowStore();
  private readonly errors: ReadError[] = [];
  private readonly errorLines = new Set<number>();
  private readonly perIndicator = new Map<number, IndicatorCounts>();
  private readonly unmatched = new Map<string, UnmatchedLabel>();
  private readonly periodCaches = new Map<Frequency, Map<string, PeriodResult>>();
  private skippedLabels = 0;
  private errorCount = 0;
  private conflicts = 0;
  private added = 0;
  private changed = 0;
  private unchanged = 0;
  private lastLabel: string | undefined;
  private lastTarget: LabelTarget;
  private planned: ImportPlan | undefined;

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

  /** The indicators the file has values for so far; what `existing` will be asked about. */
  indicatorIds(): number[] {
    return [...this.states.keys()];
  }

  add(record: RawRecord): void {
    if (this.planned) throw new Error('ImportPlanner.add after result()');
    const label = record.indicatorLabel;
    // Long files repeat one label for many rows in a row.
    if (label !== this.lastLabel) {
      this.lastLabel = label;
      this.lastTarget = this.matcher.match(label);
    }
    const target = this.lastTarget;
    if (target === undefined) {
      const entry = this.unmatched.get(label);
      if (entry) entry.rows++;
      else this.unmatched.set(label, { label, rows: 1, firstLine: record.line, unit: record.unit });
      return;
    }
    if ('skip' in target) {
      this.skippedLabels++;
      return;
    }
    const state = this.stateOf(target.indicatorId);
    if (!state) return;
    const { indicator, counts } = state;
    const read = interpretRecord(record, indicator.frequency, this.numberStyle, this.readPeriod);
    if (!read.ok) {
      counts.errors++;
      this.error(read.error);
      return;
    }
    const { value } = read;
    const ordinal = ordinalOf(read.period);
    if (ordinal < 0) throw new Error(`period outside ${MIN_YEAR}–${MAX_YEAR}: ${formatCanonical(read.period)}`);
    const earlierRow = state.seen[ordinal]! - 1;
    if (earlierRow >= 0) {
      const earlierValue = this.rows.value(earlierRow);
      if (earlierValue !== value) {
        counts.errors++;
        const earlierLine = this.rows.line(earlierRow);
        if (this.rows.state(earlierRow) !== CONFLICTED) {
          this.rows.setState(earlierRow, CONFLICTED);
          this.conflicts++;
        }
        const shown = (v: number) => formatNumber(v, indicator.decimals);
        this.error(
          locatedError(
            'conflicting-duplicate',
            messages.conflict(displayPeriod(read.period), indicator.name, earlierLine, shown(earlierValue), shown(value)),
            record.line,
            record.valueColumn,
          ),
        );
        this.errorLines.add(earlierLine);
      }
      return;
    }
    const comment = record.comment && record.comment.trim() ? record.comment.trim() : null;
    const row = this.rows.push(record.line, indicator.id, ordinal, value, state.frequency, comment);
    state.seen[ordinal] = row + 1;
  }

  /**
   * Compares these indicators' rows with their stored values now, so the stored values can be
   * loaded a few indicators at a time instead of all at once. Any indicator not compared this way
   * is compared in `result()`, with the `existing` given to the constructor.
   */
  compare(indicatorIds: readonly number[], existing: (indicatorId: number) => ReadonlyMap<string, ExistingValue>): void {
    if (this.planned) throw new Error('ImportPlanner.compare after result()');
    for (const id of indicatorIds) {
      const state = this.states.get(id);
      if (state) this.compareIndicator(state, existing(id));
    }
  }

  result(): ImportPlan {
    return (this.planned ??= this.classify());
  }

  /** Classifies one indicator's rows: new, changed or unchanged, or an error when in conflict. */
  private compareIndicator(state: IndicatorState, existing: ReadonlyMap<string, ExistingValue>): void {
    if (state.compared) return;
    state.compared = true;
    const { rows } = this;
    const { counts, seen } = state;
    const periods = rows.periodTable(state.frequency);
    for (let ordinal = 0; ordinal < seen.length; ordinal++) {
      const row = seen[ordinal]! - 1;
      if (row < 0) continue;
      const chunk = rows.chunk(row);
      const at = row & CHUNK_MASK;
      if (chunk.state[at] === CONFLICTED) {
        // The first of two different values for one period: an error, like the second.
        counts.errors++;
        continue;
      }
      const old = existing.size ? existing.get(periods.canonical(ordinal)) : undefined;
      if (!old) {
        chunk.state[at] = NEW;
        counts.new++;
        this.added++;
        continue;
      }
      const comment = rows.comments.get(row) ?? null;
      if (old.value === chunk.value[at] && (comment === null || comment === old.comment)) {
        chunk.state[at] = UNCHANGED;
        counts.unchanged++;
        this.unchanged++;
        continue;
      }
      chunk.state[at] = CHANGED;
      counts.changed++;
      this.changed++;
      rows.setOld(row, old);
      // A changed value keeps its stored comment unless the file brings a new one.
      if (comment === null && old.comment !== null) rows.comments.set(row, old.comment);
    }
  }

  private classify(): ImportPlan {
    for (const [id, state] of this.states) if (!state.compared) this.compareIndicator(state, this.existing(id));
    const { rows } = this;
    let picked: Int32Array | undefined;
    if (this.unchanged > 0 || this.conflicts > 0) {
      picked = new Int32Array(this.added + this.changed);
      let k = 0;
      for (let row = 0; row < rows.length; row++) {
        const state = rows.state(row);
        if (state === NEW || state === CHANGED) picked[k++] = row;
      }
    }
    return {
      changes: new PlannedChanges(rows, picked),
      counts: { new: this.added, changed: this.changed, unchanged: this.unchanged, errorRows: this.errorLines.size, skippedLabels: this.skippedLabels },
      perIndicator: [...this.perIndicator.values()],
      errors: [...this.errors].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0)),
      errorCount: this.errorCount,
      unmatched: [...this.unmatched.values()],
    };
  }

  private stateOf(indicatorId: number): IndicatorState | undefined {
    let state = this.states.get(indicatorId);
    if (state) return state;
    const indicator = this.indicators.get(indicatorId);
    if (!indicator) return undefined;
    let counts = this.perIndicator.get(indicatorId);
    if (!counts) this.perIndicator.set(indicatorId, (counts = { indicatorId, new: 0, changed: 0, unchanged: 0, errors: 0 }));
    state = { indicator, counts, frequency: FREQUENCY_CODE[indicator.frequency], seen: new Int32Array(slotsOf(indicator.frequency)), compared: false };
    this.states.set(indicatorId, state);
    return state;
  }

  private readonly readPeriod = (text: string, frequency: Frequency): PeriodResult => {
    let cache = this.periodCaches.get(frequency);
    if (!cache) this.periodCaches.set(frequency, (cache = new Map()));
    let result = cache.get(text);
    if (!result) {
      result = readPeriodText(text, frequency);
      if (cache.size < PERIOD_CACHE_LIMIT) cache.set(text, result);
    }
    return result;
  };

  private error(error: ReadError): void {
    this.errorCount++;
    this.errorLines.add(error.line);
    if (this.errors.length < this.maxErrors) this.errors.push(error);
  }
}
