/**
 * Loads and validates the editorial content in content/*.yaml: the data theme
 * of the leadership foundation, the closing action questions, the SMARTE
 * checklist and which reflection questions fit which indicator situation.
 *
 * The content is read once at start-up. Any problem throws an Error whose
 * message names the file and what is wrong, so a broken edit stops the app
 * early instead of showing half a page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const CONTENT_FILES = {
  dataTheme: 'data-theme.yaml',
  actionQuestions: 'action-questions.yaml',
  smarte: 'smarte.yaml',
  reflectionSituations: 'reflection-situations.yaml',
} as const;

export const SITUATIONS = ['offTrack', 'improving', 'flat', 'missingData', 'goalReached'] as const;
export type Situation = (typeof SITUATIONS)[number];

export const ACTION_QUESTION_IDS = ['what-and-why', 'how-and-who', 'when'] as const;
export type ActionQuestionId = (typeof ACTION_QUESTION_IDS)[number];

export const SMARTE_ORDER = [
  { letter: 'S', key: 'specific' },
  { letter: 'M', key: 'measurable' },
  { letter: 'A', key: 'accepted' },
  { letter: 'R', key: 'realistic' },
  { letter: 'T', key: 'timebound' },
  { letter: 'E', key: 'engaging' },
] as const;
export type SmarteLetter = (typeof SMARTE_ORDER)[number]['letter'];
export type SmarteKey = (typeof SMARTE_ORDER)[number]['key'];

const REFLECTION_QUESTION_COUNT = 7;

const text = z.string().trim().min(1, 'must be a non-empty text');
const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a short kebab-case id such as "valid-data"');

/** Adds an issue for every id that occurs more than once in `ids`. */
function checkUnique(ids: readonly string[], ctx: z.RefinementCtx, pathPrefix: (string | number)[]): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      ctx.addIssue({ code: 'custom', message: `duplicate id "${id}"`, path: [...pathPrefix, index, 'id'] });
    }
    seen.add(id);
  });
}

const reflectionQuestionSchema = z.strictObject({ id: kebabId, text });

const dataThemeSchema = z
  .strictObject({
    title: text,
    intro: text,
    behaviours: z.array(text).min(1, 'must list at least one behaviour'),
    reflectionQuestions: z
      .array(reflectionQuestionSchema)
      .length(REFLECTION_QUESTION_COUNT, `must contain exactly ${REFLECTION_QUESTION_COUNT} questions`),
    closing: text,
  })
  .superRefine((theme, ctx) => {
    checkUnique(
      theme.reflectionQuestions.map((q) => q.id),
      ctx,
      ['reflectionQuestions'],
    );
  });

const actionQuestionSchema = z.strictObject({ id: z.enum(ACTION_QUESTION_IDS), text });

const actionQuestionsSchema = z
  .strictObject({
    intro: text,
    questions: z
      .array(actionQuestionSchema)
      .length(ACTION_QUESTION_IDS.length, `must contain exactly ${ACTION_QUESTION_IDS.length} questions`),
  })
  .superRefine((content, ctx) => {
    checkUnique(
      content.questions.map((q) => q.id),
      ctx,
      ['questions'],
    );
  });

const smarteCriterionSchema = z.strictObject({
  letter: z.enum(SMARTE_ORDER.map((c) => c.letter) as [SmarteLetter, ...SmarteLetter[]]),
  key: z.enum(SMARTE_ORDER.map((c) => c.key) as [SmarteKey, ...SmarteKey[]]),
  name: text,
  seedText: text,
  guidingQuestions: z.array(text).min(1, 'must have 1–2 questions').max(2, 'must have 1–2 questions'),
});

