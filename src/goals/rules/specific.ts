import { targetGroupInSentence, type GoalDraft, type TargetGroup } from '../goal.js';
import { words } from '../text.js';
import { joinDanish, quote } from '../wording.js';
import { isAnchored, vagueSentences, type SentenceReading } from './language.js';
import { MIN_DESCRIPTION_LENGTH } from './thresholds.js';
import { met, missing, type CheckContext, type RuleResult } from './types.js';

export { findVagueWords } from './language.js';

/*
 * S – Specifik: "Det skal formuleres på en måde, så alle ved, hvad der tales om."
 * The goal answers three questions in fields of their own – for whom, what changes for them,
 * and what shows it – and every sentence that promises change ("blive bedre", "styrke")
 * must pin it down in the same sentence, or S is "mangler".
 */

const messages = {
  titleMissing: 'Giv målet en kort titel, som alle kan genkende, fx „Færre sygedage i hjemmeplejen“.',
  title: (title: string) => `Målet har titlen ${quote(title)}.`,
  descriptionMissing: 'Beskriv målet: hvad skal ændre sig, og for hvem?',
  descriptionShort: (length: number) =>
    `Beskrivelsen er kun ${length} tegn. Skriv mindst en hel sætning om, hvad der skal ændre sig, og for hvem.`,
  description: 'Beskrivelsen er lang nok til at sige, hvad der skal ændre sig.',
  groupMissing: 'Vælg, hvem målet gælder for – fx ældre borgere, elever eller medarbejdere – eller skriv selv gruppen.',
  groupNameMissing: 'Skriv, hvem målet gælder for, når I vælger „Andre“ – fx „borgere på genoptræningsholdet“.',
  group: (group: string) => `Målet gælder for ${group}.`,
  whatChangesMissing: (group: string) =>
    `Skriv, hvad der skal være anderledes for ${group}, når målet er nået – fx „de møder højst 8 forskellige hjælpere på 14 dage“.`,
  whatChanges: (group: string) => `I har skrevet, hvad der skal ændre sig for ${group}.`,
  evidenceMissing:
    'Skriv, hvad der viser, at det er lykkedes: en indikator eller noget, man kan se ske, fx „alle borgere har en fast kontaktperson“.',
  evidenceVague: (text: string) =>
    `${quote(text)} viser ikke, om det er lykkedes. Skriv et tal, en indikator eller noget, man kan se ske, ` +
    'fx „alle borgere har en fast kontaktperson“.',
  evidence: (text: string) => `Det, der viser ændringen: ${quote(text.replace(/[.!]+$/u, ''))}.`,
  evidenceIndicator: (name: string) => `Indikatoren ${quote(name)} viser, om det er lykkedes.`,
  vague: (phrases: string[], sentence: string, more: boolean, who: string) =>
    `${joinDanish(phrases.map(quote))} siger ikke, hvad der konkret skal ændre sig ` +
    `(${more ? 'fx i sætningen' : 'i sætningen'} ${quote(sentence)}). ` +
    `Skriv i samme sætning et tal, en indikator eller noget, man kan se ske – fx hvad ${who} vil opleve.`,
  descriptionConcrete: 'Beskrivelsen siger konkret, hvad der skal ændre sig.',
  whatChangesConcrete: 'Ændringen er beskrevet konkret.',
};

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

/** The group a free text names, if any; a page can use it to suggest the target group. */
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

function titleRule(goal: GoalDraft): RuleResult {
  const title = goal.title.trim();
  return title ? met('title', messages.title(title)) : missing('title', messages.titleMissing, 'title');
}

function descriptionRule(description: string): RuleResult {
  if (!description) return missing('description', messages.descriptionMissing, 'description');
  if (description.length < MIN_DESCRIPTION_LENGTH) {
    return missing('description', messages.descriptionShort(description.length), 'description');
  }
  return met('description', messages.description);
}

/** Who the goal is for as it reads in a sentence, or undefined when the group has not said. */
export function groupName(group: TargetGroup | null): string | undefined {
  if (!group || (group.key === 'other' && !group.name?.trim())) return undefined;
  return targetGroupInSentence(group);
}

function targetGroupRule(group: TargetGroup | null): RuleResult {
  if (!group) return missing('target-group', messages.groupMissing, 'targetGroup');
  const name = groupName(group);
  if (!name) return missing('target-group', messages.groupNameMissing, 'targetGroupName');
  return met('target-group', messages.group(name));
}

function whatChangesRule(goal: GoalDraft, who: string): RuleResult {
  if (!goal.whatChanges.trim()) return missing('what-changes', messages.whatChangesMissing(who), 'whatChanges');
  return met('what-changes', messages.whatChanges(who));
}

function evidenceRule(goal: GoalDraft, ctx: CheckContext, names: readonly string[]): RuleResult {
  const evidence = goal.evidence.trim();
  const indicator = goal.indicatorId === null ? undefined : ctx.indicator;
  if (!evidence) {
    return indicator ? met('evidence', messages.evidenceIndicator(indicator.name)) : missing('evidence', messages.evidenceMissing, 'evidence');
  }
  if (!isAnchored(evidence, names)) return missing('evidence', messages.evidenceVague(evidence), 'evidence');
  return met('evidence', messages.evidence(evidence));
}

const SHOWN_SENTENCE = 120;

function shorten(sentence: string): string {
  return sentence.length <= SHOWN_SENTENCE ? sentence : `${sentence.slice(0, SHOWN_SENTENCE - 1).trimEnd()}…`;
}

function vagueRule(rule: string, field: 'description' | 'whatChanges', concrete: string, found: SentenceReading[], who: string): RuleResult {
  const first = found[0];
  if (!first) return met(rule, concrete);
  const phrases = [...new Set(found.flatMap((r) => r.vague))];
  return missing(rule, messages.vague(phrases, shorten(first.sentence), found.length > 1, who), field);
}

export function specificRules(goal: GoalDraft, ctx: CheckContext): RuleResult[] {
  const description = goal.description.trim();
  const who = groupName(goal.targetGroup) ?? 'borgerne eller medarbejderne';
  const names = ctx.indicator && goal.indicatorId !== null ? [ctx.indicator.name] : [];
  const rules = [titleRule(goal), descriptionRule(description), targetGroupRule(goal.targetGroup), whatChangesRule(goal, who)];
  rules.push(evidenceRule(goal, ctx, names));
  if (description) rules.push(vagueRule('vague-words', 'description', messages.descriptionConcrete, vagueSentences(description, names), who));
  if (goal.whatChanges.trim()) {
    rules.push(vagueRule('vague-what-changes', 'whatChanges', messages.whatChangesConcrete, vagueSentences(goal.whatChanges, names), who));
  }
  return rules;
}
