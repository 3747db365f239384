import type { CorpusGoal } from './types.js';

export const dagtilbud: CorpusGoal[] = [
  {
    title: 'Styrket sprogarbejde',
    description: 'Vi vil styrke børnenes sprogudvikling i alle vores børnehaver og arbejde mere systematisk med sprog i hverdagen.',
    targetGroup: { key: 'daycare-children' },
    whatChanges: 'Børnene får et bedre sprog, når de starter i skole.',
    expected: 'mangler',
    hard: '"får et bedre sprog" looks like something handed over, but the thing is vague',
  },
  {
    title: 'Gode overgange',
    description: 'Overgangen fra vuggestue til børnehave skal være god og tryg for både børn og forældre.',
    targetGroup: { key: 'children-families' },
    whatChanges: 'Børn og forældre oplever en mere sammenhængende overgang.',
    expected: 'mangler',
  },
  {
    title: 'Inkluderende fællesskaber',
    description:
      'Alle børn skal opleve at være en del af fællesskabet. Vi vil højne den pædagogiske kvalitet og understøtte de børn, der har brug for det.',
    targetGroup: { key: 'daycare-children' },
    whatChanges: 'Flere børn skal trives i fællesskabet.',
    expected: 'mangler',
  },
  {
    title: 'Færre vikarer på stuerne',
    description: 'Vi skal ikke blive ved med at bruge så mange vikarer; forældrene skal møde flere kendte voksne.',
    targetGroup: { key: 'children-families' },
    whatChanges: 'Færre vikarer og mere ro på stuerne.',
    expected: 'mangler',
    hard: 'a negation that does not make the goal any more concrete',
  },
  {
    title: 'Sprogvurdering af alle treårige',
    description: 'Alle børn i vores børnehaver får en sprogvurdering inden for tre måneder efter deres tredje fødselsdag.',
    targetGroup: { key: 'daycare-children' },
    whatChanges: 'Hvert barn har en sprogvurdering og en plan for sprogarbejdet, som forældrene kender.',
    expected: 'opfyldt',
  },
  {
    title: 'Færre børn pr. voksen',
    description: 'Normeringen i vuggestuerne skal forbedres fra 3,4 til 3,0 børn pr. voksen i gennemsnit over året.',
    targetGroup: { key: 'daycare-children' },
    whatChanges: 'Der er højst 3,0 børn pr. voksen i vuggestuerne.',
    expected: 'opfyldt',
    hard: '"forbedres" (passive) rescued by numbers in the same sentence',
  },
  {
    title: 'Kortere ventetid på plads',
    description: 'Vi vil reducere ventetiden på en plads i dagtilbud for familier, der flytter til kommunen.',
    targetGroup: { key: 'children-families' },
    whatChanges: 'Familierne kender datoen for deres barns første dag, når de har søgt om plads.',
    indicator: 'Ventetid på plads',
    expected: 'opfyldt',
    hard: 'the indicator "ventetid" is named, inflected as "ventetiden"',
  },
  {
    title: 'Fremmøde og overgang til skole',
    description:
      'Forældre til børn med mere end 20 % fravær inviteres til en samtale med pædagogen. Alle børn har en overgangsplan, når de starter i skole.',
    targetGroup: { key: 'children-families' },
    whatChanges: 'Hvert barn med højt fravær har en aftale med forældrene om fremmøde.',
    expected: 'opfyldt',
  },
  {
    title: 'Udeliv i dagplejen',
    description: 'Dagplejerne skal prioritere udelivet og give børnene gode naturoplevelser.',
    targetGroup: { key: 'daycare-children' },
    whatChanges: 'Børnene er mere ude.',
    expected: 'mangler',
    hard: 'written after the checker was tuned, as a held-out check',
  },
  {
    title: 'Ude hver dag',
    description: 'Børnene i vuggestuen er ude mindst en time hver dag hele året.',
    targetGroup: { key: 'daycare-children' },
    whatChanges: 'Alle børn kommer ud hver dag, også om vinteren.',
    expected: 'opfyldt',
    hard: 'written after the checker was tuned, as a held-out check',
  },
];
