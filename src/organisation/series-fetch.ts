import type { Db } from '../db/connection.js';
import type { FetchStatus } from '../db/schema.js';
import { analyseImport, commitImport, ImportRefusedError, type CommitOptions } from '../imports/import-service.js';
import { readImportFile } from '../imports/read-file.js';
import type { Indicator } from '../indicators/indicator.js';
import { findIndicatorAnywhere } from '../indicators/indicator-queries.js';
import { formatCanonical } from '../periods/period.js';
import { parsePeriod } from '../periods/period-parse.js';
import { toFetch, type SeriesFetch } from './reference-series.js';

/**
 * The scheduled fetch of a reference series from a CSV address, e.g. a Statistikbanken API query
 * (`;`-separated, decimal comma, periods as columns or in a TID column). Each try ends in one status with
 * a plain Danish message on the indicator: fetched, nothing new, or why not — no answer in time, an
 * error from the server, a web page instead of CSV, a file too large, or a file in another format than
 * before. What is fetched is saved as an import of the group (source "API"), so it shows in the
 * history, its revisions are counted and it can be undone like any import.
 */

export const FETCH_TIMEOUT_MS = 20_000;
export const FETCH_MAX_BYTES = 5 * 1024 * 1024;

export const messages = {
  ok: (n: number, changed: number) => `Hentet: ${n === 1 ? '1 ny værdi' : `${n} nye værdier`}${changed ? ` og ${changed === 1 ? '1 rettet værdi' : `${changed} rettede værdier`}` : ''}.`,
  nothingNew: 'Hentet: intet nyt siden sidst.',
  timeout: (seconds: number) => `Adressen svarede ikke inden for ${seconds === 1 ? '1 sekund' : `${seconds} sekunder`}. Vi prøver igen ved næste hentning.`,
  httpError: (status: number) =>
    status >= 500
      ? `Adressen svarede med en fejl hos udbyderen (HTTP ${status}). Det er som regel midlertidigt; vi prøver igen ved næste hentning.`
      : status === 404
        ? 'Adressen findes ikke (HTTP 404). Tjek adressen, fx om tabellens navn er stavet rigtigt.'
        : `Adressen afviste forespørgslen (HTTP ${status}). Tjek adressen og dens parametre.`,
  network: 'Adressen kunne ikke nås. Tjek, at den er stavet rigtigt, og at serveren må hente fra den.',
  html: 'Adressen sendte en webside i stedet for en CSV-fil. Brug adressen på selve dataene, fx en forespørgsel til Statistikbankens API med format=CSV.',
  tooLarge: (mb: number) => `Filen er større end ${mb} MB. Afgræns forespørgslen, fx til færre perioder eller områder.`,
  unreadable: (reason: string) => `Filens format er ændret, så den ikke kan læses: ${reason}`,
  noRows: 'Filens format er ændret: der er ingen tal i den.',
  rowMissing: (label: string, found: string) => `Filens format er ændret: der er ingen række, der hedder „${label}“. Filen har: ${found}.`,
  severalRows: (found: string) => `Filen har flere rækker (${found}). Skriv navnet på den række, der skal hentes.`,
  periods: (example: string) => `Filens format er ændret: perioden „${example}“ passer ikke til indikatorens hyppighed.`,
  rowErrors: (first: string) => `Filens format er ændret: ${first}`,
  noEditor: 'Den redaktør, der satte hentningen op, har ikke længere adgang. Sæt hentningen op igen.',
  seriesGone: 'Sammenligningsserien findes ikke længere.',
};

export interface FetchOutcome {
  status: FetchStatus;
  message: string;
}

/** Names of rows, shown back to the user; long lists are cut. */
function listLabels(labels: readonly string[]): string {
  const shown = labels.slice(0, 6).map((l) => `„${l}“`);
  return shown.join(', ') + (labels.length > 6 ? ` og ${labels.length - 6} flere` : '');
}

async function download(url: string, timeoutMs: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; outcome: FetchOutcome }> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: { accept: 'text/csv, text/plain;q=0.9, */*;q=0.1' } });
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, outcome: { status: 'timeout', message: messages.timeout(Math.max(1, Math.ceil(timeoutMs / 1000))) } };
    return { ok: false, outcome: { status: 'network', message: messages.network } };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, outcome: { status: 'http-error', message: messages.httpError(response.status) } };
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > FETCH_MAX_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, outcome: { status: 'too-large', message: messages.tooLarge(FETCH_MAX_BYTES / 1024 / 1024) } };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.length;
      if (size > FETCH_MAX_BYTES) return { ok: false, outcome: { status: 'too-large', message: messages.tooLarge(FETCH_MAX_BYTES / 1024 / 1024) } };
      chunks.push(chunk);
    }
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, outcome: { status: 'timeout', message: messages.timeout(Math.max(1, Math.ceil(timeoutMs / 1000))) } };
    return { ok: false, outcome: { status: 'network', message: messages.network } };
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  const type = response.headers.get('content-type') ?? '';
  const start = new TextDecoder().decode(bytes.subarray(0, 200)).trimStart().toLowerCase();
  if (type.includes('text/html') || start.startsWith('<!doctype html') || start.startsWith('<html')) {
    return { ok: false, outcome: { status: 'not-csv', message: messages.html } };
  }
  return { ok: true, bytes };
}

/**
 * The fetched file as the app's own long CSV for the series: one row per period, labelled with the
 * series' name so the import knows it. Only the chosen row of the file is taken (or its only row).
 */
