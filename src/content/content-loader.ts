/**
 * Loads and validates the editorial content in content/*.yaml: the whole
 * leadership foundation ("Ledelsesgrundlaget – Sådan kan I komme videre!") as a
 * question bank, the closing action questions, the SMARTE checklist and which
 * reflection questions fit which indicator situation.
 *
 * The content is read once at start-up. Any problem throws an Error whose
 * message names the file and the path inside it, so a broken edit stops the
 * app early instead of showing half a page.
 *
 * The model of the question bank (schemas in bank-schema.ts, ids, links and
 * look-ups in question-bank.ts; the small guides in guide-schemas.ts):
 * - intro.yaml: title, subtitle, the two column headings of every theme box,
 *   the advice (blocks: paragraphs and a `questionRefs` block that places the
 *   action questions of action-questions.yaml), contact and sign-off. The
 *   consultant's e-mail address and phone number and the seed's mailto: line
 *   are left out on purpose; they are the only seed words not in content/.
 * - <theme>-theme.yaml, one per theme ("kasse"), in seed order (THEME_FILES):
 *   title; intro ("Det ses, når vi:"); behaviours {id, text}; reflection
 *   questions {id, text, followUps?}; optional closing; and the theme's
 *   methods part: methodsHeading, methodsIntro (blocks), methods, methodsOutro
 *   (blocks). A method is {id, title, blocks}. Blocks are typed by `type`:
 *   heading, paragraph (with links), questions, questionRefs, list (numbered
 *   or not; items {title, text}: steps, STICC, SMARTE, MPI behaviours),
 *   colourGroups (samskabelse's BLÅ/RØD/GUL with their questions) and figure
 *   (the words inside a figure).
 * - Every id (theme ids are the THEME_FILES keys) is unique across the whole
 *   bank. Themes, behaviours, questions and methods may list `related` ids;
 *   these cross-links are checked and can be followed both ways.
 * - Every file starts with `source: seed` (its texts are the seed's words and
 *   tests/unit/content/seed-text.test.ts compares them with the seed) or
 *   `source: app` (the app's own words). The loader fixes which file is which.
 *   content/seed/ holds the seed itself, a byte-for-byte copy of the PDF dump.
 * - For the meeting pages: `content.bank.themes` lists the themes in seed
 *   order; findThemeOrMethod() looks up a theme or a method by id,
 *   findQuestion() a question, relatedEntries() the cross-links of an entry.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { introFileSchema, themeFileSchema } from './bank-schema.js';
import {
  actionQuestionsSchema,
  reflectionSituationsSchema,
  SITUATIONS,
  smarteSchema,
  TOPIC_KINDS,
  type ActionQuestions,
  type Situation,
  type TopicKind,
  type SituationGuide,
  type Smarte,
} from './guide-schemas.js';
import { buildQuestionBank, THEME_FILES, THEME_IDS, type QuestionBank, type ThemeId } from './question-bank.js';

export {
  findQuestion,
  findThemeOrMethod,
  relatedEntries,
  THEME_FILES,
  THEME_IDS,
  type BankEntry,
  type BankQuestion,
  type QuestionBank,
  type Theme,
  type ThemeId,
} from './question-bank.js';
export type * from './bank-schema.js';
export {
  ACTION_QUESTION_IDS,
  SITUATIONS,
  SMARTE_ORDER,
  type ActionQuestion,
  type ActionQuestionId,
  type ActionQuestions,
  type Situation,
  type SituationGuide,
  type Smarte,
  type SmarteCriterion,
  type SmarteKey,
  type SmarteLetter,
  TOPIC_KINDS,
  type TopicKind,
} from './guide-schemas.js';

export const CONTENT_FILES = {
  intro: 'intro.yaml',
  dataTheme: THEME_FILES.data,
  actionQuestions: 'action-questions.yaml',
  smarte: 'smarte.yaml',
  reflectionSituations: 'reflection-situations.yaml',
} as const;

/** Files whose texts are the seed's words; all other content files are the app's own. */
export const SEED_FILES: readonly string[] = [CONTENT_FILES.intro, ...Object.values(THEME_FILES), CONTENT_FILES.actionQuestions];
export const APP_FILES: readonly string[] = [CONTENT_FILES.smarte, CONTENT_FILES.reflectionSituations];

