import type { Db } from '../db/connection.js';
import { recordAudit } from '../audit/audit-queries.js';
import { bumpGroupDataVersion } from '../db/data-version.js';
import { lockGroupValues } from '../db/locks.js';
import type { Indicator } from '../indicators/indicator.js';
import { listIndicators } from '../indicators/indicator-queries.js';
import { formatNumber } from '../numbers/danish-number.js';
import { count, NOUNS } from '../numbers/danish-nouns.js';
import { displayPeriod, parseCanonical } from '../periods/period.js';
import { found, ValidationError } from '../shared/errors.js';
import { forgetTaughtBy } from './import-mapping.js';
import { findImport, listTouchedSince, type ImportChange } from './import-queries.js';
import { revertImport } from './import-write.js';
import { messages } from './import-service.js';

function describeTouched(changes: ImportChange[], indicators: Indicator[]): string {
  const names = new Map(indicators.map((i) => [i.id, i]));
  const shown = changes.slice(0, 10).map((c) => {
    const indicator = names.get(c.indicatorId);
    return `„${indicator?.name ?? 'ukendt indikator'}“ ${displayPeriod(parseCanonical(c.period))} (importeret ${formatNumber(c.newValue, indicator?.decimals ?? 2)})`;
  });
  return shown.join(', ') + (changes.length > 10 ? ` og ${changes.length - 10} flere` : '');
}

export interface UndoOptions {
  /** Also forget the mappings the import taught, so the next file with those labels asks again. */
  forgetMappings?: boolean;
}

/**
 * Restores exactly what the import replaced, or changes nothing and names what was changed since.
 * Returns the labels whose mappings were forgotten.
 */
export async function undoImport(db: Db, actor: { userId: number; groupId: number }, importId: number, options: UndoOptions = {}): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    await lockGroupValues(trx, actor.groupId);
    const record = found(await findImport(trx, actor.groupId, importId), 'Importen');
    if (record.undoneAt) throw new ValidationError([{ field: 'import', message: messages.alreadyUndone }]);
    const touched = await listTouchedSince(trx, importId);
    if (touched.length) {
      const indicators = await listIndicators(trx, actor.groupId, { archived: false, importTargets: true }).then(async (active) => [
        ...active,
        ...(await listIndicators(trx, actor.groupId, { archived: true, importTargets: true })),
      ]);
      throw new ValidationError([{ field: 'import', message: messages.touched(describeTouched(touched, indicators)) }]);
    }
    await revertImport(trx, importId, actor.userId);
    await bumpGroupDataVersion(trx, actor.groupId);
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'import',
      entityId: importId,
      action: 'undo',
      summary: `Fortrød importen af ${record.fileName} (${count(record.newCount, NOUNS.newValue)} fjernet, ${count(record.changedCount, NOUNS.changedValue)} sat tilbage)`,
    });
    return options.forgetMappings ? forgetTaughtBy(trx, actor, importId) : [];
  });
}
