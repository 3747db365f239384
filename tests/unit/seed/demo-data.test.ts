import { describe, expect, it } from 'vitest';
import { AUTHORED_LATEST_PERIOD, demoGroups, demoGroupsAt, type DemoIndicator } from '../../../src/seed/demo-data.js';

const CANONICAL_QUARTER = /^(\d{4})K([1-4])$/;

/** Quarter as a running number (year * 4 + quarter - 1), so neighbours differ by 1. */
function quarterIndex(period: string): number {
  const match = CANONICAL_QUARTER.exec(period);
  if (!match) throw new Error(`not a canonical quarter: ${period}`);
  return Number(match[1]) * 4 + Number(match[2]) - 1;
}

/** Plausible value ranges per unit; a new unit must be added here deliberately. */
const PLAUSIBLE_RANGE: Record<string, [number, number]> = {
  '%': [0, 100],
  dage: [0, 365],
  'pr. 1.000 borgere': [0, 1000],
  'børn pr. voksen': [1, 10],
};

const allIndicators: DemoIndicator[] = demoGroups.flatMap((g) => g.indicators);
const latest = quarterIndex(AUTHORED_LATEST_PERIOD);

describe('demo groups', () => {
  it('contains the eldercare group first and the daycare group second', () => {
    expect(demoGroups.map((g) => g.name)).toEqual(['Ledergruppen for Ældre og Sundhed', 'Ledergruppen for Dagtilbud']);
  });

  it('gives every group a description, a core task and at least three indicators', () => {
    for (const group of demoGroups) {
      expect(group.description.trim().length).toBeGreaterThan(20);
      expect(group.coreTask.trim().length).toBeGreaterThan(20);
      expect(group.indicators.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives the eldercare group six indicators and the daycare group four', () => {
    expect(demoGroups.map((g) => g.indicators.length)).toEqual([6, 4]);
  });

  it('uses short indicator codes that are unique across all groups', () => {
    const codes = allIndicators.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9_]{1,15}$/);
  });
});

describe.each(allIndicators.map((i) => [i.code, i] as const))('demo indicator %s', (_code, indicator) => {
  it('explains what it measures, why it matters and where the data comes from', () => {
    expect(indicator.name.trim()).not.toBe('');
    expect(indicator.definition.trim().length).toBeGreaterThan(20);
    expect(indicator.whyItMatters.trim().length).toBeGreaterThan(20);
    expect(indicator.dataSource.trim()).not.toBe('');
    expect(indicator.deliveredBy.trim()).not.toBe('');
    expect(indicator.unit.trim()).not.toBe('');
  });

  it('has a valid target range exactly when its direction is range', () => {
    if (indicator.direction === 'range') {
      expect(indicator.rangeMin).toBeTypeOf('number');
      expect(indicator.rangeMax).toBeTypeOf('number');
      expect(indicator.rangeMin ?? 0).toBeLessThan(indicator.rangeMax ?? 0);
    } else {
      expect(indicator.rangeMin).toBeUndefined();
      expect(indicator.rangeMax).toBeUndefined();
    }
  });

  it('uses canonical, unique quarters in ascending order without holes', () => {
    const periods = indicator.observations.map((o) => o.period);
    for (const period of periods) expect(period).toMatch(CANONICAL_QUARTER);
    expect(new Set(periods).size).toBe(periods.length);
    const indexes = periods.map(quarterIndex);
    indexes.slice(1).forEach((index, i) => expect(index - (indexes[i] ?? 0)).toBe(1));
    expect(indexes[0]).toBeGreaterThanOrEqual(quarterIndex('2019K1'));
  });

  it('has at least four years of data', () => {
    expect(indicator.observations.length).toBeGreaterThanOrEqual(16);
  });

  it('keeps values within a plausible range for its unit and its number of decimals', () => {
    const range = PLAUSIBLE_RANGE[indicator.unit];
    expect(range, `no plausible range defined for unit "${indicator.unit}"`).toBeDefined();
    const [min, max] = range ?? [0, 0];
    const factor = 10 ** indicator.decimals;
    for (const { period, value } of indicator.observations) {
      expect(Number.isFinite(value), period).toBe(true);
      expect(value, period).toBeGreaterThanOrEqual(min);
      expect(value, period).toBeLessThanOrEqual(max);
      expect(Math.round(value * factor) / factor, `${period} has more than ${indicator.decimals} decimals`).toBe(value);
    }
  });

  it('uses comments only as short, non-empty notes', () => {
    for (const { comment } of indicator.observations) {
      if (comment !== undefined) {
        expect(comment.trim()).not.toBe('');
        expect(comment.length).toBeLessThanOrEqual(120);
      }
    }
  });
});

