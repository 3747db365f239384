import { acceptanceField } from '../goal-form.js';
import { partyInSentence, type Acceptance, type GoalDraft } from '../goal.js';
import { joinDanish } from '../wording.js';
import { met, missing, weak, type RuleResult, type Verdict } from './types.js';

/*
 * A – Accepteret: "Både for patienterne, personalet og politikerne." A party only counts
 * when the group can say how and when it accepted, because "medarbejderne er med" without
 * a meeting or a date is a hope, not an acceptance.
 */

function isComplete(a: Acceptance): boolean {
  return a.how.trim() !== '' && a.when.trim() !== '' && (a.party !== 'other' || (a.otherName ?? '').trim() !== '');
}

function detailProblems(a: Acceptance, index: number, verdict: Verdict): RuleResult[] {
  const make = verdict === 'mangler' ? missing : weak;
  const who = partyInSentence(a);
  const problems: RuleResult[] = [];
  if (a.party === 'other' && !(a.otherName ?? '').trim()) {
    problems.push(make('acceptance-details', `Skriv, hvem „andre“ er i række ${index + 1}, fx „Ældrerådet“.`, acceptanceField(index, 'otherName')));
  }
  if (!a.how.trim()) {
    problems.push(
      make('acceptance-details', `Skriv, hvordan ${who} accepterede målet, fx „MED-udvalget godkendte målet“.`, acceptanceField(index, 'how')),
    );
  }
  if (!a.when.trim()) {
    problems.push(make('acceptance-details', `Skriv, hvornår ${who} accepterede målet, fx „12. marts 2026“.`, acceptanceField(index, 'when')));
  }
  return problems;
}

function describe(a: Acceptance): string {
  return `${partyInSentence(a)} (${a.how.trim()}, ${a.when.trim()})`;
}

export function acceptedRules(goal: GoalDraft): RuleResult[] {
  const list = goal.acceptances;
  const spareRow = acceptanceField(list.length, 'party');
  if (list.length === 0) {
    return [
      missing(
        'accepted-by',
        'Skriv, hvem der har accepteret målet – fx medarbejderne i MED-udvalget eller det politiske udvalg – og hvordan og hvornår.',
        spareRow,
      ),
    ];
  }
  const complete = list.filter(isComplete);
  // With one complete party the goal is accepted; the gaps elsewhere only weaken it.
  const gapVerdict: Verdict = complete.length > 0 ? 'kan styrkes' : 'mangler';
  const rules: RuleResult[] = [];
  if (complete.length > 0) {
    rules.push(met('accepted-by', `Målet er accepteret af ${joinDanish(complete.map(describe))}.`));
  }
  list.forEach((a, i) => rules.push(...detailProblems(a, i, gapVerdict)));
  if (list.every((a) => a.party === 'leader-group')) {
    rules.push(
      weak(
        'beyond-leader-group',
        `Kun ledergruppen selv står som part. Målet skal også give mening for dem, der skal lave arbejdet eller mærker det – ` +
          'tilføj fx medarbejderne, borgerne eller det politiske udvalg, og skriv, hvordan og hvornår de accepterede målet.',
        spareRow,
      ),
    );
  }
  return rules;
}
