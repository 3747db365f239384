/**
 * Puts the intro, the five themes and the action questions together into one
 * question bank: every id is unique across the bank, and every cross-link
 * (`related`, `questionIds`) must point at something that exists. Problems are
 * reported per file with the path inside the file, like the schema errors.
 */
import type { BankIntro, Block, Behaviour, Method, ThemeFile } from './bank-schema.js';

/** The themes ("kasser") in the order the seed presents them, with their files. */
export const THEME_FILES = {
  profession: 'profession-theme.yaml',
  meaning: 'meaning-theme.yaml',
  together: 'together-theme.yaml',
  reflected: 'reflected-theme.yaml',
  data: 'data-theme.yaml',
} as const;
export type ThemeId = keyof typeof THEME_FILES;
export const THEME_IDS: readonly ThemeId[] = Object.keys(THEME_FILES) as ThemeId[];

export interface Theme extends ThemeFile {
  id: ThemeId;
}

export interface BankQuestion {
  id: string;
  text: string;
}

export type BankEntry =
  | { kind: 'theme'; id: string; theme: Theme }
  | { kind: 'behaviour'; id: string; behaviour: Behaviour; theme: Theme }
  | { kind: 'method'; id: string; method: Method; theme: Theme }
  | { kind: 'question'; id: string; question: BankQuestion; theme?: Theme; method?: Method };

export interface QuestionBank {
  intro: BankIntro;
  /** In the seed's order. */
  themes: readonly Theme[];
  entries: ReadonlyMap<string, BankEntry>;
  /** Every cross-link, as written in the content (from the entry that lists it). */
  links: ReadonlyArray<{ from: string; to: string }>;
}

export interface BankSources {
  intro: { file: string; data: BankIntro };
  themes: ReadonlyArray<{ id: ThemeId; file: string; data: ThemeFile }>;
  actionQuestions: { file: string; questions: readonly BankQuestion[] };
}

type Path = (string | number)[];
interface Place {
  file: string;
  path: Path;
}
interface Reference extends Place {
  from: string | undefined;
  to: string;
  mustBe?: BankEntry['kind'];
}

const formatPath = (path: Path): string => (path.length > 0 ? path.map(String).join('.') : '(root)');

class BankBuilder {
  readonly entries = new Map<string, BankEntry>();
  private readonly places = new Map<string, Place>();
  readonly references: Reference[] = [];
  readonly problems = new Map<string, string[]>();

  problem(place: Place, message: string): void {
    const list = this.problems.get(place.file) ?? [];
    list.push(`${formatPath(place.path)}: ${message}`);
    this.problems.set(place.file, list);
  }

  add(entry: BankEntry, place: Place): void {
    const earlier = this.places.get(entry.id);
    if (earlier) {
      this.problem(place, `duplicate id "${entry.id}" (already used at ${earlier.file} ${formatPath(earlier.path)})`);
      return;
    }
    this.entries.set(entry.id, entry);
    this.places.set(entry.id, place);
  }

  refer(from: string | undefined, ids: readonly string[], place: Place, mustBe?: BankEntry['kind']): void {
    ids.forEach((to, index) => this.references.push({ from, to, mustBe, file: place.file, path: [...place.path, index] }));
  }

  blocks(blocks: readonly Block[], place: Place, owner: { theme?: Theme; method?: Method }): void {
    blocks.forEach((block, index) => {
      const at = { file: place.file, path: [...place.path, index] };
      if (block.type === 'questions') {
        this.questions(block.questions, { file: at.file, path: [...at.path, 'questions'] }, owner);
      } else if (block.type === 'colourGroups') {
        block.groups.forEach((group, g) =>
          this.questions(group.questions, { file: at.file, path: [...at.path, 'groups', g, 'questions'] }, owner),
        );
      } else if (block.type === 'questionRefs') {
        this.refer(undefined, block.questionIds, { file: at.file, path: [...at.path, 'questionIds'] }, 'question');
      }
    });
  }

