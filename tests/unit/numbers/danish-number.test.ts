import { describe, expect, it } from 'vitest';
import {
  detectNumberStyle,
  formatChange,
  formatNumber,
  isMissingValue,
  parseDanishNumber,
  parseNumber,
  type NumberResult,
  type NumberStyle,
} from '../../../src/numbers/danish-number.js';

function expectValue(result: NumberResult): number {
  if (!result.ok) throw new Error(`expected a number, got message: ${result.message}`);
  return result.value;
}

function expectMessage(result: NumberResult): string {
  if (result.ok) throw new Error(`expected a message, got ${result.value}`);
  return result.message;
}

describe('parseNumber', () => {
  it.each([
    { input: '7', style: 'da', value: 7 },
    { input: '7,7', style: 'da', value: 7.7 },
    { input: '1.234,5', style: 'da', value: 1234.5 },
    { input: '1.234', style: 'da', value: 1234 },
    { input: '1.234.567,89', style: 'da', value: 1234567.89 },
    { input: '1 234', style: 'da', value: 1234 },
    { input: '1\u00A0234,5', style: 'da', value: 1234.5 },
    { input: '1\u2009234\u2009567', style: 'da', value: 1234567 },
    { input: '1,234', style: 'da', value: 1.234 },
    { input: '0,05', style: 'da', value: 0.05 },
    { input: ',5', style: 'da', value: 0.5 },
    { input: '-3', style: 'da', value: -3 },
    { input: '\u22123,5', style: 'da', value: -3.5 },
    { input: '+2,5', style: 'da', value: 2.5 },
    { input: '12 %', style: 'da', value: 12 },
    { input: '12%', style: 'da', value: 12 },
    { input: '% 12,5', style: 'da', value: 12.5 },
    { input: '-4,2 %', style: 'da', value: -4.2 },
    { input: '  42  ', style: 'da', value: 42 },
    { input: '7.7', style: 'en', value: 7.7 },
    { input: '1,234.5', style: 'en', value: 1234.5 },
    { input: '1,234', style: 'en', value: 1234 },
    { input: '1.234', style: 'en', value: 1.234 },
    { input: '1,234,567', style: 'en', value: 1234567 },
    { input: '-0.25', style: 'en', value: -0.25 },
    { input: '\u22121,000.5 %', style: 'en', value: -1000.5 },
  ] satisfies { input: string; style: NumberStyle; value: number }[])(
    'reads $input in $style style as $value',
    ({ input, style, value }) => {
      expect(expectValue(parseNumber(input, style))).toBe(value);
    },
  );

  it('reads a negative zero as plain zero', () => {
    expect(Object.is(expectValue(parseNumber('-0', 'da')), 0)).toBe(true);
  });

  it.each([
    { input: '12a', style: 'da', reason: 'tegnet „a“ hører ikke hjemme i et tal' },
    { input: 'abc', style: 'da', reason: 'tegnet „a“ hører ikke hjemme i et tal' },
    { input: '1e5', style: 'en', reason: 'tegnet „e“ hører ikke hjemme i et tal' },
    { input: '1,2,3', style: 'da', reason: 'der må kun være ét decimalkomma' },
    { input: '1.2.3', style: 'en', reason: 'der må kun være ét decimalpunktum' },
    { input: '1.23.4', style: 'da', reason: 'tusindtalspunktum skal adskille grupper på tre cifre (fx 1.234.567)' },
    { input: '12.34', style: 'da', reason: 'tusindtalspunktum skal adskille grupper på tre cifre (fx 1.234.567)' },
    { input: '1234.567', style: 'da', reason: 'tusindtalspunktum skal adskille grupper på tre cifre (fx 1.234.567)' },
    { input: '0.500', style: 'da', reason: 'tusindtalspunktum skal adskille grupper på tre cifre (fx 1.234.567)' },
    { input: '1,23,4', style: 'en', reason: 'tusindtalskomma skal adskille grupper på tre cifre (fx 1,234,567)' },
    { input: '12 34', style: 'da', reason: 'mellemrum skal adskille grupper på tre cifre (fx 1 234 567)' },
    { input: '1.234 567', style: 'da', reason: 'der er brugt to slags tusindtalsadskillere' },
    { input: '1,234.5', style: 'da', reason: 'der må kun stå cifre efter decimalkommaet' },
    { input: '1.234,5', style: 'en', reason: 'der må kun stå cifre efter decimalpunktummet' },
    { input: '1,', style: 'da', reason: 'der mangler cifre efter decimalkommaet' },
    { input: '--3', style: 'da', reason: 'tegnet „-“ hører ikke hjemme i et tal' },
    { input: '5 % %', style: 'da', reason: 'tegnet „%“ hører ikke hjemme i et tal' },
    { input: '+', style: 'da', reason: 'der er ingen cifre' },
    { input: '%', style: 'da', reason: 'der er ingen cifre' },
  ] satisfies { input: string; style: NumberStyle; reason: string }[])(
    'rejects $input in $style style because $reason',
    ({ input, style, reason }) => {
      expect(expectMessage(parseNumber(input, style))).toBe(`„${input}“ er ikke et gyldigt tal: ${reason}.`);
    },
  );

  it('asks for a number when the field is blank', () => {
    expect(expectMessage(parseNumber('   ', 'da'))).toBe('Feltet er tomt. Skriv et tal.');
  });

  it.each(['..', 'NA', 'n.a.'])('explains that the missing-value marker "%s" is not a number', (input) => {
    expect(expectMessage(parseNumber(input, 'da'))).toBe(`„${input}“ betyder, at værdien mangler – det er ikke et tal.`);
  });
});

