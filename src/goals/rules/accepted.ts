import { displayDate, isIsoDate, yearsBefore } from '../../periods/calendar-date.js';
import { copenhagenDay } from '../../shared/clock.js';
import { acceptanceField } from '../goal-form.js';
import { partyInSentence, type Acceptance, type GoalDraft } from '../goal.js';
import { normalisedText } from '../text.js';
import { joinDanish, quote } from '../wording.js';
import { MAX_ACCEPTANCE_AGE_YEARS } from './thresholds.js';
import { met, missing, weak, type CheckContext, type RuleResult } from './types.js';

/*
 * A – Accepteret: "Både for patienterne, personalet og politikerne." A party only counts
 * when the group can say in which forum or dialogue it accepted, and on which day, because
 * "medarbejderne er med" without a meeting or a date is a hope, not an acceptance. Every
 * row must be complete: a half-filled row is a claim nobody can check.
 */

const messages = {
  none:
    'Skriv, hvem der har accepteret målet – fx medarbejderne i MED-udvalget eller det politiske udvalg – og hvordan og hvornår.',
  accepted: (list: string) => `Målet er accepteret af ${list}.`,
  otherName: (row: number) => `Skriv, hvem „andre“ er i række ${row}, fx „Ældrerådet“.`,
  howMissing: (who: string) => `Skriv, hvordan ${who} accepterede målet, fx „MED-udvalget godkendte målet“.`,
  howBare: (how: string, who: string) =>
    `${quote(how)} siger ikke, hvordan ${who} accepterede målet. Skriv forummet eller dialogen, fx „MED-udvalget godkendte målet på mødet“.`,
  whenMissing: (who: string) => `Skriv, hvornår ${who} accepterede målet, fx „12. marts 2026“.`,
  whenNotDate: (when: string, who: string) => `${quote(when)} er ikke en dato. Skriv den dag, ${who} accepterede målet, fx „12. marts 2026“.`,
  whenFuture: (when: string, who: string) => `${when} ligger efter i dag. Skriv den dag, ${who} accepterede målet.`,
  whenOld: (when: string, who: string) =>
    `${when} ligger mere end ${MAX_ACCEPTANCE_AGE_YEARS} år før målet blev sat. Tjek årstallet for ${who}.`,
  onlyLeaders:
    'Kun ledergruppen selv står som part. Målet skal også give mening for dem, der skal lave arbejdet eller mærker det – ' +
    'tilføj fx medarbejderne, borgerne eller det politiske udvalg, og skriv, hvordan og hvornår de accepterede målet.',
};

// Answers that say yes but not where or how: "Ok", "Ja", "Godkendt".
const BARE_ASSENT = new Set([
  'ok', 'okay', 'o k', 'ja', 'jo', 'enig', 'enige', 'fint', 'godkendt', 'accepteret', 'er med', 'de er med', 'alle er med',
  'alle er enige', 'sagt ja', 'har sagt ja', 'bakker op', 'opbakning', 'tilslutning', 'mundtligt', 'aftalt',
]);

function dateProblem(when: string, who: string, ctx: CheckContext): string | undefined {
  if (!when.trim()) return messages.whenMissing(who);
  if (!isIsoDate(when, { minYear: 1900 })) return messages.whenNotDate(when.trim(), who);
  const today = copenhagenDay(ctx.today);
  if (when > today) return messages.whenFuture(displayDate(when), who);
  if (when < yearsBefore(copenhagenDay(ctx.createdAt ?? ctx.today), MAX_ACCEPTANCE_AGE_YEARS)) return messages.whenOld(displayDate(when), who);
  return undefined;
}

function rowProblems(a: Acceptance, index: number, ctx: CheckContext): RuleResult[] {
  const who = partyInSentence(a);
  const problems: RuleResult[] = [];
  const problem = (message: string, part: 'otherName' | 'how' | 'when') =>
    problems.push(missing('acceptance-details', message, acceptanceField(index, part)));
  if (a.party === 'other' && !(a.otherName ?? '').trim()) problem(messages.otherName(index + 1), 'otherName');
  const how = a.how.trim();
  if (!how) problem(messages.howMissing(who), 'how');
  else if (BARE_ASSENT.has(normalisedText(how))) problem(messages.howBare(how, who), 'how');
  const when = dateProblem(a.when, who, ctx);
  if (when) problem(when, 'when');
  return problems;
}

function describe(a: Acceptance): string {
  return `${partyInSentence(a)} (${a.how.trim()}, ${displayDate(a.when)})`;
}

export function acceptedRules(goal: GoalDraft, ctx: CheckContext): RuleResult[] {
  const list = goal.acceptances;
  const spareRow = acceptanceField(list.length, 'party');
  if (list.length === 0) return [missing('accepted-by', messages.none, spareRow)];
  const problems = list.map((a, i) => rowProblems(a, i, ctx));
  const complete = list.filter((_, i) => problems[i]!.length === 0);
  const rules: RuleResult[] = [];
  if (complete.length > 0) rules.push(met('accepted-by', messages.accepted(joinDanish(complete.map(describe)))));
  rules.push(...problems.flat());
  if (list.every((a) => a.party === 'leader-group')) rules.push(weak('beyond-leader-group', messages.onlyLeaders, spareRow));
  return rules;
}
