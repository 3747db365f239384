import type { Indicator } from '../../indicators/indicator.js';
import {
  displayPeriod,
  FREQUENCY_LABELS,
  latestCompletedPeriod,
  nextPeriod,
  periodsBetween,
  type Period,
} from '../../periods/period.js';
import type { GoalDraft } from '../goal.js';
import { countPeriods } from '../wording.js';
import { MIN_PERIODS_TO_DEADLINE } from './thresholds.js';
import { met, missing, type CheckContext, type RuleResult } from './types.js';

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
    const periods = periodsBetween(baselinePeriod, deadline);
    if (periods < MIN_PERIODS_TO_DEADLINE) {
      const relation = periods === 0 ? 'er den samme periode som' : 'ligger før';
      rules.push(
        missing(
          'after-baseline',
          `Fristen ${displayPeriod(deadline)} ${relation} udgangspunktet ${displayPeriod(baselinePeriod)}. ` +
            `Vælg en frist efter ${displayPeriod(baselinePeriod)}, så et nyt tal kan vise ændringen.`,
          'deadline',
        ),
      );
    } else {
      rules.push(met('after-baseline', `Fristen er ${countPeriods(deadline.frequency, periods)} efter udgangspunktet ${displayPeriod(baselinePeriod)}.`));
    }
  }
  return rules;
}
