import type { Db } from '../db/connection.js';
import { GroupKeyedCache } from '../db/data-version.js';
import { findParts } from '../indicators/computed-service.js';
import { isComputed, type Indicator } from '../indicators/indicator.js';
import { listIndicators } from '../indicators/indicator-queries.js';
import { listComputations } from '../indicators/observation-queries.js';
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

/** A correction by hand, from the audit entry that keeps the value's old and new figure. */
function manualRevision(r: { old_value: string | null; new_value: string | null; created_at: string }): Revision[] {
  try {
    const before = JSON.parse(r.old_value ?? 'null') as { period?: string; value?: number; numerator?: number } | null;
    const after = JSON.parse(r.new_value ?? 'null') as { period?: string; value?: number; numerator?: number } | null;
    if (!before?.period) return [];
    return [{ period: parseCanonical(before.period), at: r.created_at, oldValue: before.value ?? before.numerator ?? null, newValue: after?.value ?? after?.numerator ?? null }];
  } catch {
    return [];
  }
}

/** Corrections by hand of one indicator. */
async function manualRevisions(db: Db, indicatorId: number): Promise<Revision[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['old_value', 'new_value', 'created_at'])
    .where('entity_type', '=', 'observation')
    .where('entity_id', '=', indicatorId)
    .where('action', '=', 'update')
    .execute();
  return rows.flatMap(manualRevision);
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

type StoredFacts = Omit<QualityFacts, 'reviews'>;

/** An indicator's values as they arrived and their revisions: everything the card needs but the reviews. */
async function gatherStoredFacts(db: Db, indicator: Indicator): Promise<StoredFacts> {
  const parts = isComputed(indicator) ? await findParts(db, indicator) : undefined;
  const ids = parts ? [parts.numerator.id, parts.denominator.id] : [indicator.id];
  const [rows, imported, manual] = await Promise.all([arrivals(db, ids), importRevisions(db, ids), manualRevisions(db, indicator.id)]);
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
  };
}

// Values, imports, undos and corrections by hand all change the group's data version (an import's
// changes and an undo are written with the values they touch, a correction's audit line with the
// value), so an indicator's stored facts are kept per version. Reviews are not: they are read afresh.
const keptFacts = new GroupKeyedCache<number, StoredFacts>(200);

function storedFacts(db: Db, indicator: Indicator, dataVersion?: number): Promise<StoredFacts> {
  if (dataVersion === undefined) return gatherStoredFacts(db, indicator);
  return keptFacts.get(db, indicator.groupId, indicator.id, () => gatherStoredFacts(db, indicator), dataVersion);
}

/**
 * Everything the card needs about one indicator, read from what is stored. `dataVersion`: the group's
 * data version as this request read it before anything else (the group's board does), when the
 * request has it; then the stored facts are read once per version.
 */
export async function gatherQualityFacts(db: Db, indicator: Indicator, dataVersion?: number): Promise<QualityFacts> {
  const [stored, reviews] = await Promise.all([storedFacts(db, indicator, dataVersion), listReviews(db, indicator.id)]);
  return { ...stored, reviews };
}

