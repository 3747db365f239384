// The smallest step a window grows by, in period ordinals.
const STEP = 64;

/**
 * The first row of each period one indicator has in a file, by period ordinal (row number + 1; 0
 * when none yet). It covers only the span of periods the file has, growing as new ones come: a slot
 * for every quarter from 1900 to 2100 took 3 kB an indicator, 8 MB for a file of 2,500 indicators.
 */
export class OrdinalIndex {
  private start = 0;
  private slots = new Int32Array(0);

  get(ordinal: number): number {
    const at = ordinal - this.start;
    return at >= 0 && at < this.slots.length ? this.slots[at]! : 0;
  }

  set(ordinal: number, value: number): void {
    if (ordinal < this.start || ordinal >= this.start + this.slots.length) this.cover(ordinal);
    this.slots[ordinal - this.start] = value;
  }

  /** Calls `visit` for each ordinal that has a value, in ascending order. */
  forEach(visit: (ordinal: number, value: number) => void): void {
    const { start, slots } = this;
    for (let at = 0; at < slots.length; at++) if (slots[at]) visit(start + at, slots[at]!);
  }

  /** Grows the window to include `ordinal`, by at least half its size, so growing stays linear. */
  private cover(ordinal: number): void {
    const grow = Math.max(STEP, this.slots.length >> 1);
    const empty = this.slots.length === 0;
    const end = this.start + this.slots.length;
    const start = empty ? ordinal : ordinal < this.start ? Math.max(0, Math.min(ordinal, this.start - grow)) : this.start;
    const newEnd = empty ? ordinal + STEP : ordinal >= end ? Math.max(ordinal + 1, end + grow) : end;
    const slots = new Int32Array(newEnd - start);
    if (!empty) slots.set(this.slots, this.start - start);
    this.start = start;
    this.slots = slots;
  }
}
