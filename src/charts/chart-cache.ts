/**
 * A bounded least-recently-used cache for rendered charts. The caller builds the key from
 * everything the chart depends on (e.g. `${indicatorId}:${dataVersion}:${goalVersion}`), so
 * a stale entry is never looked up again and simply ages out; nothing needs invalidating.
 */
export class ChartCache<T = string> {
  private readonly entries = new Map<string, T>();
  private size_ = 0;

  /**
   * At most `maxEntries` charts and, when given, `maxSize` in total: characters of text, or bytes of
   * a Buffer. A municipality's overview pages hold 25 charts each; a count alone would either
   * thrash at scale or let big charts take the memory.
   */
  constructor(
    readonly maxEntries = 500,
    readonly maxSize = Number.POSITIVE_INFINITY,
  ) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError(`maxEntries must be ≥ 1, got ${maxEntries}`);
  }

  private static sizeOf(value: unknown): number {
    if (typeof value === 'string') return value.length;
    if (value instanceof Uint8Array) return value.byteLength;
    return 1;
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
    this.delete(key);
    this.entries.set(key, value);
    this.size_ += ChartCache.sizeOf(value);
    while (this.entries.size > this.maxEntries || (this.size_ > this.maxSize && this.entries.size > 1)) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (old === undefined) return;
    this.size_ -= ChartCache.sizeOf(old);
    this.entries.delete(key);
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
    this.size_ = 0;
  }
}

/**
 * One cache for the process, shared by every page that shows charts: up to 20 million characters
 * (about 2,000 overview charts with their tables, 20–40 MB), so the overviews of the groups in use
 * at once in a municipality are drawn once, not on every request.
 */
export const chartCache = new ChartCache(10_000, 20_000_000);

/** The same charts as UTF-8 bytes, for pages that splice them into the response (see chart-slots.ts). */
export const chartBytesCache = new ChartCache<Buffer>(10_000, 20_000_000);
