import type { Db } from '../db/connection.js';
import { findParts } from '../indicators/computed-service.js';
import { isComputed, type Indicator } from '../indicators/indicator.js';
import { listIndicators } from '../indicators/indicator-queries.js';
import { recordAudit } from '../audit/audit-queries.js';
import { parseCanonical } from '../periods/period.js';
import type { Actor } from '../shared/actor.js';
import { nowIso } from '../shared/clock.js';
import { cprFieldErrors } from '../shared/cpr.js';
import { ValidationError } from '../shared/errors.js';
import { assessQuality, qualityReason, type ArrivedValue, type Quality, type QualityFacts, type Review, type Revision } from './quality.js';

export const messages = {
  noteRequired: 'Skriv kort, hvad I så på, og hvad I besluttede – fx „Datakilden er tjekket med HR; de manglende kvartaler kommer i januar.“',
  noteTooLong: 'Noten må højst være 1000 tegn.',
  reviewed: (name: string) => `Gennemgik datagrundlaget for „${name}“`,
};

async function arrivals(db: Db, indicatorIds: readonly number[]) {
  if (indicatorIds.length === 0) return [];
  return db.selectFrom('observations').select(['indicator_id', 'period', 'value', 'created_at']).where('indicator_id', 'in', indicatorIds).orderBy('period').execute();
}

async function importRevisions(db: Db, indicatorIds: readonly number[]): Promise<Revision[]> {
  if (indicatorIds.length === 0) return [];
  const rows = await db
    .selectFrom('import_changes')
    .innerJoin('imports', 'imports.id', 'import_changes.import_id')
    .select(['import_changes.period', 'import_changes.old_value', 'import_changes.new_value', 'imports.file_name', 'imports.created_at'])
    .where('import_changes.indicator_id', 'in', indicatorIds)
    .where('import_changes.old_value', 'is not', null)
    .where('imports.undone_at', 'is', null)
    .execute();
  return rows.map((r) => ({ period: parseCanonical(r.period), at: r.created_at, fileName: r.file_name, oldValue: r.old_value, newValue: r.new_value }));
}

/** Corrections by hand: the audit keeps each value's old and new figure. */
async function manualRevisions(db: Db, indicatorId: number): Promise<Revision[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['old_value', 'new_value', 'created_at'])
    .where('entity_type', '=', 'observation')
    .where('entity_id', '=', indicatorId)
    .where('action', '=', 'update')
    .execute();
  return rows.flatMap((r) => {
    try {
      const before = JSON.parse(r.old_value ?? 'null') as { period?: string; value?: number; numerator?: number } | null;
      const after = JSON.parse(r.new_value ?? 'null') as { period?: string; value?: number; numerator?: number } | null;
      if (!before?.period) return [];
      return [{ period: parseCanonical(before.period), at: r.created_at, oldValue: before.value ?? before.numerator ?? null, newValue: after?.value ?? after?.numerator ?? null }];
    } catch {
      return [];
    }
  });
}

export async function listReviews(db: Db, indicatorId: number): Promise<Review[]> {
  const rows = await db
    .selectFrom('indicator_reviews')
    .leftJoin('users', 'users.id', 'indicator_reviews.user_id')
    .select(['indicator_reviews.note', 'indicator_reviews.reviewed_at', 'users.name'])
    .where('indicator_reviews.indicator_id', '=', indicatorId)
    .orderBy('indicator_reviews.reviewed_at', 'desc')
    .execute();
  return rows.map((r) => ({ at: r.reviewed_at, note: r.note, by: r.name }));
}

