import type { GoalDraft } from '../goal.js';
import { joinDanish, quote } from '../wording.js';
import { sentences, words } from '../text.js';
import { MIN_DESCRIPTION_LENGTH } from './thresholds.js';
import { met, missing, weak, type RuleResult } from './types.js';

/*
 * S – Specifik: "Det skal formuleres på en måde, så alle ved, hvad der tales om."
 * The checks are word heuristics; they can miss, so an unclear description is
 * "kan styrkes", while only an empty or very short one is "mangler".
 */

// Stems of the people a municipal goal is usually for; matched at the end of a word,
// so compounds such as "hjemmeplejeborgere" and "skoleelever" count, but "relevant" does not.
const GROUP_STEMS = [
  'borger', 'bruger', 'barn', 'børn', 'forældre', 'ældre', 'medarbejder', 'ansat', 'pårørende',
  'elev', 'ledig', 'patient', 'beboer', 'kunde', 'klient', 'unge', 'familie', 'pensionist',
  'personale', 'kollega', 'kolleger', 'virksomhed', 'ansøger', 'modtager', 'deltager', 'gæst',
];
const NOUN_ENDINGS = '(?:|e|s|en|er|et|ne|es|ns|te|ere|ens|ene|ers|ets|erne|nes|tes|enes|ernes)';
const GROUP_WORD = new RegExp(`(?:${GROUP_STEMS.join('|')})${NOUN_ENDINGS}$`, 'u');
// The bare forms are also verbs ("vi bruger mere tid", "hun modtager hjælp").
const VERB_FORMS = new Set(['bruger', 'deltager', 'modtager']);

// "for beboerne", "for de pårørende": a definite plural after "for" names a group even
// when it is not in the list above; "for at" never matches.
const DETERMINERS = new Set(['alle', 'de', 'den', 'det', 'vores', 'vore', 'kommunens']);
const DEFINITE_PLURAL = /\p{L}{2,}(?:erne|ene|rne|ende)$/u;

export function findTargetGroup(text: string): string | undefined {
  const list = words(text);
  const named = list.find((w) => GROUP_WORD.test(w) && !VERB_FORMS.has(w));
  if (named) return named;
  for (const [i, w] of list.entries()) {
    if (w !== 'for') continue;
    const next = list[i + 1];
    const noun = next && DETERMINERS.has(next) ? list[i + 2] : next;
    if (noun && DEFINITE_PLURAL.test(noun)) return noun;
  }
  return undefined;
}

const VAGUE_PATTERNS: readonly RegExp[] = [
  /forbedr(?:e|er|es|et|ede|ing|inger|ingen)/,
  /styrk(?:e|er|es|et|ede|else|elsen)/,
  /øg(?:e|er|es|et|ede)/,
  /sikr(?:e|er|es|et|ede)/,
  /arbejd(?:e|er) med/,
  /fokuser(?:e|er|et) på|fokus på/,
  /understøtt(?:e|er|es|et|ede)/,
  /udvikl(?:e|er|es|et|ede|ing|ingen)/,
  /optimer(?:e|er|es|et|ing)/,
  /højn(?:e|er|es|et|ede)/,
];
// Whole words only, with letters incl. æøå as the boundary (\b treats "ø" as a non-letter).
const VAGUE = new RegExp(`(?<!\\p{L})(?:${VAGUE_PATTERNS.map((p) => p.source).join('|')})(?!\\p{L})`, 'giu');

// A vague verb is harmless when its sentence also says how much: a number, or a word that is one.
const CONCRETE = /\d|(?<!\p{L})(?:halver\p{L}*|halvdelen|fordobl\p{L}*|dobbelt)(?!\p{L})/iu;

/** Vague verbs as written, in order of appearance, from sentences that give no number. */
export function findVagueWords(text: string): string[] {
  const found: string[] = [];
  for (const sentence of sentences(text)) {
    if (CONCRETE.test(sentence)) continue;
    for (const m of sentence.matchAll(VAGUE)) {
      const word = m[0].toLowerCase();
      if (!found.includes(word)) found.push(word);
    }
  }
  return found;
}

function titleRule(goal: GoalDraft): RuleResult {
  if (!goal.title.trim()) {
    return missing('title', 'Giv målet en kort titel, som alle kan genkende, fx „Færre sygedage i hjemmeplejen“.', 'title');
  }
  return met('title', `Målet har titlen ${quote(goal.title.trim())}.`);
}

function descriptionRule(description: string): RuleResult {
  if (!description) {
    return missing('description', 'Beskriv målet: hvad skal ændre sig, og for hvem?', 'description');
  }
  if (description.length < MIN_DESCRIPTION_LENGTH) {
    return missing(
      'description',
      `Beskrivelsen er kun ${description.length} tegn. Skriv mindst en hel sætning om, hvad der skal ændre sig, og for hvem.`,
      'description',
    );
  }
  return met('description', 'Beskrivelsen er lang nok til at sige, hvad der skal ændre sig.');
}

function targetGroupRule(group: string | undefined): RuleResult {
  if (!group) {
    return weak(
      'target-group',
      'Beskrivelsen siger ikke, hvem målet gælder. Skriv fx „for borgerne i hjemmeplejen“ eller „for medarbejderne på plejecentrene“.',
      'description',
    );
  }
  return met('target-group', `Beskrivelsen siger, hvem målet gælder: ${quote(group)}.`);
}

function vagueWordsRule(description: string, group: string | undefined): RuleResult {
  const vague = findVagueWords(description);
  if (vague.length === 0) {
    return met('vague-words', 'Beskrivelsen siger konkret, hvad der skal ændre sig.');
  }
  const who = group ?? 'borgerne eller medarbejderne';
  return weak(
    'vague-words',
    `${joinDanish(vague.map(quote))} siger ikke, hvad der konkret skal ændre sig. ` +
      `Skriv fx, hvad ${who} vil opleve, eller hvilket tal der skal flytte sig.`,
    'description',
  );
}

export function specificRules(goal: GoalDraft): RuleResult[] {
  const description = goal.description.trim();
  const rules = [titleRule(goal), descriptionRule(description)];
  if (!description) return rules;
  const group = findTargetGroup(description);
  return [...rules, targetGroupRule(group), vagueWordsRule(description, group)];
}
