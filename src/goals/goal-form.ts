import type { Indicator } from '../indicators/indicator.js';
import { parseDanishNumber } from '../numbers/danish-number.js';
import { parsePeriod, type Period } from '../periods/period.js';
import type { FieldError } from '../shared/errors.js';
import {
  ACCEPTING_PARTIES,
  GOAL_STATUSES,
  type Acceptance,
  type AcceptingParty,
  type GoalDraft,
  type GoalStatus,
} from './goal.js';
import { containsCpr, CPR_IN_TEXT, cprFieldErrors } from '../shared/cpr.js';

/*
 * Form encoding for acceptances (works without JavaScript):
 *
 *   acceptance-0-party=employees
 *   acceptance-0-otherName=
 *   acceptance-0-how=MED-udvalget godkendte målet
 *   acceptance-0-when=12. marts 2026
 *   acceptance-1-party=…
 *
 * Flat, indexed names were chosen over "acceptances[0][party]" because the app's
 * urlencoded parser runs with extended: false (no nested objects), and because each
 * name doubles as a valid element id, so an error summary can link straight to the
 * field. Rows whose four fields are all blank are ignored, so the form can always
 * show one spare empty row; the remaining rows are renumbered from 0 in index order,
 * and `acceptanceRows` plus every field name in errors and SMARTE results use that
 * new numbering.
 */

export type AcceptancePart = 'party' | 'otherName' | 'how' | 'when';

export function acceptanceField(index: number, part: AcceptancePart): string {
  return `acceptance-${index}-${part}`;
}

/** Enough for every party type twice; a cap keeps a crafted post from creating thousands of rows. */
export const MAX_ACCEPTANCE_ROWS = 20;

/** The posted strings of one non-blank acceptance row, for showing the form again. */
export type AcceptanceRow = Record<AcceptancePart, string>;

export interface GoalFormResult {
  draft: GoalDraft;
  errors: FieldError[];
  acceptanceRows: AcceptanceRow[];
}

const TEXT_LIMITS = {
  title: { max: 150, label: 'Titlen' },
  description: { max: 2000, label: 'Beskrivelsen' },
  responsible: { max: 300, label: 'Den ansvarlige' },
  resources: { max: 2000, label: 'Ressourcerne' },
  realismReasoning: { max: 2000, label: 'Begrundelsen' },
  whyItMatters: { max: 2000, label: 'Hvorfor-teksten' },
  drivenBy: { max: 300, label: 'Hvem der driver arbejdet' },
} as const;

const ACCEPTANCE_TEXT_MAX = 300;

export const formMessages = {
  tooLong: (label: string, max: number, length: number) => `${label} må højst være ${max} tegn – nu er der ${length}.`,
  indicatorInvalid: 'Vælg en indikator fra listen.',
  statusInvalid: 'Vælg en status: kladde, aktiv, nået, ikke nået eller opgivet.',
  tooManyAcceptances: `Der kan højst være ${MAX_ACCEPTANCE_ROWS} parter. Saml nogle af dem i én række.`,
  partyRequired: (n: number) => `Vælg, hvem der har accepteret målet, i række ${n}.`,
  partyInvalid: (n: number) => `Vælg en af parterne på listen i række ${n}.`,
  acceptanceTooLong: (n: number) => `Teksten i række ${n} må højst være ${ACCEPTANCE_TEXT_MAX} tegn pr. felt.`,
};

function text(raw: Record<string, unknown>, key: string): string {
  const value = raw[key];
  return typeof value === 'string' ? value.trim() : '';
}

function isOneOf<T extends string>(options: readonly T[], value: string): value is T {
  return (options as readonly string[]).includes(value);
}

type Fail = (field: string, message: string) => void;

function optionalNumber(raw: Record<string, unknown>, field: string, fail: Fail): number | null {
  const input = text(raw, field);
  if (!input) return null;
  const parsed = parseDanishNumber(input);
  if (parsed.ok) return parsed.value;
  fail(field, parsed.message);
  return null;
}

function optionalPeriod(raw: Record<string, unknown>, field: string, indicator: Indicator | undefined, fail: Fail): Period | null {
  const input = text(raw, field);
  if (!input) return null;
  const parsed = parsePeriod(input, indicator?.frequency);
  if (parsed.ok) return parsed.period;
  fail(field, parsed.message);
  return null;
}

const ROW_KEY = /^acceptance-(\d{1,4})-(party|otherName|how|when)$/;

