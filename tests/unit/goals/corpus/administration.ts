import type { CorpusGoal } from './types.js';

export const administration: CorpusGoal[] = [
  {
    title: 'Digital borgerservice',
    description: 'Borgerservice skal udvikle de digitale løsninger og sikre en god service for alle borgere.',
    targetGroup: { key: 'citizens' },
    whatChanges: 'Borgerne får en bedre service.',
    expected: 'mangler',
  },
  {
    title: 'Effektiv administration',
    description: 'Administrationen skal optimeres og arbejde mere effektivt på tværs af afdelingerne.',
    targetGroup: { key: 'employees' },
    whatChanges: 'Vi får mere tid til kerneopgaven.',
    expected: 'mangler',
  },
  {
    title: 'Bedre kommunikation',
    description: 'Vi vil forbedre kommunikationen med borgerne og svare hurtigere på deres henvendelser.',
    targetGroup: { key: 'citizens' },
    whatChanges: 'Borgerne oplever, at de får svar hurtigere.',
    expected: 'mangler',
  },
  {
    title: 'Overblik over økonomien',
    description: 'Lederne skal have et bedre overblik over økonomien og tage større ansvar for budgettet.',
    targetGroup: { key: 'leaders' },
    whatChanges: 'Lederne har styr på økonomien.',
    expected: 'mangler',
  },
  {
    title: 'Svar på Digital Post inden for fem dage',
    description: 'Vi vil forbedre servicen, så borgere, der skriver til os via Digital Post, får svar inden for 5 arbejdsdage.',
    targetGroup: { key: 'citizens' },
    whatChanges: '95 % af henvendelserne via Digital Post er besvaret inden for 5 arbejdsdage.',
    expected: 'opfyldt',
  },
  {
    title: 'Hurtigere byggesagsbehandling',
    description: 'Sagsbehandlingstiden på byggesager skal ned fra 45 til 30 dage inden for et år.',
    targetGroup: { key: 'other', name: 'ansøgere om byggetilladelse' },
    whatChanges: 'Ansøgerne får en afgørelse på deres byggesag inden for 30 dage.',
    expected: 'opfyldt',
  },
  {
    title: 'Fakturaer betalt til tiden',
    description: 'Vi vil optimere økonomistyringen, så 98 % af fakturaerne betales rettidigt.',
    targetGroup: { key: 'businesses' },
    whatChanges: 'Leverandørerne får deres betaling til tiden: 98 % af fakturaerne betales senest på forfaldsdagen.',
    expected: 'opfyldt',
  },
  {
    title: 'Klar til første arbejdsdag',
    description: 'Nye medarbejdere i administrationen har computer, telefon, adgangskort med mere klar på deres første arbejdsdag.',
    targetGroup: { key: 'employees' },
    whatChanges: 'Ingen nye medarbejdere venter på deres computer efter første arbejdsdag.',
    expected: 'opfyldt',
    hard: '"med mere" means "etc." and is not the vague "mere"',
  },
];