/** The method in meaning-theme.yaml whose SMARTE list smarte.yaml quotes. */
const SMARTE_METHOD_ID = 'smarte-goals';

const REFLECTION_QUESTION_COUNT = 7;

/** The data theme must keep the seven questions the situations pick from, and its closing. */
const dataThemeFileSchema = themeFileSchema.superRefine((theme, ctx) => {
  if (theme.reflectionQuestions.length !== REFLECTION_QUESTION_COUNT) {
    ctx.addIssue({
      code: 'custom',
      message: `must contain exactly ${REFLECTION_QUESTION_COUNT} questions`,
      path: ['reflectionQuestions'],
    });
  }
  if (theme.closing === undefined) ctx.addIssue({ code: 'custom', message: 'the data theme must have its closing text', path: ['closing'] });
});

export interface ReflectionQuestion {
  id: string;
  text: string;
}
/** The data theme in the shape the pages have used since before the question bank. */
export interface DataTheme {
  title: string;
  intro: string;
  behaviours: string[];
  reflectionQuestions: ReflectionQuestion[];
  closing: string;
}
export type ReflectionSituations = Record<Situation, SituationGuide> & { topics: Record<TopicKind, SituationGuide> };

export interface Content {
  dataTheme: DataTheme;
  actionQuestions: ActionQuestions;
  smarte: Smarte;
  reflectionSituations: ReflectionSituations;
  /** The whole leadership foundation: intro, the five themes in seed order, their methods. */
  bank: QuestionBank;
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

async function readYamlFile(dir: string, fileName: string): Promise<unknown> {
  const filePath = path.join(dir, fileName);
  let raw: string;
  try {
    raw = await readFile(filePath, 'utf8');
  } catch (cause) {
    throw new Error(`Content file ${fileName} could not be read (${filePath})`, { cause });
  }
  try {
    return parseYaml(raw) as unknown;
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new Error(`Content file ${fileName} is not valid YAML: ${detail}`, { cause });
  }
}

type Source = 'seed' | 'app';

/** Reads a file, checks its `source` marker and validates the rest against `schema`. */
async function loadFile<T>(dir: string, fileName: string, source: Source, schema: z.ZodType<T>): Promise<T> {
  const data = await readYamlFile(dir, fileName);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`Content file ${fileName} is invalid: (root): must be a mapping of keys to values`);
  }
  const { source: declared, ...rest } = data as Record<string, unknown>;
  if (declared !== source) {
    const why = source === 'seed' ? 'its texts are quoted from the leadership foundation' : 'its texts are the app\'s own';
    throw new Error(`Content file ${fileName} is invalid: source: must be "${source}" (${why})`);
  }
  const result = schema.safeParse(rest);
  if (!result.success) {
    throw new Error(`Content file ${fileName} is invalid: ${formatIssues(result.error)}`);
  }
  return result.data;
}

function checkSituations(reflectionSituations: ReflectionSituations, dataTheme: DataTheme): void {
  const knownIds = new Set(dataTheme.reflectionQuestions.map((q) => q.id));
  const unknown: string[] = [];
  for (const situation of SITUATIONS) {
    for (const id of reflectionSituations[situation].questionIds) {
      if (!knownIds.has(id)) unknown.push(`${situation}: unknown question id "${id}"`);
    }
  }
  for (const kind of TOPIC_KINDS) {
    for (const id of reflectionSituations.topics[kind].questionIds) {
      if (!knownIds.has(id)) unknown.push(`topics.${kind}: unknown question id "${id}"`);
    }
  }
  if (unknown.length > 0) {
    throw new Error(
      `Content file ${CONTENT_FILES.reflectionSituations} is invalid: ${unknown.join('; ')} ` +
        `(known ids in ${CONTENT_FILES.dataTheme}: ${[...knownIds].join(', ')})`,
    );
  }
}

