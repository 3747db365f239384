import { describe, expect, it } from 'vitest';
import { LAYOUT_LABELS, detectLayout, type LayoutResult } from '../../../src/imports/layout.js';

function guess(result: LayoutResult) {
  if (!result.ok) throw new Error(`expected a layout, got: ${result.errors.map((e) => e.message).join(' | ')}`);
  return result;
}

describe('detectLayout: long', () => {
  it.each([
    { header: ['Indikator', 'Kvartal', 'Værdi', 'Bemærkning'], columns: { indicator: 1, period: 2, value: 3, comment: 4 } },
    { header: ['indicator', 'period', 'value', 'unit'], columns: { indicator: 1, period: 2, value: 3, unit: 4 } },
    { header: [' NØGLETAL ', 'Måned', 'Antal'], columns: { indicator: 1, period: 2, value: 3 } },
    { header: ['Noegletal', 'Maaned', 'Vaerdi'], columns: { indicator: 1, period: 2, value: 3 } },
    { header: ['Måling', 'År', 'Resultat', 'Kommentar', 'Enhed'], columns: { indicator: 1, period: 2, value: 3, comment: 4, unit: 5 } },
    { header: ['Dato', 'Navn', 'Tal', 'Notes'], columns: { indicator: 2, period: 1, value: 3, comment: 4 } },
    { header: ['code', 'name', 'time', 'value', 'note'], columns: { indicator: 2, period: 3, value: 4, comment: 5 } },
    { header: ['Indikator', 'Periode', 'Værdi (%)'], columns: { indicator: 1, period: 2, value: 3 } },
    { header: ['Kode', 'Date', 'Value'], columns: { indicator: 1, period: 2, value: 3 } },
  ])('finds indicator, period and value by header name in $header', ({ header, columns }) => {
    const result = guess(detectLayout(header, []));
    expect(result.layout).toBe('long');
    expect(result.columns).toEqual(columns);
  });

  it('explains the choice in Danish, naming the columns', () => {
    expect(guess(detectLayout(['Indikator', 'Kvartal', 'Værdi'], [])).reason).toBe(
      'Kolonnerne „Indikator“, „Kvartal“ og „Værdi“ viser indikator, periode og værdi, så hver række er én måling.',
    );
  });

  it.each([
    { header: ['Indikator', 'Kvartal', 'Værdi'], hint: 'quarter' },
    { header: ['Indikator', 'Måned', 'Værdi'], hint: 'month' },
    { header: ['Indikator', 'År', 'Værdi'], hint: 'year' },
  ])('takes a frequency hint from the period header $header.1', ({ header, hint }) => {
    expect(guess(detectLayout(header, [])).frequencyHint).toBe(hint);
  });

  it('takes a frequency hint from the period values when the header is neutral', () => {
    expect(guess(detectLayout(['indicator', 'period', 'value'], [['A', '2019-Q1', '1']])).frequencyHint).toBe('quarter');
  });

  it('reports a second column with the name of a used one, at line 1 and its column', () => {
    const result = guess(detectLayout(['Indikator', 'Kvartal', 'Værdi', 'værdi'], []));
    expect(result.layout === 'long' && result.columns.value).toBe(3);
    expect(result.headerErrors).toEqual([
      {
        line: 1,
        column: 4,
        columnName: 'værdi',
        code: 'duplicate-header',
        message:
          'Linje 1, kolonne 4 („værdi“): Overskriften står også i kolonne 3. Giv kolonnerne forskellige navne, så det er tydeligt, ' +
          'hvilke tal der hører til hvad. Kolonnen er ikke læst.',
      },
    ]);
  });

  it('does not read a name that only starts with a synonym as that role', () => {
    const result = detectLayout(['Indikator', 'Kvartal', 'Antal borgere'], []);
    expect(result).toMatchObject({ ok: false, layout: 'long' });
  });
});

