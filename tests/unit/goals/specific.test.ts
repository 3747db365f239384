import { describe, expect, it } from 'vitest';
import { findTargetGroup, findVagueWords, specificRules } from '../../../src/goals/rules/specific.js';
import type { RuleResult, Verdict } from '../../../src/goals/smarte-check.js';
import type { GoalDraft } from '../../../src/goals/goal.js';
import { context, goodGoal, ruleNamed } from './fixtures.js';

const check = (goal: GoalDraft) => specificRules(goal, context());

describe('S – title', () => {
  it.each<{ behaviour: string; title: string; verdict: Verdict; message: string }>([
    {
      behaviour: 'accepts a goal with a title and repeats it',
      title: 'Færre sygedage på Solgården',
      verdict: 'opfyldt',
      message: 'Målet har titlen „Færre sygedage på Solgården“.',
    },
    {
      behaviour: 'reports a blank title as missing and suggests one',
      title: '   ',
      verdict: 'mangler',
      message: 'Giv målet en kort titel, som alle kan genkende, fx „Færre sygedage i hjemmeplejen“.',
    },
  ])('$behaviour', ({ title, verdict, message }) => {
    const result = ruleNamed(check(goodGoal({ title })), 'title');
    expect(result).toEqual(verdict === 'opfyldt' ? { rule: 'title', verdict, message } : { rule: 'title', verdict, message, field: 'title' });
  });
});

describe('S – description length', () => {
  it.each<{ behaviour: string; description: string; verdict: Verdict; message: string }>([
    {
      behaviour: 'asks for a description when it is empty',
      description: '',
      verdict: 'mangler',
      message: 'Beskriv målet: hvad skal ændre sig, og for hvem?',
    },
    {
      behaviour: 'says how short a one-line description is',
      description: 'Sygefraværet skal ned.',
      verdict: 'mangler',
      message: 'Beskrivelsen er kun 22 tegn. Skriv mindst en hel sætning om, hvad der skal ændre sig, og for hvem.',
    },
    {
      behaviour: 'accepts a description of a full sentence',
      description: 'Ventetiden på genoptræning skal ned fra 28 til 14 dage for borgerne efter en hofteoperation.',
      verdict: 'opfyldt',
      message: 'Beskrivelsen er lang nok til at sige, hvad der skal ændre sig.',
    },
  ])('$behaviour', ({ description, verdict, message }) => {
    const result = ruleNamed(check(goodGoal({ description })), 'description');
    expect(result.verdict).toBe(verdict);
    expect(result.message).toBe(message);
  });

  it('skips the vague-word check of an empty description, so the group gets one clear message about it', () => {
    const rules = check(goodGoal({ description: ' ' }));
    expect(rules.filter((r) => r.field === 'description').map((r) => r.rule)).toEqual(['description']);
  });
});

describe('S – target group found in free text (a suggestion for the form)', () => {
  it.each<{ behaviour: string; description: string; group: string | undefined }>([
    {
      behaviour: 'finds "borgerne" as the group',
      description: 'Ventetiden på genoptræning skal ned fra 28 til 14 dage for borgerne efter en hofteoperation.',
      group: 'borgerne',
    },
    {
      behaviour: 'finds a group inside a compound word',
      description: 'Flere skoleelever i 9. klasse skal have mindst 7 i dansk ved afgangsprøven.',
      group: 'skoleelever',
    },
    {
      behaviour: 'accepts "for <noun in plural>" for a group that is not on the list',
      description: 'Ventetiden på reparationer skal halveres for lejerne i kommunens boliger.',
      group: 'lejerne',
    },
    {
      behaviour: 'does not take the verb "bruger" for the group "brugere"',
      description: 'Vi bruger mindre tid på dokumentation, så der bliver tid til faglig sparring hver uge.',
      group: undefined,
    },
    {
      behaviour: 'does not take "inden for et år" for a group',
      description: 'Sagsbehandlingstiden på byggesager skal ned fra 45 til 30 dage inden for et år.',
      group: undefined,
    },
  ])('$behaviour', ({ description, group }) => {
    expect(findTargetGroup(description)).toBe(group);
  });
});

