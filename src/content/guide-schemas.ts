/**
 * The schemas of the small guides next to the question bank: the closing
 * action questions (quoted from the leadership foundation), the SMARTE
 * checklist and which data-theme questions fit which indicator situation.
 */
import { z } from 'zod';
import { kebabId, text } from './bank-schema.js';

export const SITUATIONS = ['offTrack', 'improving', 'flat', 'missingData', 'goalReached'] as const;
export type Situation = (typeof SITUATIONS)[number];

/** What a free topic on the agenda is about; its questions are chosen by it (reflection-situations.yaml, topics). */
export const TOPIC_KINDS = ['experience', 'decision', 'goal', 'data', 'other'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

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

export const actionQuestionSchema = z.strictObject({ id: z.enum(ACTION_QUESTION_IDS), text });

export const actionQuestionsSchema = z
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

export const smarteCriterionSchema = z.strictObject({
  letter: z.enum(SMARTE_ORDER.map((c) => c.letter) as [SmarteLetter, ...SmarteLetter[]]),
  key: z.enum(SMARTE_ORDER.map((c) => c.key) as [SmarteKey, ...SmarteKey[]]),
  name: text,
  seedText: text,
  guidingQuestions: z.array(text).min(1, 'must have 1–2 questions').max(2, 'must have 1–2 questions'),
  /** The wizard's hint under each field, keyed by the field's name (`targetGroup`) or its row part (`acceptance-when`). */
  hints: z.record(z.string().regex(/^[a-z][A-Za-z]*(?:-[a-z][A-Za-z]*)?$/, 'must be a field name such as "targetGroup" or "acceptance-when"'), text).optional(),
});

export const smarteSchema = z
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

export const situationGuideSchema = z.strictObject({
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

export const reflectionSituationsSchema = z.strictObject({
  offTrack: situationGuideSchema,
  improving: situationGuideSchema,
  flat: situationGuideSchema,
  missingData: situationGuideSchema,
  goalReached: situationGuideSchema,
  topics: z.strictObject({
    experience: situationGuideSchema,
    decision: situationGuideSchema,
    goal: situationGuideSchema,
    data: situationGuideSchema,
    other: situationGuideSchema,
  }),
});

export type ActionQuestion = z.infer<typeof actionQuestionSchema>;
export type ActionQuestions = z.infer<typeof actionQuestionsSchema>;
export type SmarteCriterion = z.infer<typeof smarteCriterionSchema>;
export type Smarte = z.infer<typeof smarteSchema>;
export type SituationGuide = z.infer<typeof situationGuideSchema>;
