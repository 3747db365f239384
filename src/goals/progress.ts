import type { Indicator } from '../indicators/indicator.js';
import type { Observation } from '../indicators/observation.js';
import {
  comparePeriods,
  displayPeriod,
  latestCompletedPeriod,
  nextPeriod,
  periodsBetween,
  type Period,
} from '../periods/period.js';
import { atLeastAsGood, goalSense, type Sense } from './direction.js';
import type { GoalDraft, GoalStatus } from './goal.js';
import { indicatorHistory } from './history.js';
import { formatAmount, formatLimits, formatValue } from '../numbers/value-format.js';
import { quote } from './wording.js';

export type ProgressStatus = 'på sporet' | 'bagud' | 'nået' | 'mangler data';

export interface Progress {
  status: ProgressStatus;
  /** The glide-path value for the period of `latest`. */
  expected?: number;
  latest?: Observation;
  /** A Danish sentence with the numbers behind the status. */
  message: string;
}

/** Text, a dkfds icon (all exist in dkfds/dist/img/all-svg-icons.svg) and a tone: never colour alone. */
export const PROGRESS_DISPLAY: Record<
  ProgressStatus,
  { label: string; icon: string; tone: 'success' | 'warning' | 'error' | 'info' }
> = {
  nået: { label: 'Nået', icon: 'flag-fill', tone: 'success' },
  'på sporet': { label: 'På sporet', icon: 'check', tone: 'success' },
  bagud: { label: 'Bagud', icon: 'warning', tone: 'warning' },
  'mangler data': { label: 'Mangler data', icon: 'help', tone: 'info' },
};

export interface GlidePathGoal {
  baselineValue: number;
  baselinePeriod: Period;
  targetValue: number;
  deadline: Period;
}

export function hasGlidePath<T extends Partial<Record<keyof GlidePathGoal, unknown>>>(goal: T): goal is T & GlidePathGoal {
  return goal.baselineValue != null && goal.baselinePeriod != null && goal.targetValue != null && goal.deadline != null;
}

/** Straight line from the baseline (at its period) to the target (at the deadline), flat outside that span. */
export function glidePath(goal: GlidePathGoal, period: Period): number {
  const total = periodsBetween(goal.baselinePeriod, goal.deadline);
  if (total <= 0) return goal.targetValue;
  const done = Math.min(Math.max(periodsBetween(goal.baselinePeriod, period), 0), total);
  return goal.baselineValue + ((goal.targetValue - goal.baselineValue) * done) / total;
}

function withinLimits(indicator: Indicator, value: number): boolean {
  const { rangeMin: min, rangeMax: max } = indicator;
  return (min === null || value >= min) && (max === null || value <= max);
}

function meetsTarget(indicator: Indicator, value: number, target: number, sense: Sense): boolean {
  if (indicator.direction !== 'range') return atLeastAsGood(value, target, sense);
  // A range indicator is only good inside its limits; a goal to hold it steady (sense 0)
  // is met for as long as the value stays there.
  return withinLimits(indicator, value) && (sense === 0 || atLeastAsGood(value, target, sense));
}

function limitsText(indicator: Indicator): string {
  const { rangeMin: min, rangeMax: max } = indicator;
  return min === null || max === null ? '' : ` ${formatLimits(indicator, min, max)}`;
}

function bound(sense: Sense): string {
  return sense === 1 ? 'mindst ' : sense === -1 ? 'højst ' : '';
}

// Values are entered at the indicator's precision, so the plan is compared at that precision
// too; otherwise 7,3 % could be "bagud" against a plan the page shows as 7,3 %.
function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

type PlannedGoal = GoalDraft & GlidePathGoal;

/** The value of the period that should be in by now, or the reason it is not there. */
function dueValue(goal: PlannedGoal, indicator: Indicator, observations: readonly Observation[], today: Date): Observation | Progress {
  const lastDone = latestCompletedPeriod(indicator.frequency, today);
  // After the deadline the deadline's own value decides; later values belong to no plan.
  const due = comparePeriods(lastDone, goal.deadline) < 0 ? lastDone : goal.deadline;
  const start = displayPeriod(goal.baselinePeriod);
  if (comparePeriods(due, goal.baselinePeriod) <= 0) {
    return {
      status: 'mangler data',
      message: `Der er endnu ingen tal efter udgangspunktet i ${start}. Det første kommer for ${displayPeriod(nextPeriod(goal.baselinePeriod))}.`,
    };
  }
  const newest = indicatorHistory(indicator, observations)
    .filter((o) => comparePeriods(o.period, goal.baselinePeriod) > 0 && comparePeriods(o.period, due) <= 0)
    .at(-1);
  if (!newest) {
    return {
      status: 'mangler data',
      message: `Der er ingen tal for ${quote(indicator.name)} efter udgangspunktet i ${start}. Tallet for ${displayPeriod(due)} mangler.`,
    };
  }
  if (comparePeriods(newest.period, due) < 0) {
    return {
      status: 'mangler data',
      latest: newest,
      message: `Tallet for ${displayPeriod(due)} mangler. Det seneste tal er ${formatValue(indicator, newest.value)} for ${displayPeriod(newest.period)}.`,
    };
  }
  return newest;
}

export function goalProgress(
  goal: GoalDraft & { status: GoalStatus },
  indicator: Indicator,
  observations: Observation[],
  today: Date,
): Progress {
  if (
    !hasGlidePath(goal) ||
    goal.baselinePeriod.frequency !== indicator.frequency ||
    goal.deadline.frequency !== indicator.frequency
  ) {
    return { status: 'mangler data', message: 'Målet mangler udgangspunkt, målværdi eller frist, så fremdriften kan ikke følges.' };
  }
  const latest = dueValue(goal, indicator, observations, today);
  if ('status' in latest) return latest;

  const show = (v: number) => formatValue(indicator, v);
  const sense = goalSense(indicator.direction, goal.baselineValue, goal.targetValue);
  const expected = glidePath(goal, latest.period);
  const now = `${quote(indicator.name)} var ${show(latest.value)} i ${displayPeriod(latest.period)}`;
  const found = (status: ProgressStatus, message: string): Progress => ({ status, expected, latest, message });

  if (meetsTarget(indicator, latest.value, goal.targetValue, sense)) {
    const reached =
      sense === 0
        ? `inden for grænserne${limitsText(indicator)}, så målet er nået`
        : `målet på ${bound(sense)}${show(goal.targetValue)} er nået`;
    return found('nået', `${now} – ${reached}.`);
  }
  if (comparePeriods(latest.period, goal.deadline) === 0) {
    return found('bagud', `${now}, som var fristen. Målet på ${bound(sense)}${show(goal.targetValue)} blev ikke nået.`);
  }
  if (sense === 0) return found('bagud', `${now} – uden for grænserne${limitsText(indicator)}.`);

  const planned = roundTo(expected, indicator.decimals);
  const plan = `Planen sagde ${bound(sense)}${show(planned)} på det tidspunkt`;
  const target = `${show(goal.targetValue)} i ${displayPeriod(goal.deadline)}`;
  if (atLeastAsGood(latest.value, planned, sense)) {
    return found('på sporet', `${now}. ${plan}, så I er på sporet mod ${target}.`);
  }
  return found('bagud', `${now}. ${plan}, så I er ${formatAmount(indicator, latest.value - planned)} bagud. Målet er ${target}.`);
}
