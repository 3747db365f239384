import { count, NOUNS } from '../numbers/danish-nouns.js';
import { createHash } from 'node:crypto';
import type { Db } from '../db/connection.js';
import { lockGroupValues } from '../db/locks.js';
import { bumpGroupDataVersion } from '../db/data-version.js';
import { recordAudit } from '../audit/audit-queries.js';
import type { Indicator } from '../indicators/indicator.js';
import { listIndicators } from '../indicators/indicator-queries.js';
import type { NumberStyle } from '../numbers/danish-number.js';
import { ImportPlanner, type ImportPlan } from './import-plan.js';
import type { ExistingValue } from './row-store.js';
import { applyChanges, insertImport, loadExistingValues } from './import-write.js';
import { loadRememberedMappings, markMappingsTaught } from './mapping-queries.js';
import { findRevisions, NO_REVISIONS, type RevisionSummary } from './revisions.js';
import type { ImportSettings } from './import-settings.js';
import { createMatcher } from './indicator-matching.js';
import { CPR_IN_FILE_NAME, readImportFileStreaming, readImportSource, type StreamingReadResult } from './read-file.js';
import { fileInMemory, type ImportFile } from './spooled-file.js';
import { findCprInText } from './cpr-guard.js';

export interface ImportAnalysis {
  read: StreamingReadResult;
  plan?: ImportPlan;
  indicators: Indicator[];
  /** Changed values older than each indicator's latest two periods: confirmed before they are imported. */
  revisions: RevisionSummary;
}

/** The file's bytes: in memory, or a source read as it arrives (an upload spooled to disk, a stored upload). */
export type ImportBytes = Uint8Array | ImportFile;

export interface ImportSource {
  fileName: string;
  bytes: ImportBytes;
  via: 'ui' | 'api';
  /** The upload the file was previewed as; the mappings taught in that preview become this import's lessons. */
  uploadId?: number;
}

/** Why an import cannot be committed as it is; `code` is stable for the API. */
export class ImportRefusedError extends Error {
  readonly status = 422;
  constructor(
    readonly code: 'unreadable-file' | 'unmapped-indicators' | 'row-errors' | 'nothing-new' | 'unconfirmed-revisions',
    message: string,
    readonly analysis: ImportAnalysis,
  ) {
    super(message);
  }
}

export const messages = {
  unmapped: (labels: string[]) =>
    `Filen har indikatorer, som ikke er knyttet til gruppens indikatorer: ${labels.map((l) => `„${l}“`).join(', ')}. Vælg for hver, om den skal knyttes til en indikator, oprettes eller springes over.`,
  rowErrors: (n: number) =>
    `Filen har ${count(n, NOUNS.errorRow)}. Ret filen og prøv igen, eller vælg at springe rækkerne med fejl over.`,
  nothingNew: 'Intet nyt: filen svarer til det, der allerede er gemt.',
  revisions: (n: number) =>
    `Filen ændrer ${n === 1 ? 'én ældre værdi' : `${n} ældre værdier`} – fra før de seneste to perioder. Se ændringerne, og bekræft, at de skal gemmes.`,
  touched: (list: string) => `Importen kan ikke fortrydes, fordi disse værdier er ændret siden: ${list}. Intet er ændret.`,
  alreadyUndone: 'Importen er allerede fortrudt.',
};

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

// Indicators whose stored values are loaded and compared at a time.
const INDICATORS_PER_COMPARE = 20;

// A file is read once when the number style found in its first part holds for the whole file.
const GUESS_BYTES = 64 * 1024;
const LF = 0x0a;

/**
 * The number style of the file's first 64 kB, cut after a whole line: a guess to plan with while
 * the whole file is read. Small files are read whole, so their guess is the answer.
 */
function guessNumberStyle(bytes: Uint8Array, settings: ImportSettings): NumberStyle | undefined {
  let end = bytes.length;
  if (end > GUESS_BYTES) {
    // A line feed is 0A in UTF-8 and Windows-1252, 0A 00 in UTF-16 LE and 00 0A in UTF-16 BE (after a 2-byte BOM).
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const bigEndian = bytes[0] === 0xfe;
    end = -1;
    for (let i = GUESS_BYTES - 1; i > 1; i--) {
      if (bytes[i] !== LF) continue;
      if (!utf16) end = i + 1;
      else if (bigEndian ? i % 2 === 1 && bytes[i - 1] === 0 : i % 2 === 0 && bytes[i + 1] === 0) end = bigEndian ? i + 1 : i + 2;
      if (end > 0) break;
    }
    if (end < 0) return undefined;
  }
  const prefix = readImportFileStreaming(bytes.subarray(0, end), settings, () => undefined);
  return prefix.ok ? prefix.numberStyle?.style : undefined;
}