function collectRows(raw: Record<string, unknown>): AcceptanceRow[] {
  const byIndex = new Map<number, AcceptanceRow>();
  for (const key of Object.keys(raw)) {
    const m = ROW_KEY.exec(key);
    if (!m) continue;
    const index = Number(m[1]);
    const row = byIndex.get(index) ?? { party: '', otherName: '', how: '', when: '' };
    row[m[2] as AcceptancePart] = text(raw, key);
    byIndex.set(index, row);
  }
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => row.party || row.otherName || row.how || row.when);
}

function parseAcceptances(raw: Record<string, unknown>, fail: Fail): { rows: AcceptanceRow[]; acceptances: Acceptance[] } {
  const rows = collectRows(raw);
  if (rows.length > MAX_ACCEPTANCE_ROWS) {
    fail(acceptanceField(MAX_ACCEPTANCE_ROWS, 'party'), formMessages.tooManyAcceptances);
  }
  const acceptances: Acceptance[] = [];
  rows.slice(0, MAX_ACCEPTANCE_ROWS).forEach((row, i) => {
    const shown = i + 1;
    if (!row.party) return fail(acceptanceField(i, 'party'), formMessages.partyRequired(shown));
    if (!isOneOf<AcceptingParty>(ACCEPTING_PARTIES, row.party)) {
      return fail(acceptanceField(i, 'party'), formMessages.partyInvalid(shown));
    }
    const tooLong = (['otherName', 'how', 'when'] as const).find((part) => row[part].length > ACCEPTANCE_TEXT_MAX);
    if (tooLong) return fail(acceptanceField(i, tooLong), formMessages.acceptanceTooLong(shown));
    const withCpr = (['otherName', 'how', 'when'] as const).find((part) => containsCpr(row[part]));
    if (withCpr) return fail(acceptanceField(i, withCpr), CPR_IN_TEXT);
    acceptances.push({
      party: row.party,
      ...(row.party === 'other' ? { otherName: row.otherName } : {}),
      how: row.how,
      when: row.when,
    });
  });
  return { rows, acceptances };
}

/**
 * Turns the posted goal form into a draft. Only input that cannot be read is an error here
 * (a number or period that does not parse, an unknown choice, text over the limit);
 * whether the goal is good enough is the SMARTE check's job, so empty fields become
 * '' or null and never errors. Field names in errors equal the form's input names.
 */
export function parseGoalForm(raw: Record<string, unknown>, indicator: Indicator | undefined): GoalFormResult {
  const errors: FieldError[] = [];
  const fail: Fail = (field, message) => {
    errors.push({ field, message });
  };

  const limited = (field: keyof typeof TEXT_LIMITS): string => {
    const value = text(raw, field);
    const { max, label } = TEXT_LIMITS[field];
    if (value.length > max) fail(field, formMessages.tooLong(label, max, value.length));
    else errors.push(...cprFieldErrors({ [field]: value }));
    return value;
  };
  // Fields are read in GoalDraft order, which the form follows, so the error summary reads top to bottom.
  const title = limited('title');
  const description = limited('description');

  const indicatorText = text(raw, 'indicatorId');
  let indicatorId: number | null = null;
  if (/^[1-9]\d{0,9}$/.test(indicatorText)) indicatorId = Number(indicatorText);
  else if (indicatorText) fail('indicatorId', formMessages.indicatorInvalid);

  const baselineValue = optionalNumber(raw, 'baselineValue', fail);
  const baselinePeriod = optionalPeriod(raw, 'baselinePeriod', indicator, fail);
  const targetValue = optionalNumber(raw, 'targetValue', fail);
  const deadline = optionalPeriod(raw, 'deadline', indicator, fail);

  const sourceText = text(raw, 'baselineSource');
  const baselineSource = sourceText === 'data' || sourceText === 'manual' ? sourceText : undefined;

  const responsible = limited('responsible');
  const { rows, acceptances } = parseAcceptances(raw, fail);
  const resources = limited('resources');
  const realismReasoning = limited('realismReasoning');
  const whyItMatters = limited('whyItMatters');
  const drivenBy = limited('drivenBy');

  const statusText = text(raw, 'status');
  let status: GoalStatus = 'draft';
  if (isOneOf<GoalStatus>(GOAL_STATUSES, statusText)) status = statusText;
  else if (statusText) fail('status', formMessages.statusInvalid);

  return {
    draft: {
      title,
      description,
      indicatorId,
      baselineValue,
      baselinePeriod,
      ...(baselineSource ? { baselineSource } : {}),
      targetValue,
      deadline,
      responsible,
      acceptances,
      resources,
      realismReasoning,
      whyItMatters,
      drivenBy,
      status,
    },
    errors,
    acceptanceRows: rows,
  };
}
