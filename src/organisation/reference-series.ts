import type { Db } from '../db/connection.js';
import type { FetchStatus } from '../db/schema.js';
import { recordAudit } from '../audit/audit-queries.js';
import type { Indicator } from '../indicators/indicator.js';
import { findIndicatorAnywhere, insertIndicator, listSeriesOf } from '../indicators/indicator-queries.js';
import type { Observation } from '../indicators/observation.js';
import { listStoredObservations } from '../indicators/observation-queries.js';
import { nowIso } from '../shared/clock.js';
import type { Actor } from '../shared/actor.js';
import { cprFieldErrors } from '../shared/cpr.js';
import { ValidationError } from '../shared/errors.js';

/**
 * Reference series (issue 14): figures to compare with — "Hele landet", "Region Syddanmark",
 * "Sammenligningskommuner", another group — stored as series rows of the indicator, so they arrive by
 * CSV import (the row "Sygefravær – Hele landet", a series column, or a mapping choice) or by a
 * scheduled fetch of a CSV address, and their values are kept, revised and undone like any value.
 */

export const messages = {
  labelRequired: 'Skriv, hvad tallene er for, fx „Hele landet“ eller „Region Syddanmark“.',
  labelTooLong: 'Navnet må højst være 60 tegn.',
  labelTaken: (label: string) => `Indikatoren har allerede en sammenligningsserie, der hedder „${label}“.`,
  sourceTooLong: 'Kilden må højst være 300 tegn.',
  urlRequired: 'Skriv adressen på CSV-filen, fx en forespørgsel til Statistikbankens API.',
  urlInvalid: 'Adressen skal begynde med https:// eller http:// og må højst være 2000 tegn.',
  rowLabelTooLong: 'Rækkens navn må højst være 200 tegn.',
  interval: 'Vælg, hvor ofte tallene skal hentes.',
  notSeries: 'Sammenligningsserien',
  added: (label: string, name: string) => `Tilføjede sammenligningsserien „${label}“ til „${name}“`,
  removed: (label: string, name: string) => `Fjernede sammenligningsserien „${label}“ fra „${name}“ med dens tal`,
  fetchSet: (label: string, url: string) => `Satte automatisk hentning op for „${label}“ fra ${url}`,
  fetchRemoved: (label: string) => `Stoppede den automatiske hentning for „${label}“`,
};

export const FETCH_INTERVALS = [6, 24, 168] as const;

export interface SeriesFetch {
  id: number;
  seriesId: number;
  groupId: number;
  url: string;
  rowLabel: string | null;
  intervalHours: number;
  configuredBy: number | null;
  nextDueAt: string;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastStatus: FetchStatus | null;
  lastMessage: string | null;
}

export interface ReferenceSeries {
  series: Indicator;
  observations: Observation[];
  fetch?: SeriesFetch;
  /** Set when the series belongs to the shared indicator this one follows. */
  fromOwner?: boolean;
}

function text(raw: Record<string, unknown>, key: string): string {
  const value = raw[key];
  return typeof value === 'string' ? value.trim() : '';
}

export async function findFetch(db: Db, seriesId: number): Promise<SeriesFetch | undefined> {
  const row = await db.selectFrom('series_fetches').selectAll().where('series_id', '=', seriesId).executeTakeFirst();
  return row && toFetch(row);
}

export function toFetch(row: {
  id: number;
  series_id: number;
  group_id: number;
  url: string;
  row_label: string | null;
  interval_hours: number;
  configured_by: number | null;
  next_due_at: string;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_status: FetchStatus | null;
  last_message: string | null;
}): SeriesFetch {
  return {
    id: row.id,
    seriesId: row.series_id,
    groupId: row.group_id,
    url: row.url,
    rowLabel: row.row_label,
    intervalHours: row.interval_hours,
    configuredBy: row.configured_by,
    nextDueAt: row.next_due_at,
    lastAttemptAt: row.last_attempt_at,
    lastSuccessAt: row.last_success_at,
    lastStatus: row.last_status,
    lastMessage: row.last_message,
  };
}

async function referencesOf(db: Db, indicatorId: number, fromOwner: boolean, groupSeries?: readonly Indicator[]): Promise<ReferenceSeries[]> {
  const series = groupSeries ? groupSeries.filter((s) => s.seriesOf === indicatorId) : await listSeriesOf(db, indicatorId);
  const rows = series.filter((s) => s.seriesKind === 'reference');
  return Promise.all(
    rows.map(async (series) => {
      const [observations, fetch] = await Promise.all([listStoredObservations(db, series.id), findFetch(db, series.id)]);
      return { series, observations, ...(fetch && { fetch }), ...(fromOwner && { fromOwner }) };
    }),
  );
}

/**
 * The indicator's comparison lines: its own, and for an adopted indicator the shared indicator's too
 * (the national figure is the same for every group), by name. `groupSeries`: the series rows of the
 * indicator's group, when read already (the group's board keeps them).
 */
