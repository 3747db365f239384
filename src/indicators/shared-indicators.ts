import type { Db } from '../db/connection.js';
import { recordAudit } from '../audit/audit-queries.js';
import { findGroup, listGroupLinks } from '../groups/group-queries.js';
import { ancestorsOf, isBelow } from '../groups/group-tree.js';
import { nowIso } from '../shared/clock.js';
import type { Actor } from '../shared/actor.js';
import { ValidationError, found } from '../shared/errors.js';
import { findParts, insertComputed, partInput } from './computed-service.js';
import { isComputed, type Indicator, type IndicatorInput, type TotalRule } from './indicator.js';
import { findIndicatorAnywhere, findIndicatorByCode, insertIndicator, listSeriesOf, setIndicatorLinks } from './indicator-queries.js';

/**
 * Shared indicators (issue 14): a group shares an indicator's definition with the groups below it;
 * they adopt it and deliver their own values. Only the owner changes the definition, and every change
 * reaches each adopter at once, with a note in the adopter's history and a date on its page.
 */

/** The fields an adopter takes from the owner. Where the figures come from stays each group's own. */
export const SHARED_FIELDS = ['code', 'name', 'definition', 'whyItMatters', 'unit', 'decimals', 'direction', 'rangeMin', 'rangeMax', 'frequency'] as const;

export const messages = {
  shared: (name: string) => `Delte indikatoren „${name}“ med grupperne under gruppen`,
  notShared: 'Indikatoren er ikke delt med grupperne under jer.',
  notBelow: 'Indikatoren er delt af en gruppe, som jeres gruppe ikke hører under.',
  alreadyAdopted: (name: string) => `Gruppen bruger allerede den fælles indikator „${name}“.`,
  codeTaken: (code: string, name: string) =>
    `Gruppen har allerede en indikator med koden ${code} („${name}“). Giv den en anden kode, før I tager den fælles indikator i brug.`,
  adopted: (name: string, owner: string) => `Tog den fælles indikator „${name}“ fra „${owner}“ i brug`,
  adoptedOnly: (owner: string) => `Indikatoren er fælles og ejes af „${owner}“. Kun „${owner}“ kan ændre definitionen.`,
  definitionChanged: (owner: string, name: string) => `„${owner}“ ændrede den fælles definition af „${name}“`,
  codeTakenBelow: (code: string, group: string) => `Koden ${code} bruges allerede af en anden indikator i „${group}“, som bruger indikatoren. Vælg en anden kode.`,
  totalRule: 'Vælg, om gruppernes tal kan lægges sammen.',
  cannotShareSeries: 'En sammenligningsserie eller en del af en beregnet indikator kan ikke deles for sig.',
  cannotShareAdopted: 'En indikator, I selv har fået fra en gruppe over jer, kan ikke deles videre. Den deles allerede af ejeren.',
};

function sharedInput(indicator: Indicator): IndicatorInput {
  return {
    code: indicator.code,
    name: indicator.name,
    definition: indicator.definition,
    whyItMatters: indicator.whyItMatters,
    unit: indicator.unit,
    decimals: indicator.decimals,
    direction: indicator.direction,
    rangeMin: indicator.rangeMin,
    rangeMax: indicator.rangeMax,
    frequency: indicator.frequency,
    dataSource: indicator.dataSource,
    deliveredBy: indicator.deliveredBy,
  };
}

export function sharedFieldsChanged(before: Indicator, after: IndicatorInput): boolean {
  return SHARED_FIELDS.some((field) => before[field] !== after[field]);
}

/** Shares the indicator with the groups below; a computed indicator's total is always the ratio of sums. */
export async function shareIndicator(db: Db, actor: Actor, indicator: Indicator, raw: Record<string, unknown>): Promise<void> {
  if (indicator.seriesOf) throw new ValidationError([{ field: 'totalRule', message: messages.cannotShareSeries }]);
  if (indicator.adoptedFrom) throw new ValidationError([{ field: 'totalRule', message: messages.cannotShareAdopted }]);
  const rule = String(raw.totalRule ?? (isComputed(indicator) ? 'none' : ''));
  if (rule !== 'sum' && rule !== 'none') throw new ValidationError([{ field: 'totalRule', message: messages.totalRule }]);
  await db.transaction().execute(async (trx) => {
    await setIndicatorLinks(trx, indicator.id, { sharedAt: indicator.sharedAt ?? nowIso(), totalRule: rule as TotalRule });
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'indicator',
      entityId: indicator.id,
      action: 'share',
      summary: messages.shared(indicator.name),
      newValue: { totalRule: rule },
    });
  });
}

