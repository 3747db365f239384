import { type Frequency, type PeriodResult } from '../periods/period.js';
import { parsePeriod } from '../periods/period-parse.js';
import { periodFromExcelSerial, periodFromIsoDate } from '../periods/period-dates.js';

const ISO_DATE_START = /^\d{4}-\d{2}-\d{2}/;
// Day first, as Danish Excel writes dates; "/" is left out because US exports put the month first.
const DANISH_DATE = /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})(?: \d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/;
const EXCEL_SERIAL = /^\d{5}$/;
// 1954–2119: covers any period a leader group looks at, and stays clear of counts and amounts.
const MIN_EXCEL_SERIAL = 20_000;
const MAX_EXCEL_SERIAL = 80_000;

function fromDanishDate(shown: string, m: RegExpExecArray, frequency: Frequency): PeriodResult {
  const iso = `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  const result = periodFromIsoDate(iso, frequency);
  // The message should quote what the user wrote, not our rewritten ISO form.
  return result.ok ? result : { ok: false, message: result.message.replace(`„${iso}“`, `„${shown}“`) };
}

/** A period cell as written in real files: period text, a date or an Excel date serial, mapped to `frequency`. */
export function readPeriodText(text: string, frequency: Frequency): PeriodResult {
  const shown = text.trim();
  const direct = parsePeriod(shown, frequency);
  if (direct.ok) return direct;
  if (ISO_DATE_START.test(shown)) return periodFromIsoDate(shown, frequency);
  const danish = DANISH_DATE.exec(shown);
  if (danish) return fromDanishDate(shown, danish, frequency);
  if (EXCEL_SERIAL.test(shown)) {
    const serial = Number(shown);
    if (serial >= MIN_EXCEL_SERIAL && serial <= MAX_EXCEL_SERIAL) return periodFromExcelSerial(serial, frequency);
  }
  return direct;
}

/**
 * For layout detection, before any frequency is known. Excel serials are left out: a
 * column of five-digit numbers is far more often amounts than dates.
 */
export function looksLikePeriod(text: string): boolean {
  const shown = text.trim();
  if (parsePeriod(shown).ok) return true;
  if (ISO_DATE_START.test(shown)) return periodFromIsoDate(shown, 'month').ok;
  const danish = DANISH_DATE.exec(shown);
  return danish !== null && fromDanishDate(shown, danish, 'month').ok;
}