/** A file read and checked row by row, not yet compared with what is stored. */
export interface FileReading {
  file: ImportFile;
  read: StreamingReadResult;
  planner: ImportPlanner;
  indicators: Indicator[];
  /** What the file was matched against (indicators and remembered mappings); a change means reading again. */
  matchingKey: string;
}

const asFile = (bytes: ImportBytes): ImportFile => (bytes instanceof Uint8Array ? fileInMemory(bytes) : bytes);

function isReading(input: ImportBytes | FileReading): input is FileReading {
  return !(input instanceof Uint8Array) && 'planner' in input;
}

/**
 * Reads the file as its bytes arrive, maps its labels and checks every row, without looking at the
 * stored values and without a transaction: a slow upload never holds the database. The number
 * style must be settled before values are read: the file is planned while it is read, with the style
 * its first part shows; only if the whole file shows otherwise is it read again (from the spooled
 * copy) with the style it does show.
 */
export async function readForImport(db: Db, groupId: number, bytes: ImportBytes, settings: ImportSettings): Promise<FileReading> {
  const file = asFile(bytes);
  const indicators = await listIndicators(db, groupId, { archived: false, importTargets: true });
  const mappings = await loadRememberedMappings(db, groupId);
  const matcher = createMatcher(indicators, mappings);
  const matchingKey = JSON.stringify([indicators, mappings]);
  let guess = settings.numberStyle;
  const plan = async (numberStyle: () => NumberStyle | undefined, readSettings: ImportSettings, head?: Parameters<typeof readImportSource>[3]) => {
    let planner!: ImportPlanner;
    const read = await readImportSource(file, readSettings, () => {
      // Stored values are handed over later with compare(), for the indicators the file has.
      planner = new ImportPlanner(indicators, matcher, numberStyle());
      return (record) => planner.add(record);
    }, head);
    return { planner, read };
  };
  const onHead = (head: Uint8Array) => {
    if (settings.numberStyle === undefined) guess = guessNumberStyle(head, settings);
  };
  let { planner, read } = await plan(() => guess, settings, { bytes: GUESS_BYTES + 1, onHead });
  if (read.ok && settings.numberStyle === undefined && read.numberStyle?.style !== guess) {
    const detected = read.numberStyle;
    ({ planner, read } = await plan(() => detected?.style, { ...settings, numberStyle: detected?.style }));
    if (read.ok && detected) read = { ...read, numberStyle: detected };
  }
  if (read.ok) for (const error of read.errors) planner.addReadError(error);
  return { file, read, planner, indicators, matchingKey };
}

/** The group's indicators or remembered mappings changed while the file was being read. */
class StaleReading extends Error {}

/**
 * Reads, maps and classifies a file against the group's stored values without writing anything.
 * Given a FileReading (made earlier, outside a transaction), only the comparison with the stored
 * values is made here; if the group's indicators or remembered mappings changed since, it throws
 * StaleReading and the file must be read again.
 */
export async function analyseImport(db: Db, groupId: number, input: ImportBytes | FileReading, settings: ImportSettings): Promise<ImportAnalysis> {
  const reading = isReading(input) ? input : await readForImport(db, groupId, input, settings);
  if (isReading(input)) {
    const indicators = await listIndicators(db, groupId, { archived: false, importTargets: true });
    const mappings = await loadRememberedMappings(db, groupId);
    if (JSON.stringify([indicators, mappings]) !== reading.matchingKey) throw new StaleReading();
  }
  const { read, planner, indicators } = reading;
  if (!read.ok) return { read, indicators, revisions: NO_REVISIONS };
  const empty = new Map<string, ExistingValue>();
  const latestStored = new Map<number, string>();
  // The stored values of a few indicators at a time: a file that repeats a million stored values
  // never has them all in memory at once.
  const ids = planner.indicatorIds();
  for (let start = 0; start < ids.length; start += INDICATORS_PER_COMPARE) {
    const chunk = ids.slice(start, start + INDICATORS_PER_COMPARE);
    const existing = await loadExistingValues(db, chunk);
    planner.compare(chunk, (id) => existing.get(id) ?? empty);
    for (const [id, values] of existing) {
      // One indicator's canonical periods have one fixed-width form (2026K3, 2026M07, 2026): text order is time order.
      let latest = '';
      for (const period of values.keys()) if (period > latest) latest = period;
      if (latest) latestStored.set(id, latest);
    }
  }
  const result = planner.result();
  return { read, plan: result, indicators, revisions: findRevisions(result.changes, latestStored) };
}

