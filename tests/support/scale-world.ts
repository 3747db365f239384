import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../../src/db/connection.js';
import { hashPassword } from '../../src/auth/password.js';
import { formatCanonical, latestCompletedPeriod, periodRange, type Period } from '../../src/periods/period.js';

/** How big a municipality is: the benchmark's default is 300 groups × 25 indicators × 40 quarters. */
export interface ScaleSize {
  groups: number;
  indicators: number;
  quarters: number;
  /** Held meetings per group, one a quarter, plus one coming meeting. */
  meetings: number;
  /** Agenda items per meeting (indicators), each with one decided action at a held meeting. */
  itemsPerMeeting: number;
  /** Active goals per group, each on its own indicator, with two milestones. */
  goals: number;
}

export const MUNICIPALITY: ScaleSize = { groups: 300, indicators: 25, quarters: 40, meetings: 8, itemsPerMeeting: 5, goals: 3 };

export interface ScaleWorld {
  email: string;
  password: string;
  userId: number;
  groupIds: number[];
  /** Per group: its indicators, held meetings and its coming meeting. */
  first: { groupId: number; indicatorId: number; meetingId: number; comingMeetingId: number };
}

const BATCH = 500;

async function insertMany(db: Db, table: string, rows: Record<string, unknown>[]): Promise<void> {
  for (let at = 0; at < rows.length; at += BATCH) await db.insertInto(table as never).values(rows.slice(at, at + BATCH) as never).execute();
}

async function insertReturningIds(db: Db, table: string, rows: Record<string, unknown>[]): Promise<number[]> {
  const ids: number[] = [];
  for (let at = 0; at < rows.length; at += BATCH) {
    const out = await db.insertInto(table as never).values(rows.slice(at, at + BATCH) as never).returning('id' as never).execute();
    ids.push(...(out as { id: number }[]).map((r) => r.id));
  }
  return ids;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A municipality's worth of leader groups, written in batches straight into the tables (the real
 * services would take minutes for 300,000 values). One leader is editor in every group, so any
 * group's pages can be loaded with one sign-in. Values end at the latest completed quarter.
 */
