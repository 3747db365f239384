import { displayPeriod, periodRange } from '../periods/period.js';
import { referenceCaption } from './reference-lines.js';
import { formatNumber } from '../numbers/danish-number.js';
import type { ChartGoal, GoalStatus, TrendChartInput } from './chart-types.js';
import { formatValue } from '../numbers/value-format.js';
import { cleanObservations } from './series.js';

export type CaptionInput = Pick<
  TrendChartInput,
  'title' | 'unit' | 'decimals' | 'observations' | 'goal' | 'direction' | 'rangeMin' | 'rangeMax' | 'references' | 'captionNotes'
>;

export const NO_DATA_CAPTION = 'Der er ingen data endnu.';

const STATUS_ENDINGS: Record<GoalStatus, string> = {
  'på sporet': ', og I er på sporet',
  bagud: ', og I er bagud',
  nået: ', og I har nået det',
  'mangler data': ', men der mangler data til at se, om I er på sporet',
};

function goalClause(goal: ChartGoal, decimals: number, unit: string): string {
  const target = `målet er ${formatValue({ unit, decimals }, goal.targetValue)} i ${displayPeriod(goal.targetPeriod)}`;
  return target + (goal.status ? STATUS_ENDINGS[goal.status] : '');
}

function rangeSentence(input: CaptionInput): string | undefined {
  if (input.direction !== 'range') return undefined;
  const { decimals, unit } = input;
  const min = input.rangeMin ?? undefined;
  const max = input.rangeMax ?? undefined;
  if (min !== undefined && max !== undefined) {
    return `Værdien skal ligge mellem ${formatNumber(min, decimals)} og ${formatValue({ unit, decimals }, max)}.`;
  }
  if (min !== undefined) return `Værdien skal være mindst ${formatValue({ unit, decimals }, min)}.`;
  if (max !== undefined) return `Værdien må højst være ${formatValue({ unit, decimals }, max)}.`;
  return undefined;
}

function developmentClause(input: CaptionInput): string | undefined {
  const observations = cleanObservations(input.observations);
  const first = observations[0];
  const last = observations[observations.length - 1];
  if (!first || !last) return undefined;
  const { title, decimals, unit } = input;
  const lastText = `${formatValue({ unit, decimals }, last.value)} i ${displayPeriod(last.period)}`;
  if (first === last) return `${title} var ${lastText}`;
  const firstText = `${formatValue({ unit, decimals }, first.value)} i ${displayPeriod(first.period)}`;
  // Compared as displayed, so the sentence never says "steg" between two equal-looking numbers.
  const from = formatNumber(first.value, decimals);
  const to = formatNumber(last.value, decimals);
  if (from === to) return `${title} var ${firstText} og uændret ${lastText}`;
  const verb = last.value > first.value ? 'steg' : 'faldt';
  return `${title} ${verb} fra ${firstText} til ${lastText}`;
}

/** One or two plain sentences saying what the chart shows; also used as the chart's accessible name. */
export function captionSentence(input: CaptionInput): string {
  // Issue 14: the references' latest figures and any notes (e.g. a small denominator) come last.
  return [baseCaption(input), referenceCaption(input.references, chartPeriods(input), input), ...(input.captionNotes ?? [])].filter(Boolean).join(' ');
}

function chartPeriods(input: CaptionInput) {
  const observations = cleanObservations(input.observations);
  const first = observations[0];
  const last = observations[observations.length - 1];
  return first && last ? periodRange(first.period, last.period) : [];
}

function baseCaption(input: CaptionInput): string {
  const development = developmentClause(input);
  const goal = input.goal ? goalClause(input.goal, input.decimals, input.unit) : undefined;
  let first: string;
  if (development && goal) first = `${development}; ${goal}.`;
  else if (development) first = `${development}.`;
  else if (goal) first = `${NO_DATA_CAPTION.slice(0, -1)}; ${goal}.`;
  else first = NO_DATA_CAPTION;
  const range = rangeSentence(input);
  return range ? `${first} ${range}` : first;
}