describe('detectLayout: periods in rows', () => {
  it('reads the first column as periods and every other column as one indicator', () => {
    const header = ['Kvartal', 'Sygefravær pct.', 'Ventetid på plads (dage)'];
    const result = guess(detectLayout(header, [['2021K1', '8,1', '21']]));
    expect(result.layout).toBe('wide-periods-in-rows');
    expect(result.columns).toEqual({ period: 1, indicators: [2, 3], unnamed: [] });
    expect(result.reason).toBe('Kolonnen „Kvartal“ indeholder perioder, og hver af de 2 andre kolonner er én indikator.');
  });

  it('finds an unnamed period column by its values', () => {
    const result = guess(detectLayout(['', 'Sygefravær', 'Tilfredshed'], [['2024K1', '7,1', '80'], ['2024K2', '6,9', '81']]));
    expect(result.columns).toMatchObject({ period: 1, indicators: [2, 3] });
    expect(result.frequencyHint).toBe('quarter');
  });

  it('finds a period column that is not the first one, by its values', () => {
    const result = guess(detectLayout(['Sygefravær', 'Hvornår', 'Tilfredshed'], [['7,1', '2024-03-31', '80']]));
    expect(result.columns).toMatchObject({ period: 2, indicators: [1, 3] });
  });

  it('reads a single indicator file "Kvartal;Værdi" as one indicator named Værdi', () => {
    const result = guess(detectLayout(['Kvartal', 'Værdi'], [['2024K1', '3']]));
    expect(result.layout).toBe('wide-periods-in-rows');
    expect(result.reason).toBe('Kolonnen „Kvartal“ indeholder perioder, og den anden kolonne er én indikator.');
  });

  it('uses a comment column as the comment for every indicator in the row', () => {
    const result = guess(detectLayout(['Kvartal', 'A', 'B', 'Bemærkning'], []));
    expect(result.columns).toEqual({ period: 1, indicators: [2, 3], comment: 4, unnamed: [] });
  });

  it('skips a duplicated indicator column and an unnamed one, reporting the duplicate', () => {
    const result = guess(detectLayout(['Kvartal', 'Sygefravær', '', 'sygefravær '], []));
    expect(result.columns).toEqual({ period: 1, indicators: [2], unnamed: [3] });
    expect(result.headerErrors).toMatchObject([{ line: 1, column: 4, columnName: 'sygefravær', code: 'duplicate-header' }]);
  });
});

describe('detectLayout: periods in columns (Statistikbanken)', () => {
  it('reads period headers as periods and the first column as the indicator', () => {
    const result = guess(detectLayout(['Indikator', '2024K1', '2024K2', '2024K3'], [['Sygefravær', '7', '8', '9']]));
    expect(result.layout).toBe('wide-periods-in-columns');
    expect(result.columns).toEqual({ labels: [1], periods: [2, 3, 4], unnamed: [] });
    expect(result.reason).toBe('Overskrifterne fra „2024K1“ til „2024K3“ er perioder, og hver række er én indikator.');
    expect(result.frequencyHint).toBe('quarter');
  });

  it('accepts several label columns with empty headers, as Statistikbanken writes them', () => {
    const result = guess(detectLayout(['', '', '2023', '2024'], []));
    expect(result.columns).toEqual({ labels: [1, 2], periods: [3, 4], unnamed: [] });
    expect(result.frequencyHint).toBe('year');
  });

  it('takes a unit label column as the unit', () => {
    expect(guess(detectLayout(['Nøgletal', 'Enhed', '2024K1'], [])).columns).toEqual({
      labels: [1],
      unit: 2,
      periods: [3],
      unnamed: [],
    });
  });

  it('reports a header after the periods that is not a period, and a repeated period', () => {
    const result = guess(detectLayout(['Indikator', '2024K1', '2024K2', '2024 K1', 'I alt'], []));
    expect(result.columns).toMatchObject({ periods: [2, 3] });
    expect(result.headerErrors).toEqual([
      {
        line: 1,
        column: 5,
        columnName: 'I alt',
        code: 'not-a-period-header',
        message: 'Linje 1, kolonne 5 („I alt“): Overskriften er ikke en periode, så kolonnen er ikke læst. Skriv perioden som fx 2024K1.',
      },
      expect.objectContaining({ line: 1, column: 4, code: 'duplicate-header' }),
    ]);
  });
});

