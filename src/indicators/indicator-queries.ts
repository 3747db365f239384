import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.js';
import type { IndicatorTable } from '../db/schema.js';
import { nowIso } from '../shared/clock.js';
import type { Indicator, IndicatorInput, IndicatorLinks } from './indicator.js';

type IndicatorRow = Selectable<IndicatorTable>;

function toIndicator(row: IndicatorRow): Indicator {
  return {
    id: row.id,
    groupId: row.group_id,
    code: row.code,
    name: row.name,
    definition: row.definition,
    whyItMatters: row.why_it_matters,
    unit: row.unit,
    decimals: row.decimals,
    direction: row.direction,
    rangeMin: row.range_min,
    rangeMax: row.range_max,
    frequency: row.frequency,
    dataSource: row.data_source,
    deliveredBy: row.delivered_by,
    archived: row.archived_at !== null,
    seriesOf: row.series_of,
    seriesKind: row.series_kind,
    seriesLabel: row.series_label,
    factor: row.factor,
    sharedAt: row.shared_at,
    totalRule: row.total_rule,
    adoptedFrom: row.adopted_from,
    definitionChangedAt: row.definition_changed_at,
  };
}

function toColumns(input: IndicatorInput) {
  return {
    code: input.code,
    name: input.name,
    definition: input.definition,
    why_it_matters: input.whyItMatters,
    unit: input.unit,
    decimals: input.decimals,
    direction: input.direction,
    range_min: input.rangeMin,
    range_max: input.rangeMax,
    frequency: input.frequency,
    data_source: input.dataSource,
    delivered_by: input.deliveredBy,
  };
}

function linkColumns(links: IndicatorLinks) {
  const columns: Partial<Record<string, unknown>> = {};
  if (links.seriesOf !== undefined) columns.series_of = links.seriesOf;
  if (links.seriesKind !== undefined) columns.series_kind = links.seriesKind;
  if (links.seriesLabel !== undefined) columns.series_label = links.seriesLabel;
  if (links.factor !== undefined) columns.factor = links.factor;
  if (links.sharedAt !== undefined) columns.shared_at = links.sharedAt;
  if (links.totalRule !== undefined) columns.total_rule = links.totalRule;
  if (links.adoptedFrom !== undefined) columns.adopted_from = links.adoptedFrom;
  if (links.definitionChangedAt !== undefined) columns.definition_changed_at = links.definitionChangedAt;
  return columns as {
    series_of?: number | null;
    series_kind?: IndicatorLinks['seriesKind'];
    series_label?: string | null;
    factor?: number | null;
    shared_at?: string | null;
    total_rule?: IndicatorLinks['totalRule'];
    adopted_from?: number | null;
    definition_changed_at?: string | null;
  };
}

/** Changes an indicator's organisation links (sharing, adoption, series), by id. */
export async function setIndicatorLinks(db: Db, id: number, links: IndicatorLinks): Promise<void> {
  await db.updateTable('indicators').set({ ...linkColumns(links), updated_at: nowIso() }).where('id', '=', id).execute();
}

/** Always scoped by group: an indicator id from another group is simply not found. */
export async function findIndicator(db: Db, groupId: number, id: number): Promise<Indicator | undefined> {
  const row = await db.selectFrom('indicators').selectAll().where('group_id', '=', groupId).where('id', '=', id).executeTakeFirst();
  return row && toIndicator(row);
}


/**
 * The group's indicators by name. Series rows (reference series, a computed indicator's parts) are
 * left out: they belong to their indicator. `importTargets` asks instead for everything values can be
 * imported into: the series rows too, but not computed indicators, whose values are computed.
 */
export async function listIndicators(db: Db, groupId: number, options: { archived: boolean; importTargets?: boolean }): Promise<Indicator[]> {
  let query = db
    .selectFrom('indicators')
    .selectAll()
    .where('group_id', '=', groupId)
    .where('archived_at', options.archived ? 'is not' : 'is', null);
  query = options.importTargets ? query.where('factor', 'is', null) : query.where('series_of', 'is', null);
  const rows = await query.orderBy('name').execute();
  return rows.map(toIndicator);
}

/** An indicator's series rows (reference series and parts), by kind and name. */
export async function listSeriesOf(db: Db, indicatorId: number): Promise<Indicator[]> {
  const rows = await db.selectFrom('indicators').selectAll().where('series_of', '=', indicatorId).orderBy('series_kind').orderBy('name').execute();
  return rows.map(toIndicator);
}

/** Every series row of a group's indicators, by kind and name, as listSeriesOf orders one indicator's. */
export async function listSeriesOfGroup(db: Db, groupId: number): Promise<Indicator[]> {
  const rows = await db.selectFrom('indicators').selectAll().where('group_id', '=', groupId).where('series_of', 'is not', null).orderBy('series_kind').orderBy('name').execute();
  return rows.map(toIndicator);
}

/** An indicator by id in any group: for the organisation's own checks, never for a page's own lookup. */
export async function findIndicatorAnywhere(db: Db, id: number): Promise<Indicator | undefined> {
  const row = await db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toIndicator(row);
}

export async function findIndicatorByCode(db: Db, groupId: number, code: string): Promise<Indicator | undefined> {
  const row = await db.selectFrom('indicators').selectAll().where('group_id', '=', groupId).where('code', '=', code).executeTakeFirst();
  return row && toIndicator(row);
}

export async function insertIndicator(db: Db, groupId: number, input: IndicatorInput, links: IndicatorLinks = {}): Promise<Indicator> {
  const now = nowIso();
  const row = await db
    .insertInto('indicators')
    .values({ ...toColumns(input), ...linkColumns(links), group_id: groupId, created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toIndicator(row);
}

export async function updateIndicator(db: Db, groupId: number, id: number, input: IndicatorInput): Promise<void> {
  await db
    .updateTable('indicators')
    .set({ ...toColumns(input), updated_at: nowIso() })
    .where('group_id', '=', groupId)
    .where('id', '=', id)
    .execute();
}

export async function setIndicatorArchived(db: Db, groupId: number, id: number, archived: boolean): Promise<void> {
  const now = nowIso();
  await db
    .updateTable('indicators')
    .set({ archived_at: archived ? now : null, updated_at: now })
    .where('group_id', '=', groupId)
    .where('id', '=', id)
    .execute();
}
