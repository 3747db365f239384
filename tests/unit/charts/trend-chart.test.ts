import { describe, expect, it } from 'vitest';
import { renderTrendChart, renderTrendSvg, type TrendChartInput } from '../../../src/charts/trend-chart.js';
import { captionSentence } from '../../../src/charts/caption.js';
import { STYLE } from '../../../src/charts/chart-style.js';
import { formatValue } from '../../../src/numbers/value-format.js';
import { glidePath } from '../../../src/charts/glide-path.js';
import { displayPeriod, periodRange } from '../../../src/periods/period.js';
import {
  ALL_FIXTURES,
  XSS_ATTRIBUTE,
  XSS_SCRIPT,
  goalSeries,
  hostileSeries,
  m,
  markersAndComments,
  plainSeries,
  q,
  rangeSeries,
  seriesWithGap,
  smallSeries,
} from './fixtures.js';
import { parseFragment, parseSvgXml, xmlProblems } from './html.js';

function seriesPath(doc: Document): string {
  const paths = doc.querySelectorAll(`g[stroke="${STYLE.series.stroke}"][fill="none"] > path`);
  expect(paths.length).toBe(1);
  return paths[0]?.getAttribute('d') ?? '';
}

/** The path's points, one array per unbroken segment. */
function segments(d: string): number[][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((segment) => segment.split('L').map((point) => point.split(',').map(Number)));
}

function tableRows(doc: Document): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const row of Array.from(doc.querySelectorAll('table tbody tr'))) {
    const cells = Array.from(row.children, (cell) => cell.textContent ?? '');
    rows.set(cells[0] ?? '', cells.slice(1));
  }
  return rows;
}

describe('gaps', () => {
  it('breaks the line at missing periods instead of bridging them', () => {
    const doc = parseFragment(renderTrendSvg(seriesWithGap()));
    const parts = segments(seriesPath(doc));
    // 2022K1–K3, then nothing for 2022K4 and 2023K1, then 2023K2–K4.
    expect(parts.map((p) => p.length)).toEqual([3, 3]);
    const [first, second] = parts;
    const step = (first?.[1]?.[0] ?? 0) - (first?.[0]?.[0] ?? 0);
    expect((second?.[0]?.[0] ?? 0) - (first?.[2]?.[0] ?? 0)).toBeCloseTo(3 * step, 1);
  });

  it('draws one unbroken line when no period is missing', () => {
    const doc = parseFragment(renderTrendSvg(plainSeries()));
    expect(segments(seriesPath(doc))).toHaveLength(1);
  });

  it('still shows an isolated value as a point', () => {
    const input: TrendChartInput = { ...seriesWithGap(), observations: [{ period: q(2022, 1), value: 21 }, { period: q(2022, 3), value: 18 }] };
    const doc = parseFragment(renderTrendSvg(input));
    const titles = Array.from(doc.querySelectorAll('title'), (t) => t.textContent);
    expect(titles).toEqual(expect.arrayContaining(['1. kvt. 2022: 21 dage', '3. kvt. 2022: 18 dage']));
  });

  it('draws last year as a separate dashed line, with its own gaps', () => {
    const doc = parseFragment(renderTrendSvg(seriesWithGap()));
    const group = doc.querySelector(`g[stroke="${STYLE.lastYear.stroke}"]`);
    expect(group?.getAttribute('stroke-dasharray')).toBe(STYLE.lastYear.dash);
    // 2023K1–K3 repeat 2022K1–K3; 2023K4 would repeat the missing 2022K4.
    expect(segments(group?.querySelector('path')?.getAttribute('d') ?? '').map((p) => p.length)).toEqual([3]);
  });
});

describe('data table', () => {
  it('lists every plotted value in the row of its period, and missing periods as missing', () => {
    const input = seriesWithGap();
    const rows = tableRows(parseFragment(renderTrendChart(input)));
    for (const o of input.observations) {
      expect(rows.get(displayPeriod(o.period))?.[0]).toBe(formatValue({ unit: input.unit, decimals: input.decimals }, o.value));
    }
    expect(rows.get('4. kvt. 2022')?.[0]).toBe('Mangler');
    expect(rows.size).toBe(8);
  });

  it('adds the glide path and keeps comments and markers next to their values', () => {
    const input = goalSeries();
    const doc = parseFragment(renderTrendChart(input));
    const headers = Array.from(doc.querySelectorAll('thead th'), (th) => th.textContent);
    expect(headers).toEqual(['Periode', 'Værdi', 'Vej mod målet', 'Kommentar']);
    const rows = tableRows(doc);
    const glide = input.goal ? glidePath(input.goal) : [];
    expect(glide).toHaveLength(16);
    for (const point of glide) {
      expect(rows.get(displayPeriod(point.period))?.[1]).toBe(formatValue({ unit: '%', decimals: 1 }, point.value));
    }
    expect(rows.get('4. kvt. 2026')).toEqual(['', '5,5 %', '']);

    const marked = tableRows(parseFragment(renderTrendChart(markersAndComments())));
    expect(marked.get('3. kvt. 2022')).toEqual(['19 dage', 'Ny visitationsproces indført', 'Indsats: Ny visitationsproces indført']);
  });

  it('is left out of the small size', () => {
    const html = renderTrendChart(smallSeries());
    expect(html).not.toContain('<table');
    expect(html).not.toContain('<details');
  });
});

