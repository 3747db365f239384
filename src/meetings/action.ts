import { type Frequency, type Period } from '../periods/period.js';
import { parsePeriod } from '../periods/period-parse.js';
import type { FieldError } from '../shared/errors.js';
import { readDateField } from '../periods/calendar-date.js';
import { cprFieldErrors } from '../shared/cpr.js';

export type ActionStatus = 'open' | 'in-progress' | 'done' | 'abandoned';

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Åben',
  'in-progress': 'I gang',
  done: 'Udført',
  abandoned: 'Opgivet',
};

export const ACTION_STATUSES = Object.keys(ACTION_STATUS_LABELS) as ActionStatus[];

/**
 * An action can be an intervention whose effect the group wants to measure: it then has a kind and a
 * period it takes effect from, and its indicator's chart shades the before and the after.
 */
export type InterventionKind = 'work-practice' | 'organisation' | 'competence' | 'technology' | 'other';

export const INTERVENTION_KIND_LABELS: Record<InterventionKind, string> = {
  'work-practice': 'Ny arbejdsgang eller metode',
  organisation: 'Organisering eller bemanding',
  competence: 'Kompetenceudvikling',
  technology: 'Teknologi eller digitalisering',
  other: 'Anden indsats',
};

export const INTERVENTION_KINDS = Object.keys(INTERVENTION_KIND_LABELS) as InterventionKind[];

export function parseInterventionKind(value: unknown): InterventionKind | undefined {
  return INTERVENTION_KINDS.find((k) => k === value);
}

/** A decision from a meeting, in the words of the three closing questions. */
export interface Action {
  id: number;
  groupId: number;
  meetingId: number | null;
  itemId: number | null;
  indicatorId: number | null;
  goalId: number | null;
  whatAndWhy: string;
  howAndWho: string;
  responsible: string;
  dueDate: string;
  startPeriod: Period | null;
  /** Set when the action is an intervention to measure; it then always has a start period. */
  interventionKind: InterventionKind | null;
  status: ActionStatus;
  createdAt: string;
  updatedAt: string;
}

export interface ActionInput {
  whatAndWhy: string;
  howAndWho: string;
  responsible: string;
  dueDate: string;
  startPeriod: Period | null;
  interventionKind: InterventionKind | null;
}

export const messages = {
  whatRequired: 'Skriv, hvad I ændrer – og hvorfor.',
  howRequired: 'Skriv, hvordan I gør det.',
  responsibleRequired: 'Skriv, hvem der er ansvarlig for at sætte det i gang.',
  tooLong: 'Teksten må højst være 2000 tegn.',
  statusInvalid: 'Vælg en status: åben, i gang, udført eller opgivet.',
  interventionKindInvalid: 'Vælg, om handlingen er en indsats, I vil måle effekten af, og i så fald hvilken slags.',
  interventionStartRequired: 'Skriv, fra hvilken periode indsatsen virker, fx 1. kvt. 2027. Så kan grafen vise gennemsnittet før og efter.',
  interventionNeedsIndicator: 'Effekten af en indsats måles på en indikator. Punktet har ingen indikator, så vælg „Nej“.',
};

/** Fields are prefixed so several action forms can live on one meeting page. */
export function validateAction(raw: Record<string, unknown>, frequency: Frequency | undefined): { ok: true; value: ActionInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const text = (key: string) => String(raw[key] ?? '').trim();
  const whatAndWhy = text('whatAndWhy');
  const howAndWho = text('howAndWho');
  const responsible = text('responsible');
  const dueDate = readDateField(raw, 'dueDate', { what: 'fristen', example: '31 3 2027' });
  if (!whatAndWhy) errors.push({ field: 'whatAndWhy', message: messages.whatRequired });
  if (!howAndWho) errors.push({ field: 'howAndWho', message: messages.howRequired });
  if (!responsible) errors.push({ field: 'responsible', message: messages.responsibleRequired });
  for (const [field, value] of [['whatAndWhy', whatAndWhy], ['howAndWho', howAndWho], ['responsible', responsible]] as const) {
    if (value.length > 2000) errors.push({ field, message: messages.tooLong });
  }
  errors.push(...cprFieldErrors({ whatAndWhy, howAndWho, responsible }));
  if (!dueDate.ok) errors.push(dueDate.error);
  let startPeriod: Period | null = null;
  const periodText = text('startPeriod');
  if (periodText && frequency) {
    const parsed = parsePeriod(periodText, frequency);
    if (parsed.ok) startPeriod = parsed.period;
    else errors.push({ field: 'startPeriod', message: parsed.message });
  }
  const kindText = text('interventionKind');
  const interventionKind = kindText === '' ? null : (parseInterventionKind(kindText) ?? null);
  if (kindText !== '' && !interventionKind) errors.push({ field: 'interventionKind', message: messages.interventionKindInvalid });
  else if (interventionKind && !frequency) errors.push({ field: 'interventionKind', message: messages.interventionNeedsIndicator });
  else if (interventionKind && !periodText) errors.push({ field: 'startPeriod', message: messages.interventionStartRequired });
  if (errors.length || !dueDate.ok) return { ok: false, errors };
  return { ok: true, value: { whatAndWhy, howAndWho, responsible, dueDate: dueDate.iso, startPeriod, interventionKind } };
}

export function parseActionStatus(value: unknown): ActionStatus | undefined {
  return ACTION_STATUSES.find((s) => s === value);
}

export function isOpen(action: Pick<Action, 'status'>): boolean {
  return action.status === 'open' || action.status === 'in-progress';
}
