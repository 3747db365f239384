import { formatCanonical, type Frequency } from '../periods/period.js';
import { parsePeriod } from '../periods/period-parse.js';
import {
  findRoleColumn,
  frequencyFromHeader,
  normalizeHeader,
} from './header-names.js';
import { looksLikePeriod } from './period-text.js';
import { locatedError, type ReadError } from './read-error.js';

export * from './layout-types.js';
import type { LayoutResult, LongColumns, PeriodColumnColumns, PeriodRowColumns } from './layout-types.js';
import type { Layout } from './layout-types.js';
import { duplicateError, MISSING_WHAT, missingRole, quoted, withoutDuplicates, type Context } from './layout-errors.js';

const PERIOD_SAMPLE_SHARE = 0.8;

function columnsOtherThan(header: readonly string[], excluded: readonly (number | undefined)[]): number[] {
  return header.map((_, i) => i).filter((i) => !excluded.includes(i));
}

function long(ctx: Context): LayoutResult {
  const { header } = ctx;
  const indicator = findRoleColumn(header, 'indicator');
  const period = findRoleColumn(header, 'period');
  const value = findRoleColumn(header, 'value');
  if (indicator === undefined || period === undefined || value === undefined) {
    const errors: ReadError[] = [];
    if (indicator === undefined) errors.push(missingRole(ctx, 'indicator', MISSING_WHAT.indicator));
    if (period === undefined) errors.push(missingRole(ctx, 'period', MISSING_WHAT.period));
    if (value === undefined) errors.push(missingRole(ctx, 'value', MISSING_WHAT.value));
    return { ok: false, layout: 'long', errors };
  }
  const comment = findRoleColumn(header, 'comment');
  const unit = findRoleColumn(header, 'unit');
  const series = findRoleColumn(header, 'series');
  const used = [indicator, period, value, comment, unit, series].filter((i): i is number => i !== undefined);
  // A second "Værdi" column makes it unclear which one holds the numbers, so it is reported.
  const usedNames = new Map(used.map((i) => [normalizeHeader(header[i] ?? ''), i]));
  const headerErrors: ReadError[] = [];
  header.forEach((name, i) => {
    const first = usedNames.get(normalizeHeader(name));
    if (first !== undefined && first !== i && name.trim() !== '') headerErrors.push(duplicateError(ctx, i, first));
  });
  const columns: LongColumns = { indicator: indicator + 1, period: period + 1, value: value + 1 };
  if (comment !== undefined) columns.comment = comment + 1;
  if (unit !== undefined) columns.unit = unit + 1;
  if (series !== undefined) columns.series = series + 1;
  const guess: LayoutResult = {
    ok: true,
    layout: 'long',
    columns,
    reason:
      `Kolonnerne ${quoted(header[indicator])}, ${quoted(header[period])} og ${quoted(header[value])} ` +
      'viser indikator, periode og værdi, så hver række er én måling.',
    headerErrors,
    overridden: ctx.overridden,
  };
  const hint =
    frequencyFromHeader(header[period] ?? '') ?? firstFrequency(ctx.sampleRows.map((row) => row[period] ?? ''));
  if (hint) guess.frequencyHint = hint;
  return guess;
}

function periodColumnByValues(ctx: Context): number | undefined {
  for (let i = 0; i < ctx.header.length; i++) {
    const values = ctx.sampleRows.map((row) => (row[i] ?? '').trim()).filter((v) => v !== '');
    const periods = values.filter(looksLikePeriod).length;
    if (values.length > 0 && periods / values.length >= PERIOD_SAMPLE_SHARE) return i;
  }
  return undefined;
}

function firstFrequency(texts: readonly string[]): Frequency | undefined {
  for (const text of texts) {
    const parsed = parsePeriod(text);
    if (parsed.ok) return parsed.period.frequency;
  }
  return undefined;
}

function periodsInRows(ctx: Context): LayoutResult {
  const { header } = ctx;
  const period = findRoleColumn(header, 'period') ?? periodColumnByValues(ctx);
  if (period === undefined) {
    return { ok: false, layout: 'wide-periods-in-rows', errors: [missingRole(ctx, 'period', MISSING_WHAT.period)] };
  }
  const comment = findRoleColumn(header, 'comment');
  const candidates = columnsOtherThan(header, [period, comment]);
  const { kept, unnamed, errors } = withoutDuplicates(ctx, candidates, (i) => normalizeHeader(header[i] ?? ''));
  if (kept.length === 0) {
    return {
      ok: false,
      layout: 'wide-periods-in-rows',
      errors: [
        locatedError(
          'missing-indicator-columns',
          `Der er ingen kolonner med indikatorer. Ud over ${quoted(header[period])} skal der være én kolonne pr. indikator ` +
            'med indikatorens navn i overskriften.',
          ctx.headerLine,
        ),
      ],
    };
  }
  const columns: PeriodRowColumns = { period: period + 1, indicators: kept, unnamed };
  if (comment !== undefined) columns.comment = comment + 1;
  const others = kept.length === 1 ? 'den anden kolonne er én indikator' : `hver af de ${kept.length} andre kolonner er én indikator`;
  const guess: LayoutResult = {
    ok: true,
    layout: 'wide-periods-in-rows',
    columns,
    reason: `Kolonnen ${quoted(header[period])} indeholder perioder, og ${others}.`,
    headerErrors: errors,
    overridden: ctx.overridden,
  };
  const hint =
    frequencyFromHeader(header[period] ?? '') ?? firstFrequency(ctx.sampleRows.map((row) => row[period] ?? ''));
  if (hint) guess.frequencyHint = hint;
  return guess;
}

