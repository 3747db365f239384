import { formatChange } from '../numbers/value-format.js';
import { displayPeriod } from '../periods/period.js';
import type { ProgressStatus } from '../goals/progress.js';
import type { KeyFigures } from './key-figures.js';
import { displayDate } from './meeting.js';

export interface IndicatorSignal {
  indicator: { id: number; name: string; unit: string; decimals: number };
  figures: KeyFigures;
  goals: Array<{ id: number; title: string; status: ProgressStatus }>;
  /** Values added or corrected since the group's last meeting. */
  newValues: number;
}

export interface DueAction {
  id: number;
  indicatorId: number | null;
  goalId: number | null;
  whatAndWhy: string;
  dueDate: string;
}

export interface Attention {
  score: number;
  reasons: string[];
}

// Weights order the reasons a leader group would raise first: a goal slipping and a deadline
// passing come before a single bad quarter, which comes before routine news.
export const WEIGHTS = {
  behindGoal: 5,
  actionDue: 4,
  worse: 3,
  outside: 3,
  missingData: 2,
  newData: 2,
  goalReached: 1,
} as const;

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Why an indicator needs the group's attention now, with a score to sort by. */
export function attentionOf(signal: IndicatorSignal, dueActions: readonly DueAction[]): Attention {
  const { figures, indicator } = signal;
  const reasons: string[] = [];
  let score = 0;
  const add = (weight: number, reason: string) => {
    score += weight;
    reasons.push(reason);
  };
  for (const goal of signal.goals) {
    if (goal.status === 'bagud') add(WEIGHTS.behindGoal, `Bagud i forhold til målet „${goal.title}“`);
  }
  for (const action of dueActions.filter((a) => a.indicatorId === indicator.id)) {
    add(WEIGHTS.actionDue, `Handling med frist ${displayDate(action.dueDate)}: „${short(action.whatAndWhy)}“`);
  }
  if (figures.assessment === 'worse' && figures.change !== undefined && figures.previous && figures.latest) {
    add(
      WEIGHTS.worse,
      `Gik den forkerte vej fra ${displayPeriod(figures.previous.period)} til ${displayPeriod(figures.latest.period)} (${formatChange(indicator, figures.change)})`,
    );
  }
  if (figures.assessment === 'outside') add(WEIGHTS.outside, 'Ligger uden for de fastsatte grænser');
  if (figures.missingPeriod) add(WEIGHTS.missingData, `Mangler data for ${displayPeriod(figures.missingPeriod)}`);
  if (signal.newValues > 0) add(WEIGHTS.newData, `Nye tal siden sidste møde (${signal.newValues} ${signal.newValues === 1 ? 'værdi' : 'værdier'})`);
  for (const goal of signal.goals) {
    if (goal.status === 'nået') add(WEIGHTS.goalReached, `Målet „${goal.title}“ er nået`);
  }
  return { score, reasons };
}

export interface Suggestion {
  indicatorId: number;
  title: string;
  reasons: string[];
  score: number;
}

/** The suggested agenda: every indicator that has a reason to be discussed, most pressing first. */
export function suggestAgenda(signals: readonly IndicatorSignal[], dueActions: readonly DueAction[]): Suggestion[] {
  return signals
    .map((signal) => ({ signal, attention: attentionOf(signal, dueActions) }))
    .filter(({ attention }) => attention.score > 0)
    .sort((a, b) => b.attention.score - a.attention.score || a.signal.indicator.name.localeCompare(b.signal.indicator.name, 'da'))
    .map(({ signal, attention }) => ({ indicatorId: signal.indicator.id, title: signal.indicator.name, reasons: attention.reasons, score: attention.score }));
}
