import { possibleRange, type Indicator } from '../../indicators/indicator.js';
import { judgeChange } from '../../indicators/direction.js';
import type { Observation } from '../../indicators/observation.js';
import { comparePeriods, displayPeriod } from '../../periods/period.js';
import type { GoalDraft } from '../goal.js';
import { indicatorHistory } from '../history.js';
import { formatLimits, formatValue } from '../../numbers/value-format.js';
import { quote } from '../wording.js';
import { met, missing, weak, type CheckContext, type RuleResult } from './types.js';

/* M – Målbar: "Det skal kunne måles, om målet er indfriet. Men det skal være meningsfulde målinger." */

function indicatorRule(goal: GoalDraft, indicator: Indicator | undefined): RuleResult {
  if (goal.indicatorId === null) {
    return missing('indicator', 'Vælg den indikator, der viser, om målet er nået.', 'indicatorId');
  }
  if (!indicator) {
    return missing('indicator', 'Den valgte indikator findes ikke længere. Vælg en indikator fra listen.', 'indicatorId');
  }
  if (indicator.archived) {
    return weak(
      'indicator',
      `${quote(indicator.name)} er arkiveret, så der kommer ikke flere tal. Vælg en indikator, I stadig følger.`,
      'indicatorId',
    );
  }
  return met('indicator', `Målet følges med indikatoren ${quote(indicator.name)}.`);
}

function dataRule(indicator: Indicator, history: readonly Observation[]): RuleResult {
  const latest = history.at(-1);
  if (!latest) {
    return missing(
      'data',
      `Der er endnu ingen tal for ${quote(indicator.name)}. Indtast eller importér tallene, så I kan se, hvor I starter.`,
      'indicatorId',
    );
  }
  return met(
    'data',
    `Der er ${history.length} tal for ${quote(indicator.name)}; det seneste er ` +
      `${formatValue(indicator, latest.value)} for ${displayPeriod(latest.period)}.`,
  );
}

/** What the unit allows, as the end of "for enheden „%“ …", or undefined when the value is possible. */
function outsidePossible(indicator: Indicator, value: number): string | undefined {
  const range = possibleRange(indicator.unit);
  const outside = (range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max);
  if (!outside) return undefined;
  return range.max === undefined ? 'må tallet ikke være negativt' : `skal tallet være ${range.label ?? ''}`;
}

const BETTER: Record<'up' | 'down', { inverted: string; plain: string }> = {
  up: { inverted: 'er højere tal bedre', plain: 'højere tal er bedre' },
  down: { inverted: 'er lavere tal bedre', plain: 'lavere tal er bedre' },
};

function targetRule(goal: GoalDraft, indicator: Indicator | undefined): RuleResult {
  const target = goal.targetValue;
  if (target === null) {
    return missing('target', 'Skriv målværdien: det tal, indikatoren skal nå, når fristen er nået.', 'targetValue');
  }
  if (!indicator) return met('target', 'Målet har en målværdi.');
  const allowed = outsidePossible(indicator, target);
  if (allowed) {
    return missing(
      'target',
      `Målværdien ${formatValue(indicator, target)} kan ikke forekomme: for enheden ${quote(indicator.unit)} ${allowed}.`,
      'targetValue',
    );
  }
  return met('target', `Målværdien er ${formatValue(indicator, target)}.`);
}

function baselineHint(indicator: Indicator | undefined, history: readonly Observation[]): string {
  const latest = history.at(-1);
  if (!indicator || !latest) return 'tallet, I starter fra, og den periode, det gælder for.';
  return `det seneste tal er ${formatValue(indicator, latest.value)} for ${displayPeriod(latest.period)}.`;
}

function baselineRule(goal: GoalDraft, indicator: Indicator | undefined, history: readonly Observation[]): RuleResult {
  const { baselineValue: value, baselinePeriod: period } = goal;
  if (value === null) {
    return missing('baseline', `Skriv udgangspunktet – ${baselineHint(indicator, history)}`, 'baselineValue');
  }
  if (period === null) {
    return missing('baseline', 'Skriv, hvilken periode udgangspunktet gælder for, fx 3. kvt. 2026.', 'baselinePeriod');
  }
  if (!indicator) return met('baseline', `Udgangspunktet gælder ${displayPeriod(period)}.`);
  const allowed = outsidePossible(indicator, value);
  if (allowed) {
    return missing(
      'baseline',
      `Udgangspunktet ${formatValue(indicator, value)} kan ikke forekomme: for enheden ${quote(indicator.unit)} ${allowed}.`,
      'baselineValue',
    );
  }
  const shown = `${formatValue(indicator, value)} i ${displayPeriod(period)}`;
  // A typed-in baseline (e.g. a yearly average) is deliberate, so only a baseline meant to
  // come from the data is held against it.
  const measured =
    goal.baselineSource === 'manual' || period.frequency !== indicator.frequency
      ? undefined
      : history.find((o) => comparePeriods(o.period, period) === 0);
  if (measured && formatValue(indicator, measured.value) !== formatValue(indicator, value)) {
    return weak(
      'baseline',
      `Udgangspunktet ${formatValue(indicator, value)} passer ikke med tallet for ${displayPeriod(period)}, ` +
        `som er ${formatValue(indicator, measured.value)}. Ret udgangspunktet, eller markér, at I selv har skrevet det.`,
      'baselineValue',
    );
  }
  return met('baseline', `Udgangspunktet er ${shown}.`);
}

function directionRule(indicator: Indicator, baseline: number, target: number): RuleResult | undefined {
  const from = formatValue(indicator, baseline);
  const to = formatValue(indicator, target);
  if (indicator.direction === 'range') {
    const { rangeMin: min, rangeMax: max } = indicator;
    if (min === null || max === null) return undefined;
    if (target < min || target > max) {
      return missing(
        'direction',
        `Målværdien ${to} ligger uden for grænserne for ${quote(indicator.name)}, ` +
          `${formatLimits(indicator, min, max)}. Vælg en målværdi inden for grænserne.`,
        'targetValue',
      );
    }
    return met('direction', `Målværdien ${to} ligger inden for grænserne ${formatLimits(indicator, min, max)}.`);
  }
  const better = BETTER[indicator.direction];
  if (target === baseline) {
    return missing(
      'direction',
      `Målværdien er den samme som udgangspunktet (${from}), så målet kræver ingen ændring. Skriv, hvor tallet skal ende.`,
      'targetValue',
    );
  }
  const improves = judgeChange(indicator.direction, target - baseline) === 'better';
  if (!improves) {
    return missing(
      'direction',
      `For ${quote(indicator.name)} ${better.inverted}, men målværdien ${to} er ${target > baseline ? 'højere' : 'lavere'} ` +
        `end udgangspunktet ${from}. Tjek, om tallene er byttet om.`,
      'targetValue',
    );
  }
  return met('direction', `Målet flytter tallet fra ${from} til ${to} – den gode retning, fordi ${better.plain}.`);
}

export function measurableRules(goal: GoalDraft, ctx: CheckContext): RuleResult[] {
  const indicator = goal.indicatorId === null ? undefined : ctx.indicator;
  const history = indicator ? indicatorHistory(indicator, ctx.observations) : [];
  const rules = [indicatorRule(goal, indicator)];
  if (indicator) rules.push(dataRule(indicator, history));
  rules.push(targetRule(goal, indicator), baselineRule(goal, indicator, history));
  if (indicator && goal.baselineValue !== null && goal.targetValue !== null) {
    const direction = directionRule(indicator, goal.baselineValue, goal.targetValue);
    if (direction) rules.push(direction);
  }
  return rules;
}
