// Median render time of one meeting-page chart (its wide and its phone-wide drawing, caption, legend
// and table): 28 quarters, a goal, an action and an intervention with its shaded before and after.
// Run with: npx tsx bench/chart-bench.ts
import { performance } from 'node:perf_hooks';
import { periodRange, type Period } from '../src/periods/period.js';
import { renderTrendChart, type TrendChartInput } from '../src/charts/trend-chart.js';

const q = (year: number, index: number): Period => ({ frequency: 'quarter', year, index });

const input: TrendChartInput = {
  id: 'bench',
  title: 'Sygefravær',
  unit: '%',
  decimals: 1,
  direction: 'down',
  observations: periodRange(q(2019, 1), q(2025, 4)).map((period, i) => ({
    period,
    value: 7.8 - i * 0.07 + Math.sin(i) * 0.4,
    comment: i % 9 === 0 ? 'Kommentar fra indberetningen' : null,
  })),
  goal: { baselinePeriod: q(2023, 1), baselineValue: 6.8, targetPeriod: q(2026, 4), targetValue: 5.5, status: 'på sporet' },
  markers: [
    { period: q(2021, 3), label: 'Trivselsindsats besluttet', kind: 'action' },
    { period: q(2022, 3), label: 'Ny fraværspolitik', kind: 'intervention' },
  ],
};

const warmUp = 50;
const runs = 200;
for (let i = 0; i < warmUp; i++) renderTrendChart(input);
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  renderTrendChart(input);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = ((times[runs / 2 - 1] ?? 0) + (times[runs / 2] ?? 0)) / 2;
const p95 = times[Math.floor(runs * 0.95)] ?? 0;
console.log(
  `renderTrendChart, 28 quarters + goal + 2 markers: median ${median.toFixed(2)} ms, ` +
    `p95 ${p95.toFixed(2)} ms (${runs} runs after ${warmUp} warm-up)`,
);
