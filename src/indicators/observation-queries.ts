import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.js';
import { GroupCache } from '../db/data-version.js';
import type { ObservationTable } from '../db/schema.js';
import { formatCanonical, parseCanonical, type Period } from '../periods/period.js';
import { nowIso } from '../shared/clock.js';
import type { Observation } from './observation.js';
import { computeObservations, type Computation } from './computed.js';

type ObservationRow = Pick<Selectable<ObservationTable>, 'indicator_id' | 'period' | 'value' | 'comment' | 'import_id' | 'updated_at'>;
const columns = ['indicator_id', 'period', 'value', 'comment', 'import_id', 'updated_at'] as const;

function toObservation(row: ObservationRow): Observation {
  return {
    indicatorId: row.indicator_id,
    period: parseCanonical(row.period),
    value: row.value,
    comment: row.comment,
    importId: row.import_id,
    updatedAt: row.updated_at,
  };
}

/**
 * An indicator's values in period order. A computed indicator's values are computed from its two parts
 * (see computed.ts), so every reader — pages, goals, charts, exports, the API — sees the same figures.
 */
export async function listObservations(db: Db, indicatorId: number): Promise<Observation[]> {
  const [computation] = await listComputations(db, { indicatorId });
  if (computation) {
    const [numerators, denominators] = await Promise.all([listStoredObservations(db, computation.numeratorId), listStoredObservations(db, computation.denominatorId)]);
    return computeObservations(computation, numerators, denominators);
  }
  return listStoredObservations(db, indicatorId);
}

/** The values stored for an indicator row, as they are: for a computed indicator there are none. */
export async function listStoredObservations(db: Db, indicatorId: number): Promise<Observation[]> {
  const rows = await db.selectFrom('observations').select(columns).where('indicator_id', '=', indicatorId).orderBy('period').execute();
  return rows.map(toObservation);
}

/** The computed indicators of a group, or the one asked for, with their parts. */
export async function listComputations(db: Db, scope: { groupId: number } | { indicatorId: number }): Promise<Computation[]> {
  let query = db
    .selectFrom('indicators as part')
    .innerJoin('indicators as main', 'main.id', 'part.series_of')
    .select(['main.id as id', 'main.factor as factor', 'part.id as partId', 'part.series_kind as kind'])
    .where('part.series_kind', 'in', ['numerator', 'denominator'])
    .where('main.factor', 'is not', null);
  query = 'groupId' in scope ? query.where('main.group_id', '=', scope.groupId) : query.where('main.id', '=', scope.indicatorId);
  const rows = await query.execute();
  const byId = new Map<number, Partial<Computation> & { indicatorId: number; factor: number }>();
  for (const row of rows) {
    const entry = byId.get(row.id) ?? { indicatorId: row.id, factor: row.factor ?? 1 };
    if (row.kind === 'numerator') entry.numeratorId = row.partId;
    else entry.denominatorId = row.partId;
    byId.set(row.id, entry);
  }
  return [...byId.values()].filter((c): c is Computation => c.numeratorId !== undefined && c.denominatorId !== undefined);
}

/** All values of a group's indicators in one query, grouped by indicator id; computed ones computed. */
// The values of the groups in use, kept while their data version stands (40 quarters × 25
// indicators is about 150 kB a group).
const keptValues = new GroupCache<Map<number, Observation[]>>(200);

/**
 * All values of a group's indicators, grouped by indicator id and in period order. Read once per
 * change of the group's data (by any instance), not once per page: the group home, the overview and
 * the goals all need them. The map, its lists and their values are shared between requests: the
 * lists and values are frozen, so code that changes one fails loudly instead of changing every page.
 */
export async function listObservationsOfGroup(db: Db, groupId: number, knownVersion?: number): Promise<Map<number, Observation[]>> {
  return keptValues.get(db, groupId, () => loadObservationsOfGroup(db, groupId), knownVersion);
}

async function loadObservationsOfGroup(db: Db, groupId: number): Promise<Map<number, Observation[]>> {
  const rows = await db
    .selectFrom('observations')
    .innerJoin('indicators', 'indicators.id', 'observations.indicator_id')
    .select(columns.map((c) => `observations.${c}` as const))
    .where('indicators.group_id', '=', groupId)
    .orderBy('observations.period')
    .execute();
  const byIndicator = new Map<number, Observation[]>();
  for (const row of rows) {
    const list = byIndicator.get(row.indicator_id) ?? [];
    list.push(Object.freeze(toObservation(row)));
    byIndicator.set(row.indicator_id, list);
  }
  for (const computation of await listComputations(db, { groupId })) {
    const computed = computeObservations(computation, byIndicator.get(computation.numeratorId) ?? [], byIndicator.get(computation.denominatorId) ?? []);
    byIndicator.set(computation.indicatorId, computed.map((o) => Object.freeze(o)));
  }
  for (const list of byIndicator.values()) Object.freeze(list);
  return byIndicator;
}

export async function findObservation(db: Db, indicatorId: number, period: Period): Promise<Observation | undefined> {
  const row = await db
    .selectFrom('observations')
    .select(columns)
    .where('indicator_id', '=', indicatorId)
    .where('period', '=', formatCanonical(period))
    .executeTakeFirst();
  return row && toObservation(row);
}

export async function countObservations(db: Db, indicatorId: number): Promise<number> {
  const row = await db
    .selectFrom('observations')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('indicator_id', '=', indicatorId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function upsertObservation(
  db: Db,
  indicatorId: number,
  input: { period: Period; value: number; comment: string | null; importId?: number | null; userId: number | null },
): Promise<void> {
  const now = nowIso();
  const values = { value: input.value, comment: input.comment, import_id: input.importId ?? null, updated_by: input.userId, updated_at: now };
  await db
    .insertInto('observations')
    .values({ ...values, indicator_id: indicatorId, period: formatCanonical(input.period), created_at: now })
    .onConflict((oc) => oc.columns(['indicator_id', 'period']).doUpdateSet(values))
    .execute();
}

export async function deleteObservation(db: Db, indicatorId: number, period: Period): Promise<void> {
  await db.deleteFrom('observations').where('indicator_id', '=', indicatorId).where('period', '=', formatCanonical(period)).execute();
}