export interface SharedOffer {
  indicator: Indicator;
  owner: { id: number; name: string };
  /** The group's own indicator that follows it, when adopted. */
  adoptedId?: number;
}

/** Shared indicators of the groups above this one, nearest group first, with whether the group uses them. */
export async function listSharedFromAbove(db: Db, groupId: number): Promise<SharedOffer[]> {
  const above = ancestorsOf(await listGroupLinks(db), groupId);
  if (above.length === 0) return [];
  const rows = await db
    .selectFrom('indicators')
    .select('id')
    .where('group_id', 'in', above.map((a) => a.id))
    .where('shared_at', 'is not', null)
    .where('archived_at', 'is', null)
    .execute();
  const shared = (await Promise.all(rows.map((r) => findIndicatorAnywhere(db, r.id)))).filter((i): i is Indicator => i !== undefined);
  const adopted = await db
    .selectFrom('indicators')
    .select(['id', 'adopted_from'])
    .where('group_id', '=', groupId)
    .where('adopted_from', 'in', shared.length ? shared.map((s) => s.id) : [0])
    .execute();
  const adoptedBy = new Map(adopted.map((a) => [a.adopted_from, a.id]));
  const order = new Map(above.map((a, i) => [a.id, i]));
  return shared
    .sort((a, b) => (order.get(a.groupId) ?? 0) - (order.get(b.groupId) ?? 0) || a.name.localeCompare(b.name, 'da'))
    .map((indicator) => {
      const owner = above.find((a) => a.id === indicator.groupId)!;
      const adoptedId = adoptedBy.get(indicator.id);
      return { indicator, owner: { id: owner.id, name: owner.name }, ...(adoptedId !== undefined && { adoptedId }) };
    });
}

/** The group takes a shared indicator from a group above it in use: its own copy, its own values. */
export async function adoptIndicator(db: Db, actor: Actor, sharedId: number): Promise<Indicator> {
  return db.transaction().execute(async (trx) => {
    const shared = found(await findIndicatorAnywhere(trx, sharedId), 'Indikatoren');
    if (!shared.sharedAt || shared.archived) throw new ValidationError([{ field: 'indicator', message: messages.notShared }]);
    if (!isBelow(await listGroupLinks(trx), actor.groupId, shared.groupId)) throw new ValidationError([{ field: 'indicator', message: messages.notBelow }]);
    const existing = await trx.selectFrom('indicators').select('id').where('group_id', '=', actor.groupId).where('adopted_from', '=', shared.id).executeTakeFirst();
    if (existing) throw new ValidationError([{ field: 'indicator', message: messages.alreadyAdopted(shared.name) }]);
    const owner = found(await findGroup(trx, shared.groupId), 'Gruppen');
    const input = sharedInput(shared);
    const ownerParts = isComputed(shared) ? await findParts(trx, shared) : undefined;
    const codes = [input.code, ownerParts?.numerator.code ?? null, ownerParts?.denominator.code ?? null];
    for (const code of codes) {
      const holder = code ? await findIndicatorByCode(trx, actor.groupId, code) : undefined;
      if (code && holder) throw new ValidationError([{ field: 'indicator', message: messages.codeTaken(code, holder.name) }]);
    }
    let indicator: Indicator;
    if (ownerParts) {
      indicator = await insertComputed(
        trx,
        actor.groupId,
        input,
        {
          numeratorLabel: ownerParts.numerator.seriesLabel ?? '',
          denominatorLabel: ownerParts.denominator.seriesLabel ?? '',
          factor: shared.factor ?? 1,
          partUnit: ownerParts.numerator.unit as 'antal',
          numeratorCode: ownerParts.numerator.code,
          denominatorCode: ownerParts.denominator.code,
        },
        { adoptedFrom: shared.id, partsAdoptedFrom: [ownerParts.numerator.id, ownerParts.denominator.id] },
      );
    } else {
      indicator = await insertIndicator(trx, actor.groupId, input, { adoptedFrom: shared.id });
    }
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'indicator',
      entityId: indicator.id,
      action: 'adopt',
      summary: messages.adopted(shared.name, owner.name),
      newValue: { adoptedFrom: shared.id },
    });
    return { ...indicator, adoptedFrom: shared.id };
  });
}

