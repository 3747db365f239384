import { type Frequency, type Period } from '../periods/period.js';
import { parsePeriod } from '../periods/period-parse.js';
import type { FieldError } from '../shared/errors.js';
import { readDateField } from '../periods/calendar-date.js';
import { cprFieldErrors } from '../shared/cpr.js';

export type ActionStatus = 'open' | 'in-progress' | 'done' | 'abandoned';

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Ikke startet',
  'in-progress': 'I gang',
  done: 'Færdig',
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
  /** The member responsible, when it is one; null for someone outside the group. */
  responsibleUserId?: number | null;
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
  responsibleUserId?: number | null;
  dueDate: string;
  startPeriod: Period | null;
  interventionKind: InterventionKind | null;
}

export const messages = {
  whatRequired: 'Skriv, hvad I ændrer – og hvorfor.',
  howRequired: 'Skriv, hvordan I gør det.',
  responsibleRequired: 'Vælg, hvem der er ansvarlig for at sætte det i gang – eller skriv navnet på en uden for ledergruppen.',
  responsibleNameRequired: 'Skriv navnet på den ansvarlige uden for ledergruppen.',
  responsibleNotMember: 'Vælg en af ledergruppens medlemmer som ansvarlig, eller „En uden for ledergruppen“.',
  commentTooLong: 'Kommentaren må højst være 2000 tegn.',
  nothingChanged: 'Vælg en ny status, eller skriv en kommentar om, hvor langt I er.',
  indicatorUnknown: 'Vælg en af gruppens indikatorer, eller „Ingen indikator“.',
  goalUnknown: 'Vælg et af gruppens mål, eller „Intet mål“.',
  tooLong: 'Teksten må højst være 2000 tegn.',
  statusInvalid: 'Vælg en status: ikke startet, i gang, færdig eller opgivet.',
  interventionKindInvalid: 'Vælg, om handlingen er en indsats, I vil måle effekten af, og i så fald hvilken slags.',
  interventionStartRequired: 'Skriv, fra hvilken periode indsatsen virker, fx 1. kvt. 2027. Så kan grafen vise gennemsnittet før og efter.',
  interventionNeedsIndicator: 'Effekten af en indsats måles på en indikator. Punktet har ingen indikator, så vælg „Nej“.',
};

/** Someone who can be made responsible: a member of the group. */
export interface ResponsibleMember {
  userId: number;
  name: string;
}

/** The choice in the responsible select for someone outside the group, whose name is written. */
export const OUTSIDE_GROUP = 'other';

/**
 * The responsible person: a member chosen in `responsibleUserId`, or with "other" (or nothing chosen)
 * the name written in `responsible`, for someone outside the group.
 */
function readResponsible(raw: Record<string, unknown>, members: readonly ResponsibleMember[]): { name: string; userId: number | null } | FieldError {
  const choice = String(raw.responsibleUserId ?? '').trim();
  const written = String(raw.responsible ?? '').trim();
  if (choice !== '' && choice !== OUTSIDE_GROUP) {
    const member = members.find((m) => String(m.userId) === choice);
    return member ? { name: member.name, userId: member.userId } : { field: 'responsibleUserId', message: messages.responsibleNotMember };
  }
  if (written) return { name: written, userId: null };
  return choice === OUTSIDE_GROUP ? { field: 'responsible', message: messages.responsibleNameRequired } : { field: 'responsibleUserId', message: messages.responsibleRequired };
}

/** The answers to the three closing questions, with the responsible among `members` or written. */
export function validateAction(
  raw: Record<string, unknown>,
  frequency: Frequency | undefined,
  members: readonly ResponsibleMember[] = [],
): { ok: true; value: ActionInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const text = (key: string) => String(raw[key] ?? '').trim();
  const whatAndWhy = text('whatAndWhy');
  const howAndWho = text('howAndWho');
  const who = readResponsible(raw, members);
  const responsible = 'name' in who ? who.name : text('responsible');
  const dueDate = readDateField(raw, 'dueDate', { what: 'fristen', example: '31 3 2027' });
  if (!whatAndWhy) errors.push({ field: 'whatAndWhy', message: messages.whatRequired });
  if (!howAndWho) errors.push({ field: 'howAndWho', message: messages.howRequired });
  if ('field' in who) errors.push(who);
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
  const responsibleUserId = 'name' in who ? who.userId : null;
  return { ok: true, value: { whatAndWhy, howAndWho, responsible, responsibleUserId, dueDate: dueDate.iso, startPeriod, interventionKind } };
}

export function parseActionStatus(value: unknown): ActionStatus | undefined {
  return ACTION_STATUSES.find((s) => s === value);
}

export function isOpen(action: Pick<Action, 'status'>): boolean {
  return action.status === 'open' || action.status === 'in-progress';
}

/** Open and past its deadline on `today` (a day in Copenhagen). */
export function isOverdue(action: Pick<Action, 'status' | 'dueDate'>, today: string): boolean {
  return isOpen(action) && action.dueDate < today;
}

/** One change of an action's status, with the comment the group wrote; the first is its creation. */
export interface ActionStatusChange {
  id: number;
  actionId: number;
  fromStatus: ActionStatus | null;
  toStatus: ActionStatus;
  comment: string;
  changedBy: string | null;
  changedAt: string;
}

/** A status change's status and comment from a form. */
export function validateStatusChange(raw: Record<string, unknown>, current: ActionStatus): { ok: true; value: { status: ActionStatus; comment: string } } | { ok: false; errors: FieldError[] } {
  const status = parseActionStatus(raw.status);
  const comment = String(raw.comment ?? '').trim();
  const errors: FieldError[] = [];
  if (!status) errors.push({ field: 'status', message: messages.statusInvalid });
  if (comment.length > 2000) errors.push({ field: 'comment', message: messages.commentTooLong });
  errors.push(...cprFieldErrors({ comment }));
  if (status && status === current && !comment && !errors.length) errors.push({ field: 'status', message: messages.nothingChanged });
  return errors.length || !status ? { ok: false, errors } : { ok: true, value: { status, comment } };
}
