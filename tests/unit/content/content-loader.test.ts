import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import {
  CONTENT_FILES,
  SITUATIONS,
  loadContent,
  questionsForSituation,
  questionsForTopic,
  TOPIC_KINDS,
} from '../../../src/content/content-loader.js';

const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));

describe('loadContent with the real content folder', () => {
  it('loads the data theme with its three behaviours and seven reflection questions', async () => {
    const content = await loadContent(contentDir);
    expect(content.dataTheme.title).toBe('Vi leder strategisk gennem brug af data');
    expect(content.dataTheme.intro).toBe('Det ses, når vi:');
    expect(content.dataTheme.behaviours).toHaveLength(3);
    expect(content.dataTheme.reflectionQuestions).toHaveLength(7);
    expect(content.dataTheme.reflectionQuestions.map((q) => q.id)).toContain('valid-data');
    expect(content.dataTheme.closing).toMatch(/^Det afgørende er her/);
  });

  it('loads the three action questions in the order what, how, when', async () => {
    const content = await loadContent(contentDir);
    expect(content.actionQuestions.questions.map((q) => q.id)).toEqual(['what-and-why', 'how-and-who', 'when']);
    expect(content.actionQuestions.intro.length).toBeGreaterThan(0);
  });

  it('loads the six SMARTE criteria in the order S, M, A, R, T, E with guiding questions', async () => {
    const content = await loadContent(contentDir);
    expect(content.smarte.criteria.map((c) => c.letter).join('')).toBe('SMARTE');
    expect(content.smarte.criteria.map((c) => c.name)).toEqual([
      'Specifik',
      'Målbar',
      'Accepteret',
      'Realistisk',
      'Tidsbestemt',
      'Engagerende',
    ]);
    for (const criterion of content.smarte.criteria) {
      expect(criterion.guidingQuestions.length).toBeGreaterThanOrEqual(1);
      expect(criterion.guidingQuestions.length).toBeLessThanOrEqual(2);
    }
    expect(content.smarte.intro).toMatch(/^SMARTE mål er en tjekliste/);
  });

  it('gives every situation a label and 2–4 existing reflection questions', async () => {
    const content = await loadContent(contentDir);
    for (const situation of SITUATIONS) {
      const guide = content.reflectionSituations[situation];
      expect(guide.label.length).toBeGreaterThan(0);
      const questions = questionsForSituation(content, situation);
      expect(questions.length).toBe(guide.questionIds.length);
      expect(questions.length).toBeGreaterThanOrEqual(2);
      expect(questions.length).toBeLessThanOrEqual(4);
    }
  });

  it('gives every kind of free topic a label and 2–4 existing reflection questions, not all the same', async () => {
    const content = await loadContent(contentDir);
    const sets = new Set<string>();
    for (const kind of TOPIC_KINDS) {
      const guide = content.reflectionSituations.topics[kind];
      expect(guide.label.length).toBeGreaterThan(0);
      const questions = questionsForTopic(content, kind);
      expect(questions.length).toBe(guide.questionIds.length);
      expect(questions.length).toBeGreaterThanOrEqual(2);
      sets.add(guide.questionIds.join());
    }
    expect(sets.size).toBe(TOPIC_KINDS.length);
  });

  it('points missing data towards the questions on valid data and a better data foundation', async () => {
    const content = await loadContent(contentDir);
    expect(content.reflectionSituations.missingData.questionIds).toEqual(
      expect.arrayContaining(['valid-data', 'better-data-foundation']),
    );
  });
});

describe('loadContent with broken content', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'datadialog-content-'));
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

  it('rejects a data theme with a missing reflection question and names the file', async () => {
    await editYaml(CONTENT_FILES.dataTheme, (data) => {
      (data['reflectionQuestions'] as unknown[]).pop();
    });
    await expect(loadContent(dir)).rejects.toThrow(/data-theme\.yaml.*exactly 7/);
  });

  it('rejects a situation that refers to an unknown question id and names the file and the id', async () => {
    await editYaml(CONTENT_FILES.reflectionSituations, (data) => {
      const flat = data['flat'] as { questionIds: string[] };
      flat.questionIds[0] = 'no-such-question';
    });
    await expect(loadContent(dir)).rejects.toThrow(/reflection-situations\.yaml.*no-such-question/);
  });

  it('rejects a topic kind that refers to an unknown question id', async () => {
    await editYaml(CONTENT_FILES.reflectionSituations, (data) => {
      const topics = data['topics'] as Record<string, { questionIds: string[] }>;
      topics['data']!.questionIds[0] = 'no-such-topic-question';
    });
    await expect(loadContent(dir)).rejects.toThrow(/reflection-situations\.yaml.*topics\.data.*no-such-topic-question/);
  });

  it('rejects duplicate reflection question ids', async () => {
    await editYaml(CONTENT_FILES.dataTheme, (data) => {
      const questions = data['reflectionQuestions'] as Array<{ id: string }>;
      const first = questions[0];
      const second = questions[1];
      if (first && second) second.id = first.id;
    });
    await expect(loadContent(dir)).rejects.toThrow(/data-theme\.yaml.*duplicate id "valid-data"/);
  });

  it('rejects SMARTE criteria that are out of order', async () => {
    await editYaml(CONTENT_FILES.smarte, (data) => {
      (data['criteria'] as unknown[]).reverse();
    });
    await expect(loadContent(dir)).rejects.toThrow(/smarte\.yaml.*order S, M, A, R, T, E/);
  });

  it('rejects an action question with an unknown id', async () => {
    await editYaml(CONTENT_FILES.actionQuestions, (data) => {
      const questions = data['questions'] as Array<{ id: string }>;
      const last = questions[2];
      if (last) last.id = 'whenever';
    });
    await expect(loadContent(dir)).rejects.toThrow(/action-questions\.yaml.*questions\.2\.id/);
  });

  it('rejects a file that is not valid YAML and names the file', async () => {
    await writeFile(path.join(dir, CONTENT_FILES.smarte), 'intro: [unclosed\n', 'utf8');
    await expect(loadContent(dir)).rejects.toThrow(/smarte\.yaml is not valid YAML/);
  });

  it('rejects a missing file and names it', async () => {
    await rm(path.join(dir, CONTENT_FILES.actionQuestions));
    await expect(loadContent(dir)).rejects.toThrow(/action-questions\.yaml could not be read/);
  });
});
