import {
  ACCEPTING_PARTIES,
  PARTY_LABELS,
  RESOURCE_KIND_LABELS,
  RESOURCE_KINDS,
  TARGET_GROUP_KEYS,
  TARGET_GROUP_LABELS,
  type TargetGroupKey,
} from '../../goals/goal.js';
import type { GroupMemberRef } from '../../goals/rules/types.js';
import { findTargetGroup } from '../../goals/rules/specific.js';

/** The wizard's select lists: target groups, parties, resource kinds and the group's members. */

const messages = {
  chooseGroup: 'Vælg gruppe',
  chooseParty: 'Vælg part',
  chooseKind: 'Vælg slags',
  choosePerson: 'Vælg person',
  inactive: (name: string) => `${name} (ikke længere aktiv)`,
  suggestedGroup: (label: string) => `Vi har foreslået „${label}“ ud fra beskrivelsen. Ret det, hvis det ikke passer.`,
};

export interface Option {
  value: string;
  label: string;
  selected: boolean;
}

function options(placeholder: string, entries: readonly (readonly [string, string])[], chosen: unknown): Option[] {
  const value = typeof chosen === 'string' ? chosen : '';
  return [{ value: '', label: placeholder, selected: value === '' }, ...entries.map(([v, label]) => ({ value: v, label, selected: v === value }))];
}

export function targetGroupOptions(chosen: unknown): Option[] {
  return options(messages.chooseGroup, TARGET_GROUP_KEYS.map((k) => [k, TARGET_GROUP_LABELS[k]] as const), chosen);
}

export function partyOptions(chosen: unknown): Option[] {
  return options(messages.chooseParty, ACCEPTING_PARTIES.map((p) => [p, PARTY_LABELS[p]] as const), chosen);
}

export function resourceKindOptions(chosen: unknown): Option[] {
  return options(messages.chooseKind, RESOURCE_KINDS.map((k) => [k, RESOURCE_KIND_LABELS[k]] as const), chosen);
}

/** The group's active members; a chosen driver who is no longer active stays in the list, marked, so the form shows the truth. */
export function driverOptions(members: readonly GroupMemberRef[], chosen: unknown): Option[] {
  const value = typeof chosen === 'string' ? chosen : '';
  const listed = members.filter((m) => m.active || String(m.userId) === value);
  return options(
    messages.choosePerson,
    listed.map((m) => [String(m.userId), m.active ? m.name : messages.inactive(m.name)] as const),
    value,
  );
}

// The word findTargetGroup finds, matched to the list; compounds first ("hjemmeplejeborgere"), "forældre" before "ældre".
const WORD_TO_GROUP: readonly (readonly [RegExp, TargetGroupKey])[] = [
  [/hjemmepleje/u, 'home-care'],
  [/plejecent|plejehjem|beboer/u, 'nursing-home'],
  [/pårørende/u, 'relatives'],
  [/dagtilbud|vuggestue|børnehave|dagpleje/u, 'daycare-children'],
  [/forældre|familie|barn|børn/u, 'children-families'],
  [/medarbejder|ansat|ansatte|personale|kolleg/u, 'employees'],
  [/elev/u, 'pupils'],
  [/^unge/u, 'young'],
  [/ledig/u, 'unemployed'],
  [/ældre|pensionist/u, 'elderly'],
  [/virksomhed/u, 'businesses'],
  [/borger|bruger|patient|klient|kunde/u, 'citizens'],
];

/** The target group the description names, if it is one on the list: a suggestion for a goal without one. */
export function suggestedTargetGroup(description: string): TargetGroupKey | undefined {
  const word = findTargetGroup(description);
  if (!word) return undefined;
  return WORD_TO_GROUP.find(([pattern]) => pattern.test(word))?.[1];
}

/**
 * Step S's target group: what the goal holds, or, when it holds none yet, the group its
 * description names – chosen in the list and said in the hint, so the leader can change it.
 */
export function targetGroupChoice(values: Record<string, unknown>) {
  const chosen = typeof values.targetGroup === 'string' ? values.targetGroup : '';
  const description = typeof values.description === 'string' ? values.description : '';
  const suggestion = chosen === '' ? suggestedTargetGroup(description) : undefined;
  return {
    options: targetGroupOptions(suggestion ?? chosen),
    ...(suggestion && { suggestion: messages.suggestedGroup(TARGET_GROUP_LABELS[suggestion]) }),
  };
}
