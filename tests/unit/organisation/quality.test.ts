import { describe, expect, it } from 'vitest';
import { assessQuality, periodEnd, qualityReason, type QualityFacts } from '../../../src/organisation/quality.js';
import { parseCanonical, periodRange } from '../../../src/periods/period.js';
import type { Indicator } from '../../../src/indicators/indicator.js';

const indicator: Indicator = {
  id: 1,
  groupId: 1,
  code: null,
  name: 'Sygefravær',
  definition: 'Sygedage i procent af arbejdsdage.',
  whyItMatters: 'Borgerne møder færre vikarer.',
  unit: '%',
  decimals: 1,
  direction: 'down',
  rangeMin: null,
  rangeMax: null,
  frequency: 'quarter',
  dataSource: '',
  deliveredBy: 'HR',
  archived: false,
};

const today = new Date('2026-12-01T12:00:00Z'); // latest ended quarter: 2026K3
const q = parseCanonical;
/** A value delivered `days` after its quarter ended. */
const delivered = (period: string, value: number, days: number) => ({ period: q(period), value, arrivedAt: new Date(periodEnd(q(period)).getTime() + days * 86_400_000).toISOString() });

/**
 * A constructed history: 2023K4–2026K3 (12 quarters) with 2024K2 and 2025K3 missing; most values came
 * 30 days after their quarter, two came 200 days late; one import revised 2025K1, one hand correction
 * touched 2019K1 (outside the window); no source written; reviewed 14 months ago.
 */
function history(): QualityFacts {
  const periods = periodRange(q('2023K4'), q('2026K3')).map((p) => `${p.year}K${p.index}`);
  const values = periods.filter((p) => p !== '2024K2' && p !== '2025K3').map((p, i) => delivered(p, 6 + (i % 3) * 0.3, p === '2024K1' || p === '2024K3' ? 200 : 30));
  return {
    indicator,
    values,
    revisions: [
      { period: q('2025K1'), at: '2025-08-01T10:00:00.000Z', fileName: 'kvartal.csv', oldValue: 6.2, newValue: 6.4 },
      { period: q('2019K1'), at: '2024-01-01T10:00:00.000Z', oldValue: 7, newValue: 7.1 },
    ],
    reviews: [{ at: '2025-10-01T10:00:00.000Z', note: 'Tjekket med HR.', by: 'Ellen' }],
  };
}

describe('the quality of the datagrundlag on a constructed history', () => {
  it('counts what is written, the missing quarters, the delivery delay, the revisions and the review', () => {
    const quality = assessQuality(history(), today);
    expect(quality.written).toEqual({ definition: true, why: true, source: false, deliveredBy: true });
    expect(quality.completeness.expected).toBe(12);
    expect(quality.completeness.present).toBe(10);
    expect(quality.completeness.missing.map((p) => `${p.year}K${p.index}`)).toEqual(['2024K2', '2025K3']);
    expect(quality.timeliness.medianDays).toBe(30);
    expect(quality.timeliness.latestDays).toBe(30);
    expect(quality.timeliness.counted).toBe(10);
    expect(quality.revisions.count).toBe(1);
    expect(quality.revisions.latest[0]?.fileName).toBe('kvartal.csv');
    expect(quality.reviewCurrent).toBe(false);
    expect(quality.smallNumbers.applies).toBe(false);
    expect(quality.noise).toMatch(/variation|for få|tal/);
    expect(quality.issues).toEqual([
      '2 af 12 kvartaler mangler de seneste tre år',
      '1 værdi er rettet, efter de kom ind',
      'datakilden er ikke skrevet ned',
      'gruppen har ikke gennemgået datagrundlaget det seneste år',
    ]);
    expect(quality.score).toBe(2 + 1 + 1 + 1);
    expect(qualityReason(quality)).toBe(
      'Datagrundlag: 2 af 12 kvartaler mangler de seneste tre år; 1 værdi er rettet, efter de kom ind; datakilden er ikke skrevet ned; gruppen har ikke gennemgået datagrundlaget det seneste år. Drøft, om der kan skabes et bedre datagrundlag.',
    );
  });

  it('calls values late when they typically arrive more than 90 days after their period', () => {
    const facts = history();
    const late = { ...facts, values: facts.values.map((v) => ({ ...v, arrivedAt: new Date(periodEnd(v.period).getTime() + 120 * 86_400_000).toISOString() })) };
    const quality = assessQuality(late, today);
    expect(quality.timeliness.medianDays).toBe(120);
    expect(quality.issues).toContain('værdierne kommer typisk 120 dage efter periodens slutning');
  });

  it('does not count quarters before the first value as missing', () => {
    const quality = assessQuality({ indicator, values: [delivered('2026K1', 6, 20), delivered('2026K2', 6, 20), delivered('2026K3', 6, 20)], revisions: [], reviews: [{ at: '2026-11-01T00:00:00.000Z', note: 'Ok', by: null }] }, today);
    expect(quality.window.measuredSince).toEqual(q('2026K1'));
    expect(quality.completeness).toEqual({ expected: 3, present: 3, missing: [] });
  });

  it('finds small denominators of a computed indicator, and small counts', () => {
    const computed = assessQuality(
      { indicator: { ...indicator, factor: 100, dataSource: 'Løn' }, values: [delivered('2026K3', 10, 10)], revisions: [], reviews: [], denominators: [{ period: q('2026K3'), value: 12 }], denominatorLabel: 'Udskrivninger' },
      today,
    );
    expect(computed.smallNumbers).toEqual({ applies: true, periods: [q('2026K3')], rule: 'nævneren („udskrivninger“) er under 30' });
    const counts = assessQuality({ indicator: { ...indicator, unit: 'antal' }, values: [delivered('2026K2', 4, 10), delivered('2026K3', 40, 10)], revisions: [], reviews: [] }, today);
    expect(counts.smallNumbers.periods).toEqual([q('2026K2')]);
  });

  it('ends a quarter at the first moment of the next', () => {
    expect(periodEnd(q('2026K3')).toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(periodEnd(q('2026K4')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});
