import { detectNumberStyle, type NumberStyle } from '../numbers/danish-number.js';
import { keepable } from './raw-record.js';

export interface NumberStyleVerdict {
  style: NumberStyle | undefined;
  ambiguous: boolean;
  evidence: string;
}

type Reading = 'da' | 'en' | 'ambiguous' | 'none';

// How a value reads depends only on its characters with every non-zero digit made alike:
// zero matters ("0.500" is no thousands group), the digit values do not. A file has few
// such shapes, so one detectNumberStyle call per shape replaces one per value.
const SHAPE_CACHE_LIMIT = 10_000;

function shapeOf(value: string): string {
  return value.replace(/[1-9]/g, '1');
}

function readingOf(value: string): Reading {
  const single = detectNumberStyle([value]);
  return single.style ?? (single.ambiguous ? 'ambiguous' : 'none');
}

/**
 * detectNumberStyle over every value of a file without keeping the values: its verdict
 * depends only on the first value of each reading, in file order, so those are all we keep.
 */
export class NumberStyleTracker {
  readonly #first = new Map<Reading, string>();
  readonly #readings = new Map<string, Reading>();
  // Values repeat (a percentage with one decimal has a thousand forms), and a repeated value
  // is found here without working out its shape again.
  readonly #byValue = new Map<string, Reading>();

  add(value: string): void {
    // Once both styles have been seen the verdict cannot change.
    if (this.#first.has('da') && this.#first.has('en')) return;
    let reading = this.#byValue.get(value);
    if (reading === undefined) {
      if (!/[.,]/.test(value)) {
        // A value without separator is no evidence.
        reading = 'none';
      } else {
        const shape = shapeOf(value);
        reading = this.#readings.get(shape);
        if (reading === undefined) {
          reading = readingOf(value);
          if (this.#readings.size < SHAPE_CACHE_LIMIT) this.#readings.set(shape, reading);
        }
      }
      if (this.#byValue.size < SHAPE_CACHE_LIMIT) this.#byValue.set(keepable(value), reading);
    }
    if (reading !== 'none' && !this.#first.has(reading)) this.#first.set(reading, keepable(value));
  }

  verdict(): NumberStyleVerdict {
    return detectNumberStyle(this.#first.values());
  }
}
