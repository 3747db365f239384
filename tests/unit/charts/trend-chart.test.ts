import { describe, expect, it } from 'vitest';
import { captionId, chartLegendItems, nameId, renderTrendChart, renderTrendSvg, type TrendChartInput } from '../../../src/charts/trend-chart.js';
import { captionText } from '../../../src/charts/caption.js';
import { normaliseChart } from '../../../src/charts/chart-spec.js';
import { GEOMETRY, STYLE } from '../../../src/charts/chart-style.js';
import { mergeLegendItems } from '../../../src/charts/legend.js';
import { periodAxisSvg } from '../../../src/charts/marks/axes.js';
import type { Frame } from '../../../src/charts/marks/frame.js';
import { formatValue } from '../../../src/numbers/value-format.js';
import { glidePath } from '../../../src/charts/glide-path.js';
import { displayPeriod, periodRange } from '../../../src/periods/period.js';
import {
  ALL_FIXTURES,
  XSS_ATTRIBUTE,
  XSS_SCRIPT,
  goalSeries,
  hostileSeries,
  interventionSeries,
  m,
  markersAndComments,
  plainSeries,
  q,
  rangeSeries,
  seasonalSeries,
  seriesWithGap,
  smallSeries,
  zoomedGoalSeries,
} from './fixtures.js';
import { parseFragment, parseSvgXml, xmlProblems } from './html.js';

