import type { CorpusGoal } from './types.js';

export const skole: CorpusGoal[] = [
  {
    title: 'Bedre læsere',
    description: 'Eleverne skal blive bedre til at læse, og vi vil styrke læsekulturen på hele skolen.',
    targetGroup: { key: 'pupils' },
    whatChanges: 'Eleverne læser mere og bedre.',
    expected: 'mangler',
  },
  {
    title: 'Matematik i udskolingen',
    description: 'Elever i 8. klasse skal styrkes fagligt i matematik inden sommerferien 2027.',
    targetGroup: { key: 'pupils' },
    whatChanges: 'Eleverne bliver bedre til matematik i 8. klasse.',
    expected: 'mangler',
    hard: 'a class and a year are digits, but not a quantity',
  },
  {
    title: 'Trivsel i klasserne',
    description: 'Vi vil sætte fokus på trivsel og tage hånd om de elever, der mistrives. Der går 24 elever i hver klasse.',
    targetGroup: { key: 'pupils' },
    whatChanges: 'Færre elever mistrives.',
    expected: 'mangler',
    hard: 'the number stands in the next sentence',
  },
  {
    title: 'Samarbejdet med forældrene',
    description: 'Samarbejdet med forældrene skal udvikles og have en højere kvalitet, så forældrene føler sig set og hørt.',
    targetGroup: { key: 'other', name: 'forældre til skolebørn' },
    whatChanges: 'Forældrene oplever et godt samarbejde med skolen.',
    expected: 'mangler',
  },
  {
    title: 'Flere elever med 7 i dansk',
    description:
      'Vi vil løfte elevernes læsning, så andelen af elever i 9. klasse med mindst 7 i dansk læsning stiger fra 58 % til 68 %.',
    targetGroup: { key: 'pupils' },
    whatChanges: 'Mindst 68 % af eleverne i 9. klasse får 7 eller mere i dansk læsning ved afgangsprøven.',
    expected: 'opfyldt',
  },
  {
    title: 'En læsemakker til alle i indskolingen',
    description: 'Vi vil styrke læselysten i indskolingen, så alle elever har en fast læsemakker fra udskolingen, som de læser med hver uge.',
    targetGroup: { key: 'pupils' },
    whatChanges: 'Hver elev i 0.-3. klasse læser med sin læsemakker hver uge.',
    expected: 'opfyldt',
    hard: 'observable behaviour rescues "styrke"',
  },
  {
    title: 'Højere fremmøde i udskolingen',
    description: 'Fremmødet i udskolingen skal forbedres, og forældrene kontaktes samme dag, når en elev udebliver uden besked.',
    targetGroup: { key: 'pupils' },
    whatChanges: 'Alle elever med bekymrende fravær får en samtale med deres kontaktlærer og forældre inden for to uger.',
    indicator: 'Fremmøde, udskolingen',
    expected: 'opfyldt',
  },
  {
    title: 'Ingen elev uden plan',
    description: 'Det handler ikke om at arbejde mere med vejledning, men om at ingen elev forlader 9. klasse uden en uddannelsesplan.',
    targetGroup: { key: 'pupils' },
    whatChanges: 'Alle elever i 9. klasse har en uddannelsesplan, som de selv kan forklare.',
    expected: 'opfyldt',
    hard: 'a negated vague phrase next to an observable "ingen elev forlader …"',
  },
];