export async function loadQuality(db: Db, indicator: Indicator, today: Date, dataVersion?: number): Promise<Quality> {
  return assessQuality(await gatherQualityFacts(db, indicator, dataVersion), today);
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
 * The facts of every active indicator of a group in a handful of queries, whatever the number of
 * indicators: the new-meeting page asks for all of them.
 */
export async function gatherGroupQualityFacts(db: Db, groupId: number): Promise<QualityFacts[]> {
  const [indicators, computations, rows, imported, manual, reviews] = await Promise.all([
    listIndicators(db, groupId, { archived: false }),
    listComputations(db, { groupId }),
    db
      .selectFrom('observations')
      .innerJoin('indicators', 'indicators.id', 'observations.indicator_id')
      .select(['observations.indicator_id', 'observations.period', 'observations.value', 'observations.created_at'])
      .where('indicators.group_id', '=', groupId)
      .orderBy('observations.period')
      .execute(),
    db
      .selectFrom('import_changes')
      .innerJoin('imports', 'imports.id', 'import_changes.import_id')
      .select(['import_changes.indicator_id', 'import_changes.period', 'import_changes.old_value', 'import_changes.new_value', 'imports.file_name', 'imports.created_at'])
      .where('imports.group_id', '=', groupId)
      .where('import_changes.old_value', 'is not', null)
      .where('imports.undone_at', 'is', null)
      .execute(),
    db
      .selectFrom('audit_log')
      .select(['entity_id', 'old_value', 'new_value', 'created_at'])
      .where('group_id', '=', groupId)
      .where('entity_type', '=', 'observation')
      .where('action', '=', 'update')
      .execute(),
    db
      .selectFrom('indicator_reviews')
      .leftJoin('users', 'users.id', 'indicator_reviews.user_id')
      .select(['indicator_reviews.indicator_id', 'indicator_reviews.note', 'indicator_reviews.reviewed_at', 'users.name'])
      .where('indicator_reviews.group_id', '=', groupId)
      .execute(),
  ]);
  const byIndicator = new Map<number, typeof rows>();
  for (const row of rows) byIndicator.set(row.indicator_id, [...(byIndicator.get(row.indicator_id) ?? []), row]);
  const partLabels = new Map<number, string>();
  const labelRows = computations.length
    ? await db.selectFrom('indicators').select(['id', 'series_label']).where('id', 'in', computations.map((c) => c.denominatorId)).execute()
    : [];
  for (const r of labelRows) partLabels.set(r.id, r.series_label ?? 'nævner');
  return indicators.map((indicator) => {
    const computation = computations.find((c) => c.indicatorId === indicator.id);
    const ids = computation ? [computation.numeratorId, computation.denominatorId] : [indicator.id];
    let values: ArrivedValue[];
    let denominators: QualityFacts['denominators'];
    if (computation) {
      const numerators = new Map((byIndicator.get(computation.numeratorId) ?? []).map((r) => [r.period, r]));
      const denominatorRows = byIndicator.get(computation.denominatorId) ?? [];
      denominators = denominatorRows.map((d) => ({ period: parseCanonical(d.period), value: d.value }));
      values = denominatorRows.flatMap((d) => {
        const n = numerators.get(d.period);
        if (!n || !(d.value > 0)) return [];
        return [{ period: parseCanonical(d.period), value: (n.value * computation.factor) / d.value, arrivedAt: n.created_at > d.created_at ? n.created_at : d.created_at }];
      });
    } else {
      values = (byIndicator.get(indicator.id) ?? []).map((r) => ({ period: parseCanonical(r.period), value: r.value, arrivedAt: r.created_at }));
    }
    const revisions: Revision[] = [
      ...imported
        .filter((r) => ids.includes(r.indicator_id))
        .map((r) => ({ period: parseCanonical(r.period), at: r.created_at, fileName: r.file_name, oldValue: r.old_value, newValue: r.new_value })),
      ...manual.filter((r) => r.entity_id === indicator.id).flatMap(manualRevision),
    ];
    return {
      indicator,
      values,
      revisions,
      ...(denominators && computation && { denominators, denominatorLabel: partLabels.get(computation.denominatorId) ?? 'nævner' }),
      reviews: reviews.filter((r) => r.indicator_id === indicator.id).map((r) => ({ at: r.reviewed_at, note: r.note, by: r.name })),
    };
  });
}

/**
 * The agenda's "Datagrundlag" item: the group's indicator with the weakest datagrundlag, when it is
 * weak enough and the group has not gone through it in the last half year.
 */
export async function weakestDataFoundation(db: Db, groupId: number, today: Date): Promise<DataFoundationItem | undefined> {
  let weakest: { indicator: Indicator; quality: Quality } | undefined;
  for (const facts of await gatherGroupQualityFacts(db, groupId)) {
    const quality = assessQuality(facts, today);
    const recent = quality.lastReview && today.getTime() - new Date(quality.lastReview.at).getTime() < RECENT_REVIEW_DAYS * 86_400_000;
    if (recent || quality.score < AGENDA_SCORE) continue;
    if (!weakest || quality.score > weakest.quality.score) weakest = { indicator: facts.indicator, quality };
  }
  if (!weakest) return undefined;
  return { indicatorId: weakest.indicator.id, title: `Datagrundlag: ${weakest.indicator.name}`, reason: qualityReason(weakest.quality), score: weakest.quality.score };
}
