import type { Db } from '../db/connection.js';
import { listGoals } from '../goals/goal-queries.js';
import { isComputed, type Indicator } from '../indicators/indicator.js';
import { findIndicatorAnywhere, listIndicators, listSeriesOf } from '../indicators/indicator-queries.js';
import { listObservationsOfGroup } from '../indicators/observation-queries.js';
import { findGroup } from '../groups/group-queries.js';
import { listActionsOfGroup } from '../meetings/action-queries.js';
import { listItems, listMeetings } from '../meetings/meeting-queries.js';
import { comparePeriods, formatCanonical, periodsPerYear, type Period } from '../periods/period.js';

/**
 * What the read API hands a BI system (issue 14): flat rows, one kind per resource, the same in JSON
 * and CSV, so Power BI can load them as tables without unpacking nested objects. Field names are
 * stable English identifiers; texts are the group's own Danish.
 */

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** The first day of a period as an ISO date, so BI tools get a real date axis. */
export function periodStart(period: Period): string {
  const month = Math.round(((period.index - 1) * 12) / periodsPerYear(period.frequency)) + 1;
  return `${period.year}-${String(month).padStart(2, '0')}-01`;
}

/** A computed indicator's parts right after its own values, then the comparison lines. */
const SERIES_ORDER = { own: 0, numerator: 1, denominator: 2, reference: 3 } as const;

async function allIndicators(db: Db, groupId: number): Promise<Indicator[]> {
  const [active, archived] = await Promise.all([listIndicators(db, groupId, { archived: false }), listIndicators(db, groupId, { archived: true })]);
  return [...active, ...archived].sort((a, b) => a.name.localeCompare(b.name, 'da') || a.id - b.id);
}

export async function indicatorRows(db: Db, groupId: number): Promise<Row[]> {
  const indicators = await allIndicators(db, groupId);
  const rows: Row[] = [];
  for (const i of indicators) {
    const series = await listSeriesOf(db, i.id);
    const numerator = series.find((s) => s.seriesKind === 'numerator');
    const denominator = series.find((s) => s.seriesKind === 'denominator');
    const shared = i.adoptedFrom ? await findIndicatorAnywhere(db, i.adoptedFrom) : undefined;
    const owner = shared ? await findGroup(db, shared.groupId) : undefined;
    rows.push({
      id: i.id,
      code: i.code,
      name: i.name,
      definition: i.definition,
      whyItMatters: i.whyItMatters,
      unit: i.unit,
      decimals: i.decimals,
      direction: i.direction,
      rangeMin: i.rangeMin,
      rangeMax: i.rangeMax,
      frequency: i.frequency,
      dataSource: i.dataSource,
      deliveredBy: i.deliveredBy,
      archived: i.archived,
      computed: isComputed(i),
      numerator: numerator?.seriesLabel ?? null,
      denominator: denominator?.seriesLabel ?? null,
      factor: i.factor ?? null,
      sharedWithGroupsBelow: Boolean(i.sharedAt),
      sharedFromGroup: owner?.name ?? null,
      referenceSeries: series.filter((s) => s.seriesKind === 'reference').map((s) => s.seriesLabel ?? '').join('; ') || null,
    });
  }
  return rows;
}

/**
 * Every value of the group: each indicator's own values (computed ones computed), then its
 * reference series and a computed indicator's two parts, each marked by `series`.
 */
export async function valueRows(db: Db, groupId: number): Promise<Row[]> {
  const indicators = await allIndicators(db, groupId);
  const values = await listObservationsOfGroup(db, groupId);
  const rows: Row[] = [];
  for (const indicator of indicators) {
    const series = await listSeriesOf(db, indicator.id);
    const lines: Array<{ kind: 'own' | 'reference' | 'numerator' | 'denominator'; label: string | null; id: number; unit: string }> = [
      { kind: 'own', label: null, id: indicator.id, unit: indicator.unit },
      ...series
        .map((s) => ({ kind: s.seriesKind ?? 'reference', label: s.seriesLabel ?? null, id: s.id, unit: s.unit }))
        .sort((a, b) => SERIES_ORDER[a.kind] - SERIES_ORDER[b.kind] || (a.label ?? '').localeCompare(b.label ?? '', 'da')),
    ];
    for (const line of lines) {
      const list = [...(values.get(line.id) ?? [])].sort((a, b) => comparePeriods(a.period, b.period));
      for (const o of list) {
        rows.push({
          indicatorId: indicator.id,
          indicatorCode: indicator.code,
          indicatorName: indicator.name,
          series: line.kind,
          seriesLabel: line.label,
          period: formatCanonical(o.period),
          periodStart: periodStart(o.period),
          value: o.value,
          unit: line.unit,
          comment: o.comment,
          updatedAt: o.updatedAt,
        });
      }
    }
  }
  return rows;
}

export async function goalRows(db: Db, groupId: number): Promise<Row[]> {
  const goals = await listGoals(db, groupId);
  return goals.map((g) => ({
    id: g.id,
    title: g.title,
    description: g.description,
    status: g.status,
    indicatorId: g.indicatorId,
    baselineValue: g.baselineValue,
    baselinePeriod: g.baselinePeriod ? formatCanonical(g.baselinePeriod) : null,
    targetValue: g.targetValue,
    deadline: g.deadline ? formatCanonical(g.deadline) : null,
    responsible: g.responsible,
    createdAt: g.createdAt,
    updatedAt: g.updatedAt,
  }));
}

export async function actionRows(db: Db, groupId: number): Promise<Row[]> {
  const actions = await listActionsOfGroup(db, groupId);
  return actions
    .sort((a, b) => a.id - b.id)
    .map((a) => ({
      id: a.id,
      whatAndWhy: a.whatAndWhy,
      howAndWho: a.howAndWho,
      responsible: a.responsible,
      dueDate: a.dueDate,
      startPeriod: a.startPeriod ? formatCanonical(a.startPeriod) : null,
      status: a.status,
      indicatorId: a.indicatorId,
      goalId: a.goalId,
      meetingId: a.meetingId,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    }));
}

export async function meetingRows(db: Db, groupId: number): Promise<Row[]> {
  const meetings = await listMeetings(db, groupId);
  const rows: Row[] = [];
  for (const m of [...meetings].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id)) {
    const items = await listItems(db, m.id);
    rows.push({
      id: m.id,
      title: m.title,
      date: m.date,
      startTime: m.startTime,
      durationMinutes: m.durationMinutes,
      location: m.location,
      closed: m.closedAt !== null,
      agendaItems: items.length,
      indicatorIds: items.flatMap((i) => (i.indicatorId !== null ? [i.indicatorId] : [])).join(';') || null,
    });
  }
  return rows;
}

export const RESOURCES = {
  indicators: indicatorRows,
  values: valueRows,
  goals: goalRows,
  actions: actionRows,
  meetings: meetingRows,
} as const;

export type Resource = keyof typeof RESOURCES;
