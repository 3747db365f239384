/**
 * A bounded least-recently-used cache for rendered charts. The caller builds the key from
 * everything the chart depends on (e.g. `${indicatorId}:${dataVersion}:${goalVersion}`), so
 * a stale entry is never looked up again and simply ages out; nothing needs invalidating.
 */
export class ChartCache<T = string> {
  private readonly entries = new Map<string, T>();

  constructor(readonly maxEntries = 500) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError(`maxEntries must be ≥ 1, got ${maxEntries}`);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // A Map iterates in insertion order, so re-inserting marks the entry as most recent.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  getOrRender(key: string, render: () => T): T {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const rendered = render();
    this.set(key, rendered);
    return rendered;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** One cache for the process, shared by every page that shows charts. */
export const chartCache = new ChartCache();

/** The same charts as UTF-8 bytes, for pages that splice them into the response (see chart-slots.ts). */
export const chartBytesCache = new ChartCache<Buffer>();
