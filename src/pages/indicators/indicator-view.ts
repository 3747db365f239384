import { formatNumber } from '../../numbers/danish-number.js';
import { decimalsNote } from '../../numbers/danish-nouns.js';
import { formatChange, formatValue } from '../../numbers/value-format.js';
import { displayPeriod, FREQUENCY_LABELS, formatCanonical } from '../../periods/period.js';
import { DIRECTION_LABELS, isDeliveredBelow, STANDARD_UNITS, type Indicator } from '../../indicators/indicator.js';
import type { IndicatorSummary } from '../../indicators/indicator-summary.js';
import type { Observation } from '../../indicators/observation.js';

/** Everything the templates show about indicators, formatted once here in Danish. */

const assessmentTexts = {
  better: { label: 'Bedre', badge: 'success' },
  worse: { label: 'Dårligere', badge: 'error' },
  unchanged: { label: 'Uændret', badge: 'info' },
  inside: { label: 'Inden for grænserne', badge: 'success' },
  outside: { label: 'Uden for grænserne', badge: 'warning' },
} as const;

export function indicatorCard(indicator: Indicator, summary: IndicatorSummary) {
  const { latest, previous, change, assessment } = summary;
  const deliveredBelow = isDeliveredBelow(indicator, latest ? 1 : 0);
  const missingPeriod = deliveredBelow ? undefined : summary.missingPeriod;
  return {
    deliveredBelow,
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    directionLabel: DIRECTION_LABELS[indicator.direction],
    latestValue: latest ? formatValue(indicator, latest.value) : undefined,
    latestPeriod: latest ? displayPeriod(latest.period) : undefined,
    change: change !== undefined ? formatChange(indicator, change) : undefined,
    previousPeriod: previous ? displayPeriod(previous.period) : undefined,
    assessment: assessment ? assessmentTexts[assessment] : undefined,
    missingPeriod: missingPeriod ? displayPeriod(missingPeriod) : undefined,
  };
}

export function indicatorDetails(indicator: Indicator) {
  return {
    ...indicator,
    directionLabel: DIRECTION_LABELS[indicator.direction],
    frequencyLabel: FREQUENCY_LABELS[indicator.frequency],
    decimalsNote: decimalsNote(indicator.decimals),
    rangeText:
      indicator.direction === 'range' && indicator.rangeMin !== null && indicator.rangeMax !== null
        ? `${formatValue(indicator, indicator.rangeMin)} – ${formatValue(indicator, indicator.rangeMax)}`
        : undefined,
  };
}

export function observationRows(indicator: Indicator, observations: readonly Observation[]) {
  return [...observations].reverse().map((o) => ({
    period: displayPeriod(o.period),
    canonical: formatCanonical(o.period),
    value: formatValue(indicator, o.value),
    comment: o.comment,
    fromImport: o.importId !== null,
  }));
}

/** Without thousands dots, so the value reads back unambiguously when the form is sent again. */
export function editableNumber(value: number, decimals: number): string {
  return formatNumber(value, decimals).replaceAll('.', '');
}

/** A new indicator's starting values. No direction: whether higher or lower is better is the group's own choice. */
export const NEW_INDICATOR_FORM: Record<string, string> = { unitChoice: '%', decimals: '1', frequency: 'quarter' };

/** Pre-selects the unit a file names ("%", "dage", "personer"), so creating from an import asks for less. */
export function unitChoiceFor(unit: string): Record<string, string> {
  const known: Record<string, string> = { '%': '%', pct: '%', 'pct.': '%', procent: '%', antal: 'antal', personer: 'antal', dage: 'dage', 'kr.': 'kr.', kr: 'kr.', andel: 'andel', point: 'point' };
  const choice = known[unit.toLowerCase()];
  return choice ? { unitChoice: choice, decimals: choice === 'andel' ? '3' : choice === 'antal' || choice === 'dage' ? '0' : '1' } : { unitChoice: 'other', unitOther: unit };
}

/** The edit form's starting values, in the same shape the form posts back. */
export function indicatorFormValues(i: Indicator): Record<string, string> {
  const standard = (STANDARD_UNITS as readonly string[]).includes(i.unit);
  return {
    name: i.name,
    code: i.code ?? '',
    definition: i.definition,
    whyItMatters: i.whyItMatters,
    unitChoice: standard ? i.unit : 'other',
    unitOther: standard ? '' : i.unit,
    decimals: String(i.decimals),
    direction: i.direction,
    rangeMin: i.rangeMin === null ? '' : editableNumber(i.rangeMin, i.decimals),
    rangeMax: i.rangeMax === null ? '' : editableNumber(i.rangeMax, i.decimals),
    frequency: i.frequency,
    dataSource: i.dataSource,
    deliveredBy: i.deliveredBy,
  };
}

export const unitOptions = [
  { value: '%', label: 'Procent (%)' },
  { value: 'antal', label: 'Antal' },
  { value: 'dage', label: 'Dage' },
  { value: 'kr.', label: 'Kroner (kr.)' },
  { value: 'andel', label: 'Andel (0–1)' },
  { value: 'point', label: 'Point' },
  { value: 'other', label: 'Egen enhed' },
];

export const directionOptions = (['up', 'down', 'range'] as const).map((value) => ({ value, label: DIRECTION_LABELS[value] }));
export const frequencyOptions = (['quarter', 'month', 'year'] as const).map((value) => ({
  value,
  label: `Pr. ${FREQUENCY_LABELS[value]}`,
}));
