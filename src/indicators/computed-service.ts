import type { Db } from '../db/connection.js';
import { lockGroupValues } from '../db/locks.js';
import { recordAudit } from '../audit/audit-queries.js';
import { parseDanishNumber } from '../numbers/danish-number.js';
import { formatValue } from '../numbers/value-format.js';
import { displayPeriod, formatCanonical, type Period } from '../periods/period.js';
import { readPeriodField } from './observation.js';
import type { Actor } from '../shared/actor.js';
import { cprFieldErrors } from '../shared/cpr.js';
import { ValidationError, type FieldError } from '../shared/errors.js';
import { ratio } from './computed.js';
import type { Indicator, IndicatorInput } from './indicator.js';
import { findIndicatorByCode, insertIndicator, listSeriesOf } from './indicator-queries.js';
import { validateIndicator } from './indicator-validation.js';
import { deleteObservation, findObservation, upsertObservation } from './observation-queries.js';

export const messages = {
  numeratorRequired: 'Skriv, hvad tælleren tæller, fx „Fraværsdage“.',
  denominatorRequired: 'Skriv, hvad nævneren tæller, fx „Mulige arbejdsdage“.',
  labelTooLong: 'Navnet må højst være 100 tegn.',
  sameLabels: 'Tæller og nævner skal have hver sit navn.',
  factorRequired: 'Skriv faktoren, fx 100 for procent eller 1000 for pr. 1.000.',
  factorPositive: 'Faktoren skal være et tal større end 0, fx 100 for procent.',
  partUnit: 'Vælg, hvad tæller og nævner tælles i.',
  codeInvalid: 'Koden må kun indeholde bogstaver, tal, bindestreg og understregning (højst 30 tegn).',
  codeTaken: (code: string) => `Koden ${code} bruges allerede af en anden indikator i gruppen.`,
  codesEqual: 'Tæller og nævner skal have hver sin kode.',
  partRequired: (label: string) => `Skriv ${label.toLowerCase()}.`,
  partNegative: (label: string) => `${label} kan ikke være et negativt tal.`,
  denominatorZero: (label: string, name: string) => `${label} skal være større end 0 – ellers kan „${name}“ ikke beregnes.`,
  commentTooLong: 'Bemærkningen må højst være 500 tegn.',
  notComputed: 'Indikatoren er ikke beregnet.',
  partsMissing: 'Indikatorens tæller og nævner findes ikke. Opret den beregnede indikator igen.',
  created: (name: string) => `Oprettede den beregnede indikator „${name}“`,
  valueSaved: (name: string, period: string, numerator: string, denominator: string, value: string) =>
    `Gemte ${numerator} / ${denominator} for ${period} i „${name}“ (${value})`,
  valueDeleted: (name: string, period: string) => `Slettede tæller og nævner for ${period} i „${name}“`,
};

/** What tæller and nævner can be counted in. */
export const PART_UNITS = ['antal', 'dage', 'kr.'] as const;
export type PartUnit = (typeof PART_UNITS)[number];

export interface ComputedDefinition {
  numeratorLabel: string;
  denominatorLabel: string;
  factor: number;
  partUnit: PartUnit;
  numeratorCode: string | null;
  denominatorCode: string | null;
}

function text(raw: Record<string, unknown>, key: string): string {
  const value = raw[key];
  return typeof value === 'string' ? value.trim() : '';
}

const CODE = /^[\p{L}\p{N}_-]{1,30}$/u;

/** The computed part of the form: names of tæller and nævner, the factor, their unit and codes. */
export function validateComputedDefinition(raw: Record<string, unknown>): { ok: true; value: ComputedDefinition } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });
  const numeratorLabel = text(raw, 'numeratorLabel');
  const denominatorLabel = text(raw, 'denominatorLabel');
  if (!numeratorLabel) fail('numeratorLabel', messages.numeratorRequired);
  else if (numeratorLabel.length > 100) fail('numeratorLabel', messages.labelTooLong);
  if (!denominatorLabel) fail('denominatorLabel', messages.denominatorRequired);
  else if (denominatorLabel.length > 100) fail('denominatorLabel', messages.labelTooLong);
  if (numeratorLabel && numeratorLabel.toLowerCase() === denominatorLabel.toLowerCase()) fail('denominatorLabel', messages.sameLabels);
  let factor = 0;
  const factorText = text(raw, 'factor');
  if (!factorText) fail('factor', messages.factorRequired);
  else {
    const parsed = parseDanishNumber(factorText);
    if (!parsed.ok) fail('factor', parsed.message);
    else if (!(parsed.value > 0)) fail('factor', messages.factorPositive);
    else factor = parsed.value;
  }
  const partUnit = text(raw, 'partUnit') as PartUnit;
  if (!PART_UNITS.includes(partUnit)) fail('partUnit', messages.partUnit);
  const codeOf = (field: string) => {
    const code = text(raw, field);
    if (!code) return null;
    if (!CODE.test(code)) fail(field, messages.codeInvalid);
    return code.toUpperCase();
  };
  const numeratorCode = codeOf('numeratorCode');
  const denominatorCode = codeOf('denominatorCode');
  if (numeratorCode && numeratorCode === denominatorCode) fail('denominatorCode', messages.codesEqual);
  errors.push(...cprFieldErrors({ numeratorLabel, denominatorLabel }));
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { numeratorLabel, denominatorLabel, factor, partUnit, numeratorCode, denominatorCode } };
}

