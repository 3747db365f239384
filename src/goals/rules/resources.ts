import { formatNumber } from '../../numbers/danish-number.js';
import { resourceField } from '../goal-form.js';
import { RESOURCE_KIND_LABELS, RESOURCE_UNITS, type GoalDraft, type Resource } from '../goal.js';
import { joinDanish, quote } from '../wording.js';
import { isConcreteResource } from './boilerplate.js';
import { met, missing, type RuleResult } from './types.js';

/*
 * R – resources: "med de ressourcer og handlemuligheder, deltagerne har til rådighed".
 * Each row names what is set aside and how much – hours, people, kroner, or a named
 * competence – so "Vi gør vores bedste" is not a resource.
 */

const messages = {
  resourcesMissing: 'Skriv, hvilke ressourcer I sætter af – fx timer, personer eller penge – og hvad I holder op med for at få plads.',
  resources: (list: string) => `I sætter af: ${list}.`,
  resourceVague: (row: number, text: string) =>
    `${quote(text)} i række ${row} er ikke en ressource. Skriv, hvad I sætter af, og hvor meget – fx 2 timer om ugen eller 1 medarbejder i 6 måneder.`,
  resourceEmpty: (row: number) => `Skriv i række ${row}, hvor meget I sætter af, eller beskriv konkret, hvad det er – fx „kursus i rehabilitering for 12 hjælpere“.`,
};

/** "2 timer (om ugen til arbejdsmiljørepræsentanten)"; a row without a unit reads as its description. */
export function resourceText(r: Resource): string {
  const unit = RESOURCE_UNITS[r.kind];
  const what = r.description.trim();
  const number = r.amount === null ? '' : formatNumber(r.amount, Number.isInteger(r.amount) ? 0 : 2);
  if (!unit.many) return [what || RESOURCE_KIND_LABELS[r.kind].toLowerCase(), number && `(${number})`].filter(Boolean).join(' ');
  if (!number) return what;
  const amount = `${number} ${r.amount === 1 ? unit.one : unit.many}`;
  return what ? `${amount} (${what})` : amount;
}

function resourceProblem(r: Resource, index: number): RuleResult | undefined {
  if (r.amount !== null && r.amount > 0) return undefined;
  if (isConcreteResource(r.description)) return undefined;
  const field = resourceField(index, r.description.trim() ? 'description' : 'amount');
  const text = r.description.trim();
  return missing('resource-details', text ? messages.resourceVague(index + 1, text) : messages.resourceEmpty(index + 1), field);
}

export function resourceRules(goal: GoalDraft): RuleResult[] {
  const rows = goal.resources;
  if (rows.length === 0) return [missing('resources', messages.resourcesMissing, resourceField(0, 'kind'))];
  const problems = rows.map(resourceProblem);
  const good = rows.filter((_, i) => problems[i] === undefined);
  const rules: RuleResult[] = good.length > 0 ? [met('resources', messages.resources(joinDanish(good.map(resourceText))))] : [];
  for (const p of problems) if (p) rules.push(p);
  return rules;
}

