import type { GoalDraft } from '../goal.js';
import { jaccard, normalisedText } from '../text.js';
import { quote } from '../wording.js';
import { COPY_SIMILARITY } from './thresholds.js';
import { met, missing, weak, type RuleResult } from './types.js';

/* E – Engagerende: "Målet skal kunne motivere de, der skal lave forbedringsarbejdet." */

/** A pasted sentence from the description, or the description with a few words changed. */
export function isCopyOf(why: string, description: string): boolean {
  const w = normalisedText(why);
  const d = normalisedText(description);
  if (!w || !d) return false;
  return d.includes(w) || jaccard(why, description) >= COPY_SIMILARITY;
}

// Answers that name everyone and therefore no one in particular.
const NOBODY_IN_PARTICULAR = new Set(['alle', 'vi', 'os', 'alle sammen', 'os alle', 'vi alle', 'hele huset', 'fælles', 'i fællesskab', 'ingen']);

function whyRule(goal: GoalDraft): RuleResult {
  const why = goal.whyItMatters.trim();
  if (!why) {
    return missing(
      'why',
      'Skriv, hvorfor målet betyder noget – hvilken forskel gør det for en borger, og for dem, der skal gøre arbejdet?',
      'whyItMatters',
    );
  }
  if (isCopyOf(why, goal.description)) {
    return weak(
      'why',
      'Hvorfor-teksten gentager beskrivelsen. Skriv i stedet, hvilken forskel målet gør – fx hvad en borger eller en kollega vil mærke.',
      'whyItMatters',
    );
  }
  return met('why', 'I har skrevet, hvorfor målet betyder noget, med andre ord end beskrivelsen.');
}

function drivenByRule(goal: GoalDraft): RuleResult {
  const driver = goal.drivenBy.trim();
  if (!driver) {
    return missing(
      'driven-by',
      'Skriv, hvem der driver forbedringsarbejdet, fx „teamlederne i hjemmeplejen sammen med MED-udvalget“.',
      'drivenBy',
    );
  }
  if (NOBODY_IN_PARTICULAR.has(normalisedText(driver))) {
    return weak(
      'driven-by',
      `${quote(driver)} siger ikke, hvem der tager initiativet. Skriv en funktion eller et team, fx „teamlederne i hjemmeplejen“.`,
      'drivenBy',
    );
  }
  return met('driven-by', `Forbedringsarbejdet drives af ${driver}.`);
}

export function engagingRules(goal: GoalDraft): RuleResult[] {
  return [whyRule(goal), drivenByRule(goal)];
}
