import type { Indicator } from '../../indicators/indicator.js';
import {
  comparePeriods,
  displayPeriod,
  FREQUENCY_LABELS,
  latestCompletedPeriod,
  nextPeriod,
  periodsBetween,
  type Period,
} from '../../periods/period.js';
import { formatNumber } from '../../numbers/danish-number.js';
import { milestoneField } from '../goal-form.js';
import type { GoalDraft, Milestone } from '../goal.js';
import { suggestMilestones } from '../milestones.js';
import { formatValue } from '../../numbers/value-format.js';
import { countPeriods, joinDanish } from '../wording.js';
import { MIN_PERIODS_TO_DEADLINE } from './thresholds.js';
import { met, missing, weak, type CheckContext, type RuleResult } from './types.js';

const messages = {
  suggest: (list: string) =>
    `Sæt delmål undervejs, så I kan se, om I er på vej. En lige linje fra udgangspunktet til målet giver: ${list}.`,
  outside: (period: string, baseline: string, deadline: string) =>
    `Delmålet for ${period} ligger ikke mellem udgangspunktet ${baseline} og fristen ${deadline}. Vælg en periode imellem.`,
  milestones: (list: string) => `Delmål undervejs: ${list}.`,
};

/* T – Tidsbestemt: "Der skal fastsættes en dato for, hvornår målet skal være nået." */

const KIND: Record<Period['frequency'], string> = { quarter: 'et kvartal', month: 'en måned', year: 'et år' };

function frequencyProblem(indicator: Indicator, period: Period, what: string, field: string): RuleResult | undefined {
  if (period.frequency === indicator.frequency) return undefined;
  return missing(
    'period-frequency',
    `${what} ${displayPeriod(period)} er ${KIND[period.frequency]}, men indikatoren måles pr. ${FREQUENCY_LABELS[indicator.frequency]}. ` +
      `Skriv ${what.toLowerCase()} som ${KIND[indicator.frequency]}.`,
    field,
  );
}

export function timeboundRules(goal: GoalDraft, ctx: CheckContext): RuleResult[] {
  const { deadline, baselinePeriod } = goal;
  if (deadline === null) {
    return [missing('deadline', 'Skriv, hvornår målet skal være nået, fx 4. kvt. 2027.', 'deadline')];
  }
  const rules: RuleResult[] = [met('deadline', `Målet skal være nået i ${displayPeriod(deadline)}.`)];
  const indicator = goal.indicatorId === null ? undefined : ctx.indicator;
  if (indicator) {
    const mismatches = [
      frequencyProblem(indicator, deadline, 'Fristen', 'deadline'),
      baselinePeriod ? frequencyProblem(indicator, baselinePeriod, 'Udgangspunktet', 'baselinePeriod') : undefined,
    ];
    for (const m of mismatches) if (m) rules.push(m);
  }

  const madeAt = ctx.createdAt ?? ctx.today;
  const lastDone = latestCompletedPeriod(deadline.frequency, madeAt);
  // A goal made in the past is judged by the calendar then, so an old goal does not turn red by itself.
  const was = ctx.createdAt
    ? { passed: 'var allerede gået, da målet blev sat', latest: 'var den seneste afsluttede periode dengang' }
    : { passed: 'er allerede gået', latest: 'er den seneste afsluttede periode' };
  if (periodsBetween(lastDone, deadline) < 1) {
    rules.push(
      missing(
        'future',
        `Fristen ${displayPeriod(deadline)} ${was.passed}; ${displayPeriod(lastDone)} ${was.latest}. ` +
          `Vælg ${displayPeriod(nextPeriod(lastDone))} eller senere.`,
        'deadline',
      ),
    );
  } else {
    rules.push(met('future', `Fristen ligger efter ${displayPeriod(lastDone)}, som ${was.latest}.`));
  }

  if (baselinePeriod && baselinePeriod.frequency === deadline.frequency) {
    rules.push(afterBaselineRule(baselinePeriod, deadline));
    const milestones = milestoneRules(goal, indicator, baselinePeriod, deadline);
    rules.push(...milestones);
  }
  return rules;
}

function afterBaselineRule(baselinePeriod: Period, deadline: Period): RuleResult {
  const periods = periodsBetween(baselinePeriod, deadline);
  const baseline = displayPeriod(baselinePeriod);
  if (periods <= 0) {
    const relation = periods === 0 ? 'er den samme periode som' : 'ligger før';
    return missing(
      'after-baseline',
      `Fristen ${displayPeriod(deadline)} ${relation} udgangspunktet ${baseline}. ` +
        `Vælg en frist efter ${baseline}, så et nyt tal kan vise ændringen.`,
      'deadline',
    );
  }
  if (periods < MIN_PERIODS_TO_DEADLINE) {
    let earliest = baselinePeriod;
    for (let i = 0; i < MIN_PERIODS_TO_DEADLINE; i++) earliest = nextPeriod(earliest);
    return missing(
      'after-baseline',
      `Fristen ${displayPeriod(deadline)} er kun ${countPeriods(deadline.frequency, periods)} efter udgangspunktet ${baseline}, ` +
        `så der kommer ingen måling undervejs. Vælg ${displayPeriod(earliest)} eller senere, så I kan se, om I er på vej.`,
      'deadline',
    );
  }
  return met('after-baseline', `Fristen er ${countPeriods(deadline.frequency, periods)} efter udgangspunktet ${baseline}.`);
}

function valueText(indicator: Indicator | undefined, value: number): string {
  return indicator ? formatValue(indicator, value) : formatNumber(value, Number.isInteger(value) ? 0 : 2);
}

function listMilestones(indicator: Indicator | undefined, milestones: readonly Milestone[]): string {
  return joinDanish(milestones.map((m) => `${valueText(indicator, m.value)} i ${displayPeriod(m.period)}`));
}

/** Milestones once the glide path is known: suggested when there are none, and each inside the goal's span. */
function milestoneRules(goal: GoalDraft, indicator: Indicator | undefined, baselinePeriod: Period, deadline: Period): RuleResult[] {
  if (periodsBetween(baselinePeriod, deadline) < MIN_PERIODS_TO_DEADLINE) return [];
  if (goal.milestones.length === 0) {
    if (goal.baselineValue === null || goal.targetValue === null) return [];
    const suggested = suggestMilestones(
      { baselineValue: goal.baselineValue, baselinePeriod, targetValue: goal.targetValue, deadline },
      indicator?.decimals ?? 2,
    );
    if (suggested.length === 0) return [];
    return [weak('milestones', messages.suggest(listMilestones(indicator, suggested)), milestoneField(0, 'period'))];
  }
  const problems: RuleResult[] = [];
  goal.milestones.forEach((m, i) => {
    const inside =
      m.period.frequency === deadline.frequency && periodsBetween(baselinePeriod, m.period) > 0 && periodsBetween(m.period, deadline) > 0;
    if (!inside) {
      problems.push(
        missing('milestones', messages.outside(displayPeriod(m.period), displayPeriod(baselinePeriod), displayPeriod(deadline)), milestoneField(i, 'period')),
      );
    }
  });
  if (problems.length > 0) return problems;
  const sorted = [...goal.milestones].sort((a, b) => comparePeriods(a.period, b.period));
  return [met('milestones', messages.milestones(listMilestones(indicator, sorted)))];
}
