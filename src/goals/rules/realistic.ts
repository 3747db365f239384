import type { Indicator } from '../../indicators/indicator.js';
import type { Observation } from '../../indicators/observation.js';
import { comparePeriods, displayPeriod, periodsBetween, type Frequency } from '../../periods/period.js';
import type { GoalDraft } from '../goal.js';
import { fastestStretch, indicatorHistory, type Stretch } from '../history.js';
import { formatAmount, formatRate, formatValue } from '../../numbers/value-format.js';
import { changeNoun, countPeriods, perPeriod, periodToPeriod, quote } from '../wording.js';
import { isWithinNoise, naturalVariation } from './natural-variation.js';
import { resourceRules } from './resources.js';
import { MIN_HISTORY_VALUES, MIN_NOISE_VALUES, NOISE_WINDOW, PACE_FACTOR } from './thresholds.js';
import { met, missing, weak, type CheckContext, type RuleResult } from './types.js';

const messages = {
  noiseFacts: (noun: string, amount: string, swing: string, between: string) =>
    `Målet er ${noun} på ${amount}; tallet svinger normalt ±${swing} ${between}`,
  noiseOutside: 'så I kan se, om indsatsen virker.',
  noiseInside:
    'så målet kan nås – eller se ud til at glippe – af ren tilfældighed. Sæt en større ændring, eller skriv, hvorfor målet alligevel tæller.',
  noiseExplained: (reason: string) => `Ændringen ligger inden for de almindelige udsving. I har skrevet, hvorfor den alligevel tæller: ${quote(reason)}.`,
};

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

/** The values the noise is read from: the latest NOISE_WINDOW up to the baseline, when there are enough of them. */
function noiseValues(goal: GoalDraft, history: readonly Observation[]): number[] {
  const baseline = goal.baselinePeriod;
  const upToBaseline = baseline ? history.filter((o) => comparePeriods(o.period, baseline) <= 0) : [];
  const source = upToBaseline.length >= MIN_NOISE_VALUES ? upToBaseline : history;
  return source.slice(-NOISE_WINDOW).map((o) => o.value);
}

function noiseRule(goal: GoalDraft, plan: Plan, history: readonly Observation[]): RuleResult | undefined {
  if (history.length < MIN_NOISE_VALUES) return undefined;
  const variation = naturalVariation(noiseValues(goal, history));
  if (!variation) return undefined;
  const { indicator, change } = plan;
  // When both round to the same number, one more decimal shows which side of the line the goal is on.
  const tie = formatAmount(indicator, change) === formatAmount(indicator, variation.halfWidth);
  const show = (amount: number) => (tie ? formatRate(indicator, amount) : formatAmount(indicator, amount));
  const facts = messages.noiseFacts(changeNoun(change), show(change), show(variation.halfWidth), periodToPeriod(indicator.frequency));
  if (!isWithinNoise(change, variation)) return met('variation', `${facts}, ${messages.noiseOutside}`);
  const reason = goal.noiseReason.trim();
  if (reason) return weak('variation', `${facts}. ${messages.noiseExplained(reason)}`, 'noiseReason');
  return missing('variation', `${facts}, ${messages.noiseInside}`, 'noiseReason');
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
  const noise = noiseRule(goal, plan, history);
  return noise ? [paceRule(goal, plan, history), noise] : [paceRule(goal, plan, history)];
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
  return [...history, ...resourceRules(goal), ...(asksForReasoning ? [] : [reasoningRule(goal)])];
}
