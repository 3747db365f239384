import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import {
  CONTENT_FILES,
  THEME_FILES,
  THEME_IDS,
  findQuestion,
  findThemeOrMethod,
  loadContent,
  relatedEntries,
  type Content,
} from '../../../src/content/content-loader.js';
import { readContentFiles } from './seed-text.js';

const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));

/** Every `id` value anywhere in the content files, found without knowing the model. */
function allIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allIds);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => (key === 'id' && typeof item === 'string' ? [item] : allIds(item)));
}

describe('the question bank from the real content folder', () => {
  let content: Content;
  beforeAll(async () => {
    content = await loadContent(contentDir);
  });

  it('lists the five themes in the order of the leadership foundation', () => {
    expect(content.bank.themes.map((t) => t.title)).toEqual([
      'Vi ser lederskabet som en profession',
      'Vi skaber mening',
      'Vi leder sammen',
      'Vi leder på et reflekteret grundlag',
      'Vi leder strategisk gennem brug af data',
    ]);
    expect(content.bank.themes.map((t) => t.id)).toEqual(THEME_IDS);
  });

  it('gives every theme at least one behaviour and one reflection question, after "Det ses, når vi:"', () => {
    for (const theme of content.bank.themes) {
      expect(theme.intro).toBe('Det ses, når vi:');
      expect(theme.behaviours.length, theme.id).toBeGreaterThanOrEqual(1);
      expect(theme.reflectionQuestions.length, theme.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('uses every id once across all files, and can look every one of them up', async () => {
    const ids = (await readContentFiles(contentDir)).flatMap((file) => allIds(file.data));
    const themeIds = [...THEME_IDS];
    expect(new Set([...ids, ...themeIds]).size).toBe(ids.length + themeIds.length);
    expect(content.bank.entries.size).toBe(ids.length + themeIds.length);
  });

  it('keeps the data theme for the pages that show it, folded into the bank with its question ids', () => {
    const data = findThemeOrMethod(content.bank, 'data');
    expect(data?.kind).toBe('theme');
    expect(content.dataTheme.title).toBe(data?.kind === 'theme' ? data.theme.title : undefined);
    expect(content.dataTheme.reflectionQuestions.map((q) => q.id)).toEqual([
      'valid-data',
      'shared-understanding',
      'meaningful-data',
      'qualified-decisions',
      'development-goals',
      'measure-effect',
      'better-data-foundation',
    ]);
    expect(findQuestion(content.bank, 'valid-data')?.theme?.id).toBe('data');
  });

  it('links the data theme to the behaviour about data and experience in "Vi leder på et reflekteret grundlag", both ways', () => {
    const fromData = relatedEntries(content.bank, 'data');
    expect(fromData).toHaveLength(1);
    const [behaviour] = fromData;
    expect(behaviour?.kind === 'behaviour' && behaviour.theme.id).toBe('reflected');
    expect(behaviour?.kind === 'behaviour' && behaviour.behaviour.text).toContain('data og erfaringer som grundlag');
    expect(relatedEntries(content.bank, behaviour!.id).map((e) => e.id)).toEqual(['data']);
  });

  it('finds a method with the theme it belongs to', () => {
    const expected: Array<[string, string]> = [
      ['co-creation', 'profession'],
      ['sticc', 'meaning'],
      ['strategy-into-activities', 'meaning'],
      ['shorten-the-distance', 'meaning'],
      ['nine-steps', 'together'],
      ['mpi-board-meetings', 'reflected'],
    ];
    for (const [methodId, themeId] of expected) {
      const entry = findThemeOrMethod(content.bank, methodId);
      expect(entry?.kind === 'method' && entry.theme.id, methodId).toBe(themeId);
    }
    expect(findThemeOrMethod(content.bank, 'valid-data')).toBeUndefined();
    expect(findThemeOrMethod(content.bank, 'no-such-id')).toBeUndefined();
  });

  it('has the samskabelse questions in the blue, red and yellow groups, two each', () => {
    const entry = findThemeOrMethod(content.bank, 'co-creation');
    const blocks = entry?.kind === 'method' ? entry.method.blocks : [];
    const groups = blocks.flatMap((b) => (b.type === 'colourGroups' ? b.groups : []));
    expect(groups.map((g) => [g.label, g.questions.length])).toEqual([
      ['BLÅ', 2],
      ['RØD', 2],
      ['GUL', 2],
    ]);
  });

  it('places the action questions in the intro’s advice', () => {
    const refs = content.bank.intro.advice.flatMap((b) => (b.type === 'questionRefs' ? b.questionIds : []));
    expect(refs.map((id) => findQuestion(content.bank, id)?.question.text)).toEqual(
      content.actionQuestions.questions.map((q) => q.text),
    );
  });

  it('connects samskabelse and "Ni trin til professionel forsimpling" across their themes', () => {
    expect(relatedEntries(content.bank, 'co-creation').map((e) => e.id)).toEqual(
      expect.arrayContaining(['nine-steps', 'co-creation-in-practice']),
    );
  });
});

describe('loading a broken question bank', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'datadialog-bank-'));
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

  const methods = (data: Record<string, unknown>) => data['methods'] as Array<Record<string, unknown>>;

  it('names the file and the path of a theme without behaviours', async () => {
    await editYaml(THEME_FILES.together, (data) => {
      data['behaviours'] = [];
    });
    await expect(loadContent(dir)).rejects.toThrow(
      'Content file together-theme.yaml is invalid: behaviours: must list at least one behaviour',
    );
  });

  it('names the file and the path of a block with an unknown type', async () => {
    await editYaml(THEME_FILES.meaning, (data) => {
      const blocks = methods(data)[1]!['blocks'] as Array<Record<string, unknown>>;
      blocks[0]!['type'] = 'poem';
    });
    await expect(loadContent(dir)).rejects.toThrow(/meaning-theme\.yaml is invalid: methods\.1\.blocks\.0\.type: /);
  });

  it('names both places of an id used in two files', async () => {
    await editYaml(THEME_FILES.reflected, (data) => {
      methods(data)[0]!['id'] = 'sticc';
    });
    await expect(loadContent(dir)).rejects.toThrow(
      'Content file reflected-theme.yaml is invalid: methods.0.id: duplicate id "sticc" (already used at meaning-theme.yaml methods.1.id)',
    );
  });

  it('names the file and the path of a link to an id that does not exist', async () => {
    await editYaml(THEME_FILES.data, (data) => {
      data['related'] = ['evidence-based-decision'];
    });
    await expect(loadContent(dir)).rejects.toThrow(
      'Content file data-theme.yaml is invalid: related.0: unknown id "evidence-based-decision"',
    );
  });

  it('refuses a question reference that points at something other than a question', async () => {
    await editYaml(CONTENT_FILES.intro, (data) => {
      const refs = (data['advice'] as Array<Record<string, unknown>>).find((b) => b['type'] === 'questionRefs');
      refs!['questionIds'] = ['data'];
    });
    await expect(loadContent(dir)).rejects.toThrow(
      /intro\.yaml is invalid: advice\.3\.questionIds\.0: "data" is a theme, not a question/,
    );
  });

  it('refuses a seed file that claims to be the app’s own words', async () => {
    await editYaml(THEME_FILES.profession, (data) => {
      data['source'] = 'app';
    });
    await expect(loadContent(dir)).rejects.toThrow(/profession-theme\.yaml is invalid: source: must be "seed"/);
  });

  it('refuses a SMARTE checklist whose quoted criterion differs from the leadership foundation', async () => {
    await editYaml(CONTENT_FILES.smarte, (data) => {
      const [first] = data['criteria'] as Array<{ seedText: string }>;
      first!.seedText = 'Det skal formuleres, så alle ved, hvad der tales om.';
    });
    await expect(loadContent(dir)).rejects.toThrow(/smarte\.yaml is invalid: criteria\.0\.seedText: .*smarte-goals/);
  });
});
