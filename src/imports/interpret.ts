import { parseNumber, type NumberStyle } from '../numbers/danish-number.js';
import type { Frequency, Period } from '../periods/period.js';
import { readPeriodText } from './period-text.js';
import type { RawRecord } from './raw-record.js';
import { locatedError, type ReadError } from './read-error.js';

export type InterpretResult = { ok: true; period: Period; value: number } | { ok: false; error: ReadError };

type ValueResult = { ok: true; value: number } | { ok: false; code: string; message: string };

// Danish notation without grouping, so "1234" and "1,234" read as the two candidates they are.
function plain(value: number): string {
  return String(value).replace('.', ',');
}

function readValue(text: string, style: NumberStyle | undefined): ValueResult {
  if (style !== undefined) {
    const result = parseNumber(text, style);
    return result.ok ? result : { ok: false, code: 'invalid-number', message: result.message };
  }
  const da = parseNumber(text, 'da');
  const en = parseNumber(text, 'en');
  if (da.ok && en.ok && da.value !== en.value) {
    // The whole-number reading first: it is the one people misread as a decimal.
    const [a, b] = Math.abs(da.value) >= Math.abs(en.value) ? [da.value, en.value] : [en.value, da.value];
    return {
      ok: false,
      code: 'ambiguous-number',
      message:
        `„${text.trim()}“ kan både betyde ${plain(a)} og ${plain(b)}. Filen viser ikke, om den bruger decimalkomma ` +
        'eller decimalpunktum. Vælg talformat nedenfor.',
    };
  }
  if (da.ok) return da;
  if (en.ok) return en;
  return { ok: false, code: 'invalid-number', message: da.message };
}

/**
 * A raw record as a period of `frequency` and a number. With no settled number style, a value
 * that reads differently in Danish and English notation is an error rather than a guess.
 */
export function interpretRecord(raw: RawRecord, frequency: Frequency, numberStyle: NumberStyle | undefined): InterpretResult {
  const period = readPeriodText(raw.periodText, frequency);
  if (!period.ok) {
    return {
      ok: false,
      error: locatedError('invalid-period', period.message, raw.line, raw.periodColumn, raw.periodColumnName),
    };
  }
  const value = readValue(raw.valueText, numberStyle);
  if (!value.ok) {
    return { ok: false, error: locatedError(value.code, value.message, raw.line, raw.valueColumn, raw.valueColumnName) };
  }
  return { ok: true, period: period.period, value: value.value };
}