/** The part rows' own definition, written out so the datagrundlag card and the API can show it. */
export function partInput(main: IndicatorInput, definition: ComputedDefinition, kind: 'numerator' | 'denominator'): IndicatorInput {
  const label = kind === 'numerator' ? definition.numeratorLabel : definition.denominatorLabel;
  const role = kind === 'numerator' ? 'Tælleren' : 'Nævneren';
  const formula = `${definition.numeratorLabel} / ${definition.denominatorLabel} × ${formatValue({ unit: 'antal', decimals: 0 }, definition.factor)}`;
  return {
    code: kind === 'numerator' ? definition.numeratorCode : definition.denominatorCode,
    name: `${main.name} – ${label}`,
    definition: `${role} i „${main.name}“ (${formula}).`,
    whyItMatters: `Bruges til at beregne „${main.name}“.`,
    unit: definition.partUnit,
    decimals: definition.partUnit === 'kr.' ? 2 : 0,
    direction: 'up',
    rangeMin: null,
    rangeMax: null,
    frequency: main.frequency,
    dataSource: main.dataSource,
    deliveredBy: main.deliveredBy,
  };
}

async function ensureCodesFree(db: Db, groupId: number, codes: ReadonlyArray<[string, string | null]>): Promise<void> {
  const errors: FieldError[] = [];
  for (const [field, code] of codes) {
    if (code && (await findIndicatorByCode(db, groupId, code))) errors.push({ field, message: messages.codeTaken(code) });
  }
  if (errors.length) throw new ValidationError(errors);
}

/** Inserts a computed indicator and its two part rows in the caller's transaction. */
export async function insertComputed(db: Db, groupId: number, main: IndicatorInput, definition: ComputedDefinition, links: { adoptedFrom?: number | null; partsAdoptedFrom?: [number, number] } = {}): Promise<Indicator> {
  const indicator = await insertIndicator(db, groupId, main, { factor: definition.factor, ...(links.adoptedFrom !== undefined && { adoptedFrom: links.adoptedFrom }) });
  for (const [i, kind] of (['numerator', 'denominator'] as const).entries()) {
    await insertIndicator(db, groupId, partInput(main, definition, kind), {
      seriesOf: indicator.id,
      seriesKind: kind,
      seriesLabel: kind === 'numerator' ? definition.numeratorLabel : definition.denominatorLabel,
      ...(links.partsAdoptedFrom && { adoptedFrom: links.partsAdoptedFrom[i] }),
    });
  }
  return indicator;
}

/** A new computed indicator, e.g. Sygefravær = fraværsdage / mulige arbejdsdage × 100. */
export async function createComputedIndicator(db: Db, actor: Actor, raw: Record<string, unknown>): Promise<Indicator> {
  const main = validateIndicator(raw);
  const computed = validateComputedDefinition(raw);
  const errors = [...(main.ok ? [] : main.errors), ...(computed.ok ? [] : computed.errors)];
  if (!main.ok || !computed.ok) throw new ValidationError(errors);
  return db.transaction().execute(async (trx) => {
    await ensureCodesFree(trx, actor.groupId, [
      ['code', main.value.code],
      ['numeratorCode', computed.value.numeratorCode],
      ['denominatorCode', computed.value.denominatorCode],
    ]);
    const indicator = await insertComputed(trx, actor.groupId, main.value, computed.value);
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'indicator',
      entityId: indicator.id,
      action: 'create',
      summary: messages.created(indicator.name),
      newValue: { ...main.value, ...computed.value },
    });
    return indicator;
  });
}

export interface ComputedParts {
  numerator: Indicator;
  denominator: Indicator;
}

