import { count, NOUNS } from '../numbers/danish-nouns.js';
import { isMissingValue } from '../numbers/danish-number.js';
import type { Delimiter } from './delimiter.js';
import type { LayoutGuess } from './layout.js';
import { keepable, type RawRecord } from './raw-record.js';
import { locatedError, type ReadError } from './read-error.js';
import { unitFromLabel } from './unit-hint.js';

export interface RowSink {
  record(record: RawRecord): void;
  error(error: ReadError): void;
}

export type RowReader = (cells: readonly string[], line: number) => void;

const DELIMITER_WITH_ARTICLE: Record<Delimiter, string> = { ';': 'et semikolon', ',': 'et komma', '\t': 'en tabulator' };

const TOO_MANY_CAUSE: Record<Delimiter, string> = {
  ';': 'Det sker typisk, når en tekst indeholder et semikolon uden at stå i anførselstegn.',
  ',': 'Det sker typisk, når et tal med decimalkomma (fx 7,7) eller en tekst med komma ikke står i anførselstegn.',
  '\t': 'Det sker typisk, når en tekst indeholder en tabulator.',
};

// Indicator names repeat on every row of a long file; caching their unit hint saves a regex per row.
const UNIT_CACHE_LIMIT = 1000;

const cells = (n: number): string => count(n, NOUNS.cell);

