import type { Db } from '../db/connection.js';
import { recordAudit } from '../audit/audit-queries.js';
import { listIndicators } from '../indicators/indicator-queries.js';
import { ValidationError } from '../shared/errors.js';
import { rememberMapping } from './mapping-queries.js';

export type MappingChoice = { label: string; target: number | 'skip' | 'create' };

export const messages = {
  choose: (label: string) => `Vælg, hvad „${label}“ skal knyttes til.`,
  unknownIndicator: (label: string) => `Den valgte indikator for „${label}“ findes ikke i gruppen.`,
};

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return value === undefined ? [] : [String(value)];
}

/** The mapping form posts parallel lists `label` and `target`; a target is an indicator id, "skip" or "create". */
export function parseMappingForm(raw: Record<string, unknown>): MappingChoice[] {
  const labels = asList(raw.label);
  const targets = asList(raw.target);
  return labels.map((label, i) => {
    const target = targets[i] ?? '';
    if (target === 'skip' || target === 'create') return { label, target };
    const id = Number(target);
    if (!Number.isInteger(id) || id <= 0) throw new ValidationError([{ field: `target-${i}`, message: messages.choose(label) }]);
    return { label, target: id };
  });
}

/**
 * Remembers the group's choices so the next file of the same shape maps itself. Indicator ids are
 * checked against the group: an id from another group is refused, not trusted.
 */
export async function saveMappings(db: Db, actor: { userId: number; groupId: number }, choices: MappingChoice[]): Promise<void> {
  const indicators = await listIndicators(db, actor.groupId, { archived: false, importTargets: true });
  const names = new Map(indicators.map((i) => [i.id, i.name]));
  await db.transaction().execute(async (trx) => {
    for (const choice of choices) {
      if (choice.target === 'create') continue;
      if (choice.target !== 'skip' && !names.has(choice.target)) {
        throw new ValidationError([{ field: 'target', message: messages.unknownIndicator(choice.label) }]);
      }
      await rememberMapping(trx, actor.groupId, choice.label, choice.target);
      await recordAudit(trx, {
        groupId: actor.groupId,
        userId: actor.userId,
        entityType: 'import',
        entityId: null,
        action: 'mapping',
        summary:
          choice.target === 'skip'
            ? `Importer springer fremover „${choice.label}“ over`
            : `Importer knytter fremover „${choice.label}“ til indikatoren „${names.get(choice.target)}“`,
      });
    }
  });
}