/** The two part rows of a computed indicator, or undefined when it is not computed. */
export async function findParts(db: Db, indicator: Pick<Indicator, 'id'>): Promise<ComputedParts | undefined> {
  const series = await listSeriesOf(db, indicator.id);
  const numerator = series.find((s) => s.seriesKind === 'numerator');
  const denominator = series.find((s) => s.seriesKind === 'denominator');
  return numerator && denominator ? { numerator, denominator } : undefined;
}

interface ComputedEntry {
  period: Period;
  numerator: number;
  denominator: number;
  comment: string | null;
}

function validateEntry(indicator: Indicator, parts: ComputedParts, raw: Record<string, unknown>): { ok: true; value: ComputedEntry } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const periodText = text(raw, 'period');
  const period = readPeriodField(indicator, periodText, errors);
  const number = (field: 'numerator' | 'denominator', label: string): number | undefined => {
    const value = text(raw, field);
    if (!value) {
      errors.push({ field, message: messages.partRequired(label) });
      return undefined;
    }
    const parsed = parseDanishNumber(value);
    if (!parsed.ok) {
      errors.push({ field, message: parsed.message });
      return undefined;
    }
    if (parsed.value < 0) {
      errors.push({ field, message: messages.partNegative(label) });
      return undefined;
    }
    return parsed.value;
  };
  const numeratorLabel = parts.numerator.seriesLabel ?? 'Tælleren';
  const denominatorLabel = parts.denominator.seriesLabel ?? 'Nævneren';
  const numerator = number('numerator', numeratorLabel);
  const denominator = number('denominator', denominatorLabel);
  if (denominator === 0) errors.push({ field: 'denominator', message: messages.denominatorZero(denominatorLabel, indicator.name) });
  const comment = text(raw, 'comment');
  if (comment.length > 500) errors.push({ field: 'comment', message: messages.commentTooLong });
  else errors.push(...cprFieldErrors({ comment }));
  if (errors.length || !period || numerator === undefined || denominator === undefined) return { ok: false, errors };
  return { ok: true, value: { period, numerator, denominator, comment: comment || null } };
}

/**
 * Enters or corrects one period of a computed indicator: both parts in one transaction, so the
 * computed value never stands on one new part and one old. The audit keeps the old parts.
 */
export async function recordComputedValue(db: Db, actor: Actor, indicator: Indicator, raw: Record<string, unknown>): Promise<Period> {
  const parts = await findParts(db, indicator);
  if (!parts) throw new ValidationError([{ field: 'value', message: messages.partsMissing }]);
  const result = validateEntry(indicator, parts, raw);
  if (!result.ok) throw new ValidationError(result.errors);
  const { period, numerator, denominator, comment } = result.value;
  await db.transaction().execute(async (trx) => {
    await lockGroupValues(trx, actor.groupId);
    const before = await Promise.all([findObservation(trx, parts.numerator.id, period), findObservation(trx, parts.denominator.id, period)]);
    await upsertObservation(trx, parts.numerator.id, { period, value: numerator, comment, userId: actor.userId });
    await upsertObservation(trx, parts.denominator.id, { period, value: denominator, comment: null, userId: actor.userId });
    const shownPart = (part: Indicator, v: number) => formatValue(part, v);
    const value = ratio(numerator, denominator, indicator.factor ?? 1);
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'observation',
      entityId: indicator.id,
      action: before[0] || before[1] ? 'update' : 'create',
      summary: messages.valueSaved(
        indicator.name,
        displayPeriod(period),
        shownPart(parts.numerator, numerator),
        shownPart(parts.denominator, denominator),
        value === undefined ? '–' : formatValue(indicator, value),
      ),
      oldValue: before[0] || before[1] ? { period: formatCanonical(period), numerator: before[0]?.value ?? null, denominator: before[1]?.value ?? null } : undefined,
      newValue: { period: formatCanonical(period), numerator, denominator, comment },
    });
  });
  return period;
}

/** Deletes one period's two parts, so the computed value is gone too. */
export async function removeComputedValue(db: Db, actor: Actor, indicator: Indicator, period: Period): Promise<void> {
  const parts = await findParts(db, indicator);
  if (!parts) return;
  await db.transaction().execute(async (trx) => {
    await lockGroupValues(trx, actor.groupId);
    const before = await Promise.all([findObservation(trx, parts.numerator.id, period), findObservation(trx, parts.denominator.id, period)]);
    if (!before[0] && !before[1]) return;
    await deleteObservation(trx, parts.numerator.id, period);
    await deleteObservation(trx, parts.denominator.id, period);
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'observation',
      entityId: indicator.id,
      action: 'delete',
      summary: messages.valueDeleted(indicator.name, displayPeriod(period)),
      oldValue: { period: formatCanonical(period), numerator: before[0]?.value ?? null, denominator: before[1]?.value ?? null },
    });
  });
}
