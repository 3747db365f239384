import type { CorpusGoal } from './types.js';

export const aeldrepleje: CorpusGoal[] = [
  {
    title: 'Bedre trivsel for beboerne',
    description: 'Vi vil styrke beboernes trivsel på plejecentrene og sætte fokus på det gode liv i hverdagen.',
    targetGroup: { key: 'nursing-home' },
    whatChanges: 'Beboerne skal have det godt og opleve en meningsfuld hverdag.',
    expected: 'mangler',
  },
  {
    title: 'Mere rehabilitering i hjemmeplejen',
    description:
      'Hjemmeplejen skal arbejde mere rehabiliterende, så borgerne bliver mere selvhjulpne. Vi har i dag 412 borgere med praktisk hjælp.',
    targetGroup: { key: 'home-care' },
    whatChanges: 'Flere borgere skal kunne klare sig selv.',
    expected: 'mangler',
    hard: 'the number stands in another sentence than the vague phrase',
  },
  {
    title: 'Tryghed om natten',
    description:
      'Vi skal sikre, at de ældre føler sig trygge, når de bor hjemme, og styrke samarbejdet med de pårørende om natten.',
    targetGroup: { key: 'elderly' },
    whatChanges: 'Større tryghed for borgere og pårørende.',
    expected: 'mangler',
  },
  {
    title: 'Kvalitet i plejen',
    description:
      'Ældreområdet står over for en stigende opgave i de kommende år, og mange borgere ønsker at blive i eget hjem så længe som muligt. ' +
      'Derfor vil ledergruppen løfte kvaliteten i den daglige pleje og optimere arbejdsgangene i hjemmeplejen. ' +
      'Vi vil også have fokus på den tværfaglige sparring mellem social- og sundhedshjælpere, sygeplejersker og terapeuter.',
    targetGroup: { key: 'home-care' },
    whatChanges: 'Borgerne oplever en højere kvalitet i plejen.',
    expected: 'mangler',
    hard: 'a long description whose first sentence is harmless',
  },
  {
    title: 'Færre forskellige hjælpere',
    description:
      'Borgere i hjemmeplejen skal møde færre forskellige medarbejdere: højst 10 forskellige hjælpere på 14 dage mod 17 i dag.',
    targetGroup: { key: 'home-care' },
    whatChanges: 'Borgerne møder højst 10 forskellige hjælpere på 14 dage.',
    expected: 'opfyldt',
    hard: 'a vague comparative rescued by numbers in the same sentence',
  },
  {
    title: 'Fast kontaktperson',
    description: 'Vi vil styrke kontinuiteten i hjemmeplejen, så alle borgere får en fast kontaktperson inden 1. juni.',
    targetGroup: { key: 'home-care' },
    whatChanges: 'Hver borger kender navnet på sin kontaktperson og ved, hvem der ringer, hvis besøget flyttes.',
    expected: 'opfyldt',
    hard: 'observable behaviour without a quantity; the date alone would not rescue it',
  },
  {
    title: 'Færre genindlæggelser',
    description: 'Vi vil nedbringe genindlæggelserne af ældre medicinske patienter ved at forbedre opfølgningen efter udskrivelse.',
    targetGroup: { key: 'elderly' },
    whatChanges: 'Færre ældre genindlægges inden for 30 dage efter udskrivelse.',
    indicator: 'Genindlæggelser inden for 30 dage',
    expected: 'opfyldt',
    hard: 'the indicator is named instead of a number',
  },
  {
    title: 'Faldforebyggelse på plejecentrene',
    description:
      'Antallet af faldulykker på plejecentrene skal ned fra 46 til højst 30 om året. Alle nye beboere screenes for faldrisiko den første uge.',
    targetGroup: { key: 'nursing-home' },
    whatChanges: 'Beboerne falder sjældnere, og ingen beboer venter mere end en uge på en faldscreening.',
    expected: 'opfyldt',
    hard: '"ingen … venter mere end en uge": a negation that pins the change down',
  },
  {
    title: 'Aktive ældre',
    description: 'Flere ældre skal være fysisk aktive og deltage i fællesskaber i lokalområdet.',
    targetGroup: { key: 'elderly' },
    whatChanges: 'De ældre bevæger sig mere.',
    expected: 'mangler',
    hard: 'written after the checker was tuned, as a held-out check',
  },
  {
    title: 'Træning på plejecentret',
    description: 'Alle beboere på Lindehuset tilbydes træning to gange om ugen fra 1. februar.',
    targetGroup: { key: 'nursing-home' },
    whatChanges: 'Beboerne træner to gange om ugen.',
    expected: 'opfyldt',
    hard: 'written after the checker was tuned, as a held-out check',
  },
  {
    title: 'Madglæde',
    description: 'Vi vil øge madglæden blandt beboerne og sikre et godt måltidsmiljø.',
    targetGroup: { key: 'nursing-home' },
    whatChanges: 'Beboerne spiser med større lyst.',
    expected: 'mangler',
    hard: 'written after the checker was tuned, as a held-out check',
  },
  {
    title: 'Vægttab forebygges',
    description: 'Alle beboere vejes en gang om måneden, og vægttab på mere end 3 % følges op af en diætist inden for 14 dage.',
    targetGroup: { key: 'nursing-home' },
    whatChanges: 'Ingen beboer taber sig uopdaget.',
    expected: 'opfyldt',
    hard: 'written after the checker was tuned, as a held-out check',
  },
  {
    title: 'Ensomhed',
    description: 'Vi vil mindske ensomheden blandt ældre, der bor alene.',
    targetGroup: { key: 'elderly' },
    whatChanges: 'De ældre føler sig mindre ensomme.',
    expected: 'mangler',
    hard: 'written after the checker was tuned, as a held-out check',
  },
  {
    title: 'Besøgsvenner',
    description: 'Alle ældre, der bor alene og ønsker det, får en besøgsven fra frivilligcentret inden for en måned.',
    targetGroup: { key: 'elderly' },
    whatChanges: 'Ingen, der har bedt om en besøgsven, venter mere end en måned.',
    expected: 'opfyldt',
    hard: 'written after the checker was tuned, as a held-out check',
  },
];
