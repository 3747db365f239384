import type { GoalDraft } from '../goal.js';
import { jaccard, normalisedText } from '../text.js';
import { quote } from '../wording.js';
import { isBoilerplate } from './boilerplate.js';
import { groupName } from './specific.js';
import { COPY_SIMILARITY } from './thresholds.js';
import { met, missing, weak, type CheckContext, type RuleResult } from './types.js';

/*
 * E – Engagerende: "Målet skal kunne motivere de, der skal lave forbedringsarbejdet."
 * Motivation needs someone who gains something they can feel – named, with what they will
 * notice – and someone in the leader group who drives the work. Sentences that fit any goal
 * ("Det er vigtigt", "For borgernes skyld") motivate no one.
 */

const messages = {
  beneficiaryMissing: 'Vælg, hvem der får gavn af målet – fx borgerne i hjemmeplejen eller medarbejderne.',
  beneficiaryNameMissing: 'Skriv, hvem der får gavn af målet, når I vælger „Andre“.',
  beneficiary: (who: string) => `Målet gør en forskel for ${who}.`,
  whyMissing: 'Skriv, hvorfor målet betyder noget – hvilken forskel gør det for en borger, og for dem, der skal gøre arbejdet?',
  whyBoilerplate: (why: string, who: string) =>
    `${quote(why)} siger ikke, hvad ${who} vil mærke. Skriv, hvad der bliver anderledes for dem i hverdagen, fx „beboerne møder færre nye ansigter“.`,
  whyCopy: 'Hvorfor-teksten gentager beskrivelsen. Skriv i stedet, hvilken forskel målet gør – fx hvad en borger eller en kollega vil mærke.',
  why: 'I har skrevet, hvorfor målet betyder noget, med andre ord end beskrivelsen.',
  driverMissing: 'Vælg, hvem i ledergruppen der driver forbedringsarbejdet.',
  driverNotMember: 'Den valgte person er ikke medlem af ledergruppen. Vælg en af gruppens medlemmer.',
  driverInactive: (name: string) => `${name} er ikke længere aktiv som bruger. Vælg en anden af gruppens medlemmer til at drive arbejdet.`,
  driver: (name: string) => `${name} driver forbedringsarbejdet.`,
  drivenByEveryone: (text: string) =>
    `${quote(text)} siger ikke, hvem der tager initiativet. Skriv en funktion eller et team, fx „teamlederne i hjemmeplejen“.`,
  drivenBy: (text: string) => `Med i arbejdet: ${text}.`,
};

/** A pasted sentence from the description, or the description with a few words changed. */
export function isCopyOf(why: string, description: string): boolean {
  const w = normalisedText(why);
  const d = normalisedText(description);
  if (!w || !d) return false;
  return d.includes(w) || jaccard(why, description) >= COPY_SIMILARITY;
}

// Answers that name everyone and therefore no one in particular.
const NOBODY_IN_PARTICULAR = new Set(['alle', 'vi', 'os', 'alle sammen', 'os alle', 'vi alle', 'hele huset', 'fælles', 'i fællesskab', 'ingen']);

function beneficiaryRule(goal: GoalDraft): RuleResult {
  if (!goal.beneficiary) return missing('beneficiary', messages.beneficiaryMissing, 'beneficiary');
  const who = groupName(goal.beneficiary);
  if (!who) return missing('beneficiary', messages.beneficiaryNameMissing, 'beneficiaryName');
  return met('beneficiary', messages.beneficiary(who));
}

function whyRule(goal: GoalDraft): RuleResult {
  const why = goal.whyItMatters.trim();
  if (!why) return missing('why', messages.whyMissing, 'whyItMatters');
  if (isBoilerplate(why)) {
    return missing('why', messages.whyBoilerplate(why, groupName(goal.beneficiary) ?? 'borgerne eller medarbejderne'), 'whyItMatters');
  }
  if (isCopyOf(why, goal.description)) return weak('why', messages.whyCopy, 'whyItMatters');
  return met('why', messages.why);
}

function driverRule(goal: GoalDraft, ctx: CheckContext): RuleResult {
  if (goal.driverUserId === null) return missing('driver', messages.driverMissing, 'driverUserId');
  const member = ctx.members.find((m) => m.userId === goal.driverUserId);
  if (!member) return missing('driver', messages.driverNotMember, 'driverUserId');
  if (!member.active) return missing('driver', messages.driverInactive(member.name), 'driverUserId');
  return met('driver', messages.driver(member.name));
}

/** Who else drives the work is optional; when written, it must name someone in particular. */
function drivenByRule(goal: GoalDraft): RuleResult[] {
  const text = goal.drivenBy.trim();
  if (!text) return [];
  if (NOBODY_IN_PARTICULAR.has(normalisedText(text))) return [weak('driven-by', messages.drivenByEveryone(text), 'drivenBy')];
  return [met('driven-by', messages.drivenBy(text))];
}

export function engagingRules(goal: GoalDraft, ctx: CheckContext): RuleResult[] {
  return [beneficiaryRule(goal), whyRule(goal), driverRule(goal, ctx), ...drivenByRule(goal)];
}
