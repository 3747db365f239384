import { readFileSync } from 'node:fs';
import { insertIndicator } from '../../src/indicators/indicator-queries.js';
import type { IndicatorInput } from '../../src/indicators/indicator.js';
import { csrfFrom, type SignedIn, type TestWorld } from './test-app.js';

export function fixture(name: string): Buffer {
  return readFileSync(new URL(`../fixtures/samples/${name}`, import.meta.url));
}

const base: Omit<IndicatorInput, 'name' | 'unit' | 'code'> = {
  definition: 'Målt hvert kvartal.',
  whyItMatters: 'Viser om vi løser kerneopgaven.',
  decimals: 1,
  direction: 'down',
  rangeMin: null,
  rangeMax: null,
  frequency: 'quarter',
  dataSource: '',
  deliveredBy: '',
};

/** Indicators named as a leader group would name them, without the unit the files add. */
export async function addIndicators(world: TestWorld, groupId: number, list: Array<{ name: string; unit: string; decimals?: number; code?: string }>) {
  const ids: Record<string, number> = {};
  for (const item of list) {
    const indicator = await insertIndicator(world.db, groupId, { ...base, code: item.code ?? null, name: item.name, unit: item.unit, decimals: item.decimals ?? 1 });
    ids[item.name] = indicator.id;
  }
  return ids;
}

export async function observationsOf(world: TestWorld, indicatorId: number) {
  return world.db
    .selectFrom('observations')
    .select(['period', 'value', 'comment'])
    .where('indicator_id', '=', indicatorId)
    .orderBy('period')
    .execute();
}

// Each table's key: without ORDER BY, PostgreSQL returns an updated row after the others.
const snapshotKeys = {
  users: ['id'],
  groups: ['id'],
  memberships: ['group_id', 'user_id'],
  indicators: ['id'],
  observations: ['id'],
  audit_log: ['id'],
  import_uploads: ['id'],
  imports: ['id'],
  import_changes: ['import_id', 'indicator_id', 'period'],
  import_mappings: ['group_id', 'source_label'],
  api_tokens: ['id'],
} as const;

/** Everything stored, table by table in key order, to prove a refused import changed nothing at all. */
export async function snapshotDatabase(world: TestWorld) {
  const out: Record<string, unknown[]> = {};
  for (const [table, key] of Object.entries(snapshotKeys) as [keyof typeof snapshotKeys, readonly string[]][]) {
    let query = world.db.selectFrom(table).selectAll();
    for (const column of key) query = query.orderBy(column as never);
    out[table] = await query.execute();
  }
  return out;
}

/** Uploads a file through the import page as the browser would, and returns the preview page's URL. */
export async function upload(user: SignedIn, groupId: number, name: string, content: Buffer | string) {
  const page = await user.get(`/grupper/${groupId}/import`);
  const res = await user.agent
    .post(`/grupper/${groupId}/import`)
    .field('_csrf', csrfFrom(page.text))
    .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), name);
  return res;
}