export async function buildScaleWorld(db: Db, size: ScaleSize, now = new Date()): Promise<ScaleWorld> {
  const at = now.toISOString();
  const email = 'leder@kommune.dk';
  const password = 'skala-adgangskode-123';
  const [userId] = await insertReturningIds(db, 'users', [
    { email, name: 'Lene Leder', password_hash: await hashPassword(password), is_admin: 0, created_at: at, updated_at: at },
  ]);
  const groupIds = await insertReturningIds(
    db,
    'groups',
    Array.from({ length: size.groups }, (_, g) => ({ name: `Ledergruppe ${g + 1}`, description: `Område ${g + 1}`, core_task: 'Vi løser kerneopgaven sammen med borgerne.', created_at: at, updated_at: at })),
  );
  await insertMany(db, 'memberships', groupIds.map((group_id) => ({ group_id, user_id: userId, role: 'editor', created_at: at })));

  const latest = latestCompletedPeriod('quarter', now);
  const quarters: Period[] = periodRange({ frequency: 'quarter', year: latest.year - 20, index: latest.index }, latest).slice(-size.quarters);
  const indicatorRows = groupIds.flatMap((group_id) =>
    Array.from({ length: size.indicators }, (_, i) => ({
      group_id, code: `I${i + 1}`, name: `Indikator ${i + 1}`, definition: 'Målt hvert kvartal.', why_it_matters: 'Viser om vi når borgerne.',
      unit: '%', decimals: 1, direction: i % 2 ? 'up' : 'down', range_min: null, range_max: null, frequency: 'quarter',
      data_source: 'Fagsystemet', delivered_by: 'Økonomi', archived_at: null, created_at: at, updated_at: at,
    })),
  );
  const indicatorIds = await insertReturningIds(db, 'indicators', indicatorRows);
  const observations: Record<string, unknown>[] = [];
  indicatorIds.forEach((indicator_id, k) => {
    quarters.forEach((q, p) => {
      observations.push({
        indicator_id, period: formatCanonical(q), value: Math.round((20 + ((k * 7 + p * 3) % 17) + Math.sin(p) * 2) * 10) / 10,
        comment: p % 13 === 5 ? 'Ny arbejdsgang' : null, import_id: null, updated_by: null, created_at: at, updated_at: at,
      });
    });
  });
  for (let at2 = 0; at2 < observations.length; at2 += 20_000) await db.transaction().execute((trx) => insertMany(trx, 'observations', observations.slice(at2, at2 + 20_000)));

  const byGroup = (g: number) => indicatorIds.slice(g * size.indicators, (g + 1) * size.indicators);
  const baseline = quarters[Math.max(0, quarters.length - 4)]!;
  const goalRows = groupIds.flatMap((group_id, g) =>
    byGroup(g).slice(0, size.goals).map((indicator_id, n) => ({
      group_id, indicator_id, title: `Mål ${n + 1}`, description: 'Et mål for indikatoren.', baseline_value: 25, baseline_period: formatCanonical(baseline), baseline_source: 'data',
      target_value: 20, deadline: `${latest.year + 2}K4`, responsible: 'Lederen', realism_reasoning: 'Andre har gjort det.', why_it_matters: 'Borgerne mærker det.',
      driven_by: 'Teamet', status: 'active', target_group: null, target_group_name: '', what_changes: 'Arbejdsgangen.', evidence: 'Erfaringer.', noise_reason: '',
      beneficiary: null, beneficiary_name: '', driver_user_id: userId, created_by: userId, created_at: at, updated_at: at,
    })),
  );
  const goalIds = await insertReturningIds(db, 'goals', goalRows);
  await insertMany(db, 'goal_milestones', goalIds.flatMap((goal_id) => [
    { goal_id, period: `${latest.year + 1}K2`, value: 23 },
    { goal_id, period: `${latest.year + 2}K2`, value: 21 },
  ]));

  // Held meetings one a quarter, closed; then one coming meeting, open.
  const meetingRows = groupIds.flatMap((group_id) => [
    ...quarters.slice(-size.meetings).map((q, m) => ({
      group_id, title: `Ledermøde ${m + 1}`, meeting_date: `${q.year}-${String(q.index * 3).padStart(2, '0')}-15`, start_time: '09:00', attendees: 'Lederne',
      closed_at: at, created_by: userId, created_at: at, updated_at: at,
    })),
    { group_id, title: 'Næste ledermøde', meeting_date: day(new Date(now.getTime() + 14 * 86_400_000)), start_time: '09:00', attendees: 'Lederne', closed_at: null, created_by: userId, created_at: at, updated_at: at },
  ]);
  const meetingIds = await insertReturningIds(db, 'meetings', meetingRows);
  const perGroup = size.meetings + 1;
  const itemRows: Record<string, unknown>[] = [];
  meetingIds.forEach((meeting_id, k) => {
    const g = Math.floor(k / perGroup);
    const indicators = byGroup(g);
    for (let position = 0; position < size.itemsPerMeeting; position++) {
      itemRows.push({ meeting_id, position, kind: 'indicator', indicator_id: indicators[(k + position) % indicators.length], goal_id: null, topic: null, reason: 'Gik den forkerte vej', notes: '' });
    }
  });
  const itemIds = await insertReturningIds(db, 'meeting_items', itemRows);
  const meetingIndex = new Map(meetingIds.map((id, k) => [id, k]));
  const actionRows: Record<string, unknown>[] = [];
  itemRows.forEach((item, n) => {
    const k = meetingIndex.get(item.meeting_id as number)!;
    if (k % perGroup === perGroup - 1) return; // the coming meeting has decided nothing yet
    const g = Math.floor(k / perGroup);
    const q = quarters[quarters.length - size.meetings + (k % perGroup)]!;
    actionRows.push({
      group_id: groupIds[g], meeting_id: item.meeting_id, item_id: itemIds[n], indicator_id: item.indicator_id, goal_id: null,
      what_and_why: 'Faste makkerpar, fordi fraværet er højest dér', how_and_who: 'Teamlederne', responsible: 'Lene Leder',
      due_date: `${q.year + 1}-06-30`, start_period: formatCanonical(q), status: n % 3 === 0 ? 'done' : 'in-progress', created_by: userId, created_at: at, updated_at: at,
    });
  });
  await insertMany(db, 'actions', actionRows);
  // Fresh statistics, as PostgreSQL's autovacuum gathers them shortly after a bulk load. (A SQLite
  // database of the app never runs ANALYZE, so neither does the world there.)
  if (db.getExecutor().adapter instanceof PostgresAdapter) await sql`analyze`.execute(db);

  return {
    email,
    password,
    userId: userId!,
    groupIds,
    first: { groupId: groupIds[0]!, indicatorId: byGroup(0)[0]!, meetingId: meetingIds[size.meetings - 1]!, comingMeetingId: meetingIds[size.meetings]! },
  };
}