export async function listReferences(db: Db, indicator: Indicator, groupSeries?: readonly Indicator[]): Promise<ReferenceSeries[]> {
  const own = await referencesOf(db, indicator.id, false, groupSeries);
  const owner = indicator.adoptedFrom ? await referencesOf(db, indicator.adoptedFrom, true) : [];
  const ownLabels = new Set(own.map((r) => (r.series.seriesLabel ?? '').toLowerCase()));
  return [...own, ...owner.filter((r) => !ownLabels.has((r.series.seriesLabel ?? '').toLowerCase()))];
}

/** A reference series of this indicator, or a 404. */
export async function findReference(db: Db, indicator: Indicator, seriesId: number): Promise<Indicator> {
  const series = await findIndicatorAnywhere(db, seriesId);
  if (!series || series.seriesOf !== indicator.id || series.seriesKind !== 'reference') throw new ValidationError([{ field: 'series', message: `${messages.notSeries} findes ikke.` }]);
  return series;
}

export async function addReferenceSeries(db: Db, actor: Actor, indicator: Indicator, raw: Record<string, unknown>): Promise<Indicator> {
  const label = text(raw, 'label');
  const source = text(raw, 'source');
  const errors = [];
  if (!label) errors.push({ field: 'label', message: messages.labelRequired });
  else if (label.length > 60) errors.push({ field: 'label', message: messages.labelTooLong });
  if (source.length > 300) errors.push({ field: 'source', message: messages.sourceTooLong });
  errors.push(...cprFieldErrors({ label, source }));
  if (errors.length) throw new ValidationError(errors);
  return db.transaction().execute(async (trx) => {
    const existing = (await listSeriesOf(trx, indicator.id)).filter((s) => s.seriesKind === 'reference');
    if (existing.some((s) => (s.seriesLabel ?? '').toLowerCase() === label.toLowerCase())) throw new ValidationError([{ field: 'label', message: messages.labelTaken(label) }]);
    const series = await insertIndicator(
      trx,
      actor.groupId,
      {
        code: null,
        name: `${indicator.name} – ${label}`,
        definition: `Sammenligningstal for „${indicator.name}“: ${label}.`,
        whyItMatters: `Viser jeres tal ved siden af ${label}.`,
        unit: indicator.unit,
        decimals: indicator.decimals,
        direction: indicator.direction,
        rangeMin: null,
        rangeMax: null,
        frequency: indicator.frequency,
        dataSource: source,
        deliveredBy: '',
      },
      { seriesOf: indicator.id, seriesKind: 'reference', seriesLabel: label },
    );
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'indicator',
      entityId: indicator.id,
      action: 'add-series',
      summary: messages.added(label, indicator.name),
    });
    return series;
  });
}

export async function removeReferenceSeries(db: Db, actor: Actor, indicator: Indicator, seriesId: number): Promise<void> {
  const series = await findReference(db, indicator, seriesId);
  await db.transaction().execute(async (trx) => {
    const values = await listStoredObservations(trx, series.id);
    await trx.deleteFrom('indicators').where('id', '=', series.id).execute();
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'indicator',
      entityId: indicator.id,
      action: 'remove-series',
      summary: messages.removed(series.seriesLabel ?? '', indicator.name),
      oldValue: { label: series.seriesLabel, values: values.map((v) => ({ period: v.period, value: v.value })) },
    });
  });
}

/** Sets up (or changes) the scheduled fetch of a CSV address for a reference series; it runs at once. */
export async function setSeriesFetch(db: Db, actor: Actor, indicator: Indicator, seriesId: number, raw: Record<string, unknown>, now: Date): Promise<void> {
  const series = await findReference(db, indicator, seriesId);
  const url = text(raw, 'url');
  const rowLabel = text(raw, 'rowLabel');
  const interval = Number(text(raw, 'intervalHours') || '24');
  const errors = [];
  if (!url) errors.push({ field: 'url', message: messages.urlRequired });
  else if (!/^https?:\/\/[^\s]+$/i.test(url) || url.length > 2000) errors.push({ field: 'url', message: messages.urlInvalid });
  if (rowLabel.length > 200) errors.push({ field: 'rowLabel', message: messages.rowLabelTooLong });
  if (!(FETCH_INTERVALS as readonly number[]).includes(interval)) errors.push({ field: 'intervalHours', message: messages.interval });
  errors.push(...cprFieldErrors({ url, rowLabel }));
  if (errors.length) throw new ValidationError(errors);
  const values = {
    group_id: actor.groupId,
    url,
    row_label: rowLabel || null,
    interval_hours: interval,
    configured_by: actor.userId,
    next_due_at: now.toISOString(),
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('series_fetches')
      .values({ ...values, series_id: series.id, created_at: nowIso() })
      .onConflict((oc) => oc.column('series_id').doUpdateSet(values))
      .execute();
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'indicator',
      entityId: indicator.id,
      action: 'series-fetch',
      summary: messages.fetchSet(series.seriesLabel ?? '', url),
      newValue: { url, rowLabel: rowLabel || null, intervalHours: interval },
    });
  });
}

export async function removeSeriesFetch(db: Db, actor: Actor, indicator: Indicator, seriesId: number): Promise<void> {
  const series = await findReference(db, indicator, seriesId);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('series_fetches').where('series_id', '=', series.id).execute();
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'indicator',
      entityId: indicator.id,
      action: 'series-fetch-stop',
      summary: messages.fetchRemoved(series.seriesLabel ?? ''),
    });
  });
}

