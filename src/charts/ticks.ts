import { periodsPerYear, type Frequency, type Period } from '../periods/period.js';

export interface ValueScale {
  domain: [number, number];
  ticks: number[];
  /** Decimals needed to tell the ticks apart, e.g. 1 for a step of 0,5. */
  decimals: number;
}

/** Rounds away binary noise such as 0.30000000000000004 so tick values print and compare cleanly. */
function tidy(value: number, decimals: number): number {
  return Number(value.toFixed(Math.min(20, decimals + 2)));
}

/**
 * A y scale on round numbers around every value that must be visible, with the finest
 * 1-2-5 step that keeps to `maxTicks` labels. Zero is not forced in:
 * indicators such as sick leave move within a narrow band, and a zero baseline flattens that.
 */
export function valueScale(values: readonly number[], maxTicks: number): ValueScale {
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    min = 0;
    max = 1;
  }
  if (min === max) {
    const half = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= half;
    max += half;
  }
  const pad = (max - min) * 0.06;
  const low = min >= 0 && min - pad < 0 ? 0 : min - pad;
  const high = max + pad;
  const count = Math.max(2, maxTicks);
  for (let power = 10 ** Math.floor(Math.log10((high - low) / count)); ; power *= 10) {
    for (const multiple of [1, 2, 5]) {
      const scale = scaleWithStep(low, high, multiple * power);
      if (scale.ticks.length <= count) return scale;
    }
  }
}

function scaleWithStep(low: number, high: number, step: number): ValueScale {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  // Edges on half steps waste less height than rounding out to a whole step.
  const half = step / 2;
  const domain: [number, number] = [
    tidy(Math.floor(low / half) * half, decimals + 1),
    tidy(Math.ceil(high / half) * half, decimals + 1),
  ];
  const ticks: number[] = [];
  for (let i = Math.ceil(domain[0] / step - 1e-9); i * step <= domain[1] + 1e-9; i++) {
    ticks.push(tidy(i * step, decimals));
  }
  return { domain, ticks, decimals };
}

// Steps in periods; the larger ones keep labels on the same quarter or month each year.
const PERIOD_STEPS: Record<Frequency, number[]> = {
  quarter: [1, 2, 4, 8, 12, 20, 40, 80],
  month: [1, 2, 3, 6, 12, 24, 36, 60, 120, 240],
  year: [1, 2, 5, 10, 20, 50, 100],
};

function absoluteIndex(period: Period): number {
  return period.year * periodsPerYear(period.frequency) + period.index - 1;
}

/**
 * The ways to label the periods, finest first: each a list of positions (indexes into `periods`) on
 * the same quarter or month every year, at most `maxTicks` of them. The axis takes the first whose
 * labels do not touch, so a label is never silently left out of an even row.
 */
export function periodTickOptions(periods: readonly Period[], maxTicks: number): number[][] {
  const first = periods[0];
  if (!first) return [];
  const all = periods.map((_, i) => i);
  const options = PERIOD_STEPS[first.frequency]
    .map((step) => all.filter((i) => absoluteIndex(periods[i] ?? first) % step === 0))
    .filter((ticks) => ticks.length > 0 && ticks.length <= maxTicks);
  return options.length ? options : [[0]];
}

/** Positions (indexes into `periods`) that get a label, at most `maxTicks` of them. */
export function periodTicks(periods: readonly Period[], maxTicks: number): number[] {
  return periodTickOptions(periods, maxTicks)[0] ?? [];
}

/** Only the ends: a small card has room for two labels, and the span is what matters there. */
export function endTicks(periods: readonly Period[]): number[] {
  return periods.length > 1 ? [0, periods.length - 1] : [0];
}
