import type { Indicator } from '../indicators/indicator.js';
import { parseDanishNumber } from '../numbers/danish-number.js';
import { comparePeriods, displayPeriod } from '../periods/period.js';
import { parsePeriod } from '../periods/period-parse.js';
import { containsCpr, CPR_IN_TEXT } from '../shared/cpr.js';
import { readDateText } from '../periods/calendar-date.js';
import {
  ACCEPTING_PARTIES,
  RESOURCE_KINDS,
  type Acceptance,
  type AcceptingParty,
  type Milestone,
  type Resource,
  type ResourceKind,
} from './goal.js';

/*
 * Repeated rows in the goal form (works without JavaScript):
 *
 *   acceptance-0-party=employees   acceptance-0-how=MED-udvalget godkendte målet   acceptance-0-when=2026-03-12
 *   resource-0-kind=hours          resource-0-amount=2                             resource-0-description=om ugen til …
 *   milestone-0-period=2027K1      milestone-0-value=7,3
 *
 * Flat, indexed names were chosen over "acceptances[0][party]" because the app's
 * urlencoded parser runs with extended: false (no nested objects), and because each
 * name doubles as a valid element id, so an error summary can link straight to the
 * field. Rows whose fields are all blank are ignored, so the form can always show one
 * spare empty row; the remaining rows are renumbered from 0 in index order, and the
 * posted rows plus every field name in errors and SMARTE results use that numbering.
 */

export type Fail = (field: string, message: string) => void;

export const ROW_PARTS = {
  acceptance: ['party', 'otherName', 'how', 'when'],
  resource: ['kind', 'amount', 'description'],
  milestone: ['period', 'value'],
} as const;

export type RowKind = keyof typeof ROW_PARTS;
export type RowPart<K extends RowKind> = (typeof ROW_PARTS)[K][number];
export type AcceptancePart = RowPart<'acceptance'>;
export type ResourcePart = RowPart<'resource'>;
export type MilestonePart = RowPart<'milestone'>;
/** The posted strings of one non-blank row, for showing the form again. */
export type PostedRow<K extends RowKind> = Record<RowPart<K>, string>;
export type AcceptanceRow = PostedRow<'acceptance'>;
export type ResourceRow = PostedRow<'resource'>;
export type MilestoneRow = PostedRow<'milestone'>;

export function rowField<K extends RowKind>(kind: K, index: number, part: RowPart<K>): string {
  return `${kind}-${index}-${part}`;
}

export const acceptanceField = (index: number, part: AcceptancePart) => rowField('acceptance', index, part);
export const resourceField = (index: number, part: ResourcePart) => rowField('resource', index, part);
export const milestoneField = (index: number, part: MilestonePart) => rowField('milestone', index, part);

/** True for any field name of a row of this kind, e.g. "resource-3-amount". */
export function isRowField(kind: RowKind, field: string): boolean {
  return new RegExp(`^${kind}-\\d{1,4}-(?:${ROW_PARTS[kind].join('|')})$`).test(field);
}

/** Enough for every party type twice; a cap keeps a crafted post from creating thousands of rows. */
export const MAX_ROWS: Record<RowKind, number> = { acceptance: 20, resource: 20, milestone: 40 };
export const MAX_ACCEPTANCE_ROWS = MAX_ROWS.acceptance;

const ROW_TEXT_MAX = 300;

export const rowMessages = {
  tooMany: (max: number, noun: string) => `Der kan højst være ${max} ${noun}. Saml nogle af dem i én række.`,
  tooLong: (n: number) => `Teksten i række ${n} må højst være ${ROW_TEXT_MAX} tegn pr. felt.`,
  partyRequired: (n: number) => `Vælg, hvem der har accepteret målet, i række ${n}.`,
  partyInvalid: (n: number) => `Vælg en af parterne på listen i række ${n}.`,
  kindRequired: (n: number) => `Vælg, hvilken slags ressource række ${n} er: timer, personer, kroner, kompetencer eller andet.`,
  kindInvalid: (n: number) => `Vælg en af ressourcetyperne på listen i række ${n}.`,
  amountNotPositive: (n: number) => `Mængden i række ${n} skal være større end 0.`,
  milestonePeriodRequired: (n: number) => `Skriv perioden for delmål ${n}, fx 2027K1.`,
  milestoneValueRequired: (n: number) => `Skriv værdien for delmål ${n}.`,
  milestoneTwice: (period: string) => `Der er to delmål for ${period}. Slet det ene.`,
};

const NOUNS: Record<RowKind, string> = { acceptance: 'parter', resource: 'ressourcer', milestone: 'delmål' };

function text(raw: Record<string, unknown>, key: string): string {
  const value = raw[key];
  return typeof value === 'string' ? value.trim() : '';
}

function isOneOf<T extends string>(options: readonly T[], value: string): value is T {
  return (options as readonly string[]).includes(value);
}

