// Ten digits, optionally split after six by a hyphen or space (Word turns "-" into "–", and
// Excel may keep a no-break space). Digits right before or after mean a longer number, not a CPR.
const CANDIDATE = /(?<!\d)(\d{2})(\d{2})(\d{2})[-\u2010\u2011\u2013 \u00A0]?\d{4}(?!\d)/g;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isCprDate(day: number, month: number, twoDigitYear: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return twoDigitYear % 4 === 0;
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * Offset of the first CPR-like number in `text`, or -1. Modulus 11 is deliberately not
 * checked: CPR numbers issued since 2007 need not satisfy it, and a false alarm only asks
 * the user to look at one cell, whereas a miss stores a personal identifier.
 */
export function findCprOffset(text: string): number {
  const pattern = new RegExp(CANDIDATE.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    if (isCprDate(Number(m[1]), Number(m[2]), Number(m[3]))) return m.index;
    pattern.lastIndex = m.index + 1;
  }
  return -1;
}

export function findCprLike(cell: string): boolean {
  // Most cells (numbers, periods) are too short to hold ten digits; skipping them keeps the check cheap.
  return cell.length >= 10 && findCprOffset(cell) >= 0;
}

export const CPR_REFUSAL =
  'ser ud til at indeholde et CPR-nummer. Filen er afvist og ikke gemt. Fjern personnumre fra filen, og prøv igen.';
