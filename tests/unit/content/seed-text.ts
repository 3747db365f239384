/**
 * Compares the texts in content/ with the seed: the PDF-to-text dump of
 * "Ledelsesgrundlaget – Sådan kan I komme videre!" (content/seed/).
 *
 * The walker is generic on purpose: it visits every string in every YAML file
 * in content/, skipping only the keys in NON_TEXT_KEYS (ids, links between
 * ids, block types, colours, the source marker). A new text key is therefore
 * compared with the seed without anyone remembering to add it here, and a
 * forgotten id key fails loudly because kebab-case ids are not seed words.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export const SEED_FILE = 'seed/ledelsesgrundlaget-saadan-kan-i-komme-videre.txt';

/**
 * Places where the dump breaks the PDF's reading order: the two columns of the
 * MPI figure are interleaved line by line, and the word under "Udvikle" in the
 * four-focus figure ends up after the next paragraph. Each repair must match
 * the normalised dump exactly once, so a changed seed cannot slip past it.
 */
export const LAYOUT_REPAIRS: ReadonlyArray<{ from: string; to: string }> = [
  { from: 'Retningslinjer og Konkurrence regler', to: 'Retningslinjer og regler Konkurrence' },
  {
    from: 'Følge med markedet– Commitment, trivsel samfundets krav',
    to: 'Følge med markedet– samfundets krav Commitment, trivsel',
  },
  {
    from: 'Udvikle Stabilitet I kan anvende den blanke MPI-cirkel på sidste side, til at markere hvordan I synes at opgaven skal vægtes. /Serviceudvikling',
    to: 'Udvikle /Serviceudvikling Stabilitet I kan anvende den blanke MPI-cirkel på sidste side, til at markere hvordan I synes at opgaven skal vægtes.',
  },
];

/** Keys whose values are identifiers or markers, not texts. Keys ending in "Ids" are skipped too. */
export const NON_TEXT_KEYS: ReadonlySet<string> = new Set(['source', 'id', 'type', 'colour', 'related']);

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function normaliseSeed(raw: string, repairs = LAYOUT_REPAIRS): string {
  let text = raw
    // Every hyphen at a line end in the dump is a real one (MUS-koncept, an address split after "2019-"):
    // keep it and join the next line to it.
    .replace(/(?<=\S)-[ \t]*\r?\n\s*/g, '-')
    .replaceAll('•', ' ')
    // Private-use glyphs come from symbol fonts (a Wingdings smiley after "God arbejdslyst").
    .replace(/\p{Co}/gu, '');
  text = normaliseWhitespace(text);
  for (const repair of repairs) {
    const count = text.split(repair.from).length - 1;
    if (count !== 1) throw new Error(`layout repair "${repair.from}" matches the seed ${count} times, not once`);
    text = text.replace(repair.from, repair.to);
  }
  return text;
}

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Start indexes of `needle` in `haystack` where it is not part of a longer word. */
export function wholeOccurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const cutsWordBefore = isWordChar(needle[0]) && isWordChar(haystack[at - 1]);
    const cutsWordAfter = isWordChar(needle[needle.length - 1]) && isWordChar(haystack[end]);
    if (!cutsWordBefore && !cutsWordAfter) found.push(at);
  }
  return found;
}

export interface ContentText {
  file: string;
  path: string;
  text: string;
}

/** Every text below `value`, with its path as the loader reports paths ("methods.0.title"). */
export function* textsIn(value: unknown, file: string, at: (string | number)[] = []): Generator<ContentText> {
  if (typeof value === 'string' || typeof value === 'number') {
    yield { file, path: at.join('.'), text: String(value) };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* textsIn(item, file, [...at, index]);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (NON_TEXT_KEYS.has(key) || key.endsWith('Ids')) continue;
      yield* textsIn(item, file, [...at, key]);
    }
  }
}

export interface ContentFile {
  file: string;
  source: unknown;
  data: unknown;
}

/** All YAML files in `dir` and its sub-folders, with the paths relative to `dir`. */
export async function readContentFiles(dir: string): Promise<ContentFile[]> {
  const names = (await readdir(dir, { recursive: true })).filter((name) => /\.ya?ml$/.test(name)).sort();
  return Promise.all(
    names.map(async (file) => {
      const data = parseYaml(await readFile(path.join(dir, file), 'utf8')) as unknown;
      const source = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['source'] : undefined;
      return { file: file.split(path.sep).join('/'), source, data };
    }),
  );
}

export async function readSeed(dir: string): Promise<string> {
  return normaliseSeed(await readFile(path.join(dir, SEED_FILE), 'utf8'));
}

/** The texts of the seed-sourced files. Files that declare neither source are an error. */
export function seedTexts(files: readonly ContentFile[]): ContentText[] {
  const undeclared = files.filter((f) => f.source !== 'seed' && f.source !== 'app').map((f) => f.file);
  if (undeclared.length > 0) throw new Error(`content files without "source: seed" or "source: app": ${undeclared.join(', ')}`);
  return files.filter((f) => f.source === 'seed').flatMap((f) => [...textsIn(f.data, f.file)]);
}

/** Texts that do not occur, word for word, in the seed. */
export function mismatches(texts: readonly ContentText[], seed: string): ContentText[] {
  return texts.filter((t) => wholeOccurrences(seed, normaliseWhitespace(t.text)).length === 0);
}

/**
 * The parts of the seed no content text covers, as runs of words. Runs without
 * a letter or digit, and list numbers such as "4." (one or two digits), are left out: they are
 * bullets, dashes and quotation marks around texts.
 */
export function uncoveredRuns(texts: readonly ContentText[], seed: string): string[] {
  const covered = new Uint8Array(seed.length);
  for (const { text } of texts) {
    const needle = normaliseWhitespace(text);
    for (const at of wholeOccurrences(seed, needle)) covered.fill(1, at, at + needle.length);
  }
  const runs: string[] = [];
  let run = '';
  for (let i = 0; i <= seed.length; i++) {
    if (i < seed.length && covered[i] === 0) {
      run += seed[i];
      continue;
    }
    const words = run.trim().split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word) && !/^\d{1,2}\.$/.test(word));
    if (words.length > 0) runs.push(words.join(' '));
    run = '';
  }
  return runs;
}
