import type { Indicator } from '../../indicators/indicator.js';
import type { Observation } from '../../indicators/observation.js';
import { comparePeriods, displayPeriod } from '../../periods/period.js';
import { displayDate } from '../../periods/calendar-date.js';
import { GOAL_STATUS_LABELS, PARTY_LABELS, type Goal } from '../../goals/goal.js';
import { indicatorHistory } from '../../goals/history.js';
import type { Progress } from '../../goals/progress.js';
import type { GoalWithProgress } from '../../goals/goal-overview.js';
import { formatValue } from '../../numbers/value-format.js';
import { progressView, statusView } from './goal-status-view.js';

/** A goal's numbers and texts as the goal page, the lists and the wizard's hints say them. */

const messages = {
  untitled: 'Mål uden titel',
  fromData: (value: string, period: string) => `Fra jeres data: ${value} i ${period}.`,
  ownBaseline: (latest: string) => `I har selv skrevet udgangspunktet. Det seneste tal i jeres data er ${latest}.`,
  latestInData: (latest: string) => `Det seneste tal i jeres data er ${latest}.`,
  noData: 'Der er ingen tal for indikatoren endnu.',
  plannedNow: (period: string) => `Planen for ${period}`,
  notFollowed: 'Fremdriften følges, når målet er aktivt.',
  ended: (label: string) => `Målet er afsluttet som „${label.toLowerCase()}“.`,
};

function shown(indicator: Indicator | undefined, value: number): string {
  return indicator ? formatValue(indicator, value) : String(value).replace('.', ',');
}

function latestOf(indicator: Indicator, observations: readonly Observation[]): Observation | undefined {
  return indicatorHistory(indicator, observations).at(-1);
}

export function latestText(indicator: Indicator, observations: readonly Observation[]): string | undefined {
  const latest = latestOf(indicator, observations);
  return latest && `${formatValue(indicator, latest.value)} i ${displayPeriod(latest.period)}`;
}

/** Where the baseline came from, as the form and the goal page say it. */
export function baselineSourceText(goal: Goal, indicator: Indicator | undefined, observations: readonly Observation[]): string | undefined {
  if (!indicator) return undefined;
  const latest = latestText(indicator, observations);
  const { baselineValue, baselinePeriod } = goal;
  const measured =
    baselinePeriod && baselinePeriod.frequency === indicator.frequency
      ? indicatorHistory(indicator, observations).find((o) => comparePeriods(o.period, baselinePeriod) === 0)
      : undefined;
  if (goal.baselineSource === 'data' && measured && baselineValue !== null && formatValue(indicator, measured.value) === formatValue(indicator, baselineValue)) {
    return messages.fromData(formatValue(indicator, measured.value), displayPeriod(measured.period));
  }
  if (!latest) return messages.noData;
  return goal.baselineSource === 'manual' ? messages.ownBaseline(latest) : messages.latestInData(latest);
}

/** The figures a leader looks for first, as label/value pairs for a <dl>. */
export function keyNumbers(goal: Goal, indicator: Indicator | undefined, progress: Progress | undefined) {
  const rows: { label: string; value: string; note?: string }[] = [];
  if (goal.baselineValue !== null) {
    rows.push({
      label: 'Udgangspunkt',
      value: `${shown(indicator, goal.baselineValue)}${goal.baselinePeriod ? ` i ${displayPeriod(goal.baselinePeriod)}` : ''}`,
      note: goal.baselineSource === 'manual' ? 'skrevet af jer selv' : goal.baselineSource === 'data' ? 'fra jeres data' : undefined,
    });
  }
  if (goal.targetValue !== null) rows.push({ label: 'Målværdi', value: shown(indicator, goal.targetValue) });
  if (goal.deadline) rows.push({ label: 'Frist', value: displayPeriod(goal.deadline) });
  if (progress?.latest && indicator) {
    rows.push({ label: 'Seneste tal', value: `${formatValue(indicator, progress.latest.value)} i ${displayPeriod(progress.latest.period)}` });
  }
  if (progress?.latest && progress.expected !== undefined && indicator) {
    rows.push({ label: messages.plannedNow(displayPeriod(progress.latest.period)), value: formatValue(indicator, progress.expected) });
  }
  return rows;
}

/** "Fra 7,5 % til 5,5 % i 4. kvt. 2027", or as much of it as the goal has. */
export function targetLine(goal: Goal, indicator: Indicator | undefined): string {
  const parts: string[] = [];
  if (goal.baselineValue !== null) parts.push(`fra ${shown(indicator, goal.baselineValue)}`);
  if (goal.targetValue !== null) parts.push(`til ${shown(indicator, goal.targetValue)}`);
  if (goal.deadline) parts.push(`i ${displayPeriod(goal.deadline)}`);
  const line = parts.join(' ');
  return line ? line.charAt(0).toUpperCase() + line.slice(1) : '';
}

/** A goal's title as pages show it; a draft may not have one yet. */
export function goalTitle(goal: Goal): string {
  return goal.title.trim() || messages.untitled;
}

export function goalRow(base: string, { goal, indicator, progress }: GoalWithProgress) {
  return {
    id: goal.id,
    href: `${base}/${goal.id}`,
    title: goalTitle(goal),
    status: statusView(goal.status),
    indicatorName: indicator?.name,
    target: targetLine(goal, indicator),
    progress: progress && progressView(progress),
  };
}

export function acceptanceList(goal: Goal) {
  return goal.acceptances.map((a) => ({
    party: a.party === 'other' ? a.otherName?.trim() || PARTY_LABELS.other : PARTY_LABELS[a.party],
    how: a.how,
    when: displayDate(a.when),
  }));
}

export function closedText(goal: Goal): string | undefined {
  if (goal.status === 'active') return undefined;
  return goal.status === 'draft' ? messages.notFollowed : messages.ended(GOAL_STATUS_LABELS[goal.status]);
}
