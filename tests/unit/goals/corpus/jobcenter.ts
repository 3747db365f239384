import type { CorpusGoal } from './types.js';

export const jobcenter: CorpusGoal[] = [
  {
    title: 'Flere ledige i job',
    description: 'Jobcentret skal have fokus på at få flere ledige i job og styrke samarbejdet med virksomhederne.',
    targetGroup: { key: 'unemployed' },
    whatChanges: 'Flere ledige kommer i arbejde.',
    expected: 'mangler',
  },
  {
    title: 'Et sammenhængende forløb',
    description: 'Borgerne skal opleve et mere helhedsorienteret og sammenhængende forløb i jobcentret, hvor de bliver mødt med respekt.',
    targetGroup: { key: 'unemployed' },
    whatChanges: 'Et bedre forløb for borgerne.',
    expected: 'mangler',
  },
  {
    title: 'Unge på vej mod uddannelse',
    description:
      'Vi har i dag 230 unge under 30 år på uddannelseshjælp. Dem skal vi arbejde med på en ny måde og højne deres motivation.',
    targetGroup: { key: 'young' },
    whatChanges: 'De unge skal komme tættere på uddannelse.',
    expected: 'mangler',
    hard: 'an age and a count in the first sentence, the vague promise in the second',
  },
  {
    title: 'Effektiv sagsbehandling for sygemeldte',
    description: 'Vi vil optimere sagsgangene og sikre en god og effektiv sagsbehandling for de sygemeldte.',
    targetGroup: { key: 'sick-listed' },
    whatChanges: 'Sagsbehandlingen bliver bedre.',
    expected: 'mangler',
  },
  {
    title: 'Hurtigere i gang',
    description: 'Nyledige skal tilbydes en første samtale senest 7 dage efter tilmelding mod 16 dage i dag.',
    targetGroup: { key: 'unemployed' },
    whatChanges: 'Alle nyledige har haft deres første samtale med en jobkonsulent inden for 7 dage.',
    expected: 'opfyldt',
  },
  {
    title: 'Flere i virksomhedsrettede tilbud',
    description: 'Vi vil øge brugen af virksomhedsrettede tilbud, så 40 % af de aktivitetsparate borgere er i virksomhedspraktik eller løntilskud.',
    targetGroup: { key: 'unemployed' },
    whatChanges: 'Fire ud af ti aktivitetsparate borgere er i et virksomhedsrettet tilbud i stedet for to i dag.',
    expected: 'opfyldt',
    hard: 'numbers written as words',
  },
  {
    title: 'Kortere sygedagpengeforløb',
    description:
      'Vi vil nedbringe varigheden af sygedagpengeforløb ved at styrke den tidlige indsats; det følges i nøgletallet for gennemsnitlig varighed.',
    targetGroup: { key: 'sick-listed' },
    whatChanges: 'Sygemeldte borgere får en plan for tilbagevenden til arbejdet i løbet af de første fire uger.',
    expected: 'opfyldt',
    hard: 'the measure is named in the same sentence as "styrke"',
  },
  {
    title: 'Én fast sagsbehandler',
    description: 'For at skabe mere sammenhæng skal hver borger på sygedagpenge have én fast sagsbehandler gennem hele forløbet.',
    targetGroup: { key: 'sick-listed' },
    whatChanges: 'Borgeren kender sin sagsbehandler og har hans eller hendes direkte telefonnummer.',
    expected: 'opfyldt',
    hard: '"mere sammenhæng" rescued by what every borger gets',
  },
  {
    title: 'Bedre match',
    description: 'Jobcentret vil sikre et bedre match mellem ledige og virksomheder.',
    targetGroup: { key: 'unemployed' },
    whatChanges: 'Flere får job.',
    expected: 'mangler',
    hard: 'written after the checker was tuned, as a held-out check',
  },
  {
    title: 'Kontakt til virksomheder',
    description: 'Hver virksomhedskonsulent besøger mindst 8 nye virksomheder om måneden.',
    targetGroup: { key: 'businesses' },
    whatChanges: 'Virksomhederne kender deres kontaktperson i jobcentret.',
    expected: 'opfyldt',
    hard: 'written after the checker was tuned, as a held-out check',
  },
];
