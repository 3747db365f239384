import { describe, expect, it } from 'vitest';
import { validateAction } from '../../../src/meetings/action.js';
import { displayDate, parseIsoDate, validateMeeting } from '../../../src/meetings/meeting.js';
import { keyFigures } from '../../../src/meetings/key-figures.js';
import { parseCanonical } from '../../../src/periods/period.js';
import type { Indicator } from '../../../src/indicators/indicator.js';

describe('dates', () => {
  it.each([
    ['2026-12-10', '2026-12-10'],
    ['2028-02-29', '2028-02-29'],
    ['2026-02-29', undefined],
    ['10-12-2026', undefined],
    ['2026-13-01', undefined],
    ['', undefined],
  ])('parseIsoDate(%j) is %j', (input, want) => expect(parseIsoDate(input)).toBe(want));

  it('shows a date the Danish way', () => {
    expect(displayDate('2026-12-10')).toBe('10. december 2026');
  });
});

describe('validateMeeting', () => {
  it('accepts a title and a date and trims the text', () => {
    expect(validateMeeting({ title: ' Ledermøde ', date: '2026-12-10', attendees: ' Mette, Jens ' })).toMatchObject({ ok: true, value: { title: 'Ledermøde', date: '2026-12-10', attendees: 'Mette, Jens' } });
  });

  it('names each missing field', () => {
    const result = validateMeeting({ title: '', date: 'i morgen' });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['title', 'date']);
  });

  it('reads the date from the day, month and year fields, and says which one is wrong', () => {
    const fields = (day: string, month: string, year: string) => ({ title: 'Ledermøde', 'date-day': day, 'date-month': month, 'date-year': year });
    expect(validateMeeting(fields('3', '12', '2026'))).toMatchObject({ ok: true, value: { date: '2026-12-03' } });
    expect(validateMeeting(fields('29', '2', '2027'))).toEqual({
      ok: false,
      errors: [{ field: 'date', anchor: 'date-day', message: '2027 er ikke et skudår, så februar har kun 28 dage.' }],
    });
    expect(validateMeeting(fields('3', '12', ''))).toEqual({ ok: false, errors: [{ field: 'date', anchor: 'date-year', message: 'Mødets dato mangler år.' }] });
  });
});

describe('validateAction', () => {
  const complete = { whatAndWhy: 'Fast team om nye borgere, fordi ventetiden stiger', howAndWho: 'Visitationen samler sagerne', responsible: 'Mette', dueDate: '2027-03-31', startPeriod: '2027K1' };

  it('accepts the three answers and a start period in the indicator’s frequency', () => {
    const result = validateAction(complete, 'quarter');
    expect(result.ok && result.value.startPeriod).toEqual(parseCanonical('2027K1'));
  });

  it.each([
    { field: 'whatAndWhy', change: { whatAndWhy: '' }, message: 'hvad I ændrer' },
    { field: 'howAndWho', change: { howAndWho: ' ' }, message: 'hvordan' },
    { field: 'responsibleUserId', change: { responsible: '' }, message: 'hvem der er ansvarlig' },
    { field: 'responsible', change: { responsibleUserId: 'other', responsible: '' }, message: 'navnet på den ansvarlige' },
    { field: 'dueDate', change: { dueDate: '31.02.2027' }, message: 'Februar har kun 28 dage i 2027.' },
    { field: 'dueDate', change: { 'dueDate-day': '31', 'dueDate-month': '4', 'dueDate-year': '2027' }, message: 'April har kun 30 dage.' },
    { field: 'dueDate', change: { dueDate: '' }, message: 'Skriv fristen med dag, måned og år' },
    { field: 'startPeriod', change: { startPeriod: '2027' }, message: 'måles pr. kvartal' },
  ])('refuses a missing or unreadable $field', ({ field, change, message }) => {
    const result = validateAction({ ...complete, ...change }, 'quarter');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.find((e) => e.field === field)?.message).toContain(message);
  });

  it('ignores a start period for a free topic without an indicator', () => {
    const result = validateAction({ ...complete, startPeriod: 'ikke en periode' }, undefined);
    expect(result.ok && result.value.startPeriod).toBeNull();
  });
});

describe('keyFigures', () => {
  const indicator = { direction: 'down', rangeMin: null, rangeMax: null, frequency: 'quarter' } as Indicator;
  const obs = (period: string, value: number) => ({ indicatorId: 1, period: parseCanonical(period), value, comment: null, importId: null, updatedAt: '' });

  it('compares the latest value with the same period last year', () => {
    const figures = keyFigures(indicator, [obs('2025K3', 8.0), obs('2026K2', 7.5), obs('2026K3', 7.2)], new Date('2026-11-27T12:00:00'));
    expect(figures.changeSinceLastYear).toBeCloseTo(-0.8, 9);
    expect(figures.yearAssessment).toBe('better');
    expect(figures.change).toBeCloseTo(-0.3, 9);
  });

  it('has no year-on-year change without last year’s value', () => {
    const figures = keyFigures(indicator, [obs('2026K2', 7.5), obs('2026K3', 7.2)], new Date('2026-11-27T12:00:00'));
    expect(figures.changeSinceLastYear).toBeUndefined();
  });
});