describe('parseDanishNumber', () => {
  it.each([
    { input: '1.234,5', value: 1234.5 },
    { input: '1 234', value: 1234 },
    { input: '\u22123', value: -3 },
    { input: '7,7', value: 7.7 },
    { input: '1,234', value: 1.234 },
    { input: '1.234.567', value: 1234567 },
    { input: '1234', value: 1234 },
    { input: '12 %', value: 12 },
  ])('accepts hand-entered $input as $value', ({ input, value }) => {
    expect(expectValue(parseDanishNumber(input))).toBe(value);
  });

  it.each([
    { input: '1.234', message: '„1.234“ kan betyde både 1234 og 1,234. Skriv 1234 eller 1,234.' },
    { input: '12.500', message: '„12.500“ kan betyde både 12500 og 12,500. Skriv 12500 eller 12,500.' },
    { input: '-1.234', message: '„-1.234“ kan betyde både -1234 og -1,234. Skriv -1234 eller -1,234.' },
    { input: '999.000 %', message: '„999.000 %“ kan betyde både 999000 og 999,000. Skriv 999000 eller 999,000.' },
  ])('refuses to guess what $input means', ({ input, message }) => {
    expect(expectMessage(parseDanishNumber(input))).toBe(message);
  });

  it.each([
    { input: '1.5', message: 'Brug komma som decimaltegn: skriv 1,5.' },
    { input: '12.25', message: 'Brug komma som decimaltegn: skriv 12,25.' },
    { input: '-0.5 %', message: 'Brug komma som decimaltegn: skriv -0,5 %.' },
    { input: '1234.567', message: 'Brug komma som decimaltegn: skriv 1234,567.' },
    { input: '0.500', message: 'Brug komma som decimaltegn: skriv 0,500.' },
    { input: '1,234.5', message: 'Brug komma som decimaltegn: skriv 1234,5.' },
    { input: '.5', message: 'Brug komma som decimaltegn: skriv 0,5.' },
    { input: '1,234,567', message: 'Brug punktum som tusindtalsadskiller: skriv 1.234.567.' },
  ])('tells the user how to write the English-looking $input in Danish', ({ input, message }) => {
    expect(expectMessage(parseDanishNumber(input))).toBe(message);
  });

  it.each([
    { input: '1.23.4', reason: 'tusindtalspunktum skal adskille grupper på tre cifre (fx 1.234.567)' },
    { input: '12 kr', reason: 'tegnet „k“ hører ikke hjemme i et tal' },
  ])('explains why $input is not a Danish number', ({ input, reason }) => {
    expect(expectMessage(parseDanishNumber(input))).toBe(`„${input}“ er ikke et gyldigt tal: ${reason}.`);
  });
});

describe('isMissingValue', () => {
  it.each(['', '   ', '..', '.', '-', '–', 'NA', 'na', 'N/A', 'n.a.', 'N.A.', 'null', 'NULL', ' .. '])(
    'treats "%s" as a missing value',
    (input) => {
      expect(isMissingValue(input)).toBe(true);
    },
  );

  it.each(['0', '0,0', '-0', 'nan', 'none', '...', '1'])('treats "%s" as something other than a missing value', (input) => {
    expect(isMissingValue(input)).toBe(false);
  });
});

