/**
 * The zod schemas of the question bank: the intro file and one file per theme
 * ("kasse") of the leadership foundation. The model is described at the top of
 * content-loader.ts; this module only says what a valid file looks like.
 */
import { z } from 'zod';

export const text = z.string().trim().min(1, 'must be a non-empty text');
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a short kebab-case id such as "valid-data"');

/** Ids of other entries in the bank (themes, behaviours, questions, methods). */
const related = z.array(kebabId).default([]);

const linkSchema = z.strictObject({
  url: z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) address without spaces'),
  /** The seed's remark after the address, e.g. "(videoen er tekstet på dansk)". */
  note: text.optional(),
});
const links = z.array(linkSchema).min(1, 'must list at least one link').optional();

const followUpSchema = z.strictObject({ id: kebabId, text, related });

export const questionSchema = z.strictObject({
  id: kebabId,
  text,
  /** Sub-questions the seed sets under this question. */
  followUps: z.array(followUpSchema).min(1, 'must list at least one follow-up question').optional(),
  related,
});

const listItemSchema = z.strictObject({ title: text, text, links });

export const COLOURS = ['blue', 'red', 'yellow'] as const;

const colourGroupSchema = z.strictObject({
  colour: z.enum(COLOURS),
  /** The colour as the seed names it: BLÅ, RØD, GUL. */
  label: text,
  title: text,
  questions: z.array(questionSchema).min(1, 'must list at least one question'),
});

const figureGroupSchema = z.strictObject({ labels: z.array(text).min(1, 'must list at least one label') });

export const blockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('heading'), text }),
  z.strictObject({ type: z.literal('paragraph'), text, links }),
  z.strictObject({ type: z.literal('questions'), questions: z.array(questionSchema).min(1, 'must list at least one question') }),
  /** Shows questions defined elsewhere in the bank (e.g. the action questions) at this place. */
  z.strictObject({ type: z.literal('questionRefs'), questionIds: z.array(kebabId).min(1, 'must list at least one question id') }),
  z.strictObject({
    type: z.literal('list'),
    numbered: z.boolean(),
    lead: text.optional(),
    items: z.array(listItemSchema).min(1, 'must list at least one item'),
  }),
  z.strictObject({ type: z.literal('colourGroups'), groups: z.array(colourGroupSchema).min(1, 'must list at least one group') }),
  /** The words inside a figure of the PDF; a figure with areas has one group per area. */
  z.strictObject({
    type: z.literal('figure'),
    caption: text.optional(),
    axes: z.array(text).min(1).optional(),
    groups: z.array(figureGroupSchema).min(1, 'must list at least one group'),
  }),
]);
const blocks = z.array(blockSchema).default([]);

export const methodSchema = z.strictObject({
  id: kebabId,
  title: text,
  related,
  blocks: z.array(blockSchema).min(1, 'must have at least one block'),
});

const behaviourSchema = z.strictObject({ id: kebabId, text, related });

export const themeFileSchema = z
  .strictObject({
    title: text,
    /** "Det ses, når vi:", the lead-in to the behaviours. */
    intro: text,
    behaviours: z.array(behaviourSchema).min(1, 'must list at least one behaviour'),
    reflectionQuestions: z.array(questionSchema).min(1, 'must list at least one question'),
    /** A closing paragraph after the questions (only the data theme has one). */
    closing: text.optional(),
    methodsHeading: text.optional(),
    methodsIntro: blocks,
    methods: z.array(methodSchema).default([]),
    methodsOutro: blocks,
    related,
  })
  .superRefine((theme, ctx) => {
    const hasMethodsPart = theme.methods.length > 0 || theme.methodsIntro.length > 0 || theme.methodsOutro.length > 0;
    if (hasMethodsPart && theme.methodsHeading === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a theme with methods must have a methodsHeading', path: ['methodsHeading'] });
    }
    if (theme.methodsHeading !== undefined && theme.methods.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'a theme with a methodsHeading must list at least one method', path: ['methods'] });
    }
  });

export const introFileSchema = z.strictObject({
  title: text,
  subtitle: text,
  /** The two columns of every theme box: the foundation's points and the questions. */
  columnHeadings: z.strictObject({ behaviours: text, questions: text }),
  advice: z.array(blockSchema).min(1, 'must have at least one block'),
  /** Who to contact; the seed's e-mail address and phone number are left out on purpose. */
  contact: z.strictObject({ lead: text, person: text, offer: text }),
  signOff: text,
});

export type Link = z.infer<typeof linkSchema>;
export type Question = z.infer<typeof questionSchema>;
export type FollowUpQuestion = z.infer<typeof followUpSchema>;
export type ListItem = z.infer<typeof listItemSchema>;
export type Colour = (typeof COLOURS)[number];
export type ColourGroup = z.infer<typeof colourGroupSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Method = z.infer<typeof methodSchema>;
export type Behaviour = z.infer<typeof behaviourSchema>;
export type ThemeFile = z.infer<typeof themeFileSchema>;
export type BankIntro = z.infer<typeof introFileSchema>;
