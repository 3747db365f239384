import type { Db } from '../db/connection.js';
import { nowIso } from '../shared/clock.js';

/**
 * The minutes as a record: what a meeting showed and decided, frozen when it is closed, so a value
 * corrected later does not change what the minutes say the meeting saw. Texts are stored as they
 * were shown (formatted, in Danish); the values behind each indicator item are stored as numbers
 * too, so the minutes can tell when newer figures have come since. Charts are stored beside the
 * record, as the HTML (SVG, caption and table) the meeting saw.
 *
 * Stored as JSON: add fields as optional, never rename one, so every older version still reads.
 */
export interface MinutesRecord {
  schema: 1;
  meeting: {
    title: string;
    date: string;
    dateText: string;
    timeText?: string;
    location: string;
    attendees: string;
    chair?: string;
    secretary?: string;
  };
  groupName: string;
  followUp?: {
    title: string;
    dateText: string;
    actions: RecordedAction[];
    newValues: Array<{ indicator: string; values: Array<{ period: string; value: string }> }>;
  };
  items: RecordedItem[];
}

export interface RecordedAction {
  id: number;
  whatAndWhy: string;
  howAndWho: string;
  responsible: string;
  dueDate: string;
  dueText: string;
  startText?: string;
  interventionText?: string;
  statusLabel: string;
  overdue?: boolean;
}

export interface RecordedBadge {
  label: string;
  icon: string;
  tone: string;
}

export interface RecordedItem {
  itemId: number;
  number: number;
  kind: string;
  title: string;
  indicatorId: number | null;
  goalId: number | null;
  bankEntryId?: string | null;
  reasons: string[];
  situation?: RecordedBadge;
  figures?: {
    latest?: string;
    latestPeriod?: string;
    change?: string;
    previousPeriod?: string;
    yearChange?: string;
    lastYearPeriod?: string;
    seasonal?: boolean;
    rollingYear?: string;
    verdict?: string;
    missingPeriod?: string;
  };
  /** Goals on the indicator, or the goal item's own progress, as the badge and words shown. */
  goalLines: Array<{ display: RecordedBadge; text: string }>;
  /** The indicator's values the meeting saw (canonical period, number), to spot newer figures. */
  shownValues?: Array<{ period: string; value: number }>;
  hasChart: boolean;
  /** For a theme box: the behaviours shown ("Det ses, når vi"). */
  behaviours?: string[];
  questions: Array<{ id: string; text: string; discussed: boolean }>;
  notes: string;
  decisions: RecordedAction[];
}

export interface MinutesVersion {
  id: number;
  meetingId: number;
  version: number;
  closedAt: string;
  closedBy: string | null;
}

export interface StoredMinutes extends MinutesVersion {
  record: MinutesRecord;
  charts: Map<number, string>;
}

/** The versions of a meeting's minutes, newest first. */
export async function listMinutesVersions(db: Db, meetingId: number): Promise<MinutesVersion[]> {
  const rows = await db
    .selectFrom('meeting_snapshots')
    .leftJoin('users', 'users.id', 'meeting_snapshots.closed_by')
    .select(['meeting_snapshots.id', 'meeting_id', 'version', 'closed_at', 'users.name'])
    .where('meeting_id', '=', meetingId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, meetingId: r.meeting_id, version: r.version, closedAt: r.closed_at, closedBy: r.name ?? null }));
}

/** One version of the minutes with its charts; the latest when `version` is left out. */
export async function findMinutes(db: Db, meetingId: number, version?: number): Promise<StoredMinutes | undefined> {
  let query = db
    .selectFrom('meeting_snapshots')
    .leftJoin('users', 'users.id', 'meeting_snapshots.closed_by')
    .select(['meeting_snapshots.id', 'meeting_id', 'version', 'closed_at', 'data', 'users.name'])
    .where('meeting_id', '=', meetingId);
  if (version !== undefined) query = query.where('version', '=', version);
  const row = await query.orderBy('version', 'desc').executeTakeFirst();
  if (!row) return undefined;
  const charts = await db.selectFrom('meeting_snapshot_charts').select(['item_id', 'svg']).where('snapshot_id', '=', row.id).execute();
  return {
    id: row.id,
    meetingId: row.meeting_id,
    version: row.version,
    closedAt: row.closed_at,
    closedBy: row.name ?? null,
    record: JSON.parse(row.data) as MinutesRecord,
    charts: new Map(charts.map((c) => [c.item_id, c.svg])),
  };
}

/**
 * Stores a version of the minutes. `version` undefined takes the next number; a given version is
 * stored only if it is not there yet (two readers recording a legacy meeting at once), and the
 * answer says whether this call stored it.
 */
export async function insertMinutes(
  db: Db,
  meetingId: number,
  entry: { record: MinutesRecord; charts: ReadonlyMap<number, string>; closedAt?: string; closedBy: number | null; version?: number },
): Promise<number | undefined> {
  let version = entry.version;
  if (version === undefined) {
    const last = await db.selectFrom('meeting_snapshots').select((eb) => eb.fn.max('version').as('max')).where('meeting_id', '=', meetingId).executeTakeFirst();
    version = Number(last?.max ?? 0) + 1;
  }
  const row = await db
    .insertInto('meeting_snapshots')
    .values({ meeting_id: meetingId, version, closed_at: entry.closedAt ?? nowIso(), closed_by: entry.closedBy, data: JSON.stringify(entry.record) })
    .onConflict((oc) => oc.columns(['meeting_id', 'version']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return undefined;
  const charts = [...entry.charts].map(([itemId, svg]) => ({ snapshot_id: row.id, item_id: itemId, svg }));
  if (charts.length) await db.insertInto('meeting_snapshot_charts').values(charts).execute();
  return version;
}
