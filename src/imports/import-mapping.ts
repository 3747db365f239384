import type { Db } from '../db/connection.js';
import { recordAudit } from '../audit/audit-queries.js';
import type { Indicator } from '../indicators/indicator.js';
import { createIndicator } from '../indicators/indicator-service.js';
import { listIndicators } from '../indicators/indicator-queries.js';
import type { Actor } from '../shared/actor.js';
import { ValidationError, type FieldError } from '../shared/errors.js';
import { mappingKey } from './indicator-matching.js';
import { findLearnedMapping, forgetMapping, listMappingsTaughtBy, rememberMapping, type MappingSource } from './mapping-queries.js';

/** What the user chose for one of the file's unknown labels; '' when nothing was chosen yet. */
export type MappingChoice = { label: string; target: number | 'skip' | 'create' | '' };

export const messages = {
  choose: (label: string) => `Vælg, hvad „${label}“ skal knyttes til.`,
  unknownIndicator: (label: string) => `Den valgte indikator for „${label}“ findes ikke i gruppen.`,
  learned: (label: string, name: string) => `Importer knytter fremover „${label}“ til indikatoren „${name}“`,
  learnedSkip: (label: string) => `Importer springer fremover „${label}“ over`,
  forgotten: (label: string) => `Glemte tilknytningen af „${label}“`,
  forgottenByUndo: (label: string) => `Glemte tilknytningen af „${label}“, da importen der lærte den, blev fortrudt`,
};

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return value === undefined ? [] : [String(value)];
}

/**
 * The mapping form posts parallel lists `label` and `target`; a target is an indicator id, "skip" or
 * "create". Every row is read, so a row left unchosen gets its own message and the other rows keep
 * their choices when the form is shown again.
 */
export function readMappingForm(raw: Record<string, unknown>): { choices: MappingChoice[]; errors: FieldError[] } {
  const labels = asList(raw.label);
  const targets = asList(raw.target);
  const errors: FieldError[] = [];
  const choices = labels.map((label, i): MappingChoice => {
    const target = targets[i] ?? '';
    if (target === 'skip' || target === 'create') return { label, target };
    const id = Number(target);
    if (Number.isInteger(id) && id > 0) return { label, target: id };
    errors.push({ field: `target-${i}`, message: messages.choose(label) });
    return { label, target: '' };
  });
  return { choices, errors };
}

/**
 * Remembers the group's choices so the next file of the same shape maps itself; "create" is left to
 * `createIndicatorForLabel`. Indicator ids are checked against the group: an id from another group is
 * refused, not trusted, and then nothing is remembered.
 */
export async function saveMappings(db: Db, actor: Actor, choices: MappingChoice[], uploadId?: number): Promise<void> {
  // Reference series and a computed indicator's parts can be chosen too (issue 14).
  const indicators = await listIndicators(db, actor.groupId, { archived: false, importTargets: true });
  const names = new Map(indicators.map((i) => [i.id, i.name]));
  const errors = choices.flatMap((c, i) => (typeof c.target === 'number' && !names.has(c.target) ? [{ field: `target-${i}`, message: messages.unknownIndicator(c.label) }] : []));
  if (errors.length) throw new ValidationError(errors);
  await db.transaction().execute(async (trx) => {
    for (const choice of choices) {
      if (choice.target === 'create' || choice.target === '') continue;
      await learn(trx, actor, choice.label, choice.target, choice.target === 'skip' ? undefined : names.get(choice.target), { userId: actor.userId, uploadId: uploadId ?? null });
    }
  });
}

async function learn(db: Db, actor: Actor, label: string, target: number | 'skip', name: string | undefined, source: MappingSource): Promise<void> {
  await rememberMapping(db, actor.groupId, label, target, source);
  await recordAudit(db, {
    groupId: actor.groupId,
    userId: actor.userId,
    entityType: 'import',
    entityId: null,
    action: 'mapping',
    summary: target === 'skip' ? messages.learnedSkip(label) : messages.learned(label, name ?? ''),
  });
}

/**
 * Creates an indicator for a label in a file and links the label to it in the same transaction, so
 * the link holds whatever the indicator is named in the form.
 */
export async function createIndicatorForLabel(db: Db, actor: Actor, raw: Record<string, unknown>, source: { label: string; uploadId?: number }): Promise<Indicator> {
  return createIndicator(db, actor, raw, (trx, indicator) =>
    learn(trx, actor, source.label, indicator.id, indicator.name, { userId: actor.userId, uploadId: source.uploadId ?? null }),
  );
}

/** Forgets one learned mapping; the next file with that label asks again. Undefined when there was none. */
export async function forgetLearnedMapping(db: Db, actor: Actor, key: string): Promise<string | undefined> {
  return db.transaction().execute(async (trx) => {
    const mapping = await findLearnedMapping(trx, actor.groupId, mappingKey(key));
    if (!mapping) return undefined;
    await forgetMapping(trx, actor.groupId, mapping.key);
    await recordAudit(trx, { groupId: actor.groupId, userId: actor.userId, entityType: 'import', entityId: mapping.importId, action: 'forget-mapping', summary: messages.forgotten(mapping.label) });
    return mapping.label;
  });
}

/** Forgets what an import taught, as part of undoing it; the caller owns the transaction. */
export async function forgetTaughtBy(db: Db, actor: Actor, importId: number): Promise<string[]> {
  const taught = await listMappingsTaughtBy(db, actor.groupId, importId);
  for (const mapping of taught) {
    await forgetMapping(db, actor.groupId, mapping.key);
    await recordAudit(db, { groupId: actor.groupId, userId: actor.userId, entityType: 'import', entityId: importId, action: 'forget-mapping', summary: messages.forgottenByUndo(mapping.label) });
  }
  return taught.map((m) => m.label);
}