/** smarte.yaml quotes the seed's SMARTE list; it must say exactly what the bank's SMARTE method says. */
function checkSmarteQuotes(smarte: Smarte, bank: QuestionBank): void {
  const entry = bank.entries.get(SMARTE_METHOD_ID);
  const blocks = entry?.kind === 'method' ? entry.method.blocks : [];
  const list = blocks.find((block) => block.type === 'list');
  const paragraphs = blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []));
  const where = `the method "${SMARTE_METHOD_ID}" in ${THEME_FILES.meaning}`;
  const problems: string[] = [];
  if (!paragraphs.some((paragraph) => paragraph.includes(smarte.intro))) problems.push(`intro: is not quoted from ${where}`);
  smarte.criteria.forEach((criterion, index) => {
    const seedText = list?.items[index]?.text;
    if (criterion.seedText !== seedText) {
      problems.push(`criteria.${index}.seedText: must be the text of item ${index + 1} in ${where} ("${seedText ?? 'missing'}")`);
    }
  });
  if (problems.length > 0) throw new Error(`Content file ${CONTENT_FILES.smarte} is invalid: ${problems.join('; ')}`);
}

function toDataTheme(bank: QuestionBank): DataTheme {
  const theme = bank.themes.find((t) => t.id === 'data');
  if (!theme || theme.closing === undefined) throw new Error(`Content file ${CONTENT_FILES.dataTheme} is missing`);
  return {
    title: theme.title,
    intro: theme.intro,
    behaviours: theme.behaviours.map((b) => b.text),
    reflectionQuestions: theme.reflectionQuestions.map(({ id, text }) => ({ id, text })),
    closing: theme.closing,
  };
}

/** Reads and validates all content files in `dir` (normally the project's content/ folder). */
export async function loadContent(dir: string): Promise<Content> {
  const [intro, themes, actionQuestions, smarte, reflectionSituations] = await Promise.all([
    loadFile(dir, CONTENT_FILES.intro, 'seed', introFileSchema),
    Promise.all(
      THEME_IDS.map(async (id: ThemeId) => {
        const file = THEME_FILES[id];
        return { id, file, data: await loadFile(dir, file, 'seed', id === 'data' ? dataThemeFileSchema : themeFileSchema) };
      }),
    ),
    loadFile(dir, CONTENT_FILES.actionQuestions, 'seed', actionQuestionsSchema),
    loadFile(dir, CONTENT_FILES.smarte, 'app', smarteSchema),
    loadFile(dir, CONTENT_FILES.reflectionSituations, 'app', reflectionSituationsSchema),
  ]);

  const bank = buildQuestionBank({
    intro: { file: CONTENT_FILES.intro, data: intro },
    themes,
    actionQuestions: { file: CONTENT_FILES.actionQuestions, questions: actionQuestions.questions },
  });
  const dataTheme = toDataTheme(bank);
  checkSituations(reflectionSituations, dataTheme);
  checkSmarteQuotes(smarte, bank);

  return { dataTheme, actionQuestions, smarte, reflectionSituations, bank };
}

function questionsOf(content: Content, guide: SituationGuide): ReflectionQuestion[] {
  const byId = new Map(content.dataTheme.reflectionQuestions.map((q) => [q.id, q]));
  return guide.questionIds.flatMap((id) => {
    const question = byId.get(id);
    return question ? [question] : [];
  });
}

/** The reflection questions that fit a situation, in the order the situation lists them. */
export function questionsForSituation(content: Content, situation: Situation): ReflectionQuestion[] {
  return questionsOf(content, content.reflectionSituations[situation]);
}

/** The reflection questions that fit a free topic of this kind. */
export function questionsForTopic(content: Content, kind: TopicKind): ReflectionQuestion[] {
  return questionsOf(content, content.reflectionSituations.topics[kind]);
}
