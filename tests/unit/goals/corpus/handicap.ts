import type { CorpusGoal } from './types.js';

export const handicap: CorpusGoal[] = [
  {
    title: 'Selvbestemmelse',
    description: 'Borgere med handicap skal have større indflydelse på eget liv, og vi vil styrke den recoveryorienterede tilgang.',
    targetGroup: { key: 'disabilities' },
    whatChanges: 'Borgerne oplever mere selvbestemmelse.',
    expected: 'mangler',
  },
  {
    title: 'Meningsfuld hverdag i bofællesskaberne',
    description: 'Beboerne i bofællesskaberne skal have en meningsfuld hverdag med gode aktiviteter.',
    targetGroup: { key: 'disabilities' },
    whatChanges: 'Beboerne får en bedre hverdag.',
    expected: 'mangler',
  },
  {
    title: 'Tryghed i botilbuddet',
    description: 'Vi vil ikke acceptere, at beboerne oplever utryghed, og vi skal derfor sikre en tryg hverdag for alle.',
    targetGroup: { key: 'disabilities' },
    whatChanges: 'Ingen beboere skal føle sig utrygge.',
    expected: 'mangler',
    hard: 'a negation and "alle" that still promise nothing one could see',
  },
  {
    title: 'Samarbejde med de pårørende',
    description: 'Vi vil styrke samarbejdet med de pårørende og tage hånd om deres bekymringer.',
    targetGroup: { key: 'relatives' },
    whatChanges: 'De pårørende føler sig bedre inddraget.',
    expected: 'mangler',
  },
  {
    title: 'Færre magtanvendelser',
    description: 'Vi vil reducere antallet af magtanvendelser på botilbuddet gennem faste pædagogiske handleplaner.',
    targetGroup: { key: 'disabilities' },
    whatChanges: 'Magtanvendelserne falder fra 31 til højst 15 om året.',
    expected: 'opfyldt',
  },
  {
    title: 'Egen handleplan',
    description:
      'For at styrke borgernes indflydelse får alle beboere en handleplan, som de selv har været med til at skrive, inden 1. marts.',
    targetGroup: { key: 'disabilities' },
    whatChanges: 'Hver beboer har en handleplan med egne mål, som gennemgås med kontaktpersonen hver tredje måned.',
    expected: 'opfyldt',
    hard: 'observable behaviour with the verb before "alle"',
  },
  {
    title: 'Job til borgere med handicap',
    description: 'Antallet af borgere med handicap i fleksjob eller skånejob skal øges fra 112 til 140.',
    targetGroup: { key: 'disabilities' },
    whatChanges: '28 flere borgere med handicap har et job.',
    expected: 'opfyldt',
  },
  {
    title: 'Ventetid på hjælpemidler',
    description: 'Ventetiden på hjælpemidler skal halveres, så borgerne kan sikre sig hjælpen hurtigere.',
    targetGroup: { key: 'disabilities' },
    whatChanges: 'Borgerne får deres hjælpemiddel inden for 4 uger mod 8 uger i dag.',
    expected: 'opfyldt',
    hard: '"halveres" is a quantity without digits',
  },
];
