import { comparePeriods, parseCanonical, previousPeriod, type Period } from '../periods/period.js';
import type { PlannedChanges } from './planned-changes.js';

/**
 * Revisions of history: a file that changes values older than an indicator's latest two periods.
 * The latest period and the one before are often preliminary and corrected by the next delivery;
 * anything older is settled history, and a file that changes it (a new definition in the source
 * system, a mistaken export) must be seen and confirmed before it is imported.
 */

export interface Revision {
  indicatorId: number;
  period: Period;
  from: number;
  to: number;
}

export interface RevisionSummary {
  count: number;
  /** The first revisions in file order, for the preview. */
  shown: Revision[];
  /** Per indicator: how many values and the span of periods they are in. */
  perIndicator: Array<{ indicatorId: number; count: number; first: Period; last: Period }>;
}

export const NO_REVISIONS: RevisionSummary = { count: 0, shown: [], perIndicator: [] };

/** How many revisions the preview lists one by one; the counts cover all of them. */
export const REVISIONS_SHOWN = 100;

/**
 * The changed values older than each indicator's latest two periods, where "latest" is the newest
 * period stored or in the file: `latestStored` gives the newest stored period per indicator (canonical).
 */
export function findRevisions(changes: PlannedChanges, latestStored: ReadonlyMap<number, string>, shownLimit = REVISIONS_SHOWN): RevisionSummary {
  const latest = new Map<number, Period>();
  for (const [id, canonical] of latestStored) latest.set(id, parseCanonical(canonical));
  for (let i = 0; i < changes.length; i++) {
    if (changes.kind(i) !== 'new') continue;
    const id = changes.indicatorId(i);
    const period = changes.period(i);
    const known = latest.get(id);
    if (!known || comparePeriods(period, known) > 0) latest.set(id, period);
  }
  const settledBefore = new Map<number, Period>();
  for (const [id, period] of latest) settledBefore.set(id, previousPeriod(period));

  let count = 0;
  const shown: Revision[] = [];
  const per = new Map<number, { indicatorId: number; count: number; first: Period; last: Period }>();
  for (let i = 0; i < changes.length; i++) {
    if (changes.kind(i) !== 'changed') continue;
    const id = changes.indicatorId(i);
    const cutoff = settledBefore.get(id);
    const period = changes.period(i);
    if (!cutoff || comparePeriods(period, cutoff) >= 0) continue;
    count++;
    const old = changes.old(i)!;
    if (shown.length < shownLimit) shown.push({ indicatorId: id, period, from: old.value, to: changes.value(i) });
    const entry = per.get(id);
    if (!entry) per.set(id, { indicatorId: id, count: 1, first: period, last: period });
    else {
      entry.count++;
      if (comparePeriods(period, entry.first) < 0) entry.first = period;
      if (comparePeriods(period, entry.last) > 0) entry.last = period;
    }
  }
  return count ? { count, shown, perIndicator: [...per.values()] } : NO_REVISIONS;
}
