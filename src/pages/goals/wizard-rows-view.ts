import { isIsoDate } from '../../periods/calendar-date.js';
import {
  collectRows,
  MAX_ROWS,
  ROW_PARTS,
  rowField,
  type PostedRow,
  type RowKind,
  type RowPart,
} from '../../goals/goal-form-rows.js';
import type { GoalStep } from '../../goals/goal-steps.js';

/*
 * The wizard's repeated rows (acceptances, resources, milestones) as the form shows them, and
 * what the row buttons post. Everything works without JavaScript: the form always ends with a
 * spare empty row; "Tilføj en række" saves the step and shows one more empty row; "Fjern"
 * posts the step without that row. Rows are numbered as parseGoalForm numbers them (the
 * non-blank rows from 0), so the field names in errors and SMARTE results match the inputs.
 */

export const rowMessages = {
  add: 'Tilføj en række',
  removed: (noun: string, n: number) => `${noun} ${n} er fjernet, og det, I ellers havde skrevet på siden, er gemt.`,
  full: (max: number, noun: string) => `Der kan højst være ${max} ${noun}.`,
};

const NOUNS: Record<RowKind, { one: string; many: string }> = {
  acceptance: { one: 'Part', many: 'parter' },
  resource: { one: 'Ressource', many: 'ressourcer' },
  milestone: { one: 'Delmål', many: 'delmål' },
};

export function rowNoun(kind: RowKind): string {
  return NOUNS[kind].one;
}

export interface RowFieldView {
  id: string;
  value: string;
  error?: string;
  hint?: string;
}

export interface RowView<K extends RowKind> {
  index: number;
  legend: string;
  spare: boolean;
  /** A row proposed by the app (suggested milestones) that is not stored yet. */
  suggested: boolean;
  fields: Record<RowPart<K>, RowFieldView>;
  /** The value of this row's "Fjern" button; spare rows have none. */
  remove?: { value: string; label: string };
}

export interface RowsView<K extends RowKind> {
  kind: K;
  /** The id of the rows' container, where "Fjern" lands. */
  id: string;
  rows: RowView<K>[];
  canAdd: boolean;
  addLabel: string;
  fullText?: string;
}

export interface RowsInput<K extends RowKind> {
  kind: K;
  values: Record<string, unknown>;
  fieldErrors: Record<string, string> | undefined;
  /** Hints from content/smarte.yaml, keyed `<kind>-<part>`. */
  hints: Record<string, string>;
  /** How many empty rows to show at the end (at least one). */
  spares: number;
  /** Rows to show when the form has none of its own (suggested milestones). */
  suggested?: PostedRow<K>[];
}

export function rowsContainerId(kind: RowKind): string {
  return `${kind}-rows`;
}

/** The rows the form posted or the goal holds, renumbered from 0, blank rows left out. */
export function filledRows<K extends RowKind>(values: Record<string, unknown>, kind: K): PostedRow<K>[] {
  return collectRows(values, kind, () => undefined);
}

function blankRow<K extends RowKind>(kind: K): PostedRow<K> {
  return Object.fromEntries(ROW_PARTS[kind].map((part) => [part, ''])) as PostedRow<K>;
}

