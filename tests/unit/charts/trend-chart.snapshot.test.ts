import { describe, expect, it } from 'vitest';
import { renderTrendChart } from '../../../src/charts/trend-chart.js';
import { goalSeries, markersAndComments, plainSeries, rangeSeries, seriesWithGap, smallSeries } from './fixtures.js';
import { normaliseSnapshot } from './html.js';

describe('trend chart snapshots', () => {
  it.each([
    ['plain series', plainSeries],
    ['series with gap', seriesWithGap],
    ['goal with glide path', goalSeries],
    ['range band', rangeSeries],
    ['markers and comments', markersAndComments],
    ['small size', smallSeries],
  ])('%s', async (name, fixture) => {
    const file = `./__snapshots__/${name.replace(/ /g, '-')}.html`;
    await expect(normaliseSnapshot(renderTrendChart(fixture()))).toMatchFileSnapshot(file);
  });
});