function periodHeaderIndices(header: readonly string[]): number[] {
  return header.map((_, i) => i).filter((i) => looksLikePeriod(header[i] ?? ''));
}

function periodKey(name: string): string {
  const parsed = parsePeriod(name);
  return parsed.ok ? formatCanonical(parsed.period) : normalizeHeader(name);
}

function periodsInColumns(ctx: Context): LayoutResult {
  const { header } = ctx;
  const periodIndices = periodHeaderIndices(header);
  const firstPeriod = periodIndices[0];
  if (firstPeriod === undefined) {
    return {
      ok: false,
      layout: 'wide-periods-in-columns',
      errors: [
        locatedError(
          'missing-period-headers',
          'Ingen af overskrifterne er perioder. Forventede overskrifter som „2024K1“ og „2024K2“ efter kolonnen med indikatorens navn.',
          ctx.headerLine,
        ),
      ],
    };
  }
  if (firstPeriod === 0) {
    return {
      ok: false,
      layout: 'wide-periods-in-columns',
      errors: [
        locatedError(
          'missing-label-column',
          'Den første kolonne skal navngive indikatoren, men dens overskrift er en periode. ' +
            'Indsæt en kolonne med indikatorens navn før periodekolonnerne.',
          ctx.headerLine,
          1,
          header[0],
        ),
      ],
    };
  }
  const labelIndices = header.map((_, i) => i).filter((i) => i < firstPeriod);
  const unit = labelIndices.find((i) => findRoleColumn([header[i] ?? ''], 'unit') === 0);
  const headerErrors: ReadError[] = [];
  const afterLabels = header.map((_, i) => i).filter((i) => i >= firstPeriod);
  const notPeriods = afterLabels.filter((i) => !periodIndices.includes(i) && (header[i] ?? '').trim() !== '');
  for (const i of notPeriods) {
    headerErrors.push(
      locatedError(
        'not-a-period-header',
        'Overskriften er ikke en periode, så kolonnen er ikke læst. Skriv perioden som fx 2024K1.',
        ctx.headerLine,
        i + 1,
        header[i],
      ),
    );
  }
  const periodsAndUnnamed = afterLabels.filter((i) => !notPeriods.includes(i));
  const { kept, unnamed, errors } = withoutDuplicates(ctx, periodsAndUnnamed, (i) => periodKey(header[i] ?? ''));
  headerErrors.push(...errors);
  const columns: PeriodColumnColumns = {
    labels: labelIndices.filter((i) => i !== unit).map((i) => i + 1),
    periods: kept,
    unnamed,
  };
  if (unit !== undefined) columns.unit = unit + 1;
  const firstName = header[kept[0] !== undefined ? kept[0] - 1 : firstPeriod];
  const lastName = header[(kept[kept.length - 1] ?? firstPeriod + 1) - 1];
  const periodsText =
    kept.length === 1
      ? `Overskriften ${quoted(firstName)} er en periode`
      : `Overskrifterne fra ${quoted(firstName)} til ${quoted(lastName)} er perioder`;
  const guess: LayoutResult = {
    ok: true,
    layout: 'wide-periods-in-columns',
    columns,
    reason: `${periodsText}, og hver række er én indikator.`,
    headerErrors,
    overridden: ctx.overridden,
  };
  const hint = firstFrequency(kept.map((c) => header[c - 1] ?? ''));
  if (hint) guess.frequencyHint = hint;
  return guess;
}

function looksLikePeriodsInColumns(header: readonly string[]): boolean {
  const periods = periodHeaderIndices(header);
  const first = periods[0];
  // At least half of the columns from the first period on must be periods, so one
  // stray header such as "2024" in a table does not flip the whole layout.
  return first !== undefined && first > 0 && periods.length * 2 >= header.length - first;
}

function unknownLayout(ctx: Context): LayoutResult {
  return {
    ok: false,
    layout: undefined,
    errors: [
      locatedError(
        'unknown-layout',
        'Vi kan ikke se, hvordan filen er bygget op. Forventede enten kolonnerne „Indikator“, „Kvartal“ og „Værdi“, ' +
          'en kolonne „Kvartal“ og én kolonne pr. indikator, eller én kolonne pr. periode med overskrifter som „2024K1“.',
        ctx.headerLine,
      ),
    ],
  };
}

function detect(ctx: Context): LayoutResult {
  const { header } = ctx;
  const indicator = findRoleColumn(header, 'indicator');
  const period = findRoleColumn(header, 'period');
  const value = findRoleColumn(header, 'value');
  if (indicator !== undefined && period !== undefined && value !== undefined) return long(ctx);
  if (looksLikePeriodsInColumns(header)) return periodsInColumns(ctx);
  // "Kvartal;Værdi" is one indicator with periods in rows; "Indikator;Kvartal;Sum" is a long
  // file missing its value column, and saying so is more useful than reading "Sum" as an indicator.
  if (indicator === undefined && (period !== undefined || periodColumnByValues(ctx) !== undefined)) {
    return periodsInRows(ctx);
  }
  if (indicator !== undefined || value !== undefined) return long(ctx);
  return unknownLayout(ctx);
}

/**
 * Works out how the file is laid out from its header and first rows, or checks that the
 * header fits the layout the user chose. Never guesses past what the header shows.
 */
export function detectLayout(
  header: readonly string[],
  sampleRows: readonly (readonly string[])[],
  override?: Layout,
  headerLine = 1,
): LayoutResult {
  const ctx: Context = { header, sampleRows, headerLine, overridden: override !== undefined };
  switch (override) {
    case undefined:
      return detect(ctx);
    case 'long':
      return long(ctx);
    case 'wide-periods-in-rows':
      return periodsInRows(ctx);
    case 'wide-periods-in-columns':
      return periodsInColumns(ctx);
  }
}