export function extractSeries(bytes: Uint8Array, series: Indicator, rowLabel: string | null): { ok: true; csv: string } | { ok: false; outcome: FetchOutcome } {
  const read = readImportFile(bytes);
  if (!read.ok) return { ok: false, outcome: { status: 'format', message: messages.unreadable(read.fatal?.message ?? '') } };
  if (read.records.length === 0) return { ok: false, outcome: { status: 'format', message: messages.noRows } };
  const labels = [...new Set(read.records.map((r) => r.indicatorLabel))];
  let wanted: string;
  if (rowLabel) {
    const match = labels.find((l) => l.toLowerCase() === rowLabel.toLowerCase());
    if (!match) return { ok: false, outcome: { status: 'format', message: messages.rowMissing(rowLabel, listLabels(labels)) } };
    wanted = match;
  } else if (labels.length === 1) wanted = labels[0]!;
  else return { ok: false, outcome: { status: 'format', message: messages.severalRows(listLabels(labels)) } };
  const rows: string[] = [];
  for (const record of read.records.filter((r) => r.indicatorLabel === wanted)) {
    const period = parsePeriod(record.periodText, series.frequency);
    if (!period.ok) return { ok: false, outcome: { status: 'format', message: messages.periods(record.periodText) } };
    rows.push(`${series.name.replaceAll(';', ',')};${formatCanonical(period.period)};${record.valueText.replaceAll(';', '')}`);
  }
  if (read.errors.length) return { ok: false, outcome: { status: 'format', message: messages.rowErrors(read.errors[0]!.message) } };
  return { ok: true, csv: `Indikator;Periode;Værdi\r\n${rows.join('\r\n')}\r\n` };
}

/** One try: download, read, and save what is new as an import of the series' group. */
export async function fetchSeries(db: Db, fetchRow: SeriesFetch, options: { timeoutMs?: number } = {}): Promise<FetchOutcome> {
  const series = await findIndicatorAnywhere(db, fetchRow.seriesId);
  if (!series) return { status: 'format', message: messages.seriesGone };
  if (fetchRow.configuredBy === null) return { status: 'network', message: messages.noEditor };
  const downloaded = await download(fetchRow.url, options.timeoutMs ?? FETCH_TIMEOUT_MS);
  if (!downloaded.ok) return downloaded.outcome;
  const extracted = extractSeries(downloaded.bytes, series, fetchRow.rowLabel);
  if (!extracted.ok) return extracted.outcome;
  const bytes = new TextEncoder().encode(extracted.csv);
  const settings = { delimiter: ';' as const, layout: 'long' as const };
  const analysis = await analyseImport(db, series.groupId, bytes, settings);
  const plan = analysis.plan;
  if (!analysis.read.ok || !plan) return { status: 'format', message: messages.unreadable(analysis.read.fatal?.message ?? '') };
  if (plan.errors.length) return { status: 'format', message: messages.rowErrors(plan.errors[0]!.message) };
  if (plan.counts.new === 0 && plan.counts.changed === 0) return { status: 'nothing-new', message: messages.nothingNew };
  // A statistics office revises older figures as a matter of course: those changes are confirmed here.
  const commitOptions: CommitOptions & { confirmRevisions: boolean } = { settings, skipErrors: false, confirmRevisions: true };
  try {
    const result = await commitImport(db, { userId: fetchRow.configuredBy, groupId: series.groupId }, { fileName: `Automatisk hentning: ${series.seriesLabel ?? series.name}`, bytes, via: 'api' }, commitOptions);
    return { status: 'ok', message: messages.ok(result.counts.new, result.counts.changed) };
  } catch (err) {
    if (err instanceof ImportRefusedError) {
      if ((err.code as string) === 'nothing-new') return { status: 'nothing-new', message: messages.nothingNew };
      return { status: 'format', message: messages.unreadable(err.message) };
    }
    throw err;
  }
}

async function recordOutcome(db: Db, fetchRow: SeriesFetch, outcome: FetchOutcome, now: Date): Promise<void> {
  const success = outcome.status === 'ok' || outcome.status === 'nothing-new';
  await db
    .updateTable('series_fetches')
    .set({
      last_attempt_at: now.toISOString(),
      last_status: outcome.status,
      last_message: outcome.message,
      ...(success && { last_success_at: now.toISOString() }),
    })
    .where('id', '=', fetchRow.id)
    .execute();
}

/** Runs one fetch now (the "Hent nu" button) and records how it went. */
export async function runFetchNow(db: Db, fetchRow: SeriesFetch, now: Date, options: { timeoutMs?: number } = {}): Promise<FetchOutcome> {
  const outcome = await fetchSeries(db, fetchRow, options).catch((err: unknown) => ({ status: 'network' as const, message: `${messages.network} (${(err as Error).message})` }));
  await recordOutcome(db, fetchRow, outcome, now);
  return outcome;
}

/**
 * The background job: every fetch that is due, one after the other. Each is claimed first by moving
 * its next time forward in one conditional update, so two app instances never fetch the same series
 * in the same round. Returns what happened, for the log.
 */
export async function runDueFetches(db: Db, now: Date, options: { timeoutMs?: number } = {}): Promise<Array<{ seriesId: number } & FetchOutcome>> {
  const due = await db.selectFrom('series_fetches').selectAll().where('next_due_at', '<=', now.toISOString()).orderBy('next_due_at').execute();
  const results: Array<{ seriesId: number } & FetchOutcome> = [];
  for (const row of due) {
    const next = new Date(now.getTime() + row.interval_hours * 3_600_000).toISOString();
    const claimed = await db.updateTable('series_fetches').set({ next_due_at: next }).where('id', '=', row.id).where('next_due_at', '=', row.next_due_at).executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) continue;
    const outcome = await runFetchNow(db, toFetch(row), now, options);
    results.push({ seriesId: row.series_id, ...outcome });
  }
  return results;
}