describe('detectLayout: headers that fit no layout', () => {
  it.each([
    {
      header: ['Indikator', 'Værdi'],
      errors: ['Linje 1: Der er ingen kolonne med perioder. Forventede en kolonne som „Kvartal“ eller „Periode“.'],
    },
    {
      header: ['Indikator', 'Kvartal', 'Sum'],
      errors: ['Linje 1: Der er ingen kolonne med værdier. Forventede en kolonne som „Værdi“ eller „Antal“.'],
    },
    {
      header: ['Værdi', 'Noget'],
      errors: [
        'Linje 1: Der er ingen kolonne med indikatorens navn. Forventede en kolonne som „Indikator“ eller „Nøgletal“.',
        'Linje 1: Der er ingen kolonne med perioder. Forventede en kolonne som „Kvartal“ eller „Periode“.',
      ],
    },
  ])('says which column is missing from $header', ({ header, errors }) => {
    const result = detectLayout(header, [['x', 'y', 'z']]);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(errors);
  });

  it('says it cannot see the layout when nothing is recognisable', () => {
    const result = detectLayout(['A', 'B', 'C'], [['x', 'y', 'z']]);
    expect(result).toMatchObject({ ok: false, layout: undefined, errors: [{ line: 1, code: 'unknown-layout' }] });
  });

  it('uses the real header line in its messages', () => {
    const result = detectLayout(['A', 'B'], [], undefined, 3);
    expect(result.ok ? '' : result.errors[0]?.message).toMatch(/^Linje 3: /);
  });
});

describe('detectLayout with a layout chosen by the user', () => {
  it('uses the chosen layout even when another would be detected', () => {
    const header = ['Kvartal', 'Værdi'];
    expect(guess(detectLayout(header, [])).layout).toBe('wide-periods-in-rows');
    expect(detectLayout(header, [], 'long')).toMatchObject({ ok: false, layout: 'long', errors: [{ code: 'missing-indicator-column' }] });
  });

  it('marks the guess as chosen by the user', () => {
    expect(guess(detectLayout(['Indikator', 'Kvartal', 'Værdi'], [], 'long')).overridden).toBe(true);
    expect(guess(detectLayout(['Indikator', 'Kvartal', 'Værdi'], [])).overridden).toBe(false);
  });

  it.each([
    {
      layout: 'wide-periods-in-rows' as const,
      header: ['Sygefravær', 'Tilfredshed'],
      message: 'Linje 1: Der er ingen kolonne med perioder. Forventede en kolonne som „Kvartal“ eller „Periode“.',
    },
    {
      layout: 'wide-periods-in-rows' as const,
      header: ['Kvartal', ''],
      message:
        'Linje 1: Der er ingen kolonner med indikatorer. Ud over „Kvartal“ skal der være én kolonne pr. indikator med indikatorens navn i overskriften.',
    },
    {
      layout: 'wide-periods-in-columns' as const,
      header: ['Indikator', 'Kvartal', 'Værdi'],
      message:
        'Linje 1: Ingen af overskrifterne er perioder. Forventede overskrifter som „2024K1“ og „2024K2“ efter kolonnen med indikatorens navn.',
    },
    {
      layout: 'wide-periods-in-columns' as const,
      header: ['2024K1', '2024K2'],
      message:
        'Linje 1, kolonne 1 („2024K1“): Den første kolonne skal navngive indikatoren, men dens overskrift er en periode. ' +
        'Indsæt en kolonne med indikatorens navn før periodekolonnerne.',
    },
  ])('explains why the header does not fit $layout: $header', ({ layout, header, message }) => {
    const result = detectLayout(header, [['x', 'y', 'z']], layout);
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([message]);
  });
});

describe('LAYOUT_LABELS', () => {
  it('describes each layout in Danish', () => {
    expect(LAYOUT_LABELS).toEqual({
      long: 'Lang: én række pr. indikator og periode',
      'wide-periods-in-rows': 'Bred: én række pr. periode og én kolonne pr. indikator',
      'wide-periods-in-columns': 'Bred: én række pr. indikator og én kolonne pr. periode (som i Statistikbanken)',
    });
  });
});