  questions(
    questions: ReadonlyArray<BankQuestion & { related?: string[]; followUps?: Array<BankQuestion & { related?: string[] }> }>,
    place: Place,
    owner: { theme?: Theme; method?: Method },
  ): void {
    questions.forEach((question, index) => {
      const path = [...place.path, index];
      this.add({ kind: 'question', id: question.id, question, ...owner }, { file: place.file, path: [...path, 'id'] });
      this.refer(question.id, question.related ?? [], { file: place.file, path: [...path, 'related'] });
      if (question.followUps) this.questions(question.followUps, { file: place.file, path: [...path, 'followUps'] }, owner);
    });
  }

  theme(theme: Theme, file: string): void {
    this.add({ kind: 'theme', id: theme.id, theme }, { file, path: [] });
    this.refer(theme.id, theme.related, { file, path: ['related'] });
    theme.behaviours.forEach((behaviour, index) => {
      this.add({ kind: 'behaviour', id: behaviour.id, behaviour, theme }, { file, path: ['behaviours', index, 'id'] });
      this.refer(behaviour.id, behaviour.related, { file, path: ['behaviours', index, 'related'] });
    });
    this.questions(theme.reflectionQuestions, { file, path: ['reflectionQuestions'] }, { theme });
    this.blocks(theme.methodsIntro, { file, path: ['methodsIntro'] }, { theme });
    theme.methods.forEach((method, index) => {
      this.add({ kind: 'method', id: method.id, method, theme }, { file, path: ['methods', index, 'id'] });
      this.refer(method.id, method.related, { file, path: ['methods', index, 'related'] });
      this.blocks(method.blocks, { file, path: ['methods', index, 'blocks'] }, { theme, method });
    });
    this.blocks(theme.methodsOutro, { file, path: ['methodsOutro'] }, { theme });
  }

  checkReferences(): void {
    for (const ref of this.references) {
      const target = this.entries.get(ref.to);
      if (!target) this.problem(ref, `unknown id "${ref.to}"`);
      else if (ref.mustBe && target.kind !== ref.mustBe) this.problem(ref, `"${ref.to}" is a ${target.kind}, not a ${ref.mustBe}`);
      else if (ref.from === ref.to) this.problem(ref, `"${ref.to}" links to itself`);
    }
  }
}

/** Builds the bank; throws an Error naming every file and path that is wrong. */
export function buildQuestionBank(sources: BankSources): QuestionBank {
  const builder = new BankBuilder();
  const themes = sources.themes.map(({ id, data }): Theme => ({ ...data, id }));
  themes.forEach((theme, index) => builder.theme(theme, sources.themes[index]!.file));
  sources.actionQuestions.questions.forEach((question, index) =>
    builder.add({ kind: 'question', id: question.id, question }, { file: sources.actionQuestions.file, path: ['questions', index, 'id'] }),
  );
  builder.blocks(sources.intro.data.advice, { file: sources.intro.file, path: ['advice'] }, {});
  builder.checkReferences();

  if (builder.problems.size > 0) {
    throw new Error(
      [...builder.problems].map(([file, list]) => `Content file ${file} is invalid: ${list.join('; ')}`).join('\n'),
    );
  }
  const links = builder.references.flatMap((ref) => (ref.from ? [{ from: ref.from, to: ref.to }] : []));
  return { intro: sources.intro.data, themes, entries: builder.entries, links };
}

/** A theme or a method by its id, for offering a theme box or a method as an agenda item. */
export function findThemeOrMethod(
  bank: QuestionBank,
  id: string,
): Extract<BankEntry, { kind: 'theme' | 'method' }> | undefined {
  const entry = bank.entries.get(id);
  return entry && (entry.kind === 'theme' || entry.kind === 'method') ? entry : undefined;
}

export function findQuestion(bank: QuestionBank, id: string): Extract<BankEntry, { kind: 'question' }> | undefined {
  const entry = bank.entries.get(id);
  return entry?.kind === 'question' ? entry : undefined;
}

/** Entries linked to or from `id`, each once, in the order the links are written. */
export function relatedEntries(bank: QuestionBank, id: string): BankEntry[] {
  const ids = bank.links.flatMap((link) => (link.from === id ? [link.to] : link.to === id ? [link.from] : []));
  return [...new Set(ids)].flatMap((other) => {
    const entry = bank.entries.get(other);
    return entry ? [entry] : [];
  });
}
