import type { FieldError } from './errors.js';

/**
 * Datadialog never stores a CPR number: not in an uploaded file, a file name, a comment, meeting
 * notes, a decision, a goal or a group's texts. This is the one guard all of them call.
 */

// Ten digits, optionally split after six by a hyphen or space (Word turns "-" into "–", and
// Excel may keep a no-break space). Digits right before or after mean a longer number, not a CPR.
const STRICT = /(?<!\d)(\d{2})(\d{2})(\d{2})[-\u2010\u2011\u2013 \u00A0]?\d{4}(?!\d)/g;

// In names and free text people also write "010190_1234", "01.01.90-1234" or "01 01 90 1234":
// any one separator may stand between day, month, year and the last four digits.
const SEP = '[-\\u2010\\u2011\\u2013\\u2014._/ \\u00A0]?';
const LOOSE = new RegExp(`(?<!\\d)(\\d{2})${SEP}(\\d{2})${SEP}(\\d{2})${SEP}\\d{4}(?!\\d)`, 'g');

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isCprDate(day: number, month: number, twoDigitYear: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return twoDigitYear % 4 === 0;
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

function firstMatch(pattern: RegExp, text: string): number {
  const re = new RegExp(pattern.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (isCprDate(Number(m[1]), Number(m[2]), Number(m[3]))) return m.index;
    re.lastIndex = m.index + 1;
  }
  return -1;
}

/**
 * The first CPR-like number (as findCprOffset finds them) that starts at or after `from`, for text
 * that is scanned piece by piece: its start and end, so a reader can tell a number that touches the
 * end of a piece (whose next character is not known yet) from one that does not.
 */
export function findCprMatch(text: string, from = 0): { index: number; end: number } | undefined {
  const re = new RegExp(STRICT.source, 'g');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (isCprDate(Number(m[1]), Number(m[2]), Number(m[3]))) return { index: m.index, end: m.index + m[0].length };
    re.lastIndex = m.index + 1;
  }
  return undefined;
}

/**
 * Offset of the first CPR-like number in a data cell or file, or -1. Modulus 11 is deliberately
 * not checked: CPR numbers issued since 2007 need not satisfy it, and a false alarm only asks the
 * user to look at one cell, whereas a miss stores a personal identifier.
 */
export function findCprOffset(text: string): number {
  return firstMatch(STRICT, text);
}

/** Like findCprOffset, but for names and free text, where any one separator may split the number. */
export function findCprInText(text: string): number {
  return firstMatch(LOOSE, text);
}

export function containsCpr(text: string | null | undefined): boolean {
  // Fewer than ten characters cannot hold ten digits; most texts are checked at no cost.
  return typeof text === 'string' && text.length >= 10 && findCprInText(text) >= 0;
}

export const CPR_IN_TEXT =
  'Teksten ser ud til at indeholde et CPR-nummer, og Datadialog må ikke gemme personnumre. Fjern nummeret, og gem igen.';

/** A field error when `value` holds a CPR-like number; used by every validation of free text. */
export function cprFieldError(field: string, value: string | null | undefined): FieldError | undefined {
  return containsCpr(value) ? { field, message: CPR_IN_TEXT } : undefined;
}

/** The field errors for every named text that holds a CPR-like number. */
export function cprFieldErrors(texts: Record<string, string | null | undefined>): FieldError[] {
  return Object.entries(texts).flatMap(([field, value]) => cprFieldError(field, value) ?? []);
}

/** `text` with every CPR-like number (in any of the forms above) replaced, for logs. */
export function redactCpr(text: string, replacement = '[CPR]'): string {
  if (text.length < 10) return text;
  return text.replace(new RegExp(LOOSE.source, 'g'), (match, day: string, month: string, year: string) =>
    isCprDate(Number(day), Number(month), Number(year)) ? replacement : match,
  );
}
