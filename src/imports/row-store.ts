import type { Period } from '../periods/period.js';
import { keepable } from './raw-record.js';
import { FREQUENCIES, PeriodTable } from './period-ordinals.js';

/** A value already stored for an indicator and period, as a changed value in the file replaces it. */
export interface ExistingValue {
  value: number;
  comment: string | null;
  importId: number | null;
}

// The rows a plan keeps, column by column in typed arrays: a million rows cost 20 MB here, where a
// million objects would cost several times that. The columns grow in chunks of 64K rows, so
// growing never copies and never leaves the old, smaller arrays behind as garbage.

export const NEW = 1;
export const CHANGED = 2;
export const UNCHANGED = 3;
export const CONFLICTED = 4;

const CHUNK_BITS = 16;
const CHUNK_SIZE = 1 << CHUNK_BITS;
export const CHUNK_MASK = CHUNK_SIZE - 1;

export class RowChunk {
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

export class RowStore {
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
    if (comment !== null) this.comments.set(row, keepable(comment));
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
