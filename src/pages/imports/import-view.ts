import type { Indicator } from '../../indicators/indicator.js';
import { formatValue } from '../../numbers/value-format.js';
import { displayPeriod, formatCanonical, parseCanonical } from '../../periods/period.js';
import { ENCODING_LABELS } from '../../imports/decode.js';
import { DELIMITER_LABELS } from '../../imports/delimiter.js';
import type { ImportAnalysis } from '../../imports/import-service.js';
import type { MappingChoice } from '../../imports/import-mapping.js';
import type { UnmatchedLabel } from '../../imports/import-plan.js';
import type { ImportChange, ImportRecord } from '../../imports/import-queries.js';
import { delimiterName, type ImportSettings } from '../../imports/import-settings.js';
import { LAYOUT_LABELS } from '../../imports/layout.js';

// A preview shows this many changed and new rows; the counts cover all of them.
const SAMPLE_ROWS = 100;
// Lists longer than this start folded in the preview.
const FOLD_AFTER = 10;

const NUMBER_STYLE_LABELS = { da: 'Dansk: decimalkomma (7,5)', en: 'Engelsk: decimalpunktum (7.5)' } as const;

export function previewView(analysis: ImportAnalysis, settings: ImportSettings) {
  const { read, plan, indicators } = analysis;
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const name = (id: number) => byId.get(id)?.name ?? '';
  const value = (id: number, v: number) => {
    const indicator = byId.get(id);
    return indicator ? formatValue(indicator, v) : String(v);
  };
  const detected = {
    encoding: read.encoding ? ENCODING_LABELS[read.encoding] : undefined,
    delimiter: read.delimiter ? DELIMITER_LABELS[read.delimiter] : undefined,
    layout: read.layout ? LAYOUT_LABELS[read.layout.layout] : undefined,
    layoutReason: read.layout?.reason,
    numberStyle: read.numberStyle?.style ? NUMBER_STYLE_LABELS[read.numberStyle.style] : undefined,
    numberEvidence: read.numberStyle?.evidence,
    numberAmbiguous: read.numberStyle?.ambiguous ?? false,
    rowCount: read.rowCount,
  };
  const choices = {
    delimiter: settings.delimiter ? delimiterName(settings.delimiter) : '',
    layout: settings.layout ?? '',
    numberStyle: settings.numberStyle ?? '',
  };
  if (!read.ok || !plan) {
    // The reason the file cannot be read is also the first of its errors: say it once.
    const layoutErrors = read.errors.filter((e) => e.message !== read.fatal?.message);
    return { readable: false, fatal: read.fatal, detected, choices, layoutErrors };
  }
  const { revisions } = analysis;
  const nothingNew = plan.unmatched.length === 0 && plan.counts.new === 0 && plan.counts.changed === 0;
  // Changes to older values have their own list under the warning; the other changes are listed here.
  const revised = new Set(revisions.shown.map((r) => `${r.indicatorId}|${formatCanonical(r.period)}`));
  const changed = plan.changes.first('changed', SAMPLE_ROWS + revised.size).filter((c) => !revised.has(`${c.indicatorId}|${c.canonical}`)).slice(0, SAMPLE_ROWS);
  const added = plan.changes.first('new', SAMPLE_ROWS);
  return {
    readable: true,
    detected,
    choices,
    counts: plan.counts,
    errorCount: plan.errorCount,
    // Not "errors": that name is the form's error summary on the same page.
    rowErrors: plan.errors.map((e) => ({ line: e.line, column: e.column, columnName: e.columnName, message: e.message })),
    moreErrors: plan.errorCount > plan.errors.length ? plan.errorCount - plan.errors.length : 0,
    perIndicator: plan.perIndicator.map((c) => ({ ...c, name: name(c.indicatorId) })),
    unmatched: plan.unmatched,
    changed: changed.map((c) => ({
      line: c.line,
      indicator: name(c.indicatorId),
      period: displayPeriod(c.period),
      from: c.old ? value(c.indicatorId, c.old.value) : '',
      to: value(c.indicatorId, c.value),
    })),
    moreChanged: Math.max(0, plan.counts.changed - revisions.count - changed.length),
    otherChanges: revisions.count > 0,
    added: added.map((c) => ({
      line: c.line,
      indicator: name(c.indicatorId),
      period: displayPeriod(c.period),
      to: value(c.indicatorId, c.value),
      comment: c.comment,
    })),
    moreAdded: Math.max(0, plan.counts.new - added.length),
    // More than a screenful is folded into "Vis de 54 nye værdier"; a few are shown at once.
    addedFolded: added.length > FOLD_AFTER,
    changedFolded: changed.length > FOLD_AFTER,
    nothingNew,
    nothingNewButErrors: nothingNew && plan.counts.errorRows > 0,
    canImport: !nothingNew && plan.unmatched.length === 0 && plan.counts.errorRows === 0,
    canImportSkippingErrors: !nothingNew && plan.unmatched.length === 0 && plan.counts.errorRows > 0,
    revisions: revisions.count
      ? {
          count: revisions.count,
          perIndicator: revisions.perIndicator.map((r) => ({
            name: name(r.indicatorId),
            count: r.count,
            span: r.count === 1 ? displayPeriod(r.first) : `${displayPeriod(r.first)} til ${displayPeriod(r.last)}`,
          })),
          // One short table per indicator (Periode, Nu, Bliver): it fits a phone without stacking.
          tables: revisions.perIndicator.map((p) => ({
            name: name(p.indicatorId),
            rows: revisions.shown.filter((r) => r.indicatorId === p.indicatorId).map((r) => ({ period: displayPeriod(r.period), from: value(r.indicatorId, r.from), to: value(r.indicatorId, r.to) })),
          })),
          more: Math.max(0, revisions.count - revisions.shown.length),
        }
      : undefined,
    indicatorOptions: indicators.map((i) => ({ id: i.id, name: i.name })),
  };
}

/** The mapping table's rows: each unknown label with what the user chose (kept through an error) and its own message. */
export function mappingRows(unmatched: readonly UnmatchedLabel[], choices: readonly MappingChoice[] = [], fieldErrors: Record<string, string> = {}) {
  const chosen = new Map(choices.map((c) => [c.label, String(c.target)]));
  return unmatched.map((u, index) => ({ ...u, index, chosen: chosen.get(u.label) ?? '', error: fieldErrors[`target-${index}`] }));
}

export function importRecordView(record: ImportRecord) {
  return {
    ...record,
    sourceLabel: record.source === 'api' ? 'API' : 'Upload',
    sizeKb: Math.max(1, Math.round(record.sizeBytes / 1024)),
    shortHash: record.sha256.slice(0, 12),
  };
}

export function importChangeRows(changes: ImportChange[], indicators: Indicator[]) {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return changes.map((c) => {
    const indicator = byId.get(c.indicatorId);
    const show = (v: number) => (indicator ? formatValue(indicator, v) : String(v));
    return {
      indicator: indicator?.name ?? '',
      period: displayPeriod(parseCanonical(c.period)),
      from: c.oldValue === null ? '' : show(c.oldValue),
      to: show(c.newValue),
      kind: c.oldValue === null ? 'Ny' : 'Ændret',
    };
  });
}

export const layoutOptions = Object.entries(LAYOUT_LABELS).map(([value, label]) => ({ value, label }));
export const delimiterOptions = [
  { value: 'semikolon', label: 'Semikolon (;)' },
  { value: 'komma', label: 'Komma (,)' },
  { value: 'tabulator', label: 'Tabulator' },
];
export const numberStyleOptions = Object.entries(NUMBER_STYLE_LABELS).map(([value, label]) => ({ value, label }));