const smarteSchema = z
  .strictObject({
    intro: text,
    criteria: z.array(smarteCriterionSchema).length(SMARTE_ORDER.length, `must contain exactly ${SMARTE_ORDER.length} criteria`),
  })
  .superRefine((content, ctx) => {
    content.criteria.forEach((criterion, index) => {
      const expected = SMARTE_ORDER[index];
      if (expected && (criterion.letter !== expected.letter || criterion.key !== expected.key)) {
        ctx.addIssue({
          code: 'custom',
          message: `expected ${expected.letter} (${expected.key}) at position ${index + 1}, got ${criterion.letter} (${criterion.key}); criteria must be in the order S, M, A, R, T, E`,
          path: ['criteria', index],
        });
      }
    });
  });

const situationGuideSchema = z.strictObject({
  label: text,
  questionIds: z
    .array(kebabId)
    .min(2, 'must list 2–4 question ids')
    .max(4, 'must list 2–4 question ids')
    .superRefine((ids, ctx) => {
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate question id "${id}"`, path: [index] });
        seen.add(id);
      });
    }),
});

const reflectionSituationsSchema = z.strictObject({
  offTrack: situationGuideSchema,
  improving: situationGuideSchema,
  flat: situationGuideSchema,
  missingData: situationGuideSchema,
  goalReached: situationGuideSchema,
});

export type ReflectionQuestion = z.infer<typeof reflectionQuestionSchema>;
export type DataTheme = z.infer<typeof dataThemeSchema>;
export type ActionQuestion = z.infer<typeof actionQuestionSchema>;
export type ActionQuestions = z.infer<typeof actionQuestionsSchema>;
export type SmarteCriterion = z.infer<typeof smarteCriterionSchema>;
export type Smarte = z.infer<typeof smarteSchema>;
export type SituationGuide = z.infer<typeof situationGuideSchema>;
export type ReflectionSituations = Record<Situation, SituationGuide>;

export interface Content {
  dataTheme: DataTheme;
  actionQuestions: ActionQuestions;
  smarte: Smarte;
  reflectionSituations: ReflectionSituations;
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

async function loadFile<T>(dir: string, fileName: string, schema: z.ZodType<T>): Promise<T> {
  const data = await readYamlFile(dir, fileName);
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new Error(`Content file ${fileName} is invalid: ${formatIssues(result.error)}`);
  }
  return result.data;
}

/** Reads and validates all content files in `dir` (normally the project's content/ folder). */
export async function loadContent(dir: string): Promise<Content> {
  const [dataTheme, actionQuestions, smarte, reflectionSituations] = await Promise.all([
    loadFile(dir, CONTENT_FILES.dataTheme, dataThemeSchema),
    loadFile(dir, CONTENT_FILES.actionQuestions, actionQuestionsSchema),
    loadFile(dir, CONTENT_FILES.smarte, smarteSchema),
    loadFile(dir, CONTENT_FILES.reflectionSituations, reflectionSituationsSchema),
  ]);

  const knownIds = new Set(dataTheme.reflectionQuestions.map((q) => q.id));
  const unknown: string[] = [];
  for (const situation of SITUATIONS) {
    for (const id of reflectionSituations[situation].questionIds) {
      if (!knownIds.has(id)) unknown.push(`${situation}: unknown question id "${id}"`);
    }
  }
  if (unknown.length > 0) {
    throw new Error(
      `Content file ${CONTENT_FILES.reflectionSituations} is invalid: ${unknown.join('; ')} ` +
        `(known ids in ${CONTENT_FILES.dataTheme}: ${[...knownIds].join(', ')})`,
    );
  }

  return { dataTheme, actionQuestions, smarte, reflectionSituations };
}

/** The reflection questions that fit a situation, in the order the situation lists them. */
export function questionsForSituation(content: Content, situation: Situation): ReflectionQuestion[] {
  const byId = new Map(content.dataTheme.reflectionQuestions.map((q) => [q.id, q]));
  return content.reflectionSituations[situation].questionIds.flatMap((id) => {
    const question = byId.get(id);
    return question ? [question] : [];
  });
}
