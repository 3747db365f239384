import { parseNumber, type NumberStyle } from '../numbers/danish-number.js';
import type { Frequency, Period } from '../periods/period.js';
import { readPeriodText } from './period-text.js';
import type { RawRecord } from './raw-record.js';
import { locatedError, type ReadError } from './read-error.js';

export type InterpretResult = { ok: true; period: Period; value: number } | { ok: false; error: ReadError };

export type ValueResult = { ok: true; value: number } | { ok: false; code: string; message: string };

// Danish notation without grouping, so "1234" and "1,234" read as the two candidates they are.
function plain(value: number): string {
  return String(value).replace('.', ',');
}

// Powers of ten that are exact doubles.
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * Most cells of most files are digits with at most a leading minus and one decimal mark in the
 * file's style ("12,7"). Those are read here without the general parser: with at most 15 digits
 * the digits are an exact integer and 10^decimals an exact double, so one division rounds the
 * same way Number() does, and the result is the one parseNumber gives. Anything else (groups,
 * %, spaces, "+", more digits, errors) returns undefined and takes the general path.
 */
export function simpleValue(text: string, style: NumberStyle | undefined): number | undefined {
  const length = text.length;
  if (length === 0 || length > 17) return undefined;
  const mark = style === 'da' ? 0x2c : style === 'en' ? 0x2e : -1;
  let i = text.charCodeAt(0) === 0x2d ? 1 : 0;
  const negative = i === 1;
  let digits = 0;
  let decimals = -1;
  let mantissa = 0;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + (c - 0x30);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === mark && decimals < 0 && digits > 0) {
      decimals = 0;
    } else {
      return undefined;
    }
  }
  if (digits === 0 || decimals === 0 || digits > 15) return undefined;
  const value = decimals > 0 ? mantissa / POW10[decimals]! : mantissa;
  // parseNumber never gives −0.
  return value === 0 ? 0 : negative ? -value : value;
}

/** A value cell as a number in `style`; without a settled style, a value that reads two ways is an error. */
export function readValue(text: string, style: NumberStyle | undefined): ValueResult {
  const simple = simpleValue(text, style);
  if (simple !== undefined) return { ok: true, value: simple };
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
export function interpretRecord(
  raw: RawRecord,
  frequency: Frequency,
  numberStyle: NumberStyle | undefined,
  // The planner passes a memoising reader: a file repeats the same few period texts a million times.
  readPeriod: typeof readPeriodText = readPeriodText,
): InterpretResult {
  const period = readPeriod(raw.periodText, frequency);
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
