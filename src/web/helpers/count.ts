import { countNoun } from '../../numbers/danish-nouns.js';

/**
 * A count with its noun in the right number, through the one plural rule (numbers/danish-nouns.ts).
 * Usage: {{count n "ny værdi" "nye værdier"}} → "1 ny værdi", "2 nye værdier".
 */
export function count(n: unknown, one: unknown, many: unknown): string {
  const value = Number(n);
  return countNoun(Number.isInteger(value) ? value : 0, String(one), String(many));
}

/** Only the noun, for markup that sets the number apart: <strong>{{n}}</strong> {{noun n "ny værdi" "nye værdier"}}. */
export function noun(n: unknown, one: unknown, many: unknown): string {
  return count(n, one, many).replace(/^\S+ /, '');
}
