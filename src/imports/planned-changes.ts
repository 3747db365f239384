import type { Period } from '../periods/period.js';
import { CHANGED, type ExistingValue, type RowStore } from './row-store.js';

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