export function rowsView<K extends RowKind>(input: RowsInput<K>): RowsView<K> {
  const { kind, values, fieldErrors, hints } = input;
  const parts = ROW_PARTS[kind] as readonly RowPart<K>[];
  const own = filledRows(values, kind);
  const suggested = own.length === 0 && input.suggested !== undefined && input.suggested.length > 0;
  const filled = suggested ? input.suggested! : own;
  const max = MAX_ROWS[kind];
  const spares = Math.max(0, Math.min(Math.max(1, input.spares), max - filled.length));
  const all = [...filled, ...Array.from({ length: spares }, () => blankRow(kind))];
  const noun = NOUNS[kind];
  const rows = all.map((row, index): RowView<K> => {
    const spare = index >= filled.length;
    const fields = Object.fromEntries(
      parts.map((part) => {
        const id = rowField(kind, index, part);
        const hint = hints[`${kind}-${part}`];
        const error = fieldErrors?.[id];
        return [part, { id, value: row[part], ...(error && { error }), ...(hint && { hint }) }];
      }),
    ) as Record<RowPart<K>, RowFieldView>;
    return {
      index,
      legend: `${noun.one} ${index + 1}${spare ? ' (ny)' : ''}`,
      spare,
      suggested: suggested && !spare,
      fields,
      ...(!spare && !suggested && { remove: { value: `${kind}-${index}`, label: `Fjern ${noun.one.toLowerCase()} ${index + 1}` } }),
    };
  });
  const canAdd = all.length < max;
  return {
    kind,
    id: rowsContainerId(kind),
    rows,
    canAdd,
    addLabel: rowMessages.add,
    ...(!canAdd && { fullText: rowMessages.full(max, noun.many) }),
  };
}

/** A date as the form shows it: a stored ISO date as dd.mm.åååå; anything else (what was typed) as it is. */
export function shownDate(value: string): string {
  if (!isIsoDate(value, { minYear: 1900 })) return value;
  const [year, month, day] = value.split('-');
  return `${day}.${month}.${year}`;
}

/** The one row kind a step repeats, if any. */
export function rowKindOf(step: GoalStep): RowKind | undefined {
  return step.rows[0];
}

/** How many empty rows of this kind the post held (the spare rows it showed and left empty). */
export function blankRowsPosted(body: Record<string, unknown>, kind: RowKind): number {
  const pattern = new RegExp(`^${kind}-(\\d{1,4})-(?:${ROW_PARTS[kind].join('|')})$`);
  const indexes = new Set<number>();
  for (const key of Object.keys(body)) {
    const m = pattern.exec(key);
    if (m) indexes.add(Number(m[1]));
  }
  return Math.max(0, indexes.size - filledRows(body, kind).length);
}

/** The empty rows to show after "Tilføj en række": the ones shown before, plus one. */
export function sparesAfterAdd(body: Record<string, unknown>, kind: RowKind): number {
  return Math.min(MAX_ROWS[kind], blankRowsPosted(body, kind) + 1);
}

/** `?raekker=3` on a step's address: how many empty rows to show, 1 when absent or unreadable. */
export function sparesFromQuery(raw: unknown, kind: RowKind | undefined): number {
  if (!kind || typeof raw !== 'string' || !/^\d{1,3}$/.test(raw)) return 1;
  return Math.min(MAX_ROWS[kind], Math.max(1, Number(raw)));
}

/** The row a "Fjern" button names (`acceptance-2`), only of the step's own kind. */
export function rowToRemove(raw: unknown, step: GoalStep): { kind: RowKind; index: number } | undefined {
  const kind = rowKindOf(step);
  if (!kind || typeof raw !== 'string') return undefined;
  const m = new RegExp(`^${kind}-(\\d{1,4})$`).exec(raw);
  return m ? { kind, index: Number(m[1]) } : undefined;
}

/**
 * The post without one row. `index` counts the non-blank rows as the form numbered them, which
 * may differ from the posted indexes when a blank row sits between filled ones.
 */
export function withoutRow(body: Record<string, unknown>, kind: RowKind, index: number): Record<string, unknown> {
  const rows = filledRows(body, kind).filter((_, i) => i !== index);
  const rest = Object.fromEntries(Object.entries(body).filter(([key]) => !new RegExp(`^${kind}-\\d{1,4}-`).test(key)));
  rows.forEach((row, i) => {
    for (const [part, value] of Object.entries(row)) rest[rowField(kind, i, part as RowPart<typeof kind>)] = value;
  });
  return rest;
}

/** Where "Tilføj en række" lands: the newest empty row's first field. */
export function addedRowAnchor(kind: RowKind, filled: number, spares: number): string {
  return rowField(kind, filled + spares - 1, ROW_PARTS[kind][0] as RowPart<typeof kind>);
}