function seriesPath(doc: Document | Element): string {
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

const texts = (svg: string) => Array.from(parseFragment(svg).querySelectorAll('text'), (t) => t.textContent ?? '');
const titles = (html: string) => Array.from(parseFragment(html).querySelectorAll('title'), (t) => t.textContent ?? '');

describe('gaps', () => {
  it('breaks the line at missing periods instead of bridging them', () => {
    const parts = segments(seriesPath(parseFragment(renderTrendSvg(seriesWithGap()))));
    // 2022K1–K3, then nothing for 2022K4 and 2023K1, then 2023K2–K4.
    expect(parts.map((p) => p.length)).toEqual([3, 3]);
    const [first, second] = parts;
    const step = (first?.[1]?.[0] ?? 0) - (first?.[0]?.[0] ?? 0);
    expect((second?.[0]?.[0] ?? 0) - (first?.[2]?.[0] ?? 0)).toBeCloseTo(3 * step, 0);
  });

  it('draws one unbroken line when no period is missing', () => {
    expect(segments(seriesPath(parseFragment(renderTrendSvg(plainSeries()))))).toHaveLength(1);
  });

  it('still shows an isolated value as a point', () => {
    const input: TrendChartInput = { ...seriesWithGap(), observations: [{ period: q(2022, 1), value: 21 }, { period: q(2022, 3), value: 18 }] };
    expect(titles(renderTrendSvg(input))).toEqual(expect.arrayContaining(['1. kvt. 2022: 21 dage', '3. kvt. 2022: 18 dage']));
  });

  it('draws last year as a separate dashed line with its own gaps, for a series without seasons', () => {
    const doc = parseFragment(renderTrendSvg(seriesWithGap()));
    const group = doc.querySelector(`g[stroke="${STYLE.lastYear.stroke}"]`);
    expect(group?.getAttribute('stroke-dasharray')).toBe(STYLE.lastYear.dash);
    // 2023K1–K3 repeat 2022K1–K3; 2023K4 would repeat the missing 2022K4.
    expect(segments(group?.querySelector('path')?.getAttribute('d') ?? '').map((p) => p.length)).toEqual([3]);
  });
});

describe('seasonal series', () => {
  it('lets the keyboard scroll the table of values on a phone: its box takes the focus and is named by the caption', () => {
    const doc = parseFragment(renderTrendChart(plainSeries()));
    const box = doc.querySelector('.trend-chart__table-wrap');
    expect(box?.getAttribute('tabindex')).toBe('0');
    expect(box?.getAttribute('role')).toBe('region');
    expect(doc.getElementById(box?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(plainSeries().title);
  });

  it('shows the rolling year instead of last year’s line, and says so in the legend and the table', () => {
    const html = renderTrendChart(seasonalSeries());
    const doc = parseFragment(html);
    expect(doc.querySelector(`g[stroke="${STYLE.lastYear.stroke}"]`)).toBeNull();
    expect(doc.querySelector(`g[stroke="${STYLE.rollingYear.stroke}"] path`)).not.toBeNull();
    expect(doc.querySelector('.trend-chart__legend')?.textContent).toContain('Løbende år (gennemsnit af de seneste fire kvartaler)');
    expect(Array.from(doc.querySelectorAll('thead th'), (th) => th.textContent)).toContain('Løbende år');
    expect(tableRows(doc).get('3. kvt. 2026')?.[1]).toBe('6,3 %');
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
    // The fixture's sick leave follows the seasons, so its rolling year has a column too.
    expect(Array.from(doc.querySelectorAll('thead th'), (th) => th.textContent)).toEqual(['Periode', 'Værdi', 'Løbende år', 'Vej mod målet', 'Kommentar']);
    const rows = tableRows(doc);
    for (const point of glidePath(input.goal!)) {
      expect(rows.get(displayPeriod(point.period))?.[2]).toBe(formatValue({ unit: '%', decimals: 1 }, point.value));
    }
    expect(rows.get('4. kvt. 2026')).toEqual(['', '', '5,5 %', '']);

    const marked = tableRows(parseFragment(renderTrendChart(markersAndComments())));
    expect(marked.get('3. kvt. 2022')).toEqual(['19 dage', 'Ny visitationsproces indført', 'Indsats: Ny visitationsproces indført']);
  });

  it('is there for the small size too, folded as "Se tallene"', () => {
    const doc = parseFragment(renderTrendChart(smallSeries()));
    expect(doc.querySelector('details > summary')?.textContent).toBe('Se tallene: Sygefravær');
    expect(doc.querySelectorAll('table tbody tr').length).toBeGreaterThan(0);
  });
});

describe('accessibility', () => {
  it.each(ALL_FIXTURES)('%s: each drawing is one role="img" named by a short title and described by the caption', (_, fixture) => {
    const input = fixture();
    const doc = parseFragment(renderTrendChart(input));
    const figure = doc.querySelector('figure.trend-chart');
    expect(figure?.getAttribute('id')).toBe(input.id);
    const svgs = Array.from(doc.querySelectorAll('svg[role="img"]'));
    expect(svgs).toHaveLength(input.size === 'small' ? 1 : 2);
    const name = doc.getElementById(nameId(input.id));
    expect(name?.textContent).toBe(`Graf: ${input.title}`);
    expect(name?.hasAttribute('hidden')).toBe(true);
    const caption = doc.querySelector('figcaption');
    expect(caption?.getAttribute('id')).toBe(captionId(input.id));
    expect(caption?.textContent).toBe(captionText(normaliseChart(input)));
    for (const svg of svgs) {
      expect(svg.getAttribute('aria-labelledby')).toBe(nameId(input.id));
      expect(svg.getAttribute('aria-describedby')).toBe(captionId(input.id));
      // Not a copy of the caption: a screen reader hears it once.
      expect(svg.hasAttribute('aria-label')).toBe(false);
    }
    // Legend swatches are decoration; their text labels carry the meaning.
    for (const swatch of Array.from(doc.querySelectorAll('.trend-chart__legend svg'))) expect(swatch.getAttribute('aria-hidden')).toBe('true');
  });

  it.each(ALL_FIXTURES)('%s: nothing the CSP or axe would reject', (_, fixture) => {
    const html = renderTrendChart(fixture());
    expect(html).not.toMatch(/<style[\s>]/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<g\b[^>]*\saria-label=/);
  });

  it('names the indicator and says there is no data when there is none', () => {
    const doc = parseFragment(renderTrendChart({ ...plainSeries(), observations: [] }));
    expect(doc.querySelector('figcaption')?.textContent).toBe('Der er ingen data endnu.');
    expect(doc.querySelector('svg')?.getAttribute('aria-labelledby')).toBe(nameId('sygefravaer'));
    expect(doc.querySelector('table')).toBeNull();
  });
});

describe('text size at the width it is shown', () => {
  it.each([
    ['the wide drawing in a 640 px column', GEOMETRY['full-wide'], 640],
    ['the narrow drawing on a 358 px phone', GEOMETRY['full-narrow'], 358],
    ['a dashboard card at its narrowest, 268 px', GEOMETRY['small-wide'], 268],
  ])('%s has text of at least 12 px', (_, geometry, shown) => {
    expect((geometry.fontSize * shown) / geometry.width).toBeGreaterThanOrEqual(12);
  });
});

describe('user text', () => {
  it('is escaped everywhere in the figure', () => {
    const html = renderTrendChart(hostileSeries());
    expect(html).not.toMatch(/<script|<img/i);
    const doc = parseFragment(html);
    expect(doc.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    // Escaped, not stripped: the text survives as text.
    expect(doc.getElementById(nameId('ondsindet'))?.textContent).toBe(`Graf: Fravær ${XSS_SCRIPT} ${XSS_ATTRIBUTE}`);
    expect(doc.querySelector('caption')?.textContent).toBe(`Fravær ${XSS_SCRIPT} ${XSS_ATTRIBUTE}`);
    expect(titles(html)).toContain(`2. kvt. 2024: 6,0 % – Kommentar ${XSS_SCRIPT}${XSS_ATTRIBUTE}`);
    expect(titles(html)).toContain(`Handling fra ledermøde: Handling ${XSS_ATTRIBUTE} (fra 2. kvt. 2024)`);
    expect(titles(html)).toContain(`Indsats: Indsats ${XSS_SCRIPT} (fra 3. kvt. 2024)`);
  });

  it('is escaped in the id attribute', () => {
    const html = renderTrendChart({ ...plainSeries(), id: XSS_ATTRIBUTE });
    expect(html).not.toContain('<img');
    expect(parseFragment(html).querySelector('figure')?.getAttribute('id')).toBe(XSS_ATTRIBUTE);
  });

  it.each([XSS_SCRIPT, XSS_ATTRIBUTE])('keeps an ampersand-entity in user text literal: %s&amp;', (payload) => {
    const title = `${payload}&amp;`;
    const svg = renderTrendSvg({ ...plainSeries(), title }, { standalone: true });
    expect(parseSvgXml(svg).querySelector('title')?.textContent).toBe(title);
  });
});

describe('standalone svg', () => {
  it.each(ALL_FIXTURES)('%s: declares its namespaces and is well-formed XML with a title and a description', (_, fixture) => {
    const svg = renderTrendSvg(fixture(), { standalone: true });
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
    expect(xmlProblems(svg)).toEqual([]);
    const doc = parseSvgXml(svg);
    expect(doc.documentElement?.tagName).toBe('svg');
    expect(doc.documentElement?.firstElementChild?.tagName).toBe('title');
    expect(doc.documentElement?.children[1]?.tagName).toBe('desc');
    expect(svg).not.toContain('aria-labelledby');
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
  it('draws the goal with baseline, target, glide path, deadline and its label on the chart', () => {
    const svg = renderTrendSvg(goalSeries());
    const doc = parseFragment(svg);
    const dashes = Array.from(doc.querySelectorAll(`line[stroke="${STYLE.goal.stroke}"]`), (l) => l.getAttribute('stroke-dasharray'));
    expect(dashes).toEqual(expect.arrayContaining([STYLE.goal.dash, STYLE.goal.deadlineDash]));
    expect(texts(svg)).toContain('Mål: 5,5 % i 4. kvt. 2026');
    expect(titles(svg)).toContain('Udgangspunkt: 6,8 % i 1. kvt. 2023');
  });

  it('labels markers and comments on the chart with short text, not only in tooltips', () => {
    const svg = renderTrendSvg(markersAndComments());
    const labels = Array.from(parseFragment(svg).querySelectorAll('.trend-chart__labels text'), (t) => [t.textContent, t.getAttribute('font-style')]);
    expect(labels).toEqual(
      expect.arrayContaining([
        ['Ny visitationsproces indført', null],
        ['Ledermødet besluttede ny…', null],
        ['Sommerferie', 'italic'],
      ]),
    );
  });

  it('draws a comment on a value as a comment, never as an intervention', () => {
    const input = seasonalSeries();
    const doc = parseFragment(renderTrendChart(input));
    expect(doc.querySelector(`line[stroke="${STYLE.intervention.stroke}"]`)).toBeNull();
    const legend = Array.from(doc.querySelectorAll('.trend-chart__legend li'), (li) => li.textContent);
    expect(legend).toContain('Kommentar til et tal');
    expect(legend).not.toContain('Indsats');
    expect(doc.querySelector('.trend-chart__labels text[font-style="italic"]')?.textContent).toBe('Covid-19: ekstra fravær');
  });

  it('tells actions and interventions apart by dash pattern and symbol as well as colour', () => {
    const doc = parseFragment(renderTrendChart(markersAndComments()));
    expect(doc.querySelector(`line[stroke="${STYLE.action.stroke}"]`)?.getAttribute('stroke-dasharray')).toBe(STYLE.action.dash);
    expect(doc.querySelector(`line[stroke="${STYLE.intervention.stroke}"]`)?.getAttribute('stroke-dasharray')).toBe(STYLE.intervention.dash);
    expect(STYLE.action.dash).not.toBe(STYLE.intervention.dash);
    expect(STYLE.action.symbol).not.toBe(STYLE.intervention.symbol);
  });

  it('shades the before and after of an intervention with each side’s mean and the difference with its verdict', () => {
    const svg = renderTrendSvg(interventionSeries());
    const doc = parseFragment(svg);
    expect(doc.querySelector(`rect[fill="${STYLE.before.fill}"]`)).not.toBeNull();
    expect(doc.querySelector(`rect[fill="${STYLE.after.fill}"]`)).not.toBeNull();
    expect(doc.querySelector(`line[stroke="${STYLE.before.mean}"]`)).not.toBeNull();
    expect(doc.querySelector(`line[stroke="${STYLE.after.mean}"]`)).not.toBeNull();
    expect(texts(svg)).toEqual(expect.arrayContaining(['Før: 29,3 dage', 'Efter: 20,3 dage', '−9,0 dage efter indsatsen: et signal']));
  });

  it('keeps the after label inside the picture when the intervention began in the latest quarter', () => {
    const input = interventionSeries();
    const svg = renderTrendSvg({ ...input, markers: [{ period: q(2024, 2), label: 'Nye faste visitatorer', kind: 'intervention' }] });
    const doc = parseFragment(svg);
    const width = Number(doc.querySelector('svg')?.getAttribute('width'));
    const after = Array.from(doc.querySelectorAll('.trend-chart__before-after text')).find((t) => t.textContent?.startsWith('Efter:'));
    expect(after?.textContent).toBe('Efter: 15,0 dage');
    // Its widest estimate, bold digits included, ends before the right edge.
    expect(Number(after?.getAttribute('x')) + (after?.textContent?.length ?? 0) * GEOMETRY['full-wide'].fontSize * 0.6).toBeLessThanOrEqual(width);
  });

  it('shades nothing for an ordinary action', () => {
    const input = interventionSeries();
    const svg = renderTrendSvg({ ...input, markers: input.markers!.map((marker) => ({ ...marker, kind: 'action' as const })) });
    expect(svg).not.toContain(STYLE.after.fill);
  });

  it('shades the allowed range and shows it in the legend', () => {
    const doc = parseFragment(renderTrendChart(rangeSeries()));
    expect(doc.querySelector(`rect[fill="${STYLE.range.fill}"]`)).not.toBeNull();
    expect(doc.querySelector('.trend-chart__legend')?.textContent).toContain('Grænser (92,0–98,0 %)');
  });

  it('writes periods under the chart the way the text does, and not too many', () => {
    const periods = texts(renderTrendSvg(plainSeries())).filter((t) => /kvt\./.test(t));
    // Every second year, on the same quarter, so the labels never crowd.
    expect(periods).toEqual(['1. kvt. 2020', '1. kvt. 2022', '1. kvt. 2024']);
    const values = texts(renderTrendSvg(plainSeries())).filter((t) => t.endsWith(' %'));
    expect(values.length).toBeGreaterThanOrEqual(3);
    for (const value of values) expect(value).toMatch(/^\d+(,\d+)? %$/);
    expect(texts(renderTrendSvg(seriesWithGap())).some((t) => /^\d+ dage$/.test(t))).toBe(true);
  });

  it('labels only the ends of the time axis in the small size', () => {
    // The small chart has a goal from 1. kvt. 2023, so it starts two years before that.
    expect(texts(renderTrendSvg(smallSeries())).filter((t) => /kvt\./.test(t))).toEqual(['1. kvt. 2021', '4. kvt. 2026']);
  });

  it('writes a long unit once above the value axis instead of on every value', () => {
    const falls: TrendChartInput = { ...seriesWithGap(), unit: 'pr. 1.000 borgere', decimals: 1, size: 'small' };
    const labels = texts(renderTrendSvg(falls));
    expect(labels).toContain('pr. 1.000 borgere');
    expect(labels.filter((t) => t.includes('borgere'))).toHaveLength(1);
    expect(labels.some((t) => /^\d+(,\d+)?$/.test(t))).toBe(true);
    expect(texts(renderTrendSvg(seriesWithGap())).filter((t) => t.endsWith(' dage')).length).toBeGreaterThan(1);
  });

  it('never lets two period labels run into each other: the latest keeps its label', () => {
    // Two periods 60 px apart on a small chart: their labels (about 95 px each) would overlap.
    const frame = {
      series: { periods: [q(2026, 2), q(2026, 3)] },
      geometry: GEOMETRY['small-wide'],
      small: true,
      left: 100,
      right: 290,
      bottom: 130,
      xPx: (x: number) => 200 + 60 * x,
    } as unknown as Frame;
    expect(texts(`<svg>${periodAxisSvg(frame)}</svg>`)).toEqual(['3. kvt. 2026']);
  });

  it('labels the periods at an even step, never leaving a hole where the latest label is pulled inside the chart', () => {
    // Twelve quarters: every second quarter would fit, but "3. kvt. 2026" at the right edge is moved
    // left and would touch "1. kvt. 2026", so every fourth quarter is labelled instead of a gap.
    const observations = periodRange(q(2023, 4), q(2026, 3)).map((period, i) => ({ period, value: 4 + (i % 3) / 2 }));
    const shown = texts(renderTrendSvg({ ...plainSeries(), observations })).filter((t) => t.includes('kvt.'));
    expect(shown).toEqual(['1. kvt. 2024', '1. kvt. 2025', '1. kvt. 2026']);
  });

  it('zooms a goal chart to two years before the baseline', () => {
    const periods = texts(renderTrendSvg(zoomedGoalSeries())).filter((t) => /kvt\./.test(t));
    expect(periods[0]).toBe('1. kvt. 2025');
    expect(periods).not.toContain('1. kvt. 2019');
  });

  it('handles months, a single value and a goal without data', () => {
    const monthly = periodRange(m(2023, 1), m(2024, 1)).map((period, i) => ({ period, value: 5 + i / 10 }));
    expect(texts(renderTrendSvg({ ...plainSeries(), observations: monthly }))).toEqual(expect.arrayContaining(['januar 2023', 'januar 2024']));
    expect(titles(renderTrendChart({ ...plainSeries(), observations: [{ period: q(2025, 3), value: 5.9 }] }))).toContain('3. kvt. 2025: 5,9 %');
    expect(renderTrendChart({ ...goalSeries(), observations: [] })).toContain('Mål: 5,5 % i 4. kvt. 2026');
  });

  it('renders the same input to the same string every time', () => {
    const first = renderTrendChart(markersAndComments());
    renderTrendChart(goalSeries());
    expect(renderTrendChart(markersAndComments())).toBe(first);
  });
});

describe('one legend for a page of charts', () => {
  it('leaves the chart’s own legend out when asked, and merges what all charts show', () => {
    expect(renderTrendChart({ ...smallSeries(), legend: false })).not.toContain('trend-chart__legend');
    const merged = mergeLegendItems([chartLegendItems(smallSeries()), chartLegendItems({ ...rangeSeries(), size: 'small' })]);
    expect(merged.map((i) => i.label)).toEqual(['Målt værdi', 'Løbende år (gennemsnit af de seneste fire kvartaler)', 'Vej mod målet', 'Grænser']);
  });
});
