import { describe, expect, it } from 'vitest';
import { findRoleColumn, frequencyFromHeader, headerSynonym, normalizeHeader } from '../../../src/imports/header-names.js';
import { countLineBreaks, lineOfByte } from '../../../src/imports/line-breaks.js';
import { NumberStyleTracker } from '../../../src/imports/number-style-tracker.js';
import { looksLikePeriod } from '../../../src/imports/period-text.js';
import { describeLocation, locatedError } from '../../../src/imports/read-error.js';
import { unitFromLabel } from '../../../src/imports/unit-hint.js';
import { detectNumberStyle } from '../../../src/numbers/danish-number.js';

describe('normalizeHeader and headerSynonym', () => {
  it.each([
    { name: ' Værdi ', normalized: 'vaerdi', synonym: 'vaerdi' },
    { name: 'NØGLETAL', normalized: 'noegletal', synonym: 'noegletal' },
    { name: 'Måling', normalized: 'maaling', synonym: 'maaling' },
    { name: 'Bemærkning', normalized: 'bemaerkning', synonym: 'bemaerkning' },
    { name: 'Værdi (%)', normalized: 'vaerdi (%)', synonym: 'vaerdi' },
    { name: 'Périod', normalized: 'period', synonym: 'period' },
    { name: 'Antal borgere', normalized: 'antal borgere', synonym: undefined },
    { name: 'Kvartal  slut', normalized: 'kvartal slut', synonym: undefined },
  ])('reads $name as $synonym', ({ name, normalized, synonym }) => {
    expect(normalizeHeader(name)).toBe(normalized);
    expect(headerSynonym(name)).toBe(synonym);
  });

  it('prefers a name column over a code column for the indicator, whatever their order', () => {
    expect(findRoleColumn(['code', 'name', 'value'], 'indicator')).toBe(1);
  });

  it.each([
    { name: 'Kvartal', frequency: 'quarter' },
    { name: 'month', frequency: 'month' },
    { name: 'År', frequency: 'year' },
    { name: 'Periode', frequency: undefined },
  ])('takes the frequency $frequency from the header $name', ({ name, frequency }) => {
    expect(frequencyFromHeader(name)).toBe(frequency);
  });
});

describe('countLineBreaks and lineOfByte', () => {
  it.each([
    { text: 'a\nb\nc', breaks: 2 },
    { text: 'a\r\nb\r\nc', breaks: 2 },
    { text: 'a\rb\rc', breaks: 2 },
    { text: 'a\r\n\r\n\rb', breaks: 3 },
    { text: 'abc', breaks: 0 },
  ])('counts $breaks physical line breaks in $text', ({ text, breaks }) => {
    expect(countLineBreaks(text, 0, text.length)).toBe(breaks);
    expect(lineOfByte(new Uint8Array(Buffer.from(text)), text.length)).toBe(breaks + 1);
  });

  it('counts a CRLF once when a range ends between CR and LF', () => {
    const text = 'a\r\nb';
    expect(countLineBreaks(text, 0, 2) + countLineBreaks(text, 2, text.length)).toBe(1);
  });
});

describe('NumberStyleTracker', () => {
  it.each([
    { values: ['7,7', '12', '1.234'], style: 'da' },
    { values: ['0.319', '1465'], style: 'en' },
    { values: ['1,234', '2,345'], style: undefined },
    { values: ['7,7', '0.319'], style: undefined },
    { values: ['12', '..', ''], style: undefined },
    { values: ['0.500', '1,5'], style: undefined },
  ])('reaches the same verdict as detectNumberStyle for $values', ({ values, style }) => {
    const tracker = new NumberStyleTracker();
    values.forEach((v) => tracker.add(v));
    expect(tracker.verdict()).toEqual(detectNumberStyle(values));
    expect(tracker.verdict().style).toBe(style);
  });

  it('tells a leading zero apart from other digits: "0.500" and "1.500" read differently', () => {
    const tracker = new NumberStyleTracker();
    tracker.add('1.500');
    tracker.add('0.500');
    expect(tracker.verdict()).toEqual(detectNumberStyle(['1.500', '0.500']));
    expect(tracker.verdict().style).toBe('en');
  });
});

describe('looksLikePeriod', () => {
  it.each([
    { text: '2024K1', period: true },
    { text: '2019-Q3', period: true },
    { text: '2024', period: true },
    { text: '2024-03-31', period: true },
    { text: '31-03-2024', period: true },
    { text: '2024-02-30', period: false },
    { text: '45382', period: false },
    { text: '1465', period: false },
    { text: '7,7', period: false },
    { text: 'Sygefravær', period: false },
  ])('says $text is a period: $period', ({ text, period }) => {
    expect(looksLikePeriod(text)).toBe(period);
  });
});

describe('unitFromLabel', () => {
  it.each([
    { label: 'Ventetid på plads (dage)', unit: 'dage' },
    { label: 'Sygefravær, medarbejdere (%)', unit: '%' },
    { label: 'Normering (børn pr. voksen)', unit: 'børn pr. voksen' },
    { label: 'Sygefravær pct.', unit: 'pct.' },
    { label: 'Udgift mio. kr.', unit: 'mio. kr.' },
    { label: 'Sygefravær', unit: null },
    { label: 'Antal (ca.) borgere', unit: null },
  ])('finds the unit $unit in $label', ({ label, unit }) => {
    expect(unitFromLabel(label)).toBe(unit);
  });
});

describe('describeLocation and locatedError', () => {
  it.each([
    { column: undefined, name: undefined, text: 'Linje 12' },
    { column: 3, name: undefined, text: 'Linje 12, kolonne 3' },
    { column: 3, name: 'Bemærkning', text: 'Linje 12, kolonne 3 („Bemærkning“)' },
    { column: 3, name: '  ', text: 'Linje 12, kolonne 3' },
  ])('writes the location as $text', ({ column, name, text }) => {
    expect(describeLocation(12, column, name)).toBe(text);
  });

  it('leaves out column fields that are not known', () => {
    expect(locatedError('x', 'Noget er galt.', 4)).toEqual({ line: 4, code: 'x', message: 'Linje 4: Noget er galt.' });
  });
});