function nonEmpty(text: string | undefined): string | null {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

const isBlank = (cell: string | undefined): boolean => (cell ?? '').trim() === '';

/** isMissingValue, answered at once for the usual cell that starts with a digit (no marker does). */
function isMissing(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 0x30 && first <= 0x39 ? false : isMissingValue(text);
}

/**
 * The row length a file uses when its rows end in extra delimiters the header lacks ("a;b;c;"
 * under "A;B;C"): most sample rows must agree. Otherwise an extra empty cell is not waved
 * through, because that is also what a row shifted by an unquoted ";" looks like.
 */
function habitualLength(sampleRows: readonly (readonly string[])[], width: number): number {
  const counts = new Map<number, number>();
  for (const row of sampleRows) {
    if (row.length > width && row.slice(width).every(isBlank)) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  }
  for (const [length, count] of counts) if (count * 2 > sampleRows.length) return length;
  return width;
}

/**
 * Turns each data row into records for the chosen layout. Rows with the wrong number of cells
 * are reported and skipped: which cell moved cannot be known, and a shifted value is worse than none.
 */
export function createRowReader(
  guess: LayoutGuess,
  header: readonly string[],
  headerLine: number,
  delimiter: Delimiter,
  sink: RowSink,
  sampleRows: readonly (readonly string[])[] = [],
): RowReader {
  const name = (column: number): string => (header[column - 1] ?? '').trim();
  // Trailing empty header cells come from a trailing delimiter; they do not make rows longer.
  let width = header.length;
  while (width > 0 && isBlank(header[width - 1])) width--;
  const tolerated = habitualLength(sampleRows, width);

  const unitCache = new Map<string, string | null>();
  let lastLabel: string | undefined;
  let lastUnit: string | null = null;
  const unitHint = (label: string): string | null => {
    // Long files repeat one label for many rows in a row.
    if (label === lastLabel) return lastUnit;
    let unit = unitCache.get(label);
    if (unit === undefined) {
      unit = unitFromLabel(label);
      if (unitCache.size < UNIT_CACHE_LIMIT) unitCache.set(keepable(label), unit);
    }
    lastLabel = label;
    lastUnit = unit;
    return unit;
  };

  const reportedUnnamed = new Set<number>();
  const checkUnnamed = (row: readonly string[], line: number, unnamed: readonly number[], what: string): void => {
    for (const column of unnamed) {
      if (reportedUnnamed.has(column) || isMissingValue(row[column - 1] ?? '')) continue;
      reportedUnnamed.add(column);
      sink.error(
        locatedError(
          'empty-header',
          `Kolonnen har ingen overskrift, men der står værdier i den (første gang i linje ${line}). ` +
            `Skriv ${what} i overskriften, eller slet kolonnen.`,
          headerLine,
          column,
        ),
      );
    }
  };

  const fitsHeader = (row: readonly string[], line: number): boolean => {
    if (row.length < width) {
      sink.error(
        locatedError(
          'too-few-cells',
          `Rækken har ${cells(row.length)}, men overskriften har ${width}. Der mangler måske ${DELIMITER_WITH_ARTICLE[delimiter]}, ` +
            'eller en tekst med linjeskift mangler anførselstegn. Rækken er ikke læst.',
          line,
          row.length + 1,
          name(row.length + 1),
        ),
      );
      return false;
    }
    for (let i = width; i < row.length; i++) {
      if (!isBlank(row[i]) || i >= tolerated) {
        sink.error(
          locatedError(
            'too-many-cells',
            `Rækken har ${cells(row.length)}, men overskriften har ${width}. ${TOO_MANY_CAUSE[delimiter]} Rækken er ikke læst.`,
            line,
            width + 1,
          ),
        );
        return false;
      }
    }
    return true;
  };

  const missing = (code: string, text: string, line: number, column: number): void =>
    sink.error(locatedError(code, text, line, column, name(column)));

  switch (guess.layout) {
    case 'long': {
      const c = guess.columns;
      const periodName = name(c.period);
      const valueName = name(c.value);
      return (row, line) => {
        if (!fitsHeader(row, line)) return;
        const valueText = (row[c.value - 1] ?? '').trim();
        if (isMissing(valueText)) return;
        const ownLabel = (row[c.indicator - 1] ?? '').trim();
        // A reference series is its indicator's row "Sygefravær – Hele landet" (issue 14).
        const seriesLabel = c.series === undefined ? '' : (row[c.series - 1] ?? '').trim();
        const indicatorLabel = seriesLabel && ownLabel ? `${ownLabel} – ${seriesLabel}` : ownLabel;
        const periodText = (row[c.period - 1] ?? '').trim();
        if (indicatorLabel === '') {
          missing('missing-indicator', 'Der står en værdi, men ingen indikator. Skriv indikatorens navn, eller slet rækken.', line, c.indicator);
          return;
        }
        if (periodText === '') {
          missing('missing-period', 'Der står en værdi, men ingen periode. Skriv perioden, fx 2024K1.', line, c.period);
          return;
        }
        sink.record({
          line,
          indicatorLabel,
          indicatorColumn: c.indicator,
          periodText,
          periodColumn: c.period,
          valueText,
          valueColumn: c.value,
          comment: c.comment === undefined ? null : nonEmpty(row[c.comment - 1]),
          unit: (c.unit === undefined ? null : nonEmpty(row[c.unit - 1])) ?? unitHint(indicatorLabel),
          periodColumnName: periodName,
          valueColumnName: valueName,
        });
      };
    }
    case 'wide-periods-in-rows': {
      const c = guess.columns;
      const periodName = name(c.period);
      const indicators = c.indicators.map((column) => ({ column, label: name(column), unit: unitFromLabel(name(column)) }));
      return (row, line) => {
        if (!fitsHeader(row, line)) return;
        checkUnnamed(row, line, c.unnamed, 'indikatorens navn');
        const periodText = (row[c.period - 1] ?? '').trim();
        const comment = c.comment === undefined ? null : nonEmpty(row[c.comment - 1]);
        let reportedPeriod = false;
        for (const indicator of indicators) {
          const valueText = (row[indicator.column - 1] ?? '').trim();
          if (isMissing(valueText)) continue;
          if (periodText === '') {
            if (!reportedPeriod) {
              missing('missing-period', 'Der står værdier, men ingen periode. Skriv perioden, fx 2024K1.', line, c.period);
            }
            reportedPeriod = true;
            continue;
          }
          sink.record({
            line,
            indicatorLabel: indicator.label,
            indicatorColumn: indicator.column,
            periodText,
            periodColumn: c.period,
            valueText,
            valueColumn: indicator.column,
            comment,
            unit: indicator.unit,
            periodColumnName: periodName,
            valueColumnName: indicator.label,
          });
        }
      };
    }
    case 'wide-periods-in-columns': {
      const c = guess.columns;
      const periods = c.periods.map((column) => ({ column, text: name(column) }));
      const lastLabel = c.labels[c.labels.length - 1] ?? 1;
      // Statistikbanken leaves an outer label blank when it repeats the row above.
      let previousLabels: string[] = [];
      return (row, line) => {
        if (!fitsHeader(row, line)) return;
        checkUnnamed(row, line, c.unnamed, 'perioden');
        const labels = c.labels.map((column, i) => {
          const own = (row[column - 1] ?? '').trim();
          return own === '' && column !== lastLabel ? (previousLabels[i] ?? '') : own;
        });
        previousLabels = labels;
        const indicatorLabel = labels.filter((l) => l !== '').join(' – ');
        const unit = (c.unit === undefined ? null : nonEmpty(row[c.unit - 1])) ?? unitHint(indicatorLabel);
        let reportedLabel = false;
        for (const period of periods) {
          const valueText = (row[period.column - 1] ?? '').trim();
          if (isMissing(valueText)) continue;
          if ((labels[labels.length - 1] ?? '') === '') {
            if (!reportedLabel) {
              missing('missing-indicator', 'Der står værdier, men ingen indikator. Skriv indikatorens navn, eller slet rækken.', line, lastLabel);
            }
            reportedLabel = true;
            continue;
          }
          sink.record({
            line,
            indicatorLabel,
            indicatorColumn: lastLabel,
            periodText: period.text,
            periodColumn: period.column,
            valueText,
            valueColumn: period.column,
            comment: null,
            unit,
            periodColumnName: period.text,
            valueColumnName: period.text,
          });
        }
      };
    }
  }
}
