import { findCprOffset } from '../shared/cpr.js';

export { findCprInText, findCprOffset } from '../shared/cpr.js';

export function findCprLike(cell: string): boolean {
  // Most cells (numbers, periods) are too short to hold ten digits; skipping them keeps the check cheap.
  return cell.length >= 10 && findCprOffset(cell) >= 0;
}

export const CPR_REFUSAL =
  'ser ud til at indeholde et CPR-nummer. Filen er afvist og ikke gemt. Fjern personnumre fra filen, og prøv igen.';
