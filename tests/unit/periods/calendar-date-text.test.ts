import { describe, expect, it } from 'vitest';
import { displayDate as formatDate, isIsoDate, readDateText as readDate, yearsBefore } from '../../../src/periods/calendar-date.js';

describe('calendar dates', () => {
  it.each([
    { written: '2026-03-12', iso: '2026-03-12' },
    { written: '12. marts 2026', iso: '2026-03-12' },
    { written: '12 mar 2026', iso: '2026-03-12' },
    { written: '12. sept. 2026', iso: '2026-09-12' },
    { written: '12.3.2026', iso: '2026-03-12' },
    { written: '12/3-2026', iso: '2026-03-12' },
    { written: '29. februar 2028', iso: '2028-02-29' },
    { written: 'i går', iso: undefined },
    { written: 'marts 2026', iso: undefined },
    { written: '29. februar 2027', iso: undefined },
    { written: '2026-13-01', iso: undefined },
  ])('reads "$written" as $iso', ({ written, iso }) => {
    expect(readDate(written)).toBe(iso);
  });

  it('writes an ISO date the Danish way and leaves anything else as it is', () => {
    expect(formatDate('2026-03-12')).toBe('12. marts 2026');
    expect(formatDate('i går')).toBe('i går');
    expect(isIsoDate('2026-3-12')).toBe(false);
  });

  it('counts years back, falling back from 29 February', () => {
    expect(yearsBefore('2026-11-27', 5)).toBe('2021-11-27');
    expect(yearsBefore('2028-02-29', 1)).toBe('2027-02-28');
  });
});
