import type { Indicator } from '../../indicators/indicator.js';
import type { Observation } from '../../indicators/observation.js';
import { displayPeriod, periodsBetween, type Frequency } from '../../periods/period.js';
import type { GoalDraft } from '../goal.js';
import { fastestStretch, indicatorHistory, typicalChange, type Stretch } from '../history.js';
import { formatAmount, formatRate, formatValue } from '../../numbers/value-format.js';
import { changeNoun, countPeriods, perPeriod, periodToPeriod, quote } from '../wording.js';
import { CHANCE_FACTOR, MIN_HISTORY_VALUES, PACE_FACTOR } from './thresholds.js';
import { met, missing, weak, type CheckContext, type RuleResult } from './types.js';

/*
 * R – Realistisk: "inden for rækkevidde i den angivne forbedringsperiode og med de
 * ressourcer og handlemuligheder, deltagerne har til rådighed." The yardstick is the
 * indicator's own history: what the group has achieved before, and how much the
 * number moves by itself.
 */

interface Plan {
  indicator: Indicator;
  /** Signed: target − baseline. */
  change: number;
  /** Periods from baseline to deadline. */
  periods: number;
}

function planOf(goal: GoalDraft, indicator: Indicator | undefined): Plan | { field: string } {
  if (!indicator) return { field: 'indicatorId' };
  if (goal.baselineValue === null) return { field: 'baselineValue' };
  if (goal.baselinePeriod === null || goal.baselinePeriod.frequency !== indicator.frequency) return { field: 'baselinePeriod' };
  if (goal.targetValue === null) return { field: 'targetValue' };
  if (goal.deadline === null || goal.deadline.frequency !== indicator.frequency) return { field: 'deadline' };
  const periods = periodsBetween(goal.baselinePeriod, goal.deadline);
  if (periods < 1) return { field: 'deadline' };
  return { indicator, change: goal.targetValue - goal.baselineValue, periods };
}

function demand(plan: Plan): string {
  const { indicator, change, periods } = plan;
  const f = indicator.frequency;
  return `Målet kræver ${changeNoun(change)} på ${formatRate(indicator, change / periods)} ${perPeriod(f)} i ${countPeriods(f, periods)}`;
}

function stretchText(indicator: Indicator, s: Stretch): string {
  return `fra ${formatValue(indicator, s.from.value)} i ${displayPeriod(s.from.period)} til ${formatValue(indicator, s.to.value)} i ${displayPeriod(s.to.period)}`;
}

/** When the history cannot answer, the group's own reasoning is the best evidence there is. */
function paceUnknown(goal: GoalDraft, why: string): RuleResult {
  if (goal.realismReasoning.trim()) {
    return met('pace', `${why} Jeres begrundelse må bære vurderingen, til der kommer flere tal.`);
  }
  return weak('pace', `${why} Skriv i begrundelsen, hvorfor I tror, målet kan nås.`, 'realismReasoning');
}

function span(frequency: Frequency, history: readonly Observation[]): string {
  const first = history[0];
  const last = history.at(-1);
  if (!first || !last) return '';
  return `${countPeriods(frequency, periodsBetween(first.period, last.period))} (${displayPeriod(first.period)}–${displayPeriod(last.period)})`;
}

function paceRule(goal: GoalDraft, plan: Plan, history: readonly Observation[]): RuleResult {
  const { indicator, change, periods } = plan;
  const f = indicator.frequency;
  const required = Math.abs(change) / periods;
  const stretch = fastestStretch(history, periods, change > 0 ? 1 : -1);
  if (!stretch) {
    return paceUnknown(
      goal,
      `Målet løber over ${countPeriods(f, periods)}, men tallene for ${quote(indicator.name)} spænder kun over ${span(f, history)}, ` +
        'så vi kan ikke se, hvad I tidligere har nået over så lang tid.',
    );
  }
  const window = countPeriods(f, periods);
  if (stretch.gainPerPeriod <= 0) {
    return weak(
      'pace',
      `${demand(plan)}; I har ikke tidligere haft ${changeNoun(change)} over ${window}. ` +
        'Giv målet længere tid, vælg en mindre ændring, eller skriv i begrundelsen, hvad der gør det muligt nu.',
      'targetValue',
    );
  }
  const fastest =
    `det hurtigste I har nået over ${window} er ${formatRate(indicator, stretch.gainPerPeriod)} ${perPeriod(f)} ` +
    `(${stretchText(indicator, stretch)})`;
  if (required > PACE_FACTOR * stretch.gainPerPeriod) {
    return weak(
      'pace',
      `${demand(plan)}; ${fastest}. Giv målet længere tid, vælg en mindre ændring, eller skriv i begrundelsen, hvad der gør det muligt nu.`,
      'targetValue',
    );
  }
  return met('pace', `${demand(plan)}; ${fastest}.`);
}

