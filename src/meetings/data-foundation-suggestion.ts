import type { Db } from '../db/connection.js';
import { weakestDataFoundation, type DataFoundationItem } from '../organisation/quality-queries.js';
import type { Suggestion } from './attention.js';

/**
 * The suggested agenda's "Datagrundlag" item (issue 14): the indicator whose datagrundlag is weakest
 * (see organisation/quality.ts), with the reasons. When that indicator is already suggested for other
 * reasons, the datagrundlag is added to its reasons instead of a second item.
 */
export function withDataFoundation(suggestions: readonly Suggestion[], item: DataFoundationItem | undefined): Suggestion[] {
  if (!item) return [...suggestions];
  const existing = suggestions.find((s) => s.indicatorId === item.indicatorId);
  if (existing) return suggestions.map((s) => (s === existing ? { ...s, reasons: [...s.reasons, item.reason] } : s));
  // Offered, not ticked in advance: the few items that most need the group come first (attention.ts).
  return [...suggestions, { indicatorId: item.indicatorId, title: item.title, reasons: [item.reason], score: item.score, preselected: false }];
}

/** The agenda's datagrundlag item for a meeting on `date` (YYYY-MM-DD). */
export async function dataFoundationFor(db: Db, groupId: number, date: string): Promise<DataFoundationItem | undefined> {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T12:00:00Z`) : new Date();
  return weakestDataFoundation(db, groupId, Number.isNaN(day.getTime()) ? new Date() : day);
}
