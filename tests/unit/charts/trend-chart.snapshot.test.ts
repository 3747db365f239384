import { describe, expect, it } from 'vitest';
import { renderTrendChart } from '../../../src/charts/trend-chart.js';
import type { TrendChartInput } from '../../../src/charts/chart-types.js';
import {
  goalSeries,
  interventionSeries,
  markersAndComments,
  plainSeries,
  rangeSeries,
  seasonalSeries,
  seriesWithGap,
  smallSeries,
  zoomedGoalSeries,
} from './fixtures.js';
import { normaliseSnapshot, parseFragment } from './html.js';

/** One file per test, named after it, with coordinates rounded so float noise does not churn them (TZ is pinned in vitest.config.ts). */
const file = (name: string) => `./__snapshots__/${name.replace(/[^a-z0-9]+/gi, '-')}.html`;

function narrowSvg(input: TrendChartInput): string {
  const svg = parseFragment(renderTrendChart(input)).querySelector('svg.trend-chart__svg--narrow');
  if (!svg) throw new Error('no narrow drawing');
  return svg.outerHTML;
}

describe('trend chart snapshots', () => {
  it.each([
    ['plain series', plainSeries],
    ['series with gap', seriesWithGap],
    ['goal with glide path', goalSeries],
    ['range band', rangeSeries],
    ['labelled markers and comments', markersAndComments],
    ['small size with its table', smallSeries],
    ['rolling year of a seasonal series', seasonalSeries],
    ['shaded before and after an intervention', interventionSeries],
    ['goal chart zoomed to two years before the baseline', zoomedGoalSeries],
  ])('%s', async (name, fixture) => {
    await expect(normaliseSnapshot(renderTrendChart(fixture()))).toMatchFileSnapshot(file(name));
  });

  it('narrow drawing for a phone', async () => {
    await expect(normaliseSnapshot(narrowSvg(interventionSeries()))).toMatchFileSnapshot(file('narrow drawing for a phone'));
  });
});