/** The non-blank rows of one kind in index order, capped at MAX_ROWS. */
export function collectRows<K extends RowKind>(raw: Record<string, unknown>, kind: K, fail: Fail): PostedRow<K>[] {
  const parts = ROW_PARTS[kind] as readonly RowPart<K>[];
  const pattern = new RegExp(`^${kind}-(\\d{1,4})-(${parts.join('|')})$`);
  const blank = () => Object.fromEntries(parts.map((p) => [p, ''])) as PostedRow<K>;
  const byIndex = new Map<number, PostedRow<K>>();
  for (const key of Object.keys(raw)) {
    const m = pattern.exec(key);
    if (!m) continue;
    const index = Number(m[1]);
    const row = byIndex.get(index) ?? blank();
    row[m[2] as RowPart<K>] = text(raw, key);
    byIndex.set(index, row);
  }
  const rows = [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => parts.some((p) => row[p] !== ''));
  if (rows.length > MAX_ROWS[kind]) fail(rowField(kind, MAX_ROWS[kind], parts[0]!), rowMessages.tooMany(MAX_ROWS[kind], NOUNS[kind]));
  return rows;
}

/** A row's free text must be short and must never hold a CPR number; the first problem is reported. */
function tooLong<K extends RowKind>(kind: K, row: PostedRow<K>, i: number, parts: readonly RowPart<K>[], fail: Fail): boolean {
  const part = parts.find((p) => row[p].length > ROW_TEXT_MAX);
  if (part) fail(rowField(kind, i, part), rowMessages.tooLong(i + 1));
  const withCpr = part === undefined ? parts.find((p) => containsCpr(row[p])) : undefined;
  if (withCpr) fail(rowField(kind, i, withCpr), CPR_IN_TEXT);
  return part !== undefined || withCpr !== undefined;
}

export function parseAcceptances(raw: Record<string, unknown>, fail: Fail): { rows: AcceptanceRow[]; acceptances: Acceptance[] } {
  const rows = collectRows(raw, 'acceptance', fail);
  const acceptances: Acceptance[] = [];
  rows.slice(0, MAX_ROWS.acceptance).forEach((row, i) => {
    const shown = i + 1;
    if (!row.party) return fail(acceptanceField(i, 'party'), rowMessages.partyRequired(shown));
    if (!isOneOf<AcceptingParty>(ACCEPTING_PARTIES, row.party)) return fail(acceptanceField(i, 'party'), rowMessages.partyInvalid(shown));
    if (tooLong('acceptance', row, i, ['otherName', 'how', 'when'], fail)) return;
    acceptances.push({
      party: row.party,
      ...(row.party === 'other' ? { otherName: row.otherName } : {}),
      how: row.how,
      // A date the form cannot read is kept as typed, so the A check can say what is wrong with it.
      when: readDateText(row.when, { minYear: 1900 }) ?? row.when,
    });
  });
  return { rows, acceptances };
}

export function parseResources(raw: Record<string, unknown>, fail: Fail): { rows: ResourceRow[]; resources: Resource[] } {
  const rows = collectRows(raw, 'resource', fail);
  const resources: Resource[] = [];
  rows.slice(0, MAX_ROWS.resource).forEach((row, i) => {
    const shown = i + 1;
    if (!row.kind) return fail(resourceField(i, 'kind'), rowMessages.kindRequired(shown));
    if (!isOneOf<ResourceKind>(RESOURCE_KINDS, row.kind)) return fail(resourceField(i, 'kind'), rowMessages.kindInvalid(shown));
    if (tooLong('resource', row, i, ['description'], fail)) return;
    let amount: number | null = null;
    if (row.amount) {
      const parsed = parseDanishNumber(row.amount);
      if (!parsed.ok) return fail(resourceField(i, 'amount'), parsed.message);
      if (parsed.value <= 0) return fail(resourceField(i, 'amount'), rowMessages.amountNotPositive(shown));
      amount = parsed.value;
    }
    resources.push({ kind: row.kind, amount, description: row.description });
  });
  return { rows, resources };
}

export function parseMilestones(
  raw: Record<string, unknown>,
  indicator: Indicator | undefined,
  fail: Fail,
): { rows: MilestoneRow[]; milestones: Milestone[] } {
  const rows = collectRows(raw, 'milestone', fail);
  const milestones: Milestone[] = [];
  rows.slice(0, MAX_ROWS.milestone).forEach((row, i) => {
    const shown = i + 1;
    if (!row.period) return fail(milestoneField(i, 'period'), rowMessages.milestonePeriodRequired(shown));
    if (!row.value) return fail(milestoneField(i, 'value'), rowMessages.milestoneValueRequired(shown));
    const period = parsePeriod(row.period, indicator?.frequency);
    if (!period.ok) return fail(milestoneField(i, 'period'), period.message);
    const value = parseDanishNumber(row.value);
    if (!value.ok) return fail(milestoneField(i, 'value'), value.message);
    const twice = milestones.find((m) => m.period.frequency === period.period.frequency && comparePeriods(m.period, period.period) === 0);
    if (twice) return fail(milestoneField(i, 'period'), rowMessages.milestoneTwice(displayPeriod(period.period)));
    milestones.push({ period: period.period, value: value.value });
  });
  return { rows, milestones };
}
