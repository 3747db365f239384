import { GOAL_STATUS_LABELS, GOAL_STATUSES, type Goal, type GoalStatus } from '../../goals/goal.js';
import { STATUS_TRANSITIONS } from '../../goals/goal-status.js';
import { PROGRESS_DISPLAY, type Progress } from '../../goals/progress.js';
import type { Verdict } from '../../goals/rules/types.js';
import { VERDICT_DISPLAY } from '../../goals/verdict-display.js';

/** Verdicts, progress and a goal's status as the templates show them: always text and icon, never colour alone. */

const messages = {
  filterAll: 'Alle mål',
  savedAsDraft: 'Målet er gemt som kladde. I kan arbejde videre med det, når I vil.',
  activated: 'Målet er aktivt. Fremdriften vises nu på målets side, på indikatoren og på gruppens forside.',
  statusChanged: (label: string) => `Målets status er nu „${label.toLowerCase()}“.`,
  showing: (count: number, label: string | undefined) => `Viser ${count} mål${label ? ` med status „${label.toLowerCase()}“` : ''}.`,
};

export function verdictView(verdict: Verdict) {
  return { verdict, ...VERDICT_DISPLAY[verdict] };
}

export function progressView(progress: Progress) {
  return { status: progress.status, message: progress.message, ...PROGRESS_DISPLAY[progress.status] };
}

const STATUS_BADGES: Record<GoalStatus, string> = {
  draft: '',
  active: 'info',
  reached: 'success',
  'not-reached': 'warning',
  abandoned: '',
};

export function statusView(status: GoalStatus) {
  return { code: status, label: GOAL_STATUS_LABELS[status], badge: STATUS_BADGES[status] };
}

/** The status filter speaks Danish in the address bar: ?status=ikke-naaet. */
export const STATUS_SLUGS: Record<GoalStatus, string> = {
  draft: 'kladde',
  active: 'aktiv',
  reached: 'naaet',
  'not-reached': 'ikke-naaet',
  abandoned: 'opgivet',
};

export function statusFromSlug(slug: unknown): GoalStatus | undefined {
  return GOAL_STATUSES.find((s) => STATUS_SLUGS[s] === slug);
}

export function statusFilterOptions(current: GoalStatus | undefined) {
  return [
    { value: '', label: messages.filterAll, selected: current === undefined },
    ...GOAL_STATUSES.map((s) => ({ value: STATUS_SLUGS[s], label: GOAL_STATUS_LABELS[s], selected: s === current })),
  ];
}

const STATUS_ACTIONS: Record<GoalStatus, { label: string; primary: boolean }> = {
  active: { label: 'Gør målet aktivt', primary: true },
  reached: { label: 'Målet er nået', primary: false },
  'not-reached': { label: 'Målet blev ikke nået', primary: false },
  abandoned: { label: 'Opgiv målet', primary: false },
  draft: { label: 'Gem som kladde', primary: false },
};

export function showingText(count: number, status: GoalStatus | undefined): string {
  return messages.showing(count, status && GOAL_STATUS_LABELS[status]);
}

/** The buttons on the goal page: the statuses the goal can move to from where it is. */
export function statusActions(goal: Goal) {
  return STATUS_TRANSITIONS[goal.status].map((to) => ({
    value: to,
    label: goal.status !== 'draft' && to === 'active' ? 'Gør målet aktivt igen' : STATUS_ACTIONS[to].label,
    primary: STATUS_ACTIONS[to].primary,
  }));
}

export function statusFlash(status: GoalStatus, changed: boolean): string {
  if (!changed && status === 'draft') return messages.savedAsDraft;
  return status === 'active' ? messages.activated : messages.statusChanged(GOAL_STATUS_LABELS[status]);
}
