import { words } from '../text.js';
import { anchorOf, GLUE, sentencesOf } from './language.js';

/*
 * Answers that fit every goal and therefore say nothing about this one: "Det er vigtigt",
 * "Det giver mening", "For borgernes skyld", "Vi gør vores bedste". They are recognised by
 * what is left of a sentence when its glue words, its words of approval and the names of
 * the people it is for are taken away: fewer than two words means nothing concrete was said.
 */

const APPROVAL = new Set([
  'vigtig', 'vigtigt', 'vigtige', 'mening', 'meningsfuld', 'meningsfuldt', 'meningsfulde', 'giver', 'give', 'gavn',
  'gavnlig', 'gavnligt', 'skyld', 'relevant', 'relevante', 'nødvendig', 'nødvendigt', 'godt', 'god', 'gode', 'bedre',
  'bedst', 'bedste', 'værdi', 'værdifuld', 'værdifuldt', 'fornuftig', 'fornuftigt', 'rigtig', 'rigtigt', 'rigtige',
  'retning', 'prioritet', 'fokus', 'kvalitet', 'kvaliteten', 'trivsel', 'trivslen', 'forskel', 'gøre', 'gør', 'gøres',
  'alle', 'sammen', 'hinanden', 'fordi', 'derfor', 'hvad', 'hvorfor', 'klart', 'selvfølgelig', 'naturligvis', 'altid',
  'sag', 'sagen', 'hensyn', 'interesse', 'tjener', 'hele', 'kommunen', 'organisationen', 'huset', 'fremtiden',
  'engagement', 'indsats', 'indsatsen', 'ildhu', 'humør', 'kræfter', 'evne', 'evner', 'yde', 'gøre', 'plejer',
  'eksisterende', 'ramme', 'rammen', 'nuværende', 'kan', 'kunne', 'muligt', 'mulighed', 'løbende', 'behov', 'efter',
  'generelt', 'det', 'lige', 'bare', 'mere', 'mest',
]);

// The people a goal is for are named in "for borgernes skyld" too; naming them is not yet saying what they gain.
const PEOPLE = /^(?:borger|bruger|beboer|medarbejder|ansat|kolleg|elev|barn|børn|forældre|familie|ældre|pårørende|ledig|unge|patient|personale|politiker|leder)\p{L}*$/u;

// "får" and "har" are glue when looking for an observation, but here they carry what someone gains: "beboerne får ro".
const GAINS = new Set(['får', 'få', 'har', 'have']);

function contentWords(sentence: string): string[] {
  return words(sentence).filter((w) => (GAINS.has(w) || !GLUE.has(w)) && !APPROVAL.has(w) && !PEOPLE.test(w) && !/^\d+$/.test(w));
}

/** True when no sentence says anything beyond approval: "Det er vigtigt", "For borgernes skyld". */
export function isBoilerplate(text: string): boolean {
  return !sentencesOf(text).some((s) => contentWords(s).length >= 2 || anchorOf(s) === 'tal');
}

// Things a leader group can actually set aside; naming one makes a resource row concrete without an amount.
const RESOURCE_NOUNS =
  /^(?:kursus|kurser|uddannelse|efteruddannelse|undervisning|introduktion|supervision|sparring|vikar|konsulent|stilling|timer|tid|medarbejder|frikøb|budget|midler|pulje|system|værktøj|app|licens|lokale|bil|projektleder|koordinator|nøgleperson|ressourceperson|superbruger|mentor|møde|workshop|temadag|ergoterapeut|fysioterapeut|sygeplejerske|pædagog|lærer|visitator|socialrådgiver|sagsbehandler|psykolog|rådgiver|konsulenttimer|teams?|makkerpar)\p{L}*$/u;

/** Three words of substance describe a thing ("den digitale ansøgning tages i brug"); two rarely do ("vi prioriterer højt"). */
const DESCRIBED = 3;

/** A resource row described well enough to count without an amount: a quantity, a named thing set aside, or a real description. */
export function isConcreteResource(description: string): boolean {
  if (!description.trim()) return false;
  const anchor = anchorOf(description);
  if (anchor === 'tal' || anchor === 'enhed') return true;
  if (isBoilerplate(description)) return false;
  return words(description).some((w) => RESOURCE_NOUNS.test(w)) || contentWords(description).length >= DESCRIBED;
}
