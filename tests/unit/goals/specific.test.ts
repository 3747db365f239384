import { describe, expect, it } from 'vitest';
import { findTargetGroup, findVagueWords, specificRules } from '../../../src/goals/rules/specific.js';
import type { Verdict } from '../../../src/goals/smarte-check.js';
import { goodGoal, ruleNamed } from './fixtures.js';

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
    const result = ruleNamed(specificRules(goodGoal({ title })), 'title');
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
    const result = ruleNamed(specificRules(goodGoal({ description })), 'description');
    expect(result.verdict).toBe(verdict);
    expect(result.message).toBe(message);
  });

  it('skips the word checks when there is no description, so the group gets one clear message', () => {
    expect(specificRules(goodGoal({ description: ' ' })).map((r) => r.rule)).toEqual(['title', 'description']);
  });
});

describe('S – target group', () => {
  it.each<{ behaviour: string; description: string; group: string | undefined; verdict: Verdict }>([
    {
      behaviour: 'finds "borgerne" as the group',
      description: 'Ventetiden på genoptræning skal ned fra 28 til 14 dage for borgerne efter en hofteoperation.',
      group: 'borgerne',
      verdict: 'opfyldt',
    },
    {
      behaviour: 'finds a group inside a compound word',
      description: 'Flere skoleelever i 9. klasse skal have mindst 7 i dansk ved afgangsprøven.',
      group: 'skoleelever',
      verdict: 'opfyldt',
    },
    {
      behaviour: 'accepts "for <noun in plural>" for a group that is not on the list',
      description: 'Ventetiden på reparationer skal halveres for lejerne i kommunens boliger.',
      group: 'lejerne',
      verdict: 'opfyldt',
    },
    {
      behaviour: 'does not take the verb "bruger" for the group "brugere"',
      description: 'Vi bruger mindre tid på dokumentation, så der bliver tid til faglig sparring hver uge.',
      group: undefined,
      verdict: 'kan styrkes',
    },
    {
      behaviour: 'does not take "inden for et år" for a group',
      description: 'Sagsbehandlingstiden på byggesager skal ned fra 45 til 30 dage inden for et år.',
      group: undefined,
      verdict: 'kan styrkes',
    },
  ])('$behaviour', ({ description, group, verdict }) => {
    expect(findTargetGroup(description)).toBe(group);
    const result = ruleNamed(specificRules(goodGoal({ description })), 'target-group');
    expect(result.verdict).toBe(verdict);
    if (group) expect(result.message).toBe(`Beskrivelsen siger, hvem målet gælder: „${group}“.`);
    else {
      expect(result.message).toMatch(/^Beskrivelsen siger ikke, hvem målet gælder\. Skriv fx „for borgerne/);
      expect(result.field).toBe('description');
    }
  });
});

describe('S – vague words', () => {
  it.each<{ behaviour: string; description: string; vague: string[]; message: string | undefined }>([
    {
      behaviour: 'names "styrke" and "forbedre" and points at what the group would experience',
      description: 'Vi vil styrke og forbedre samarbejdet med de pårørende på plejecentrene.',
      vague: ['styrke', 'forbedre'],
      message:
        '„styrke“ og „forbedre“ siger ikke, hvad der konkret skal ændre sig. ' +
        'Skriv fx, hvad pårørende vil opleve, eller hvilket tal der skal flytte sig.',
    },
    {
      behaviour: 'names multi-word phrases such as "arbejde med" and "fokus på"',
      description: 'Lederne skal arbejde med trivsel og have fokus på arbejdsglæden i teamet.',
      vague: ['arbejde med', 'fokus på'],
      message:
        '„arbejde med“ og „fokus på“ siger ikke, hvad der konkret skal ændre sig. ' +
        'Skriv fx, hvad borgerne eller medarbejderne vil opleve, eller hvilket tal der skal flytte sig.',
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
        '„styrke“ siger ikke, hvad der konkret skal ændre sig. Skriv fx, hvad borgerne vil opleve, eller hvilket tal der skal flytte sig.',
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
    const result = ruleNamed(specificRules(goodGoal({ description })), 'vague-words');
    if (message) {
      expect(result).toEqual({ rule: 'vague-words', verdict: 'kan styrkes', message, field: 'description' });
    } else {
      expect(result.verdict).toBe('opfyldt');
    }
  });
});
