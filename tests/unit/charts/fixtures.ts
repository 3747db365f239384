import { nextPeriod, type Period } from '../../../src/periods/period.js';
import type { ChartObservation, TrendChartInput } from '../../../src/charts/trend-chart.js';

export const q = (year: number, index: number): Period => ({ frequency: 'quarter', year, index });
export const m = (year: number, index: number): Period => ({ frequency: 'month', year, index });

export const XSS_SCRIPT = '<script>alert(1)</script>';
export const XSS_ATTRIBUTE = '"><img src=x onerror=alert(1)>';

/** Values for consecutive periods from `from`; `null` leaves the period out. */
export function quarterly(from: Period, values: readonly (number | null)[], comments: Record<number, string> = {}): ChartObservation[] {
  const observations: ChartObservation[] = [];
  let period = from;
  values.forEach((value, i) => {
    if (value !== null) observations.push({ period, value, comment: comments[i] ?? null });
    period = nextPeriod(period);
  });
  return observations;
}

// 1. kvt. 2019 – 3. kvt. 2025
const SICK_LEAVE = [
  ...[7.7, 7.1, 6.5, 7.4, 7.9, 7.2, 6.8, 7.6, 7.3, 6.9, 6.4, 7.0, 6.8, 6.6],
  ...[6.1, 6.7, 6.5, 6.2, 5.9, 6.4, 6.3, 6.0, 5.7, 6.1, 6.0, 5.8, 5.9],
];

export function plainSeries(): TrendChartInput {
  return { id: 'sygefravaer', title: 'Sygefravær', unit: '%', decimals: 1, direction: 'down', observations: quarterly(q(2019, 1), SICK_LEAVE) };
}

export function seriesWithGap(): TrendChartInput {
  return {
    id: 'ventetid',
    title: 'Ventetid på hjemmehjælp',
    unit: 'dage',
    decimals: 0,
    direction: 'down',
    observations: quarterly(q(2022, 1), [21, 24, 19, null, null, 17, 15, 16]),
  };
}

export function goalSeries(): TrendChartInput {
  return {
    ...plainSeries(),
    id: 'sygefravaer-maal',
    goal: { baselinePeriod: q(2023, 1), baselineValue: 6.8, targetPeriod: q(2026, 4), targetValue: 5.5, status: 'på sporet' },
  };
}

export function rangeSeries(): TrendChartInput {
  return {
    id: 'belaegning',
    title: 'Belægningsprocent på plejecentre',
    unit: '%',
    decimals: 1,
    direction: 'range',
    rangeMin: 92,
    rangeMax: 98,
    observations: quarterly(q(2023, 1), [94.5, 97.2, 99.1, 96.4, 95.0, 91.3, 93.8, 95.6]),
  };
}

export function markersAndComments(): TrendChartInput {
  return {
    ...seriesWithGap(),
    id: 'ventetid-markorer',
    observations: quarterly(q(2022, 1), [21, 24, 19, 22, 18, 17, 15, 16, 14], { 2: 'Ny visitationsproces indført', 6: 'Sommerferie' }),
    markers: [
      { period: q(2022, 2), label: 'Ledermødet besluttede ny visitation', kind: 'action' },
      { period: q(2022, 3), label: 'Ny visitationsproces indført', kind: 'intervention' },
    ],
  };
}

export function smallSeries(): TrendChartInput {
  return { ...goalSeries(), id: 'sygefravaer-lille', size: 'small' };
}

/** Every kind of user text carries an injection payload. */
export function hostileSeries(): TrendChartInput {
  return {
    id: 'ondsindet',
    title: `Fravær ${XSS_SCRIPT} ${XSS_ATTRIBUTE}`,
    unit: '%',
    decimals: 1,
    direction: 'down',
    observations: quarterly(q(2024, 1), [5, 6, 5.5], { 1: `Kommentar ${XSS_SCRIPT}${XSS_ATTRIBUTE}` }),
    markers: [
      { period: q(2024, 2), label: `Handling ${XSS_ATTRIBUTE}`, kind: 'action' },
      { period: q(2024, 3), label: `Indsats ${XSS_SCRIPT}`, kind: 'intervention' },
    ],
    goal: { baselinePeriod: q(2024, 1), baselineValue: 5, targetPeriod: q(2025, 4), targetValue: 4 },
  };
}

/** The demo's sick leave: high in the 1st and 3rd quarters, a covid spike in 2020. Seasonal. */
const DEMO_SICK_LEAVE = [
  ...[7.7, 6.6, 7.5, 6.9, 7.6, 7.6, 8.9, 6.4, 7.4, 6.2, 7.0, 6.7, 7.7, 6.0, 7.5, 6.3],
  ...[7.1, 6.3, 7.2, 5.7, 7.5, 6.0, 6.9, 6.0, 7.2, 6.0, 6.6, 5.9, 7.1, 5.8, 6.5],
];

export function seasonalSeries(): TrendChartInput {
  return {
    id: 'sygefravaer-saeson',
    title: 'Sygefravær, medarbejdere',
    unit: '%',
    decimals: 1,
    direction: 'down',
    observations: quarterly(q(2019, 1), DEMO_SICK_LEAVE, { 5: 'Covid-19: ekstra fravær' }),
    expected: q(2026, 3),
  };
}

/** Waiting time that fell after a new process: an intervention with a shaded before and after. */
export function interventionSeries(): TrendChartInput {
  return {
    id: 'visitation-indsats',
    title: 'Sagsbehandlingstid, visitation',
    unit: 'dage',
    decimals: 0,
    direction: 'down',
    observations: quarterly(q(2020, 1), [31, 30, 31, 29, 27, 30, 27, 30, 31, 29, 21, 22, 19, 19, 21, 17, 16, 15]),
    markers: [
      { period: q(2021, 3), label: 'Ledermødet bad visitationen om et forslag til en hurtigere proces', kind: 'action' },
      { period: q(2022, 3), label: 'Ny visitationsproces med faste visitatorer', kind: 'intervention' },
    ],
  };
}

/** A goal set late in a long series: the chart starts about two years before the baseline. */
export function zoomedGoalSeries(): TrendChartInput {
  return {
    ...seasonalSeries(),
    id: 'sygefravaer-zoom',
    goal: { baselinePeriod: q(2026, 3), baselineValue: 6.5, targetPeriod: q(2027, 4), targetValue: 5.8, status: 'mangler data' },
  };
}

export const ALL_FIXTURES: [string, () => TrendChartInput][] = [
  ['plain series', plainSeries],
  ['series with gap', seriesWithGap],
  ['goal with glide path', goalSeries],
  ['range band', rangeSeries],
  ['markers and comments', markersAndComments],
  ['small size', smallSeries],
  ['hostile text', hostileSeries],
  ['seasonal series', seasonalSeries],
  ['intervention', interventionSeries],
  ['zoomed goal', zoomedGoalSeries],
];