describe('S – the structured answers: for whom, what changes, what shows it', () => {
  it.each<{ behaviour: string; goal: Partial<GoalDraft>; rule: string; expected: Omit<RuleResult, 'rule'> }>([
    {
      behaviour: 'asks who the goal is for when no group is chosen, even if the description names one',
      goal: { targetGroup: null },
      rule: 'target-group',
      expected: {
        verdict: 'mangler',
        message: 'Vælg, hvem målet gælder for – fx ældre borgere, elever eller medarbejdere – eller skriv selv gruppen.',
        field: 'targetGroup',
      },
    },
    {
      behaviour: 'asks for the group’s name when "Andre" is chosen without one',
      goal: { targetGroup: { key: 'other', name: ' ' } },
      rule: 'target-group',
      expected: {
        verdict: 'mangler',
        message: 'Skriv, hvem målet gælder for, når I vælger „Andre“ – fx „borgere på genoptræningsholdet“.',
        field: 'targetGroupName',
      },
    },
    {
      behaviour: 'names a group written in the group’s own words',
      goal: { targetGroup: { key: 'other', name: 'borgere på genoptræningsholdet' } },
      rule: 'target-group',
      expected: { verdict: 'opfyldt', message: 'Målet gælder for borgere på genoptræningsholdet.' },
    },
    {
      behaviour: 'names a group from the list in lower case',
      goal: { targetGroup: { key: 'elderly' } },
      rule: 'target-group',
      expected: { verdict: 'opfyldt', message: 'Målet gælder for ældre borgere.' },
    },
    {
      behaviour: 'asks what changes for the chosen group',
      goal: { targetGroup: { key: 'pupils' }, whatChanges: '' },
      rule: 'what-changes',
      expected: {
        verdict: 'mangler',
        message:
          'Skriv, hvad der skal være anderledes for elever, når målet er nået – fx „de møder højst 8 forskellige hjælpere på 14 dage“.',
        field: 'whatChanges',
      },
    },
    {
      behaviour: 'lets the goal’s indicator show the change when no other evidence is written',
      goal: { evidence: '' },
      rule: 'evidence',
      expected: { verdict: 'opfyldt', message: 'Indikatoren „Sygefravær, Solgården“ viser, om det er lykkedes.' },
    },
    {
      behaviour: 'asks what shows the change when there is neither evidence nor an indicator',
      goal: { evidence: '', indicatorId: null },
      rule: 'evidence',
      expected: {
        verdict: 'mangler',
        message:
          'Skriv, hvad der viser, at det er lykkedes: en indikator eller noget, man kan se ske, fx „alle borgere har en fast kontaktperson“.',
        field: 'evidence',
      },
    },
    {
      behaviour: 'accepts an observable behaviour without numbers as evidence',
      goal: { evidence: 'Alle borgere får en fast kontaktperson inden 1. juni.', indicatorId: null },
      rule: 'evidence',
      expected: { verdict: 'opfyldt', message: 'Det, der viser ændringen: „Alle borgere får en fast kontaktperson inden 1. juni“.' },
    },
    {
      behaviour: 'rejects evidence that nobody could check',
      goal: { evidence: 'Det kan vi mærke på stemningen.', indicatorId: null },
      rule: 'evidence',
      expected: {
        verdict: 'mangler',
        message:
          '„Det kan vi mærke på stemningen.“ viser ikke, om det er lykkedes. Skriv et tal, en indikator eller noget, man kan se ske, ' +
          'fx „alle borgere har en fast kontaktperson“.',
        field: 'evidence',
      },
    },
    {
      behaviour: 'judges what changes sentence by sentence, like the description',
      goal: { whatChanges: 'Medarbejderne skal have det godt.' },
      rule: 'vague-what-changes',
      expected: {
        verdict: 'mangler',
        message:
          '„have det godt“ siger ikke, hvad der konkret skal ændre sig (i sætningen „Medarbejderne skal have det godt.“). ' +
          'Skriv i samme sætning et tal, en indikator eller noget, man kan se ske – fx hvad medarbejdere vil opleve.',
        field: 'whatChanges',
      },
    },
  ])('$behaviour', ({ goal, rule, expected }) => {
    expect(ruleNamed(check(goodGoal(goal)), rule)).toEqual({ rule, ...expected });
  });
});

describe('S – vague words', () => {
  it.each<{ behaviour: string; description: string; vague: string[]; message: string | undefined }>([
    {
      behaviour: 'names "styrke" and "forbedre" and points at what the group would experience',
      description: 'Vi vil styrke og forbedre samarbejdet med de pårørende på plejecentrene.',
      vague: ['styrke', 'forbedre'],
      message:
        '„styrke“ og „forbedre“ siger ikke, hvad der konkret skal ændre sig ' +
        '(i sætningen „Vi vil styrke og forbedre samarbejdet med de pårørende på plejecentrene.“). ' +
        'Skriv i samme sætning et tal, en indikator eller noget, man kan se ske – fx hvad pårørende vil opleve.',
    },
    {
      behaviour: 'names multi-word phrases such as "arbejde med" and "fokus på"',
      description: 'Lederne skal arbejde med trivsel og have fokus på arbejdsglæden i teamet.',
      vague: ['arbejde med', 'fokus på'],
      message:
        '„arbejde med“ og „fokus på“ siger ikke, hvad der konkret skal ændre sig ' +
        '(i sætningen „Lederne skal arbejde med trivsel og have fokus på arbejdsglæden i teamet.“). ' +
        'Skriv i samme sætning et tal, en indikator eller noget, man kan se ske – fx hvad pårørende vil opleve.',
    },
    {
      behaviour: 'accepts a vague verb tied to numbers in the same sentence',
      description: 'Vi vil øge andelen af borgere, der højst møder 10 forskellige hjælpere, fra 62 % til 75 %.',
      vague: [],
      message: undefined,
    },
    {
      behaviour: 'still flags a vague sentence next to a concrete one',
      description: 'Ventetiden skal ned fra 28 til 14 dage for borgerne. Vi vil også styrke kvaliteten.',
      vague: ['styrke'],
      message:
        '„styrke“ siger ikke, hvad der konkret skal ændre sig (i sætningen „Vi vil også styrke kvaliteten.“). ' +
        'Skriv i samme sætning et tal, en indikator eller noget, man kan se ske – fx hvad pårørende vil opleve.',
    },
    {
      behaviour: 'accepts "halveres" as a concrete change without digits',
      description: 'Ventetiden på hjælpemidler skal halveres, så borgerne kan sikre sig hjælpen hurtigere.',
      vague: [],
      message: undefined,
    },
    {
      behaviour: 'does not flag words that only begin like a vague verb',
      description: 'Voksne udviklingshæmmede borgere i bofællesskaberne skal på tur ud af huset hver uge.',
      vague: [],
      message: undefined,
    },
  ])('$behaviour', ({ description, vague, message }) => {
    expect(findVagueWords(description)).toEqual(vague);
    const result = ruleNamed(check(goodGoal({ description, targetGroup: { key: 'relatives' } })), 'vague-words');
    if (message) {
      expect(result).toEqual({ rule: 'vague-words', verdict: 'mangler', message, field: 'description' });
    } else {
      expect(result.verdict).toBe('opfyldt');
    }
  });
});
