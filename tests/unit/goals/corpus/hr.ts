import type { CorpusGoal } from './types.js';

export const hr: CorpusGoal[] = [
  {
    title: 'Bedre trivsel',
    description: 'Vi skal blive bedre til at tage hånd om medarbejderne, så de har det godt.',
    targetGroup: { key: 'employees' },
    whatChanges: 'Medarbejderne skal have det godt.',
    expected: 'mangler',
    hard: 'the goal from issue 9 that used to pass',
  },
  {
    title: 'Arbejdsglæde',
    description: 'Vi vil fremme arbejdsglæden og skabe et godt psykisk arbejdsmiljø, hvor alle føler sig værdsat.',
    targetGroup: { key: 'employees' },
    whatChanges: 'Medarbejderne trives bedre på arbejdet.',
    expected: 'mangler',
  },
  {
    title: 'Alle skal have det godt',
    description: 'Alle medarbejdere skal have det godt på arbejdet, og alle ledere skal være nærværende.',
    targetGroup: { key: 'employees' },
    whatChanges: 'Alle får bedre trivsel.',
    expected: 'mangler',
    hard: '"alle" without anything one could see happen',
  },
  {
    title: 'Fastholdelse af medarbejdere',
    description:
      'Vi mistede 38 medarbejdere i hjemmeplejen sidste år, og det koster både på kvaliteten og økonomien. ' +
      'Vi vil derfor styrke introduktionen af nye kolleger og arbejde målrettet med fastholdelse. ' +
      'Ledergruppen vil desuden prioritere den gode dialog med medarbejderne.',
    targetGroup: { key: 'employees' },
    whatChanges: 'Flere bliver i jobbet.',
    expected: 'mangler',
    hard: 'a long description: the number sits in the first sentence only',
  },
  {
    title: 'Lavere sygefravær i hjemmeplejen',
    description: 'Vi vil mindske sygefraværet i hjemmeplejen gennem tidlige fraværssamtaler og faste teams.',
    targetGroup: { key: 'employees' },
    whatChanges: 'Sygefraværet i hjemmeplejen falder fra 8,1 % til 6,5 %.',
    indicator: 'Sygefravær, hjemmeplejen',
    expected: 'opfyldt',
  },
  {
    title: 'Samtale på fjerde sygedag',
    description: 'For at styrke fastholdelsen får alle sygemeldte medarbejdere en samtale med deres leder senest på fjerde sygedag.',
    targetGroup: { key: 'employees' },
    whatChanges: 'Ingen sygemeldt medarbejder venter mere end fire dage på at høre fra sin leder.',
    expected: 'opfyldt',
    hard: 'the verb comes before "alle" after a fronted clause',
  },
  {
    title: 'God modtagelse af nye kolleger',
    description: 'Vi vil styrke modtagelsen af nye kolleger: alle nyansatte får en mentor fra deres eget team den første dag.',
    targetGroup: { key: 'employees' },
    whatChanges: 'Hver ny medarbejder har en mentor og en introduktionsplan fra første arbejdsdag.',
    expected: 'opfyldt',
  },
  {
    title: 'Lavere personaleomsætning',
    description: 'Personaleomsætningen på plejecentrene skal ned fra 24 % til under 18 % inden udgangen af 2027.',
    targetGroup: { key: 'employees' },
    whatChanges: 'Færre medarbejdere siger op: højst 18 % om året.',
    expected: 'opfyldt',
  },
  {
    title: 'Lederudvikling',
    description: 'Vi vil udvikle vores ledere, så de kan lede med mening og skabe gode resultater.',
    targetGroup: { key: 'leaders' },
    whatChanges: 'Lederne bliver bedre ledere.',
    expected: 'mangler',
    hard: 'written after the checker was tuned, as a held-out check',
  },
  {
    title: 'MUS for alle',
    description: 'Alle medarbejdere har haft en MUS-samtale med deres nærmeste leder inden 1. maj.',
    targetGroup: { key: 'employees' },
    whatChanges: 'Hver medarbejder har en aftalt udviklingsplan.',
    expected: 'opfyldt',
    hard: 'written after the checker was tuned, as a held-out check',
  },
];
