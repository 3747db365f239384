import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.js';
import type { IndicatorTable } from '../db/schema.js';
import { nowIso } from '../shared/clock.js';
import type { Indicator, IndicatorInput } from './indicator.js';

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

/** Always scoped by group: an indicator id from another group is simply not found. */
export async function findIndicator(db: Db, groupId: number, id: number): Promise<Indicator | undefined> {
  const row = await db.selectFrom('indicators').selectAll().where('group_id', '=', groupId).where('id', '=', id).executeTakeFirst();
  return row && toIndicator(row);
}


export async function listIndicators(db: Db, groupId: number, options: { archived: boolean }): Promise<Indicator[]> {
  const rows = await db
    .selectFrom('indicators')
    .selectAll()
    .where('group_id', '=', groupId)
    .where('archived_at', options.archived ? 'is not' : 'is', null)
    .orderBy('name')
    .execute();
  return rows.map(toIndicator);
}

export async function findIndicatorByCode(db: Db, groupId: number, code: string): Promise<Indicator | undefined> {
  const row = await db.selectFrom('indicators').selectAll().where('group_id', '=', groupId).where('code', '=', code).executeTakeFirst();
  return row && toIndicator(row);
}

export async function insertIndicator(db: Db, groupId: number, input: IndicatorInput): Promise<Indicator> {
  const now = nowIso();
  const row = await db
    .insertInto('indicators')
    .values({ ...toColumns(input), group_id: groupId, created_at: now, updated_at: now })
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
