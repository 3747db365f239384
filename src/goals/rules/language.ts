import { sentences } from '../text.js';

/*
 * Sentence-level reading of what a leader group wrote. A sentence is vague when it uses a
 * phrase that promises change without saying which ("blive bedre", "styrke", "fokus på") and
 * gives nothing in the same sentence that pins it down: a quantity, a unit, an indicator or
 * something one can see happen ("alle borgere får en fast kontaktperson"). A number in the
 * next sentence does not rescue this one, because a reader cannot tell they belong together.
 */

/** Wraps a pattern so it only matches whole words; \b would treat æ, ø and å as non-letters. */
function wholeWords(source: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`, flags);
}

// Multi-word phrases come first so the whole phrase is reported, not only its last word.
const VAGUE_SOURCES: readonly string[] = [
  String.raw`(?:have|har|havde|haft|få|får|fik|fået)\s+det\s+(?:godt|bedre|dårligt|dårligere|skidt)`,
  String.raw`(?:blive|bliver|blev|blevet)\s+bedre`,
  String.raw`(?:tage|tager|tog|taget)\s+hånd\s+om`,
  String.raw`(?:sætte|sætter|satte|sat)\s+(?:mere\s+|større\s+|øget\s+)?fokus(?:\s+på)?`,
  String.raw`fokus(?:ere|erer|eres|eret|erede)?(?:\s+på)?`,
  String.raw`arbejd(?:e|er|et|ede)\s+(?:\p{L}+\s+)?med`,
  String.raw`i\s+(?:højere|større)\s+grad`,
  String.raw`gør(?:e)?\s+en\s+(?:positiv\s+|stor\s+)?forskel`,
  String.raw`høj(?:ere)?\s+kvalitet(?:en)?`,
  // "mere end en uge" is a bound, not a promise; "med mere" means "etc."
  String.raw`bedre|bedst(?:e)?|(?<!med\s)(?:mere|flere|færre|mindre)(?!\s+end(?![\p{L}]))|god|godt|gode`,
  String.raw`styrk(?:e|er|es|et|ede|edes|else|elsen|elser)`,
  String.raw`forbedr(?:e|er|es|et|ede|edes|ing|ingen|inger|ingerne)`,
  String.raw`optimer(?:e|er|es|et|ede|ing|ingen)`,
  String.raw`højn(?:e|er|es|et|ede|else|elsen)`,
  String.raw`(?:kvalitets|kompetence)?løft(?:e|er|es|et|ede)?`,
  String.raw`øg(?:e|er|es|et|ede|ning|ningen)`,
  String.raw`sikr(?:e|er|es|et|ede)`,
  String.raw`understøtt(?:e|er|es|et|ede)`,
  String.raw`udvikl(?:e|er|es|et|ede)`,
  String.raw`fremm(?:e|er|es|et|ede)`,
  String.raw`prioriter(?:e|er|es|et|ede)`,
  String.raw`mindsk(?:e|er|es|et|ede)`,
  String.raw`reducer(?:e|er|es|et|ede)`,
  String.raw`tryg|trygge|tryggere|tryghed(?:en)?`,
  String.raw`helhedsorienter(?:et|ede)`,
  String.raw`sammenhæng(?:ende|en)?`,
];
const VAGUE = wholeWords(VAGUE_SOURCES.join('|'), 'giu');

const MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec';

// Digits that name a day, a year, a class or an age say when or who, not how much.
const NOT_QUANTITIES: readonly RegExp[] = [
  wholeWords(String.raw`\d{4}-\d{1,2}-\d{1,2}`, 'giu'),
  wholeWords(String.raw`\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?`, 'giu'),
  wholeWords(String.raw`\d{1,2}\.\s*(?:${MONTHS})\.?`, 'giu'),
  wholeWords(String.raw`\d{1,2}\.\s*(?:-\s*\d{1,2}\.\s*)?(?:kvt|kvartal|halvår|klasse|klasser|klassetrin|årgang|sal)\.?`, 'giu'),
  wholeWords(String.raw`(?:19|20)\d{2}`, 'giu'),
  /§\s*\d+\s*[a-z]?/giu,
  wholeWords(String.raw`\d+(?:\s*-\s*\d+)?\s*-?\s*årige?`, 'giu'),
  wholeWords(String.raw`(?:i alderen|over|under|fra)\s+\d+(?:\s*-\s*\d+)?\s+år`, 'giu'),
  wholeWords(String.raw`(?:inden for|i løbet af|over|på|om)\s+(?:de\s+)?(?:næste\s+|kommende\s+)?(?:\d+|to|tre|fire|fem)\s+(?:år|måneder|kvartaler|halvår)`, 'giu'),
];

const QUANTITY = wholeWords(
  [
    String.raw`\d+(?:[.,]\d+)*`,
    'nul|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tyve',
    'tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems|hundrede|tusind|tusinde',
    String.raw`halvdelen|halvdel|halvt|halver\p{L}*|fordobl\p{L}*|dobbelt\p{L}*|tredjedel\p{L}*|fjerdedel\p{L}*`,
    // Short spans read as service standards ("svar inden for en uge"); "et år" is left to the duration rule above.
    String.raw`(?:en|et)\s+(?:uge|døgn|time|dag|arbejdsdag)`,
  ].join('|'),
);

const UNIT = /%|(?<![\p{L}\d])(?:procent|procentpoint|pct\.?|kr\.|kroner|mio\.|millioner)(?![\p{L}\d])/iu;

// Names of things municipalities measure; a word beginning with one (sygefraværet, ventetiden) counts.
const MEASURE_STEMS = [
  'sygefravær', 'fravær', 'ventetid', 'sagsbehandlingstid', 'svartid', 'responstid', 'behandlingstid', 'visitationstid',
  'genindlæggelse', 'indlæggelse', 'udskrivelse', 'fremmøde', 'trivselsmåling', 'trivselsundersøgelse', 'trivselstal',
  'trivselsscore', 'elevtrivsel', 'tilfredshedsmåling', 'tilfredshedsundersøgelse', 'brugertilfredshed',
  'borgertilfredshed', 'brugerundersøgelse', 'medarbejdertilfredshed', 'apv', 'karaktergennemsnit', 'afgangsprøve',
  'læsetest', 'sprogvurdering', 'sprogscreening', 'gennemførelse', 'frafald', 'personaleomsætning',
  'medarbejderomsætning', 'opsigelse', 'vikarforbrug', 'vikartimer', 'overarbejde', 'belægning', 'tryksår',
  'faldulykke', 'magtanvendelse', 'klage', 'ledighed', 'beskæftigelse', 'selvforsørgelse', 'jobparat',
  'aktiveringsgrad', 'budgetoverholdelse', 'merforbrug', 'andel', 'antal', 'gennemsnit', 'landsgennemsnit',
  'score', 'indikator', 'nøgletal',
];
const MEASURE = wholeWords(
  String.raw`(?:${MEASURE_STEMS.join('|')})\p{L}*|målt|måles|målte|måling\p{L}*|karakter(?:er|erne|en)?|nationale\s+test\p{L}*`,
);

// Words that cannot carry an observation: who, the abstract goods, and glue words.
const ABSTRACT = new Set([
  'trivsel', 'trivslen', 'kvalitet', 'kvaliteten', 'tryghed', 'livskvalitet', 'oplevelse', 'oplevelsen', 'indflydelse',
  'mening', 'værdi', 'udvikling', 'udviklingen', 'læring', 'sundhed', 'sundheden', 'arbejdsglæde', 'arbejdsglæden',
  'motivation', 'glæde', 'overblik', 'forståelse', 'hjælp', 'hjælpen', 'støtte', 'støtten', 'liv', 'livet', 'start',
  'hverdag', 'hverdagen', 'tilværelse', 'tilværelsen', 'alderdom', 'fællesskab', 'fællesskabet', 'samarbejde',
  'samarbejdet', 'kultur', 'kulturen', 'fokus', 'opmærksomhed', 'ressourcer', 'muligheder', 'rammer', 'rammerne',
]);
export const GLUE = new Set([
  'det', 'den', 'de', 'der', 'dem', 'en', 'et', 'at', 'og', 'eller', 'i', 'på', 'for', 'til', 'af', 'med', 'om', 'som',
  'så', 'sig', 'sin', 'sit', 'sine', 'deres', 'vi', 'os', 'vores', 'man', 'skal', 'kan', 'vil', 'må', 'bør', 'være',
  'er', 'blive', 'bliver', 'have', 'har', 'få', 'får', 'også', 'mest', 'muligt', 'meget', 'helt', 'ikke', 'jo', 'nu',
  'end', 'fra', 'ved', 'hos', 'over', 'under', 'efter', 'inden', 'uden', 'alle', 'hver', 'hvert', 'ingen', 'nogle',
  'fast', 'faste', 'egen', 'eget', 'ny', 'nye',
]);

// A vague phrase is replaced by this marker before looking for an observation, so "alle får en
// bedre hverdag" cannot pass as "alle får en hverdag": an observation whose object is vague is none.
const MARK = 'uklartord';

const ACTION_VERBS =
  'har|have|får|få|modtager|modtage|deltager|deltage|møder|møde|mødes|kender|kende|tilbydes|tilbudt|gennemfører|gennemføre|' +
  'afslutter|afslutte|besøges|kontaktes|bruger|bruge|holder|holde|afholder|afholde|venter|vente|starter|starte|begynder|begynde|' +
  'forlader|forlade|udskrives|indlægges|vejes|screenes|tilses|visiteres|besvares|registreres|dokumenteres|lærer|lære|læser|læse';
const GIVING_VERBS = 'har|have|får|få|modtager|modtage|tilbydes|tilbudt';
const QUANTIFIER = 'alle|hver|hvert|ingen|samtlige';
const DETERMINER = 'en|et|én|ét|sin|sit|sine|egen|eget|deres';
const ADJECTIVE = 'fast|faste|skriftlig|skriftligt|personlig|personligt|individuel|individuelt|ny|nyt';

// "alle borgere får en fast kontaktperson", "ingen elev forlader 9. klasse uden en plan"
const QUANTIFIED_ACTION = new RegExp(
  String.raw`(?<![\p{L}])(?:${QUANTIFIER})\s+(?:[\p{L}\d.-]+\s+){0,5}?(?:skal\s+|må\s+|kan\s+)?(?:ikke\s+)?(?:${ACTION_VERBS})((?:\s+[\p{L}\d.-]+){1,4})`,
  'iu',
);
// "borgerne får en fast kontaktperson", and with the verb first: "så får alle nyansatte en mentor"
const DELIVERY = new RegExp(
  String.raw`(?<![\p{L}])(?:${GIVING_VERBS})\s+(?:(?:${QUANTIFIER})\s+(?:[\p{L}\d.-]+\s+){0,4}?)?(?:${DETERMINER})\s+(?:(?:${ADJECTIVE})\s+)?(\p{L}{4,})`,
  'iu',
);

function hasConcreteWord(text: string): boolean {
  const list: string[] = text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  if (list.includes(MARK)) return false;
  return list.some((w) => w.length >= 3 && !ABSTRACT.has(w) && !GLUE.has(w));
}

function isObservable(text: string): boolean {
  const quantified = QUANTIFIED_ACTION.exec(text);
  if (quantified && hasConcreteWord(quantified[1] ?? '')) return true;
  const delivered = DELIVERY.exec(text);
  return delivered !== null && hasConcreteWord(delivered[1] ?? '');
}

export type Anchor = 'tal' | 'enhed' | 'indikator' | 'adfærd';

/** The first words of the group's indicator names: "Sygefravær, Solgården" → "sygefravær". */
export function indicatorStems(names: readonly string[]): string[] {
  return names
    .map((n) => (n.toLowerCase().split(/[,(–-]/)[0] ?? '').match(/\p{L}{4,}/u)?.[0])
    .filter((w): w is string => w !== undefined);
}

/** What pins the sentence down, once its vague phrases and its dates, years, classes and ages are set aside. */
export function anchorOf(sentence: string, indicatorNames: readonly string[] = []): Anchor | undefined {
  let rest = sentence.replace(VAGUE, ` ${MARK} `);
  for (const pattern of NOT_QUANTITIES) rest = rest.replace(pattern, ' ');
  if (QUANTITY.test(rest)) return 'tal';
  if (UNIT.test(rest)) return 'enhed';
  if (MEASURE.test(rest) || indicatorStems(indicatorNames).some((stem) => wholeWords(`${stem}\\p{L}*`).test(rest))) return 'indikator';
  return isObservable(rest) ? 'adfærd' : undefined;
}

export interface SentenceReading {
  sentence: string;
  /** The vague phrases as written, lower-cased, in order. */
  vague: string[];
  anchor: Anchor | undefined;
}

/** Sentences, also split at line breaks so a bulleted list reads as one sentence per line. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/u, ''))
    .flatMap((line) => sentences(line));
}

export function readSentences(text: string, indicatorNames: readonly string[] = []): SentenceReading[] {
  return sentencesOf(text).map((sentence) => {
    const vague = [...new Set([...sentence.matchAll(VAGUE)].map((m) => m[0].toLowerCase().replace(/\s+/g, ' ')))];
    return { sentence, vague, anchor: anchorOf(sentence, indicatorNames) };
  });
}

/** The sentences that promise change without pinning it down. */
export function vagueSentences(text: string, indicatorNames: readonly string[] = []): SentenceReading[] {
  return readSentences(text, indicatorNames).filter((r) => r.vague.length > 0 && r.anchor === undefined);
}

/** Vague phrases as written, in order of appearance, from sentences that do not pin them down. */
export function findVagueWords(text: string, indicatorNames: readonly string[] = []): string[] {
  return [...new Set(vagueSentences(text, indicatorNames).flatMap((r) => r.vague))];
}

/** True when some sentence gives a quantity, a unit, an indicator or an observable behaviour. */
export function isAnchored(text: string, indicatorNames: readonly string[] = []): boolean {
  return sentencesOf(text).some((s) => anchorOf(s, indicatorNames) !== undefined);
}
