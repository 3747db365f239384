import type { CorpusGoal } from './types.js';

export const sundhed: CorpusGoal[] = [
  {
    title: 'Sundere borgere',
    description: 'Vi vil fremme sundheden blandt borgerne og styrke den forebyggende indsats.',
    targetGroup: { key: 'citizens' },
    whatChanges: 'Borgerne lever sundere.',
    expected: 'mangler',
  },
  {
    title: 'Forebyggelse i nærmiljøet',
    description: 'Sundhedscentret skal arbejde tættere sammen med de praktiserende læger og sikre sammenhæng i borgernes forløb.',
    targetGroup: { key: 'citizens' },
    whatChanges: 'Et mere sammenhængende forløb for borgerne.',
    expected: 'mangler',
  },
  {
    title: 'Rygestop for kronikere',
    description: 'I løbet af 2027 vil vi øge indsatsen for rygestop blandt borgere med kronisk sygdom.',
    targetGroup: { key: 'other', name: 'borgere med kronisk sygdom' },
    whatChanges: 'Flere borgere med kronisk sygdom stopper med at ryge.',
    expected: 'mangler',
    hard: 'a year is not a quantity',
  },
  {
    title: 'Mental sundhed blandt unge',
    description: 'Vi vil have særligt fokus på unges mentale sundhed og understøtte dem, der har det svært.',
    targetGroup: { key: 'young' },
    whatChanges: 'De unge får det bedre.',
    expected: 'mangler',
  },
  {
    title: 'Genoptræning uden ventetid',
    description: 'Borgere, der udskrives med en genoptræningsplan, skal starte genoptræning senest 7 dage efter udskrivelsen.',
    targetGroup: { key: 'citizens' },
    whatChanges: 'Ingen borgere venter mere end 7 dage på at starte genoptræning.',
    expected: 'opfyldt',
  },
  {
    title: 'Forebyggelse af tryksår',
    description: 'Vi vil forebygge tryksår hos sengeliggende borgere i hjemmesygeplejen.',
    targetGroup: { key: 'home-care' },
    whatChanges: 'Alle sengeliggende borgere har en trykaflastende madras inden for et døgn efter visitationen.',
    indicator: 'Nye tryksår, hjemmesygeplejen',
    expected: 'opfyldt',
  },
  {
    title: 'Styrkelse af diabetesforløb',
    description:
      'Styrkelsen af diabetesforløbene skal betyde, at andelen af borgere med type 2-diabetes, der får en årskontrol, stiger til 90 %.',
    targetGroup: { key: 'other', name: 'borgere med type 2-diabetes' },
    whatChanges: 'Ni ud af ti borgere med type 2-diabetes får en årlig kontrol.',
    expected: 'opfyldt',
    hard: 'the noun "styrkelsen" is an inflection of "styrke"',
  },
  {
    title: 'Færre indlæggelser fra plejecentre',
    description:
      'Beboere på plejecentrene bliver for ofte indlagt med tilstande, der kunne være behandlet på stedet. ' +
      'Vi vil derfor styrke den tidlige opsporing, så alle beboere får målt blodtryk, puls og temperatur hver uge. ' +
      'Antallet af forebyggelige indlæggelser skal ned fra 64 til 40 om året.',
    targetGroup: { key: 'nursing-home' },
    whatChanges: 'Beboerne bliver behandlet på plejecentret i stedet for at blive indlagt: højst 40 forebyggelige indlæggelser om året.',
    expected: 'opfyldt',
    hard: 'a long description where every sentence with a vague verb is pinned down',
  },
  {
    title: 'Sikker medicinhåndtering',
    description: 'Vi vil højne patientsikkerheden ved medicinhåndtering i hjemmeplejen.',
    targetGroup: { key: 'home-care' },
    whatChanges: 'Færre fejl med medicin.',
    expected: 'mangler',
    hard: 'written after the checker was tuned, as a held-out check',
  },
  {
    title: 'Færre medicinfejl',
    description: 'Antallet af utilsigtede hændelser med medicin skal halveres fra 120 til 60 om året.',
    targetGroup: { key: 'home-care' },
    whatChanges: 'Borgerne får den rigtige medicin til tiden.',
    expected: 'opfyldt',
    hard: 'written after the checker was tuned, as a held-out check',
  },
];
