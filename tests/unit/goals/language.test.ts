import { describe, expect, it } from 'vitest';
import { isBoilerplate, isConcreteResource } from '../../../src/goals/rules/boilerplate.js';
import { anchorOf, findVagueWords, sentencesOf, type Anchor } from '../../../src/goals/rules/language.js';

describe('vague phrases in their Danish inflections', () => {
  it.each([
    ['Trivslen skal styrkes.', ['styrkes']],
    ['Vi har styrket samarbejdet.', ['styrket']],
    ['En styrkelse af fællesskabet.', ['styrkelse']],
    ['Forbedringer i plejen.', ['forbedringer']],
    ['Arbejdsgangene optimeres.', ['optimeres']],
    ['Kvaliteten er højnet.', ['højnet']],
    ['Vi løftede opgaven.', ['løftede']],
    ['Et øget samarbejde.', ['øget']],
    ['Vi arbejder målrettet med trivsel.', ['arbejder målrettet med']],
    ['Lederne satte fokus på samarbejdet.', ['satte fokus på']],
    ['Vi tager hånd om de nye.', ['tager hånd om']],
    ['Børnene skal få det bedre.', ['få det bedre']],
  ])('finds the vague phrase in "%s"', (text, vague) => {
    expect(findVagueWords(text)).toEqual(vague);
  });

  it.each([
    'Sikkerheden er i orden.',
    'Udviklingshæmmede borgere går på tur.',
    'Vi godkendte planen.',
    'Adgangskort med mere er klar.',
    'Højst 10 hjælpere, ikke mere end det.',
  ])('does not take "%s" for vague', (text) => {
    expect(findVagueWords(text)).toEqual([]);
  });
});

describe('what pins a sentence down', () => {
  it.each<[string, Anchor | undefined]>([
    ['Vi vil styrke trivslen, så sygefraværet falder til 6 %.', 'tal'],
    ['Vi vil halvere ventetiden.', 'tal'],
    ['Vi vil styrke trivslen målt i den årlige trivselsmåling.', 'indikator'],
    ['Vi vil forbedre fremmødet.', 'indikator'],
    ['Vi vil styrke kontinuiteten, så alle borgere får en fast kontaktperson.', 'adfærd'],
    ['For at styrke fastholdelsen får alle nyansatte en mentor.', 'adfærd'],
    ['Vi vil styrke trivslen inden 1. juni 2027.', undefined],
    ['Eleverne i 9. klasse skal styrkes.', undefined],
    ['Børn på 3 år skal have et bedre sprog.', undefined],
    ['Vi vil løfte kvaliteten inden for de næste to år.', undefined],
    ['Alle medarbejdere skal have det godt.', undefined],
    ['Alle borgere får en bedre hverdag.', undefined],
    ['Alle børn får bedre sprog.', undefined],
  ])('"%s" → %s', (sentence, anchor) => {
    expect(anchorOf(sentence)).toBe(anchor);
  });

  it('uses the chosen indicator’s name as well', () => {
    expect(anchorOf('Vi vil forbedre kontinuiteten.')).toBeUndefined();
    expect(anchorOf('Vi vil forbedre kontinuiteten.', ['Kontinuitet i hjemmeplejen'])).toBe('indikator');
  });

  it('reads each line of a bulleted list as its own sentence', () => {
    expect(sentencesOf('Vi vil:\n- styrke trivslen\n- halvere ventetiden')).toEqual(['Vi vil:', 'styrke trivslen', 'halvere ventetiden']);
  });
});

describe('boilerplate', () => {
  it.each([
    ['Det er vigtigt', true],
    ['Det giver mening.', true],
    ['For borgernes skyld', true],
    ['Det er vigtigt for os alle, og det giver god mening.', true],
    ['Beboerne får ro om morgenen.', false],
    ['Det er vigtigt, fordi borgerne venter tre uger på hjælp i dag.', false],
  ])('"%s" says nothing concrete: %s', (text, boilerplate) => {
    expect(isBoilerplate(text)).toBe(boilerplate);
  });

  it.each([
    ['Vi gør vores bedste', false],
    ['Inden for den eksisterende ramme', false],
    ['Vi prioriterer det højt', false],
    ['2 timer om ugen', true],
    ['Kursus i motiverende samtale', true],
    ['Den digitale ansøgning tages i brug', true],
  ])('"%s" is a concrete resource: %s', (text, concrete) => {
    expect(isConcreteResource(text)).toBe(concrete);
  });
});
