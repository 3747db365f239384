import { count, NOUNS } from '../numbers/danish-nouns.js';
import type { Finding, SituationDecision, SituationSubject } from '../situations/situation.js';
import { findingReason } from '../situations/situation-text.js';
import { displayDate } from './meeting.js';
import { isDeliveredBelow, type Indicator } from '../indicators/indicator.js';
import { shorten } from '../shared/shorten.js';

export interface IndicatorSignal {
  indicator: SituationSubject & { id: number } & Pick<Indicator, 'sharedAt' | 'adoptedFrom'>;
  /** The one decision about the indicator (situations/situation.ts): the agenda only repeats it. */
  decision: SituationDecision;
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
// passing come before a single signal, which comes before routine news. A change within the normal
// variation weighs nothing: it is not a reason to meet.
export const WEIGHTS = {
  behindGoal: 5,
  actionDue: 4,
  worse: 3,
  outside: 3,
  missingData: 2,
  // A new quarter arrives for every indicator; on its own that is news, not a reason to meet.
  newData: 1,
  better: 1,
  goalReached: 1,
} as const;

/** At most this many suggestions are ticked in advance; the rest are offered unticked. */
export const MAX_PRESELECTED = 5;

/**
 * From this score an indicator needs the group, not just its attention: missing data, a signal the
 * wrong way, a goal behind, a deadline come. Good news and new values alone stay below it.
 */
export const NEEDS_GROUP_SCORE = WEIGHTS.missingData;

export const messages = {
  actionDue: (date: string, what: string) => `Handling med frist ${date}: „${what}“`,
  newValues: (n: number) => `Nye tal siden sidste møde (${count(n, NOUNS.value)})`,
};

function weightOf(finding: Finding): number {
  switch (finding.kind) {
    case 'goal-behind':
      return WEIGHTS.behindGoal;
    case 'outside-range':
      return WEIGHTS.outside;
    case 'signal':
      return finding.judged === 'worse' ? WEIGHTS.worse : WEIGHTS.better;
    case 'missing-latest':
    case 'no-values':
      return WEIGHTS.missingData;
    case 'goal-reached':
      return WEIGHTS.goalReached;
    default:
      return 0;
  }
}

const short = (text: string) => shorten(text, 60);

/** The reasons that are not about the figures: a deadline that has come, new values since the last meeting. */
function otherReasons(signal: Pick<IndicatorSignal, 'indicator' | 'newValues'>, dueActions: readonly DueAction[]): Array<[number, string]> {
  const reasons: Array<[number, string]> = dueActions
    .filter((a) => a.indicatorId === signal.indicator.id)
    .map((action) => [WEIGHTS.actionDue, messages.actionDue(displayDate(action.dueDate), short(action.whatAndWhy))]);
  if (signal.newValues > 0) reasons.push([WEIGHTS.newData, messages.newValues(signal.newValues)]);
  return reasons;
}

/** What else than the figures puts an indicator on a meeting's agenda, for the item's reason line. */
export function extraReasons(signal: Pick<IndicatorSignal, 'indicator' | 'newValues'>, dueActions: readonly DueAction[]): string[] {
  return otherReasons(signal, dueActions).map(([, reason]) => reason);
}

/** Why an indicator needs the group's attention now, with a score to sort by. The situation's findings come first, in its order. */
export function attentionOf(signal: IndicatorSignal, dueActions: readonly DueAction[]): Attention {
  const { decision, indicator } = signal;
  const weighted: Array<[number, string]> = [
    ...decision.findings
      // A shared definition measured by the groups below has no figures of its own to miss.
      .filter((finding) => !(finding.kind === 'no-values' && isDeliveredBelow(indicator, 0)))
      .map((finding): [number, string] => [weightOf(finding), findingReason(finding, decision, indicator)]),
    ...otherReasons(signal, dueActions),
  ].filter(([weight]) => weight > 0);
  return { score: weighted.reduce((sum, [weight]) => sum + weight, 0), reasons: weighted.map(([, reason]) => reason) };
}

export interface Suggestion {
  indicatorId: number;
  title: string;
  reasons: string[];
  score: number;
  /** Among the few that most need the group: ticked in advance. */
  preselected: boolean;
}

/**
 * The suggested agenda: every indicator that has a reason to be discussed, most pressing first. Only
 * the first MAX_PRESELECTED of those that need the group (NEEDS_GROUP_SCORE) are ticked in advance,
 * so a meeting starts with the few items that most need it instead of every indicator that has moved.
 */
export function suggestAgenda(signals: readonly IndicatorSignal[], dueActions: readonly DueAction[]): Suggestion[] {
  return signals
    .map((signal) => ({ signal, attention: attentionOf(signal, dueActions) }))
    .filter(({ attention }) => attention.score > 0)
    .sort((a, b) => b.attention.score - a.attention.score || a.signal.indicator.name.localeCompare(b.signal.indicator.name, 'da'))
    .map(({ signal, attention }, index) => ({
      indicatorId: signal.indicator.id,
      title: signal.indicator.name,
      reasons: attention.reasons,
      score: attention.score,
      preselected: index < MAX_PRESELECTED && attention.score >= NEEDS_GROUP_SCORE,
    }));
}
