/**
 * What the app knows about an indicator's unit. The standard units are fixed words; any other
 * unit is free text typed by a leader ("pr. 1.000 indbyggere", "timer", "dage pr. medarbejder").
 */

export const STANDARD_UNITS = ['%', 'antal', 'dage', 'kr.', 'andel', 'point'] as const;

export type StandardUnit = (typeof STANDARD_UNITS)[number];

export function isStandardUnit(unit: string): unit is StandardUnit {
  return (STANDARD_UNITS as readonly string[]).includes(unit);
}

export interface UnitRange {
  min?: number;
  max?: number;
  /** Danish, to follow "Værdien skal være …". */
  label?: string;
}

/** Values a unit can take at all; catches typing errors: 77 for 7,7 % is fine, 770 % is not. */
export function possibleRange(unit: string): UnitRange {
  switch (unit) {
    case '%':
      return { min: 0, max: 100, label: 'mellem 0 og 100 %' };
    case 'andel':
      return { min: 0, max: 1, label: 'mellem 0 og 1' };
    case 'antal':
    case 'dage':
      return { min: 0, label: 'ikke negativ' };
    default:
      return {};
  }
}

/** Keeps a derived figure (a control limit, a forecast) inside what the unit allows. */
export function clampToUnit(unit: string, value: number): number {
  const { min, max } = possibleRange(unit);
  if (min !== undefined && value < min) return min;
  if (max !== undefined && value > max) return max;
  return value;
}

/** Counts and days are whole units; a share needs three places to tell 0,675 from 0,68. */
export function defaultDecimals(unit: string): number {
  if (unit === 'antal' || unit === 'dage') return 0;
  if (unit === 'andel') return 3;
  return 1;
}

/** "1.465 antal" and "0,675 andel" read oddly, so counts and shares carry no unit suffix. */
export function unitSuffix(unit: string): string {
  if (unit === '%') return ' %';
  if (unit === 'antal' || unit === 'andel') return '';
  return ` ${unit}`;
}

/**
 * The suffix for a difference. Between two percentages it is percentage points: "+2 %"
 * would read as a relative change.
 */
export function changeSuffix(unit: string): string {
  return unit === '%' ? ' procentpoint' : unitSuffix(unit);
}

// Plural nouns that leaders type as units, with their singular. Only the first word of a unit
// is looked up, so "dage pr. medarbejder" becomes "1 dag pr. medarbejder".
const SINGULAR_OF: ReadonlyMap<string, string> = new Map([
  ['dage', 'dag'],
  ['timer', 'time'],
  ['uger', 'uge'],
  ['måneder', 'måned'],
  ['kvartaler', 'kvartal'],
  ['personer', 'person'],
  ['borgere', 'borger'],
  ['medarbejdere', 'medarbejder'],
  ['elever', 'elev'],
  ['børn', 'barn'],
  ['sager', 'sag'],
  ['ansøgninger', 'ansøgning'],
  ['klager', 'klage'],
  ['besøg', 'besøg'],
  ['kroner', 'krone'],
]);

/** The unit as it follows exactly one: "1 dag", "1 time pr. uge". Units without a known singular stay as typed. */
export function singularUnit(unit: string): string {
  const space = unit.indexOf(' ');
  const head = space === -1 ? unit : unit.slice(0, space);
  const singular = SINGULAR_OF.get(head.toLowerCase());
  if (singular === undefined) return unit;
  // Keeps a leader's capital letter: "Dage" → "Dag".
  const cased = head[0] === head[0]?.toUpperCase() ? singular[0]?.toUpperCase() + singular.slice(1) : singular;
  return cased + (space === -1 ? '' : unit.slice(space));
}

/** Swaps a suffix to its singular form when the number shown is exactly one. */
export function suffixFor(suffix: string, shownMagnitude: string): string {
  if (shownMagnitude !== '1' || suffix === '' || suffix === ' %') return suffix;
  return ` ${singularUnit(suffix.slice(1))}`;
}
