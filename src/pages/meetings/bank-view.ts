import { findQuestion, findThemeOrMethod, type Block, type Content, type QuestionBank, type Theme } from '../../content/content-loader.js';
import { displayDate } from '../../meetings/meeting.js';

/** A block of the leadership foundation as the templates show it; question references are resolved. */
function blockView(bank: QuestionBank, block: Block) {
  if (block.type === 'questionRefs') {
    return { type: 'questions', questions: block.questionIds.flatMap((id) => { const q = findQuestion(bank, id); return q ? [{ id, text: q.question.text }] : []; }) };
  }
  return block;
}

type Question = { id: string; text: string };

/** The questions a method asks, in its order: its question blocks and its colour groups' questions. */
function questionsOfBlocks(blocks: readonly Block[]): Question[] {
  return blocks.flatMap((block) =>
    block.type === 'questions'
      ? block.questions.map(({ id, text }) => ({ id, text }))
      : block.type === 'colourGroups'
        ? block.groups.flatMap((g) => g.questions.map(({ id, text }) => ({ id, text })))
        : [],
  );
}

/**
 * A theme box or a method on the agenda, as meeting mode and the minutes show it: a theme's
 * behaviours ("Det ses, når vi"), its reflection questions and its methods; a method's own text and
 * questions (or, when it asks none, its theme's questions).
 */
export function bankEntryView(content: Content, id: string | null) {
  const entry = id ? findThemeOrMethod(content.bank, id) : undefined;
  if (!entry) return undefined;
  const theme: Theme = entry.theme;
  if (entry.kind === 'theme') {
    return {
      kind: 'theme' as const,
      title: theme.title,
      kicker: 'Kasse fra ledelsesgrundlaget',
      intro: theme.intro,
      behaviours: theme.behaviours.map((b) => b.text),
      questions: theme.reflectionQuestions.map(({ id: qid, text }) => ({ id: qid, text })),
      methodsHeading: theme.methodsHeading,
      methods: theme.methods.map((m) => ({ id: m.id, title: m.title, blocks: m.blocks.map((b) => blockView(content.bank, b)) })),
      blocks: [],
    };
  }
  const own = questionsOfBlocks(entry.method.blocks);
  return {
    kind: 'method' as const,
    title: entry.method.title,
    kicker: `Metode fra kassen „${theme.title}“`,
    intro: undefined,
    behaviours: [],
    questions: own.length ? own : theme.reflectionQuestions.map(({ id: qid, text }) => ({ id: qid, text })),
    methodsHeading: undefined,
    methods: [],
    blocks: entry.method.blocks.map((b) => blockView(content.bank, b)),
  };
}

/** The title of a theme or method id, for agendas and lists. */
export function bankEntryTitle(content: Content, id: string | null): string | undefined {
  const entry = id ? findThemeOrMethod(content.bank, id) : undefined;
  return entry ? (entry.kind === 'theme' ? entry.theme.title : entry.method.title) : undefined;
}

/** The boxes and methods a group can put on its agenda, grouped by theme, for a <select> with optgroups. */
export function bankOptions(content: Content, chosen?: string) {
  return content.bank.themes.map((theme) => ({
    label: theme.title,
    options: [
      { value: theme.id, label: `Hele kassen: ${theme.title}`, selected: chosen === theme.id },
      ...theme.methods.map((m) => ({ value: m.id, label: `Metode: ${m.title}`, selected: chosen === m.id })),
    ],
  }));
}

/**
 * "En kasse ad gangen": each theme in the seed's order with the meetings that took it (or one of its
 * methods) up, and the suggested next box: the first never taken up, else the one taken up longest ago.
 */
export function themeJourney(content: Content, taken: ReadonlyArray<{ bankEntryId: string; meetingId: number; meetingTitle: string; date: string }>, meetingHref: (id: number) => string) {
  const rows = content.bank.themes.map((theme) => {
    const own = new Set([theme.id, ...theme.methods.map((m) => m.id)]);
    const meetings = taken.filter((t) => own.has(t.bankEntryId));
    return {
      id: theme.id,
      title: theme.title,
      taken: meetings.map((m) => ({
        href: meetingHref(m.meetingId),
        title: m.meetingTitle,
        dateText: displayDate(m.date),
        what: m.bankEntryId === theme.id ? undefined : bankEntryTitle(content, m.bankEntryId),
      })),
      last: meetings.at(-1)?.date,
    };
  });
  const next = rows.find((r) => !r.last) ?? [...rows].sort((a, b) => (a.last ?? '').localeCompare(b.last ?? ''))[0];
  return { rows: rows.map((r) => Object.assign(r, { suggested: r.id === next?.id })), next: next && { id: next.id, title: next.title } };
}