describe('recency of the demo data', () => {
  function lastIndex(indicator: DemoIndicator): number {
    const last = indicator.observations.at(-1);
    return last ? quarterIndex(last.period) : -1;
  }

  it('runs every indicator up to the latest quarter except exactly one intentional gap', () => {
    const missingLatest = allIndicators.filter((i) => lastIndex(i) !== latest);
    expect(missingLatest.map((i) => i.code)).toEqual(['REHAB']);
  });

  it('lets the indicator with the gap stop exactly one quarter before the latest', () => {
    const rehab = allIndicators.find((i) => i.code === 'REHAB');
    expect(rehab && lastIndex(rehab)).toBe(latest - 1);
  });
});

describe('values copied from the sample files', () => {
  function observation(code: string, period: string) {
    return allIndicators.find((i) => i.code === code)?.observations.find((o) => o.period === period);
  }

  it('keeps the eldercare sample values and the notes that mark interventions', () => {
    expect(observation('SYGEFRAV', '2019K1')).toEqual({ period: '2019K1', value: 7.7 });
    expect(observation('SYGEFRAV', '2020K2')).toEqual({ period: '2020K2', value: 7.6, comment: 'Covid-19: ekstra fravær' });
    expect(observation('BORGERTILF', '2020K1')?.value).toBe(71);
    expect(observation('VISITATION', '2022K3')).toEqual({ period: '2022K3', value: 21, comment: 'Ny visitationsproces indført' });
    expect(observation('VISITATION', '2025K3')?.value).toBe(16);
  });

  it('keeps the daycare sample values', () => {
    expect(observation('SYGEFRAV_DT', '2021K1')?.value).toBe(8.1);
    expect(observation('FORAELDRETILF', '2025K2')?.value).toBe(90);
    expect(observation('VENTETID', '2023K3')?.value).toBe(9);
    expect(observation('NORMERING', '2025K3')?.value).toBe(3.08);
  });
});

describe('demo data on another day', () => {
  const byCode = (groups: typeof demoGroups) => new Map(groups.flatMap((g) => g.indicators).map((i) => [i.code, i]));
  const lastPeriod = (i: DemoIndicator | undefined) => i?.observations.at(-1)?.period;

  it('is the data as written on the day it was written', () => {
    expect(demoGroupsAt(new Date(2026, 10, 25))).toEqual(demoGroups);
  });

  it.each([
    ['2027-08-15', '2027K2'],
    ['2027-01-02', '2026K4'],
    ['2027-11-30', '2027K3'],
    ['2030-05-01', '2030K1'],
  ])('on %s ends every series at %s, the latest completed quarter, and REHAB one quarter before', (day, expected) => {
    const moved = byCode(demoGroupsAt(new Date(`${day}T12:00:00`)));
    for (const [code, indicator] of moved) {
      if (code === 'REHAB') expect(quarterIndex(lastPeriod(indicator)!)).toBe(quarterIndex(expected) - 1);
      else expect(lastPeriod(indicator), code).toBe(expected);
    }
  });

  it('keeps every quarter in its season: sick leave is never lower in the first quarter than in the second', () => {
    for (const day of ['2027-08-15', '2027-11-30', '2028-02-10']) {
      const sick = byCode(demoGroupsAt(new Date(`${day}T12:00:00`))).get('SYGEFRAV')!;
      const value = (period: string) => sick.observations.find((o) => o.period === period)?.value;
      const years = new Set(sick.observations.map((o) => Number(o.period.slice(0, 4))));
      for (const year of years) {
        const q1 = value(`${year}K1`);
        const q2 = value(`${year}K2`);
        if (q1 !== undefined && q2 !== undefined) expect(q1, `${day}: ${year}`).toBeGreaterThanOrEqual(q2);
      }
    }
  });

  it('keeps the values and notes from the sample files, a whole number of years later', () => {
    const moved = byCode(demoGroupsAt(new Date('2027-11-30T12:00:00')));
    expect(moved.get('SYGEFRAV')!.observations[0]).toEqual({ period: '2020K1', value: 7.7 });
    expect(moved.get('VISITATION')!.observations.find((o) => o.comment)).toEqual({ period: '2023K3', value: 21, comment: 'Ny visitationsproces indført' });
  });

  it('keeps the extended values plausible for their unit and decimals', () => {
    for (const indicator of byCode(demoGroupsAt(new Date('2028-02-10T12:00:00'))).values()) {
      const factor = 10 ** indicator.decimals;
      for (const { value } of indicator.observations) {
        expect(value).toBeGreaterThanOrEqual(0);
        if (indicator.unit === '%') expect(value).toBeLessThanOrEqual(100);
        expect(Math.round(value * factor) / factor).toBe(value);
      }
    }
  });
});