describe('accessibility', () => {
  it.each(ALL_FIXTURES)('%s: one role="img" svg named by the caption sentence', (_, fixture) => {
    const input = fixture();
    const doc = parseFragment(renderTrendChart(input));
    const figure = doc.querySelector('figure.trend-chart');
    expect(figure?.getAttribute('id')).toBe(input.id);
    const svgs = doc.querySelectorAll('svg[role="img"]');
    expect(svgs).toHaveLength(1);
    const label = svgs[0]?.getAttribute('aria-label') ?? '';
    expect(label.trim()).not.toBe('');
    expect(label).toBe(captionSentence(input));
    expect(doc.querySelector('figcaption')?.textContent).toBe(captionSentence(input));
    // Legend swatches are decoration; their text labels carry the meaning.
    for (const swatch of Array.from(doc.querySelectorAll('.trend-chart__legend svg'))) {
      expect(swatch.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it.each(ALL_FIXTURES)('%s: nothing the CSP or axe would reject', (_, fixture) => {
    const html = renderTrendChart(fixture());
    expect(html).not.toMatch(/<style[\s>]/);
    expect(html).not.toMatch(/\sstyle=/);
    const doc = parseFragment(html);
    for (const element of Array.from(doc.querySelectorAll('g[aria-label]'))) {
      expect(element.getAttribute('role')).toBeTruthy();
    }
    expect(html).not.toMatch(/<g\b[^>]*\saria-label=/);
  });

  it('names the indicator in the chart when there is no data', () => {
    const input: TrendChartInput = { ...plainSeries(), observations: [] };
    const doc = parseFragment(renderTrendChart(input));
    expect(doc.querySelector('figcaption')?.textContent).toBe('Der er ingen data endnu.');
    expect(doc.querySelector('svg')?.getAttribute('aria-label')).toBe('Sygefravær: Der er ingen data endnu.');
    expect(doc.querySelector('table')).toBeNull();
  });
});

describe('user text', () => {
  const payloads = [XSS_SCRIPT, XSS_ATTRIBUTE];

  it('is escaped everywhere in the figure', () => {
    const html = renderTrendChart(hostileSeries());
    expect(html).not.toMatch(/<script|<img/i);
    const doc = parseFragment(html);
    expect(doc.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    // Escaped, not stripped: the text survives as text.
    const svg = doc.querySelector('svg[role="img"]');
    expect(svg?.getAttribute('aria-label')).toContain(`Fravær ${XSS_SCRIPT} ${XSS_ATTRIBUTE}`);
    expect(doc.querySelector('caption')?.textContent).toBe(`Fravær ${XSS_SCRIPT} ${XSS_ATTRIBUTE}`);
    const titles = Array.from(doc.querySelectorAll('title'), (t) => t.textContent ?? '');
    expect(titles).toContain(`2. kvt. 2024: 6,0 % – Kommentar ${XSS_SCRIPT}${XSS_ATTRIBUTE}`);
    expect(titles).toContain(`Handling fra ledermøde: Handling ${XSS_ATTRIBUTE} (2. kvt. 2024)`);
    expect(titles).toContain(`Indsats: Indsats ${XSS_SCRIPT} (3. kvt. 2024)`);
  });

  it('is escaped in the id attribute', () => {
    const html = renderTrendChart({ ...plainSeries(), id: XSS_ATTRIBUTE });
    expect(html).not.toContain('<img');
    expect(parseFragment(html).querySelector('figure')?.getAttribute('id')).toBe(XSS_ATTRIBUTE);
  });

  it.each(payloads)('keeps an ampersand-entity in user text literal: %s&amp;', (payload) => {
    const title = `${payload}&amp;`;
    const doc = parseFragment(renderTrendSvg({ ...plainSeries(), title }));
    expect(doc.querySelector('svg')?.getAttribute('aria-label')).toContain(title);
  });
});

describe('standalone svg', () => {
  it.each(ALL_FIXTURES)('%s: declares its namespaces and is well-formed XML', (_, fixture) => {
    const svg = renderTrendSvg(fixture(), { standalone: true });
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
    expect(xmlProblems(svg)).toEqual([]);
    const doc = parseSvgXml(svg);
    expect(doc.documentElement?.tagName).toBe('svg');
    expect(doc.documentElement?.firstElementChild?.tagName).toBe('title');
  });

  it('is well-formed without data too', () => {
    const svg = renderTrendSvg({ ...plainSeries(), observations: [] }, { standalone: true });
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(xmlProblems(svg)).toEqual([]);
  });

  it('is left out of the inline svg, which HTML places in the SVG namespace by itself', () => {
    expect(renderTrendSvg(plainSeries())).not.toContain('xmlns');
  });
});

describe('marks', () => {
  it('draws the goal with baseline, target, glide path, deadline and a Danish label', () => {
    const doc = parseFragment(renderTrendSvg(goalSeries()));
    const groups = Array.from(doc.querySelectorAll(`g[stroke="${STYLE.goal.stroke}"]`));
    const dashes = groups.map((g) => g.getAttribute('stroke-dasharray'));
    expect(dashes).toEqual(expect.arrayContaining([STYLE.goal.dash, STYLE.goal.deadlineDash]));
    const texts = Array.from(doc.querySelectorAll('text'), (t) => t.textContent);
    expect(texts).toContain('Mål: 5,5 % i 4. kvt. 2026');
    const titles = Array.from(doc.querySelectorAll('title'), (t) => t.textContent);
    expect(titles).toContain('Udgangspunkt: 6,8 % i 1. kvt. 2023');
  });

  it('tells actions and interventions apart by dash pattern as well as colour', () => {
    const doc = parseFragment(renderTrendChart(markersAndComments()));
    const action = doc.querySelector(`g[stroke="${STYLE.action.stroke}"]`);
    const intervention = doc.querySelector(`g[stroke="${STYLE.intervention.stroke}"]`);
    expect(action?.getAttribute('stroke-dasharray')).toBe(STYLE.action.dash);
    expect(intervention?.getAttribute('stroke-dasharray')).toBe(STYLE.intervention.dash);
    expect(STYLE.action.dash).not.toBe(STYLE.intervention.dash);
    expect(STYLE.action.symbol).not.toBe(STYLE.intervention.symbol);
    const legend = Array.from(doc.querySelectorAll('.trend-chart__legend li'), (li) => li.textContent);
    expect(legend).toEqual(['Målt værdi', 'Samme periode sidste år', 'Punkt med kommentar', 'Handling fra ledermøde', 'Indsats']);
  });

  it('puts comments on points as native tooltips', () => {
    const titles = Array.from(parseFragment(renderTrendSvg(markersAndComments())).querySelectorAll('title'), (t) => t.textContent);
    expect(titles).toContain('3. kvt. 2022: 19 dage – Ny visitationsproces indført');
    expect(titles).toContain('1. kvt. 2022: 21 dage');
  });

  it('shades the allowed range and shows it in the legend', () => {
    const doc = parseFragment(renderTrendChart(rangeSeries()));
    expect(doc.querySelector(`g[fill="${STYLE.range.fill}"] rect, rect[fill="${STYLE.range.fill}"]`)).not.toBeNull();
    expect(doc.querySelector('.trend-chart__legend')?.textContent).toContain('Grænser (92,0–98,0 %)');
  });

  it('labels the axes in Danish, with the unit and not too many periods', () => {
    const doc = parseFragment(renderTrendSvg(plainSeries()));
    const texts = Array.from(doc.querySelectorAll('text'), (t) => t.textContent ?? '');
    const periods = texts.filter((t) => /^K\d \d{4}$/.test(t));
    expect(periods).toEqual(['K1 2019', 'K1 2020', 'K1 2021', 'K1 2022', 'K1 2023', 'K1 2024', 'K1 2025']);
    const values = texts.filter((t) => t.endsWith(' %'));
    expect(values.length).toBeGreaterThanOrEqual(3);
    for (const value of values) expect(value).toMatch(/^\d+(,\d+)? %$/);

    const days = Array.from(parseFragment(renderTrendSvg(seriesWithGap())).querySelectorAll('text'), (t) => t.textContent ?? '');
    expect(days.some((t) => /^\d+ dage$/.test(t))).toBe(true);
  });

  it('labels only the ends of the time axis in the small size', () => {
    const texts = Array.from(parseFragment(renderTrendSvg(smallSeries())).querySelectorAll('text'), (t) => t.textContent ?? '');
    expect(texts.filter((t) => /^K\d \d{4}$/.test(t))).toEqual(['K1 2019', 'K4 2026']);
  });

  it('handles months, a single value and a goal without data', () => {
    const monthly = periodRange(m(2023, 1), m(2024, 1)).map((period, i) => ({ period, value: 5 + i / 10 }));
    const months: TrendChartInput = { ...plainSeries(), observations: monthly };
    const monthTexts = Array.from(parseFragment(renderTrendSvg(months)).querySelectorAll('text'), (t) => t.textContent);
    expect(monthTexts).toEqual(expect.arrayContaining(['jan. 2023', 'jan. 2024']));

    const single = renderTrendChart({ ...plainSeries(), observations: [{ period: q(2025, 3), value: 5.9 }] });
    expect(single).toContain('<title>3. kvt. 2025: 5,9 %</title>');

    const goalOnly = renderTrendChart({ ...goalSeries(), observations: [] });
    expect(goalOnly).toContain('Mål: 5,5 % i 4. kvt. 2026');
  });

  it('renders the same input to the same string every time', () => {
    const first = renderTrendChart(markersAndComments());
    renderTrendChart(goalSeries());
    expect(renderTrendChart(markersAndComments())).toBe(first);
  });
});