describe('detectNumberStyle', () => {
  it.each([
    { samples: ['12', '7,7', '1.234'], style: 'da', evidence: 'decimalkomma (fx „7,7“)' },
    { samples: ['1.234,5', '3'], style: 'da', evidence: 'tusindtalspunktum og decimalkomma (fx „1.234,5“)' },
    { samples: ['1,2345'], style: 'da', evidence: 'decimalkomma (fx „1,2345“)' },
    { samples: ['1.234.567'], style: 'da', evidence: 'tusindtalspunktum (fx „1.234.567“)' },
    { samples: ['..', '12', '7.7'], style: 'en', evidence: 'decimalpunktum (fx „7.7“)' },
    { samples: ['1,234.5'], style: 'en', evidence: 'tusindtalskomma og decimalpunktum (fx „1,234.5“)' },
    { samples: ['1,234', '1,234,567'], style: 'en', evidence: 'tusindtalskomma (fx „1,234,567“)' },
    { samples: ['0.123'], style: 'en', evidence: 'decimalpunktum (fx „0.123“)' },
    { samples: ['  -4,25 % '], style: 'da', evidence: 'decimalkomma (fx „-4,25 %“)' },
  ] satisfies { samples: string[]; style: NumberStyle; evidence: string }[])(
    'settles on $style from $samples',
    ({ samples, style, evidence }) => {
      expect(detectNumberStyle(samples)).toEqual({ style, ambiguous: false, evidence });
    },
  );

  it.each([{ samples: ['1.234', '12.500'] }, { samples: ['1,234', '5'] }])(
    'reports $samples as ambiguous because every separator could be either style',
    ({ samples }) => {
      const result = detectNumberStyle(samples);
      expect(result.style).toBeUndefined();
      expect(result.ambiguous).toBe(true);
      expect(result.evidence).toContain(`„${samples[0]}“`);
    },
  );

  it('reports a file mixing decimal comma and decimal point as ambiguous, citing both', () => {
    expect(detectNumberStyle(['7,7', '8.8'])).toEqual({
      style: undefined,
      ambiguous: true,
      evidence: 'både decimalkomma (fx „7,7“) og decimalpunktum (fx „8.8“)',
    });
  });

  it.each([{ samples: ['12', '1 234', '-5', '..'] }, { samples: [] }])(
    'leaves the style open without ambiguity when $samples has no separators',
    ({ samples }) => {
      expect(detectNumberStyle(samples)).toEqual({
        style: undefined,
        ambiguous: false,
        evidence: 'ingen tal med komma eller punktum',
      });
    },
  );

  it('ignores values that are invalid in both styles', () => {
    expect(detectNumberStyle(['1.2,3.4', 'abc', '7,7']).style).toBe('da');
  });

  it('reads samples from any iterable, such as a generator', () => {
    function* values(): Generator<string> {
      yield '10';
      yield '3.14';
    }
    expect(detectNumberStyle(values()).style).toBe('en');
  });
});

describe('formatNumber', () => {
  it.each([
    { value: 1234.5, decimals: 1, text: '1.234,5' },
    { value: 1234567.891, decimals: 2, text: '1.234.567,89' },
    { value: 999, decimals: 0, text: '999' },
    { value: 1000, decimals: 0, text: '1.000' },
    { value: -3, decimals: 1, text: '\u22123,0' },
    { value: -1234.5, decimals: 0, text: '\u22121.235' },
    { value: 0.5, decimals: 0, text: '1' },
    { value: 2.5, decimals: 0, text: '3' },
    { value: -2.5, decimals: 0, text: '\u22123' },
    { value: 1.005, decimals: 2, text: '1,01' },
    { value: 1.45, decimals: 1, text: '1,5' },
    { value: 0.05, decimals: 2, text: '0,05' },
    { value: 7, decimals: 3, text: '7,000' },
    { value: -0.04, decimals: 1, text: '0,0' },
    { value: -0, decimals: 0, text: '0' },
    { value: 1e-7, decimals: 2, text: '0,00' },
    { value: 1e21, decimals: 0, text: '1.000.000.000.000.000.000.000' },
  ])('formats $value with $decimals decimals as $text', ({ value, decimals, text }) => {
    expect(formatNumber(value, decimals)).toBe(text);
  });

  it.each([
    { value: Number.NaN, decimals: 1 },
    { value: Number.POSITIVE_INFINITY, decimals: 1 },
    { value: 1, decimals: -1 },
    { value: 1, decimals: 1.5 },
  ])('refuses to format $value with $decimals decimals', ({ value, decimals }) => {
    expect(() => formatNumber(value, decimals)).toThrow(RangeError);
  });

  it.each([1234.5, -0.25, 12, 1234567.89])('formats %s so that parseDanishNumber reads it back', (value) => {
    expect(expectValue(parseDanishNumber(formatNumber(value, 2)))).toBe(value);
  });
});

describe('formatChange', () => {
  it.each([
    { delta: 0.3, decimals: 1, text: '+0,3' },
    { delta: -0.3, decimals: 1, text: '\u22120,3' },
    { delta: 0, decimals: 1, text: '0,0' },
    { delta: 0.04, decimals: 1, text: '0,0' },
    { delta: -0.04, decimals: 1, text: '0,0' },
    { delta: 0.05, decimals: 1, text: '+0,1' },
    { delta: 1500, decimals: 0, text: '+1.500' },
    { delta: -2.5, decimals: 0, text: '\u22123' },
  ])('shows a change of $delta with $decimals decimals as $text', ({ delta, decimals, text }) => {
    expect(formatChange(delta, decimals)).toBe(text);
  });
});
