import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { APP_FILES, SEED_FILES } from '../../../src/content/content-loader.js';
import {
  mismatches,
  normaliseSeed,
  readContentFiles,
  readSeed,
  seedTexts,
  uncoveredRuns,
  wholeOccurrences,
} from './seed-text.js';

const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));

/** The only seed words deliberately left out of content/: the consultant's contact details. */
const LEFT_OUT = ['sagan@toender.dk eller 24796992.', 'mailto:sagan@toender.dk'];

describe('the content quotes the leadership foundation word for word', () => {
  it('finds every text of every seed-sourced file in the seed', async () => {
    const texts = seedTexts(await readContentFiles(contentDir));
    expect(texts.length).toBeGreaterThan(250);
    expect(mismatches(texts, await readSeed(contentDir))).toEqual([]);
  });

  it('compares exactly the files the loader treats as seed text, and every YAML file declares its source', async () => {
    const files = await readContentFiles(contentDir);
    expect(files.filter((f) => f.source === 'seed').map((f) => f.file).sort()).toEqual([...SEED_FILES].sort());
    expect(files.filter((f) => f.source === 'app').map((f) => f.file).sort()).toEqual([...APP_FILES].sort());
    expect(files).toHaveLength(SEED_FILES.length + APP_FILES.length);
  });

  it('covers the whole seed except the contact details', async () => {
    const texts = seedTexts(await readContentFiles(contentDir));
    expect(uncoveredRuns(texts, await readSeed(contentDir))).toEqual(LEFT_OUT);
  });
});

describe('the seed comparison catches drift', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'datadialog-seed-'));
    await cp(contentDir, dir, { recursive: true });
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function editYaml(fileName: string, edit: (data: Record<string, unknown>) => void): Promise<void> {
    const filePath = path.join(dir, fileName);
    const data = parseYaml(await readFile(filePath, 'utf8')) as Record<string, unknown>;
    edit(data);
    await writeFile(filePath, stringifyYaml(data), 'utf8');
  }

  async function check(): Promise<{ mismatched: unknown[]; uncovered: string[] }> {
    const texts = seedTexts(await readContentFiles(dir));
    const seed = await readSeed(dir);
    return { mismatched: mismatches(texts, seed), uncovered: uncoveredRuns(texts, seed) };
  }

  it('reports a question in which one word was changed, with its file and path', async () => {
    await editYaml('data-theme.yaml', (data) => {
      const [first] = data['reflectionQuestions'] as Array<{ text: string }>;
      first!.text = first!.text.replace('kerneopgave', 'hovedopgave');
    });
    const { mismatched } = await check();
    expect(mismatched).toEqual([
      {
        file: 'data-theme.yaml',
        path: 'reflectionQuestions.0.text',
        text: 'Har I identificeret valide data, der understøtter jeres hovedopgave?',
      },
    ]);
  });

  it('reports a word cut short at the end of a text', async () => {
    await editYaml('reflected-theme.yaml', (data) => {
      const [first] = data['behaviours'] as Array<{ text: string }>;
      first!.text = 'finder balance og træffer valg med Tønder Kommunes strat';
    });
    expect((await check()).mismatched).toEqual([expect.objectContaining({ path: 'behaviours.0.text' })]);
  });

  it('reports seed words that a shortened text no longer covers', async () => {
    await editYaml('together-theme.yaml', (data) => {
      const [first] = data['behaviours'] as Array<{ text: string }>;
      first!.text = 'samarbejder åbent, ærligt og i øjenhøjde,';
    });
    const { mismatched, uncovered } = await check();
    expect(mismatched).toEqual([]);
    expect(uncovered).toEqual([
      ...LEFT_OUT,
      'og kvalificerer opgaveløsningen ved at dele viden om det, der virker,',
    ]);
  });

  it('compares a text under a new key, deep in a method, without being told about the key', async () => {
    await editYaml('meaning-theme.yaml', (data) => {
      const [method] = data['methods'] as Array<Record<string, unknown>>;
      method!['teaser'] = 'En tekst, som ledelsesgrundlaget ikke indeholder.';
    });
    expect((await check()).mismatched).toEqual([
      expect.objectContaining({ file: 'meaning-theme.yaml', path: 'methods.0.teaser' }),
    ]);
  });

  it('refuses a content file that does not say whether its words are the seed’s or the app’s', async () => {
    await writeFile(path.join(dir, 'new-theme.yaml'), 'title: Et nyt tema\n', 'utf8');
    await expect(check()).rejects.toThrow(/new-theme\.yaml/);
  });
});

describe('reading the PDF dump', () => {
  it.each([
    ['joins a hyphen at a line end to the next line and keeps it', 'nye MUS-\nkoncept, til', 'nye MUS-koncept, til'],
    ['joins an address split after a hyphen', 'files/2019-\n02/GSK', 'files/2019-02/GSK'],
    ['keeps a spaced dash at a line end as a dash', 'opgaveløsningen - \nog hvordan', 'opgaveløsningen - og hvordan'],
    ['drops bullets and collapses whitespace and blank lines', '• tilpasser vore \n\n  indsatser,\n• giver', 'tilpasser vore indsatser, giver'],
    ['drops symbol-font glyphs', 'God arbejdslyst \uf04a ', 'God arbejdslyst'],
  ])('%s', (_title, raw, expected) => {
    expect(normaliseSeed(raw, [])).toBe(expected);
  });

  it('puts the interleaved columns of a figure back in reading order', () => {
    expect(normaliseSeed('Retningslinjer og Konkurrence  \nregler', [
      { from: 'Retningslinjer og Konkurrence regler', to: 'Retningslinjer og regler Konkurrence' },
    ])).toBe('Retningslinjer og regler Konkurrence');
  });

  it('fails loudly when a layout repair no longer matches the seed', () => {
    expect(() => normaliseSeed('noget andet', [{ from: 'Retningslinjer og Konkurrence regler', to: 'x' }])).toThrow(
      /matches the seed 0 times/,
    );
  });

  it.each([
    ['a whole text', 'udvikling af jeres ledelseskompetencer, i', 1],
    ['a word cut short', 'udvikling af jeres ledelses', 0],
    ['a word that is only the end of a longer word', 'kompetencer, i', 0],
  ])('matches only whole words: %s', (_title, needle, count) => {
    expect(wholeOccurrences('Hvor meget prioriterer I udvikling af jeres ledelseskompetencer, i jeres', needle)).toHaveLength(count);
  });
});
