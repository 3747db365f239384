import type { Indicator } from '../indicators/indicator.js';
import { formatNumber, type NumberStyle } from '../numbers/danish-number.js';
import { displayPeriod, formatCanonical, MAX_YEAR, MIN_YEAR, type Frequency, type PeriodResult } from '../periods/period.js';
import type { IndicatorMatcher, LabelTarget } from './indicator-matching.js';
import { interpretRecord } from './interpret.js';
import { readPeriodText } from './period-text.js';
import { OrdinalIndex } from './ordinal-index.js';
import { FREQUENCY_CODE, ordinalOf } from './period-ordinals.js';
import { PlannedChanges } from './planned-changes.js';
import { locatedError, type ReadError } from './read-error.js';
import { keepable, type RawRecord } from './raw-record.js';
import { CHANGED, CHUNK_MASK, CONFLICTED, NEW, RowStore, UNCHANGED, type ExistingValue } from './row-store.js';

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

interface IndicatorState {
  indicator: Indicator;
  counts: IndicatorCounts;
  frequency: number;
  /** Row number + 1 of the first value seen per period ordinal; 0 when none. */
  seen: OrdinalIndex;
  /** Whether its rows have been compared with the stored values. */
  compared: boolean;
}

const NOTHING_STORED: ReadonlyMap<string, ExistingValue> = new Map();

// Files have few distinct period texts; reading each once per frequency saves a parse per row.
const PERIOD_CACHE_LIMIT = 10_000;

/**
 * Classifies each record against what is stored: new, changed (old → new), unchanged or an error.
 * Fed one record at a time so a million-row file never needs all rows in memory as objects.
 *
 * Records are checked (period, number, duplicates) as they come; the caller then hands over the
 * stored values with `compare()` for the indicators the file has values for (`indicatorIds()`), a
 * few at a time; an indicator not compared counts as having nothing stored.
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
      else this.unmatched.set(keepable(label), { label: keepable(label), rows: 1, firstLine: record.line, unit: record.unit === null ? null : keepable(record.unit) });
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
    const earlierRow = state.seen.get(ordinal) - 1;
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
    state.seen.set(ordinal, row + 1);
  }

  /**
   * Compares these indicators' rows with their stored values now, so the stored values can be
   * loaded a few indicators at a time instead of all at once.
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
    seen.forEach((ordinal, first) => {
      const row = first - 1;
      const chunk = rows.chunk(row);
      const at = row & CHUNK_MASK;
      if (chunk.state[at] === CONFLICTED) {
        // The first of two different values for one period: an error, like the second.
        counts.errors++;
        return;
      }
      const old = existing.size ? existing.get(periods.canonical(ordinal)) : undefined;
      if (!old) {
        chunk.state[at] = NEW;
        counts.new++;
        this.added++;
        return;
      }
      const comment = rows.comments.get(row) ?? null;
      if (old.value === chunk.value[at] && (comment === null || comment === old.comment)) {
        chunk.state[at] = UNCHANGED;
        counts.unchanged++;
        this.unchanged++;
        return;
      }
      chunk.state[at] = CHANGED;
      counts.changed++;
      this.changed++;
      rows.setOld(row, old);
      // A changed value keeps its stored comment unless the file brings a new one.
      if (comment === null && old.comment !== null) rows.comments.set(row, old.comment);
    });
  }

  private classify(): ImportPlan {
    for (const state of this.states.values()) if (!state.compared) this.compareIndicator(state, NOTHING_STORED);
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
    state = { indicator, counts, frequency: FREQUENCY_CODE[indicator.frequency], seen: new OrdinalIndex(), compared: false };
    this.states.set(indicatorId, state);
    return state;
  }

  private readonly readPeriod = (text: string, frequency: Frequency): PeriodResult => {
    let cache = this.periodCaches.get(frequency);
    if (!cache) this.periodCaches.set(frequency, (cache = new Map()));
    let result = cache.get(text);
    if (!result) {
      result = readPeriodText(text, frequency);
      if (cache.size < PERIOD_CACHE_LIMIT) cache.set(keepable(text), result);
    }
    return result;
  };

  private error(error: ReadError): void {
    this.errorCount++;
    this.errorLines.add(error.line);
    if (this.errors.length < this.maxErrors) this.errors.push(error);
  }
}
