import type { Observation } from '../indicators/observation.js';

/**
 * A short fingerprint of what a chart shows of its values: every period, value and comment, in
 * order (FNV-1a over the text, 2 × 32 bits). A chart cache keyed on it is right whoever wrote the
 * values and whatever their clocks said: two app instances whose clocks differ by a second could
 * otherwise write a changed value with an older `updated_at` than the newest one, and a key built
 * from the newest `updated_at` and the count would not change. 40 values take about a microsecond.
 */
export function valuesFingerprint(observations: readonly Pick<Observation, 'period' | 'value' | 'comment'>[]): string {
  // A group's values are kept frozen between requests (listObservationsOfGroup): one fingerprint each.
  const known = Object.isFrozen(observations) ? fingerprints.get(observations) : undefined;
  if (known !== undefined) return known;
  const print = computeFingerprint(observations);
  if (Object.isFrozen(observations)) fingerprints.set(observations, print);
  return print;
}

const fingerprints = new WeakMap<object, string>();

function computeFingerprint(observations: readonly Pick<Observation, 'period' | 'value' | 'comment'>[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ observations.length;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x5bd1e995);
  };
  for (const o of observations) {
    mix(`${o.period.year}.${o.period.index}.${o.period.frequency}`);
    mix(String(o.value));
    mix(o.comment ?? '\u0000');
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}