/** Everything the card needs about one indicator, read from what is stored. */
export async function gatherQualityFacts(db: Db, indicator: Indicator): Promise<QualityFacts> {
  const parts = isComputed(indicator) ? await findParts(db, indicator) : undefined;
  const ids = parts ? [parts.numerator.id, parts.denominator.id] : [indicator.id];
  const [rows, imported, manual, reviews] = await Promise.all([arrivals(db, ids), importRevisions(db, ids), manualRevisions(db, indicator.id), listReviews(db, indicator.id)]);
  let values: ArrivedValue[];
  let denominators: QualityFacts['denominators'];
  if (parts) {
    const numerators = new Map(rows.filter((r) => r.indicator_id === parts.numerator.id).map((r) => [r.period, r]));
    const denominatorRows = rows.filter((r) => r.indicator_id === parts.denominator.id);
    denominators = denominatorRows.map((d) => ({ period: parseCanonical(d.period), value: d.value }));
    values = denominatorRows.flatMap((d) => {
      const n = numerators.get(d.period);
      if (!n || !(d.value > 0)) return [];
      return [{ period: parseCanonical(d.period), value: (n.value * (indicator.factor ?? 1)) / d.value, arrivedAt: n.created_at > d.created_at ? n.created_at : d.created_at }];
    });
  } else {
    values = rows.map((r) => ({ period: parseCanonical(r.period), value: r.value, arrivedAt: r.created_at }));
  }
  return {
    indicator,
    values,
    revisions: [...imported, ...manual],
    ...(denominators && { denominators, denominatorLabel: parts?.denominator.seriesLabel ?? 'nævner' }),
    reviews,
  };
}

export async function loadQuality(db: Db, indicator: Indicator, today: Date): Promise<Quality> {
  return assessQuality(await gatherQualityFacts(db, indicator), today);
}

/** The group records that it went through the indicator's datagrundlag, with a note. */
export async function recordReview(db: Db, actor: Actor, indicator: Indicator, raw: Record<string, unknown>): Promise<void> {
  const note = typeof raw.note === 'string' ? raw.note.trim() : '';
  if (!note) throw new ValidationError([{ field: 'note', message: messages.noteRequired }]);
  if (note.length > 1000) throw new ValidationError([{ field: 'note', message: messages.noteTooLong }]);
  const cpr = cprFieldErrors({ note });
  if (cpr.length) throw new ValidationError(cpr);
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('indicator_reviews').values({ indicator_id: indicator.id, group_id: actor.groupId, user_id: actor.userId, note, reviewed_at: nowIso() }).execute();
    await recordAudit(trx, { groupId: actor.groupId, userId: actor.userId, entityType: 'indicator', entityId: indicator.id, action: 'review', summary: messages.reviewed(indicator.name), newValue: { note } });
  });
}

/** Reviews newer than this keep an indicator off the agenda's "Datagrundlag" item. */
const RECENT_REVIEW_DAYS = 183;
/** Below this score nothing is weak enough to put on the agenda. */
export const AGENDA_SCORE = 2;

export interface DataFoundationItem {
  indicatorId: number;
  title: string;
  reason: string;
  score: number;
}

/**
 * The agenda's "Datagrundlag" item: the group's indicator with the weakest datagrundlag, when it is
 * weak enough and the group has not gone through it in the last half year.
 */
export async function weakestDataFoundation(db: Db, groupId: number, today: Date): Promise<DataFoundationItem | undefined> {
  const indicators = await listIndicators(db, groupId, { archived: false });
  let weakest: { indicator: Indicator; quality: Quality } | undefined;
  for (const indicator of indicators) {
    const quality = await loadQuality(db, indicator, today);
    const recent = quality.lastReview && today.getTime() - new Date(quality.lastReview.at).getTime() < RECENT_REVIEW_DAYS * 86_400_000;
    if (recent || quality.score < AGENDA_SCORE) continue;
    if (!weakest || quality.score > weakest.quality.score) weakest = { indicator, quality };
  }
  if (!weakest) return undefined;
  return { indicatorId: weakest.indicator.id, title: `Datagrundlag: ${weakest.indicator.name}`, reason: qualityReason(weakest.quality), score: weakest.quality.score };
}
