import { describe, expect, it } from 'vitest';
import { sparklineSvg } from '../../../src/charts/sparkline.js';
import { parseCanonical } from '../../../src/periods/period.js';

const obs = (pairs: Array<[string, number]>) => pairs.map(([period, value]) => ({ period: parseCanonical(period), value }));
const sick = { name: 'Sygefravær', unit: '%', decimals: 1 };
const label = (svg: string) => /aria-label="([^"]*)"/.exec(svg)?.[1];

describe('sparklineSvg', () => {
  it('says in words what the line shows: span, first and last value, lowest and highest', () => {
    const svg = sparklineSvg({ ...sick, observations: obs([['2026K1', 7.7], ['2025K4', 7.4], ['2026K2', 7.5], ['2026K3', 7.9]]) });
    expect(label(svg)).toBe('Sygefravær, de seneste 4 kvartaler: fra 7,4 % i 4. kvt. 2025 til 7,9 % i 3. kvt. 2026. Laveste 7,4 %, højeste 7,9 %.');
    expect(svg).toContain('role="img"');
    expect(svg.match(/<polyline/g)).toHaveLength(1);
  });

  it('shows only the latest eight periods', () => {
    const values: Array<[string, number]> = [];
    for (let year = 2023; year <= 2026; year++) for (let q = 1; q <= 4; q++) values.push([`${year}K${q}`, year + q]);
    expect(label(sparklineSvg({ ...sick, observations: obs(values) }))).toContain('de seneste 8 kvartaler: fra 2.026,0 % i 1. kvt. 2025');
  });

  it('breaks the line where a period is missing instead of drawing over the gap', () => {
    const svg = sparklineSvg({ ...sick, observations: obs([['2025K1', 7], ['2025K2', 7.2], ['2025K4', 7.5], ['2026K1', 7.1]]) });
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(label(svg)).toContain('de seneste 5 kvartaler');
  });

  it('draws a flat line in the middle when every value is the same, and a dot for a single value', () => {
    const flat = sparklineSvg({ ...sick, observations: obs([['2026K1', 5], ['2026K2', 5]]) });
    expect(flat).toContain('points="3,12 85,12"');
    const one = sparklineSvg({ name: 'Ventetid', unit: 'dage', decimals: 0, observations: obs([['2026K2', 21]]) });
    expect(label(one)).toBe('Ventetid: kun én værdi, 21 dage i 2. kvt. 2026.');
    expect(sparklineSvg({ ...sick, observations: [] })).toBe('');
  });

  it('escapes names in the accessible text', () => {
    expect(label(sparklineSvg({ ...sick, name: 'A & B "C" <D>', observations: obs([['2026K1', 1]]) }))).toBe('A &amp; B &quot;C&quot; &lt;D&gt;: kun én værdi, 1,0 % i 1. kvt. 2026.');
  });
});

describe('sparklines of kept values', () => {
  it('draw a kept (frozen) list as an unkept one, and a changed list anew', () => {
    const pairs: Array<[string, number]> = [['2026K1', 7.7], ['2026K2', 7.5], ['2026K3', 7.9]];
    const kept = Object.freeze(obs(pairs));
    expect(sparklineSvg({ ...sick, observations: kept })).toBe(sparklineSvg({ ...sick, observations: obs(pairs) }));
    expect(sparklineSvg({ ...sick, observations: kept })).toBe(sparklineSvg({ ...sick, observations: kept }));
    const corrected = Object.freeze(obs([...pairs.slice(0, 2), ['2026K3', 6.1]]));
    expect(label(sparklineSvg({ ...sick, observations: corrected }))).toContain('til 6,1 %');
    expect(label(sparklineSvg({ ...sick, name: 'Fravær', observations: kept }))).toMatch(/^Fravær/);
  });
});