export interface CommitOptions {
  settings: ImportSettings;
  /** The user chose to leave out the rows in error and import the rest. */
  skipErrors: boolean;
  /** The user has seen the changes to older values and wants them saved. */
  confirmRevisions?: boolean;
}

export interface CommittedImport {
  importId: number;
  counts: ImportPlan['counts'];
}

/**
 * One transaction: every value or none. The plan is made again inside it, under the group's lock,
 * so it matches what is stored.
 */
export async function commitImport(
  db: Db,
  actor: { userId: number; groupId: number },
  source: ImportSource,
  options: CommitOptions,
): Promise<CommittedImport> {
  // Read as the bytes arrive, outside the transaction: a slow upload holds neither the database
  // (SQLite has one connection) nor the group's lock. Under the lock the rows are compared with
  // the values stored then.
  for (let attempt = 1; ; attempt++) {
    const reading = await readForImport(db, actor.groupId, source.bytes, options.settings);
    try {
      return await writeImport(db, actor, source, options, reading);
    } catch (err) {
      // Someone changed the group's indicators or mappings meanwhile: read the file again (it is spooled).
      if (!(err instanceof StaleReading) || attempt === 3) throw err;
      source = { ...source, bytes: reading.file };
    }
  }
}

async function writeImport(db: Db, actor: { userId: number; groupId: number }, source: ImportSource, options: CommitOptions, reading: FileReading): Promise<CommittedImport> {
  const file = reading.file;
  return db.transaction().execute(async (trx) => {
    await lockGroupValues(trx, actor.groupId);
    const analysis = await analyseImport(trx, actor.groupId, reading, options.settings);
    const { read, plan } = analysis;
    if (!read.ok || !plan) throw new ImportRefusedError('unreadable-file', read.fatal?.message ?? 'Filen kan ikke læses.', analysis);
    // The name is stored with the import and in the audit log, so it is held to the same rule as the cells.
    if (findCprInText(source.fileName) >= 0) throw new ImportRefusedError('unreadable-file', CPR_IN_FILE_NAME, analysis);
    if (plan.unmatched.length) throw new ImportRefusedError('unmapped-indicators', messages.unmapped(plan.unmatched.map((u) => u.label)), analysis);
    if (plan.counts.errorRows > 0 && !options.skipErrors) throw new ImportRefusedError('row-errors', messages.rowErrors(plan.counts.errorRows), analysis);
    // A file that changes nothing is not an import: nothing to record, nothing to undo.
    if (plan.counts.new === 0 && plan.counts.changed === 0) throw new ImportRefusedError('nothing-new', messages.nothingNew, analysis);
    if (analysis.revisions.count > 0 && !options.confirmRevisions) throw new ImportRefusedError('unconfirmed-revisions', messages.revisions(analysis.revisions.count), analysis);
    const names = new Map(analysis.indicators.map((i) => [i.id, i.name]));
    const importId = await insertImport(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      source: source.via,
      fileName: source.fileName,
      sha256: file.sha256,
      sizeBytes: file.size,
      settings: {
        encoding: read.encoding,
        delimiter: read.delimiter,
        layout: read.layout?.layout,
        numberStyle: read.numberStyle?.style ?? options.settings.numberStyle ?? null,
        skipErrors: options.skipErrors,
      },
      mapping: Object.fromEntries(plan.changes.indicatorIds().map((id) => [id, names.get(id) ?? ''])),
      newCount: plan.counts.new,
      changedCount: plan.counts.changed,
      unchangedCount: plan.counts.unchanged,
      skippedErrorCount: options.skipErrors ? plan.counts.errorRows : 0,
    });
    await applyChanges(trx, importId, actor.userId, plan.changes);
    if (source.uploadId !== undefined) await markMappingsTaught(trx, actor.groupId, source.uploadId, importId);
    await bumpGroupDataVersion(trx, actor.groupId);
    const { counts } = plan;
    await recordAudit(trx, {
      groupId: actor.groupId,
      userId: actor.userId,
      entityType: 'import',
      entityId: importId,
      action: 'import',
      summary:
        `Importerede ${source.fileName}: ${count(counts.new, NOUNS.newValue)} og ${count(counts.changed, NOUNS.changedValue)}` +
        (options.skipErrors && counts.errorRows ? `, ${count(counts.errorRows, NOUNS.errorRow)} sprunget over` : ''),
      newValue: { importId, ...counts },
    });
    return { importId, counts };
  });
}
