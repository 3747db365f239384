import { describe, expect, it } from 'vitest';
import { captionSentences, captionText, NO_DATA_CAPTION } from '../../../src/charts/caption.js';
import { normaliseChart } from '../../../src/charts/chart-spec.js';
import type { TrendChartInput } from '../../../src/charts/chart-types.js';
import { decideSituation } from '../../../src/situations/situation.js';
import { interventionSeries, q, quarterly, seasonalSeries } from './fixtures.js';

const caption = (input: TrendChartInput) => captionSentences(normaliseChart(input));

// 2021K1–2023K4, about 6 % and quiet; then the latest value.
const QUIET = [6.1, 5.8, 6.0, 6.2, 5.9, 6.1, 6.0, 5.8, 6.2, 6.0, 5.9, 6.1];
const sickLeave = (latest: number, over: Partial<TrendChartInput> = {}): TrendChartInput => ({
  id: 'syg',
  title: 'Sygefravær',
  unit: '%',
  decimals: 1,
  direction: 'down',
  observations: quarterly(q(2021, 1), [...QUIET, latest]),
  ...over,
});
const goal = { baselinePeriod: q(2023, 1), baselineValue: 6.2, targetPeriod: q(2025, 4), targetValue: 5.5 };

describe('the caption: latest movement and verdict, then the long trend, then the goal', () => {
  it('a lasting fall is not also called no change because the zoomed window’s first and last years are close', () => {
    // Waiting times fell in 2024 and stayed down; the goal chart shows 2024 onwards only.
    const values = [22, 21, 23, 22, 21, 22, 23, 22, 21, 22, 20, 22, 23, 21, 22, 21, 20, 22, 21, 22, 16, 15, 18, 17, 13, 13, 16, 14, 15, 13, 14];
    const text = captionText(
      normaliseChart({
        id: 'visitation',
        title: 'Sagsbehandlingstid',
        unit: 'dage',
        decimals: 0,
        direction: 'down',
        observations: quarterly(q(2019, 1), values),
        goal: { baselinePeriod: q(2026, 1), baselineValue: 15, targetPeriod: q(2027, 4), targetValue: 9, status: 'bagud' },
      }),
    );
    expect(text).toContain('et signal om et varigt fald');
    expect(text).not.toContain('ikke flyttet sig');
  });

  it('a rise within the normal variation is said to be no sign of change', () => {
    const [movement, verdict] = caption(sickLeave(6.4));
    expect(movement).toBe('Sygefravær steg fra 6,1 % i 4. kvt. 2023 til 6,4 % i 1. kvt. 2024 (+0,3 procentpoint).');
    expect(verdict).toMatch(/^Det er inden for den normale variation \(5,\d–6,\d %\), altså ikke et tegn på en ændring\.$/);
    expect(caption(sickLeave(6.4))).not.toContain('Det går den forkerte vej.');
  });

  it('a rise beyond the normal variation is a signal, and for sick leave the wrong way', () => {
    const sentences = caption(sickLeave(7.5));
    expect(sentences[1]).toMatch(/^Det er over den normale variation \(.+\): et signal om, at noget har ændret sig\.$/);
    expect(sentences[2]).toBe('Det går den forkerte vej.');
  });

  it('a seasonal series is compared with the same quarter a year earlier, not with the quarter before', () => {
    const sentences = caption(seasonalSeries());
    expect(sentences[0]).toBe(
      'Sygefravær, medarbejdere svinger med årstiderne, så 3. kvt. 2026 sammenlignes med samme kvartal året før, 3. kvt. 2025: 6,5 % mod 6,6 % (−0,1 procentpoint).',
    );
    expect(sentences.join(' ')).not.toContain('2. kvt. 2026');
  });

  it('gives the long trend as the first year against the latest, not the first point against the last', () => {
    // First point 7,2 and last 6,1 would say "fell"; the yearly means say it rose a little.
    const input: TrendChartInput = { ...sickLeave(0), observations: quarterly(q(2019, 1), [7.2, 6.0, 6.2, 6.1, 6.4, 6.5, 6.3, 6.6, 6.9, 7.0, 6.8, 6.1]) };
    const trend = caption(input).find((s) => s.startsWith('Over hele perioden'));
    expect(trend).toBe('Over hele perioden har niveauet ikke flyttet sig mere end den normale variation: i gennemsnit 6,4 % i 2019 mod 6,7 % i de seneste fire kvartaler.');
  });

  it('says so when the level fell beyond the normal variation over the years', () => {
    const falling = quarterly(q(2019, 1), Array.from({ length: 20 }, (_, i) => Math.round((8 - 0.12 * i + [0.1, -0.1, 0.05, -0.05][i % 4]!) * 10) / 10));
    const trend = caption({ ...sickLeave(0), observations: falling }).find((s) => s.startsWith('Over hele perioden'));
    expect(trend).toMatch(/^Over hele perioden er niveauet faldet mere end den normale variation: i gennemsnit 7,8 % i 2019 mod 5,9 % i de seneste fire kvartaler\.$/);
  });

  it.each([
    ['på sporet', 'Målet er 5,5 % i 4. kvt. 2025, og I er på sporet.'],
    ['bagud', 'Målet er 5,5 % i 4. kvt. 2025, og I er bagud.'],
    ['nået', 'Målet er 5,5 % i 4. kvt. 2025, og I har nået det.'],
    ['mangler data', 'Målet er 5,5 % i 4. kvt. 2025, men der mangler data til at se, om I er på sporet.'],
  ] as const)('states the goal and that the group is %s', (status, sentence) => {
    expect(caption(sickLeave(6.0, { goal: { ...goal, status } }))).toContain(sentence);
  });

  it('names a missing latest figure first', () => {
    expect(caption(sickLeave(6.0, { expected: q(2024, 2) }))[0]).toBe('Tallet for 2. kvt. 2024 mangler.');
  });

  it('without values says so, and still gives the goal', () => {
    expect(caption(sickLeave(6, { observations: [] }))).toEqual([NO_DATA_CAPTION]);
    expect(caption(sickLeave(6, { observations: [], goal }))).toEqual([NO_DATA_CAPTION, 'Målet er 5,5 % i 4. kvt. 2025.']);
  });

  it('says which values a range indicator must stay within', () => {
    const range = (min: number | null, max: number | null) => caption(sickLeave(6.0, { direction: 'range', rangeMin: min, rangeMax: max })).at(-1);
    expect(range(5, 7)).toBe('Værdien skal ligge mellem 5,0 og 7,0 %.');
    expect(range(5, null)).toBe('Værdien skal være mindst 5,0 %.');
    expect(range(null, 7)).toBe('Værdien må højst være 7,0 %.');
  });

  it('ends with the before and after of an intervention, with its verdict', () => {
    expect(caption(interventionSeries()).at(-1)).toBe(
      'Indsatsen „Ny visitationsproces med faste visitatorer“ fra 3. kvt. 2022: i gennemsnit 29,3 dage før og 20,3 dage efter (−9,0 dage) – ' +
        'mere end den normale variation: et signal om en forbedring. Husk, at andre forhold også kan have ændret sig.',
    );
  });

  it('a small chart keeps the verdict and the goal, not the trend or the before and after', () => {
    const small = caption({ ...interventionSeries(), size: 'small' });
    expect(small.some((s) => s.startsWith('Over hele perioden'))).toBe(false);
    expect(small.some((s) => s.startsWith('Indsatsen'))).toBe(false);
  });

  it('uses the page’s decision when it is given one, so caption and agenda say the same', () => {
    const input = sickLeave(7.5);
    const decision = decideSituation({ indicator: { name: 'Sygefravær', unit: '%', decimals: 1, direction: 'down' }, observations: input.observations });
    expect(captionText(normaliseChart({ ...input, decision }))).toBe(captionText(normaliseChart(input)));
  });
});