/**
 * Called inside the transaction that edits an indicator, before it is written: an adopted indicator's
 * definition is the owner's to change, so the edit is refused with the owner's name.
 */
export async function refuseAdoptedEdit(db: Db, before: Indicator): Promise<void> {
  if (!before.adoptedFrom) return;
  const shared = await findIndicatorAnywhere(db, before.adoptedFrom);
  const owner = shared ? await findGroup(db, shared.groupId) : undefined;
  if (owner) throw new ValidationError([{ field: 'name', message: messages.adoptedOnly(owner.name) }]);
}

/**
 * Called inside the transaction that edited `before` into `after`: series rows follow the indicator's
 * name, and a shared indicator's definition reaches every adopter, each told in its own history.
 */
export async function afterDefinitionEdit(db: Db, actor: Actor, before: Indicator, after: IndicatorInput): Promise<void> {
  const nameOf = (label: string | null | undefined) => `${after.name} – ${label ?? ''}`;
  const syncSeries = async (indicatorId: number, input: IndicatorInput) => {
    for (const series of await listSeriesOf(db, indicatorId)) {
      const common = { name: nameOf(series.seriesLabel), frequency: input.frequency, updated_at: nowIso() };
      const measured = series.seriesKind === 'reference' ? { unit: input.unit, decimals: input.decimals, direction: input.direction } : {};
      await db.updateTable('indicators').set({ ...common, ...measured }).where('id', '=', series.id).execute();
    }
  };
  await syncSeries(before.id, after);
  if (!before.sharedAt || !sharedFieldsChanged(before, after)) return;
  const changedAt = nowIso();
  await setIndicatorLinks(db, before.id, { definitionChangedAt: changedAt });
  const owner = found(await findGroup(db, before.groupId), 'Gruppen');
  const adopters = await db.selectFrom('indicators').select(['id', 'group_id']).where('adopted_from', '=', before.id).execute();
  for (const adopter of adopters) {
    if (after.code && after.code !== before.code) {
      const holder = await findIndicatorByCode(db, adopter.group_id, after.code);
      if (holder && holder.id !== adopter.id) {
        const group = await findGroup(db, adopter.group_id);
        throw new ValidationError([{ field: 'code', message: messages.codeTakenBelow(after.code, group?.name ?? '') }]);
      }
    }
    await db
      .updateTable('indicators')
      .set({
        code: after.code,
        name: after.name,
        definition: after.definition,
        why_it_matters: after.whyItMatters,
        unit: after.unit,
        decimals: after.decimals,
        direction: after.direction,
        range_min: after.rangeMin,
        range_max: after.rangeMax,
        frequency: after.frequency,
        definition_changed_at: changedAt,
        updated_at: changedAt,
      })
      .where('id', '=', adopter.id)
      .execute();
    await syncSeries(adopter.id, after);
    await recordAudit(db, {
      groupId: adopter.group_id,
      userId: actor.userId,
      entityType: 'indicator',
      entityId: adopter.id,
      action: 'shared-definition',
      summary: messages.definitionChanged(owner.name, after.name),
      oldValue: Object.fromEntries(SHARED_FIELDS.map((f) => [f, before[f]])),
      newValue: Object.fromEntries(SHARED_FIELDS.map((f) => [f, after[f]])),
    });
  }
}

/** Kept for callers that want a computed part's definition to follow a renamed indicator. */
export { partInput };