function variationRule(plan: Plan, history: readonly Observation[]): RuleResult | undefined {
  const typical = typicalChange(history);
  if (typical === undefined) return undefined;
  const { indicator, change } = plan;
  const swing = `${periodToPeriod(indicator.frequency)} (typisk ±${formatAmount(indicator, typical)})`;
  if (Math.abs(change) <= CHANCE_FACTOR * typical) {
    return weak(
      'variation',
      `Ændringen på ${formatAmount(indicator, change)} er ikke større end de almindelige udsving ${swing}, ` +
        'så målet kan nås af ren tilfældighed. Sæt en større ændring, eller følg gennemsnittet over flere perioder.',
      'targetValue',
    );
  }
  return met(
    'variation',
    `Ændringen på ${formatAmount(indicator, change)} er større end de almindelige udsving ${swing}, så I kan se, om indsatsen virker.`,
  );
}

function historyRules(goal: GoalDraft, ctx: CheckContext): RuleResult[] {
  const indicator = goal.indicatorId === null ? undefined : ctx.indicator;
  const plan = planOf(goal, indicator);
  if ('field' in plan) {
    return [
      weak(
        'pace',
        'Vi kan først vurdere, om målet er inden for rækkevidde, når det har indikator, udgangspunkt, målværdi og en frist efter udgangspunktet.',
        plan.field,
      ),
    ];
  }
  if (plan.change === 0) {
    return [weak('pace', 'Målværdien er den samme som udgangspunktet, så der er ingen ændring at vurdere.', 'targetValue')];
  }
  const history = indicatorHistory(plan.indicator, ctx.observations);
  if (history.length < MIN_HISTORY_VALUES) {
    return [
      paceUnknown(
        goal,
        `Der er kun ${history.length} tal for ${quote(plan.indicator.name)}, så tempoet kan ikke holdes op mod jeres egne tal ` +
          `(vi skal bruge mindst ${MIN_HISTORY_VALUES}).`,
      ),
    ];
  }
  const variation = variationRule(plan, history);
  return variation ? [paceRule(goal, plan, history), variation] : [paceRule(goal, plan, history)];
}

function resourcesRule(goal: GoalDraft): RuleResult {
  if (!goal.resources.trim()) {
    return missing(
      'resources',
      'Skriv, hvilke ressourcer I sætter af – fx timer, personer eller penge – og hvad I holder op med for at få plads.',
      'resources',
    );
  }
  return met('resources', 'I har beskrevet, hvilke ressourcer I sætter af.');
}

function reasoningRule(goal: GoalDraft): RuleResult {
  if (!goal.realismReasoning.trim()) {
    return weak(
      'reasoning',
      'Skriv kort, hvorfor I tror, målet kan nås i perioden – fx hvad der virkede sidst, tallet flyttede sig.',
      'realismReasoning',
    );
  }
  return met('reasoning', 'I har begrundet, hvorfor målet kan nås.');
}

export function realisticRules(goal: GoalDraft, ctx: CheckContext): RuleResult[] {
  const history = historyRules(goal, ctx);
  // When the history cannot judge the pace, that rule already asks for the reasoning.
  const asksForReasoning = history.some((r) => r.field === 'realismReasoning');
  return [...history, resourcesRule(goal), ...(asksForReasoning ? [] : [reasoningRule(goal)])];
}
