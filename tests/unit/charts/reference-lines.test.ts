import { describe, expect, it } from 'vitest';
import { renderTrendChart, renderTrendSvg } from '../../../src/charts/trend-chart.js';
import { renderSmallMultiples } from '../../../src/charts/small-multiples.js';
import { plainSeries, q, quarterly, XSS_SCRIPT } from './fixtures.js';
import { normaliseSnapshot, parseFragment, parseSvgXml, xmlProblems } from './html.js';

function withReferences() {
  return {
    ...plainSeries(),
    id: 'sygefravaer-ref',
    references: [
      { label: 'Hele landet', observations: quarterly(q(2023, 1), [5.9, 5.4, 5.1, 5.6, 6.0, 5.5, 5.2, 5.7, 5.8, 5.3, 5.0]) },
      // Values before the chart's first period are not drawn and do not stretch the axis.
      { label: 'Region Syddanmark', observations: quarterly(q(2015, 1), [9.9, 9.9]).concat(quarterly(q(2024, 1), [6.2, 5.9, 5.6, 6.1, 6.4, 6.0, 5.7])) },
    ],
  };
}

describe('reference series on a trend chart', () => {
  it('keep the figure, the caption and the table, with a legend entry, a caption sentence and a column per series', () => {
    const html = renderTrendChart(withReferences());
    const doc = parseFragment(html);
    expect(doc.querySelector('figure.trend-chart')).not.toBeNull();
    const caption = doc.querySelector('figcaption')!.textContent!;
    expect(caption).toContain('Til sammenligning: Hele landet 5,0 % i 3. kvt. 2025, Region Syddanmark 5,7 % i 3. kvt. 2025.');
    const legend = [...doc.querySelectorAll('.trend-chart__legend li')].map((li) => li.textContent);
    expect(legend).toEqual(expect.arrayContaining(['Hele landet', 'Region Syddanmark']));
    const heads = [...doc.querySelectorAll('table thead th')].map((th) => th.textContent);
    expect(heads.slice(0, 4)).toEqual(['Periode', 'Værdi', 'Hele landet', 'Region Syddanmark']);
    const first = [...doc.querySelectorAll('table tbody tr')][0]!;
    expect([...first.querySelectorAll('td')].slice(1, 3).map((td) => td.textContent)).toEqual(['–', '–']);
  });

  it('draw one dashed line with hollow symbols per series, each in its own style', () => {
    const svg = parseSvgXml(renderTrendSvg(withReferences(), { standalone: true }));
    const dashed = [...svg.querySelectorAll('path')].map((p) => p.getAttribute('stroke-dasharray') ?? p.parentElement?.getAttribute('stroke-dasharray')).filter((d) => d === '2 3' || d === '10 3 2 3');
    expect(new Set(dashed)).toEqual(new Set(['2 3', '10 3 2 3']));
    expect(xmlProblems(renderTrendSvg(withReferences(), { standalone: true }))).toEqual([]);
  });

  it('escape a series name in the legend, the table and the caption', () => {
    const html = renderTrendChart({ ...plainSeries(), references: [{ label: XSS_SCRIPT, observations: quarterly(q(2025, 1), [5, 5]) }] });
    expect(html).not.toContain(XSS_SCRIPT);
    expect(html).toContain('&lt;script&gt;');
  });

  it('snapshot', async () => {
    await expect(normaliseSnapshot(renderTrendChart(withReferences()))).toMatchFileSnapshot('./__snapshots__/reference-lines.html');
  });
});

describe('small multiples', () => {
  const panels = [
    { id: 'total', title: 'I alt', observations: quarterly(q(2025, 1), [5, 5.2, 5.1]), caption: '5,1 % i 3. kvt. 2025.', total: true },
    { id: 'a', title: 'Ældre og Sundhed', observations: quarterly(q(2025, 1), [6, 6.4, 6.1]), caption: '6,1 % i 3. kvt. 2025.', highlighted: true },
    { id: 'b', title: 'Dagtilbud', observations: [], caption: 'Ingen tal endnu.' },
  ];

  it('share one scale and one time axis, mark the own group in words and keep a caption and one table', () => {
    const html = renderSmallMultiples({ id: 'cmp', title: 'Sygefravær', format: { unit: '%', decimals: 1 }, caption: 'Tre grupper.', panels });
    const doc = parseFragment(html);
    expect(doc.querySelector('figure.small-multiples > figcaption')!.textContent).toBe('Tre grupper.');
    expect(doc.querySelector('.small-multiple--own')!.textContent).toContain('Jeres gruppe');
    const labels = [...doc.querySelectorAll('svg[role="img"]')].map((s) => s.getAttribute('aria-label'));
    expect(labels).toEqual(['I alt: 5,1 % i 3. kvt. 2025.', 'Ældre og Sundhed: 6,1 % i 3. kvt. 2025.', 'Dagtilbud: Ingen tal endnu.']);
    // Both drawn panels carry the same y ticks: one scale.
    const ticks = [...doc.querySelectorAll('svg[role="img"]')].slice(0, 2).map((s) => [...s.querySelectorAll('text')].map((t) => t.textContent).filter((t) => t?.includes('%')).join('|'));
    expect(ticks[0]).toBe(ticks[1]);
    // The time axis says the periods in the same words as the rest of the app.
    const periods = [...doc.querySelectorAll('svg[role="img"]')][0]!.querySelectorAll('text');
    expect([...periods].map((t) => t.textContent).filter((t) => t?.includes('2025'))).toEqual(['1. kvt. 2025', '3. kvt. 2025']);
    // The end labels are anchored inside the panel, so the last one does not run past its edge.
    const anchorOf = (label: string) => [...periods].find((t) => t.textContent === label)?.parentElement?.getAttribute('text-anchor');
    expect([anchorOf('1. kvt. 2025'), anchorOf('3. kvt. 2025')]).toEqual(['start', 'end']);
    const heads = [...doc.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(heads).toEqual(['Periode', 'I alt', 'Ældre og Sundhed (jeres gruppe)', 'Dagtilbud']);
    expect([...doc.querySelectorAll('tbody tr')][0]!.lastElementChild!.textContent).toBe('Mangler');
  });
});
