import { periodsPerYear, type Frequency, type Period } from '../periods/period.js';

export interface ValueScale {
  domain: [number, number];
  ticks: number[];
  /** Decimals needed to tell the ticks apart, e.g. 1 for a step of 0,5. */
  decimals: number;
}

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Rounds away binary noise such as 0.30000000000000004 so tick values print and compare cleanly. */
function tidy(value: number, decimals: number): number {
  return Number(value.toFixed(Math.min(20, decimals + 2)));
}

/**
 * A y scale on round numbers around every value that must be visible. Zero is not forced in:
 * indicators such as sick leave move within a narrow band, and a zero baseline flattens that.
 */
export function valueScale(values: readonly number[], tickCount: number): ValueScale {
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
  const paddedMin = min >= 0 && min - pad < 0 ? 0 : min - pad;
  const step = niceStep(max + pad - paddedMin, tickCount);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const lo = Math.floor(paddedMin / step);
  const hi = Math.ceil((max + pad) / step);
  const ticks: number[] = [];
  for (let i = lo; i <= hi; i++) ticks.push(tidy(i * step, decimals));
  return { domain: [tidy(lo * step, decimals), tidy(hi * step, decimals)], ticks, decimals };
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

/** Positions (indexes into `periods`) that get a label, at most `maxTicks` of them. */
export function periodTicks(periods: readonly Period[], maxTicks: number): number[] {
  const first = periods[0];
  if (!first) return [];
  const all = periods.map((_, i) => i);
  for (const step of PERIOD_STEPS[first.frequency]) {
    const ticks = all.filter((i) => absoluteIndex(periods[i] ?? first) % step === 0);
    if (ticks.length > 0 && ticks.length <= maxTicks) return ticks;
  }
  return [0];
}

/** Only the ends: a small card has room for two labels, and the span is what matters there. */
export function endTicks(periods: readonly Period[]): number[] {
  return periods.length > 1 ? [0, periods.length - 1] : [0];
}
