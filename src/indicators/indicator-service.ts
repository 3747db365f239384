import type { Db } from '../db/connection.js';
import { lockGroupValues } from '../db/locks.js';
import { recordAudit } from '../audit/audit-queries.js';
import { formatNumber } from '../numbers/danish-number.js';
import { displayPeriod, formatCanonical, parseCanonical, type Period } from '../periods/period.js';
import { ValidationError, found } from '../shared/errors.js';
import { isComputed, type Indicator, type IndicatorInput } from './indicator.js';
import { recordComputedValue, removeComputedValue } from './computed-service.js';
import { afterDefinitionEdit, refuseAdoptedEdit } from './shared-indicators.js';
import { validateIndicator } from './indicator-validation.js';
import { countObservations, deleteObservation, findObservation, upsertObservation } from './observation-queries.js';
import { findIndicatorByCode, findIndicator, insertIndicator, setIndicatorArchived, updateIndicator } from './indicator-queries.js';
import { validateObservation } from './observation.js';
import { FREQUENCY_LABELS } from '../periods/period.js';
import type { Actor } from '../shared/actor.js';

export const messages = {
  codeTaken: (code: string, name: string) => `Koden ${code} bruges allerede af indikatoren „${name}“. Vælg en anden kode.`,
  frequencyLocked: (label: string) =>
    `Indikatoren har allerede værdier pr. ${label}. Hyppigheden kan ikke ændres, når der er data; opret en ny indikator i stedet.`,
  created: (name: string) => `Oprettede indikatoren „${name}“`,
  updated: (name: string) => `Ændrede indikatoren „${name}“`,
  archived: (name: string) => `Arkiverede indikatoren „${name}“`,
  restored: (name: string) => `Gendannede indikatoren „${name}“`,
  valueAdded: (name: string, period: string, value: string) => `Tilføjede værdien ${value} for ${period} til „${name}“`,
  valueChanged: (name: string, period: string, from: string, to: string) => `Rettede „${name}“ for ${period} fra ${from} til ${to}`,
  valueDeleted: (name: string, period: string, value: string) => `Slettede værdien ${value} for ${period} fra „${name}“`,
};

async function ensureCodeFree(db: Db, groupId: number, input: IndicatorInput, exceptId?: number): Promise<void> {
  if (!input.code) return;
  const holder = await findIndicatorByCode(db, groupId, input.code);
  if (holder && holder.id !== exceptId) throw new ValidationError([{ field: 'code', message: messages.codeTaken(input.code, holder.name) }]);
}

/** `alsoDo` runs in the same transaction, after the indicator is inserted (an import links a file's label to it). */
export async function createIndicator(
  db: Db,
  actor: Actor,
  raw: Record<string, unknown>,
  alsoDo?: (trx: Db, indicator: Indicator) => Promise<void>,
): Promise<Indicator> {
  const result = validateIndicator(raw);
  if (!result.ok) throw new ValidationError(result.errors);
  return db.transaction().execute(async (trx) => {
    await ensureCodeFree(trx, actor.groupId, result.value);
    const indicator = await insertIndicator(trx, actor.groupId, result.value);
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'indicator',
      entityId: indicator.id,
      action: 'create',
      summary: messages.created(indicator.name),
      newValue: result.value,
    });
    if (alsoDo) await alsoDo(trx, indicator);
    return indicator;
  });
}

export async function editIndicator(db: Db, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Indicator> {
  const result = validateIndicator(raw);
  if (!result.ok) throw new ValidationError(result.errors);
  return db.transaction().execute(async (trx) => {
    const before = found(await findIndicator(trx, actor.groupId, id), 'Indikatoren');
    await refuseAdoptedEdit(trx, before);
    await ensureCodeFree(trx, actor.groupId, result.value, id);
    if (before.frequency !== result.value.frequency && (await countObservations(trx, id)) > 0) {
      throw new ValidationError([{ field: 'frequency', message: messages.frequencyLocked(FREQUENCY_LABELS[before.frequency]) }]);
    }
    await updateIndicator(trx, actor.groupId, id, result.value);
    await afterDefinitionEdit(trx, actor, before, result.value);
    const { id: _id, groupId: _g, archived: _a, ...old } = before;
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'indicator',
      entityId: id,
      action: 'update',
      summary: messages.updated(result.value.name),
      oldValue: old,
      newValue: result.value,
    });
    return found(await findIndicator(trx, actor.groupId, id), 'Indikatoren');
  });
}

export async function archiveIndicator(db: Db, actor: Actor, id: number, archived: boolean): Promise<Indicator> {
  return db.transaction().execute(async (trx) => {
    const indicator = found(await findIndicator(trx, actor.groupId, id), 'Indikatoren');
    await setIndicatorArchived(trx, actor.groupId, id, archived);
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'indicator',
      entityId: id,
      action: archived ? 'archive' : 'restore',
      summary: archived ? messages.archived(indicator.name) : messages.restored(indicator.name),
    });
    return indicator;
  });
}

/** What a save did: the period, and the value it replaced when it corrected one. */
export interface RecordedValue {
  period: Period;
  replaced?: number;
}

/** Enters or corrects one period's value; the audit keeps the old value so nothing is lost. */
export async function recordObservation(db: Db, actor: Actor, indicator: Indicator, raw: Record<string, unknown>): Promise<RecordedValue> {
  // A computed indicator takes its two parts instead of a value (issue 14).
  if (isComputed(indicator)) return { period: await recordComputedValue(db, actor, indicator, raw) };
  const result = validateObservation(indicator, raw);
  if (!result.ok) throw new ValidationError(result.errors);
  const { period, value, comment } = result.value;
  return db.transaction().execute(async (trx) => {
    await lockGroupValues(trx, actor.groupId);
    const before = await findObservation(trx, indicator.id, period);
    await upsertObservation(trx, indicator.id, { period, value, comment, userId: actor.userId });
    const shown = (v: number) => formatNumber(v, indicator.decimals);
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'observation',
      entityId: indicator.id,
      action: before ? 'update' : 'create',
      summary: before
        ? messages.valueChanged(indicator.name, displayPeriod(period), shown(before.value), shown(value))
        : messages.valueAdded(indicator.name, displayPeriod(period), shown(value)),
      oldValue: before ? { period: formatCanonical(period), value: before.value, comment: before.comment } : undefined,
      newValue: { period: formatCanonical(period), value, comment },
    });
    return before && before.value !== value ? { period, replaced: before.value } : { period };
  });
}

export async function removeObservation(db: Db, actor: Actor, indicator: Indicator, canonicalPeriod: string): Promise<void> {
  let period: Period;
  try {
    period = parseCanonical(canonicalPeriod);
  } catch {
    throw new ValidationError([{ field: 'period', message: 'Perioden findes ikke.' }]);
  }
  if (isComputed(indicator)) return removeComputedValue(db, actor, indicator, period);
  await db.transaction().execute(async (trx) => {
    await lockGroupValues(trx, actor.groupId);
    const before = await findObservation(trx, indicator.id, period);
    if (!before) return;
    await deleteObservation(trx, indicator.id, period);
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'observation',
      entityId: indicator.id,
      action: 'delete',
      summary: messages.valueDeleted(indicator.name, displayPeriod(period), formatNumber(before.value, indicator.decimals)),
      oldValue: { period: canonicalPeriod, value: before.value, comment: before.comment },
    });
  });
}
