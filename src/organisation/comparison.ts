import type { Db } from '../db/connection.js';
import { listGroupLinks } from '../groups/group-queries.js';
import { treeOrder } from '../groups/group-tree.js';
import { findParts } from '../indicators/computed-service.js';
import { isSmallDenominator, partValues, ratio, type PartValues } from '../indicators/computed.js';
import { isComputed, type Indicator } from '../indicators/indicator.js';
import { findIndicatorAnywhere } from '../indicators/indicator-queries.js';
import { summariseIndicator } from '../indicators/indicator-summary.js';
import type { Observation } from '../indicators/observation.js';
import { listObservations, listStoredObservations } from '../indicators/observation-queries.js';
import { judgeChange } from '../indicators/direction.js';
import { formatChange, formatValue } from '../numbers/value-format.js';
import { comparePeriods, displayPeriod, formatCanonical, type Period } from '../periods/period.js';
import { describeVariation } from '../variation/describe-variation.js';
import { analyseVariation, type Verdict } from '../variation/variation.js';

/**
 * Comparing a shared indicator across the groups below its owner (issue 14): each adopting group's
 * own figures, and the organisation's total — a sum for counts, the ratio of the summed parts for a
 * computed indicator, never a mean of percentages. A period in which any group lacks a figure has no
 * total: the groups missing are named instead, and never counted as zero. No ranking anywhere: groups
 * come in the organisation's order.
 */

export type TotalKind = 'sum' | 'ratio' | 'none';

export interface GroupFigures {
  group: { id: number; name: string; depth: number };
  indicator: Indicator;
  observations: Observation[];
  /** A computed indicator's two parts per period. */
  parts?: PartValues[];
}

export interface TotalPoint {
  period: Period;
  /** Undefined when a group is missing for the period. */
  value?: number;
  /** The groups without a figure for the period. */
  missing: string[];
  numerator?: number;
  denominator?: number;
}

export const messages = {
  notShared: 'Indikatoren er ikke fælles',
  verdict: {
    'signal-up': 'Signal: stiger',
    'signal-down': 'Signal: falder',
    noise: 'Normal variation',
    'too-little-data': 'For få tal til at vurdere',
  } satisfies Record<Verdict, string>,
  smallDenominator: (label: string, value: string) => `Forsigtig: bygger på et lille tal (${label.toLowerCase()}: ${value}), så det kan svinge meget af tilfældige grunde.`,
  totalNone:
    'Gruppernes tal kan ikke lægges sammen til ét tal i alt: et gennemsnit af procenter eller andele giver et forkert billede. Gør indikatoren beregnet (tæller / nævner), så kan tallet i alt beregnes rigtigt.',
  totalRatio: (numerator: string, denominator: string) =>
    `Tallet i alt er alle gruppers „${numerator.toLowerCase()}“ lagt sammen og delt med alle gruppers „${denominator.toLowerCase()}“ lagt sammen – ikke et gennemsnit af gruppernes procenter.`,
  totalSum: 'Tallet i alt er gruppernes tal lagt sammen.',
  totalMissing: (period: string, groups: string) => `Intet tal i alt for ${period}: der mangler tal fra ${groups}.`,
};

export function totalKindOf(shared: Pick<Indicator, 'factor' | 'totalRule'>): TotalKind {
  if (isComputed(shared)) return 'ratio';
  return shared.totalRule === 'sum' ? 'sum' : 'none';
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
}

/**
 * The organisation's total per period. Counts are summed; a computed indicator's total is Σ numerator
 * × factor / Σ denominator. Any group without a figure for a period leaves that period without a total.
 */
export function organisationTotals(kind: TotalKind, groups: readonly GroupFigures[], factor = 1): TotalPoint[] {
  if (kind === 'none' || groups.length === 0) return [];
  const periods = new Map<string, Period>();
  for (const g of groups) for (const o of g.observations) periods.set(formatCanonical(o.period), o.period);
  const result: TotalPoint[] = [];
  for (const [key, period] of [...periods].sort((a, b) => comparePeriods(a[1], b[1]))) {
    const missing: string[] = [];
    let sum = 0;
    let numerator = 0;
    let denominator = 0;
    for (const g of groups) {
      if (kind === 'sum') {
        const o = g.observations.find((x) => formatCanonical(x.period) === key);
        if (!o) missing.push(g.group.name);
        else sum += o.value;
      } else {
        const part = g.parts?.find((x) => formatCanonical(x.period) === key);
        if (!part || !(part.denominator > 0)) missing.push(g.group.name);
        else {
          numerator += part.numerator;
          denominator += part.denominator;
        }
      }
    }
    if (missing.length) result.push({ period, missing });
    else if (kind === 'sum') result.push({ period, value: sum, missing });
    else result.push({ period, value: ratio(numerator, denominator, factor), missing, numerator, denominator });
  }
  return result;
}

export interface Comparison {
  shared: Indicator;
  owner: { id: number; name: string };
  kind: TotalKind;
  groups: GroupFigures[];
  /** Groups below the owner that have not taken the indicator in use. */
  notUsing: Array<{ id: number; name: string }>;
  totals: TotalPoint[];
  partLabels?: { numerator: string; denominator: string; unit: string };
}

/** The shared indicator an indicator follows (or is), or undefined when it is not shared. */
export function sharedIdOf(indicator: Pick<Indicator, 'id' | 'sharedAt' | 'adoptedFrom'>): number | undefined {
  if (indicator.sharedAt) return indicator.id;
  return indicator.adoptedFrom ?? undefined;
}

export async function loadComparison(db: Db, sharedId: number): Promise<Comparison | undefined> {
  const shared = await findIndicatorAnywhere(db, sharedId);
  if (!shared?.sharedAt) return undefined;
  const links = await listGroupLinks(db);
  const owner = links.find((l) => l.id === shared.groupId);
  const below = treeOrder(links, shared.groupId);
  const adopters = await db
    .selectFrom('indicators')
    .select(['id', 'group_id'])
    .where('adopted_from', '=', shared.id)
    .where('archived_at', 'is', null)
    .execute();
  const adopterOf = new Map(adopters.map((a) => [a.group_id, a.id]));
  const groups: GroupFigures[] = [];
  const notUsing: Array<{ id: number; name: string }> = [];
  let partLabels: Comparison['partLabels'];
  for (const entry of below) {
    const adopterId = adopterOf.get(entry.id);
    const indicator = adopterId === undefined ? undefined : await findIndicatorAnywhere(db, adopterId);
    if (!indicator) {
      notUsing.push({ id: entry.id, name: entry.name });
      continue;
    }
    const observations = await listObservations(db, indicator.id);
    const figures: GroupFigures = { group: { id: entry.id, name: entry.name, depth: entry.depth }, indicator, observations };
    if (isComputed(indicator)) {
      const parts = await findParts(db, indicator);
      if (parts) {
        const [numerators, denominators] = await Promise.all([listStoredObservations(db, parts.numerator.id), listStoredObservations(db, parts.denominator.id)]);
        figures.parts = partValues(numerators, denominators);
        partLabels ??= { numerator: parts.numerator.seriesLabel ?? 'Tæller', denominator: parts.denominator.seriesLabel ?? 'Nævner', unit: parts.denominator.unit };
      }
    }
    groups.push(figures);
  }
  const kind = totalKindOf(shared);
  return {
    shared,
    owner: { id: shared.groupId, name: owner?.name ?? '' },
    kind,
    groups,
    notUsing,
    totals: organisationTotals(kind, groups, shared.factor ?? 1),
    ...(partLabels && { partLabels }),
  };
}

export interface FiguresSummary {
  /** The latest ended period, when the group has no figure for it. */
  missing?: string;
  latest?: string;
  latestPeriod?: string;
  change?: string;
  judgement?: 'better' | 'worse' | 'unchanged';
  verdict: string;
  verdictText: string;
  caution?: string;
}

/** One group's latest value, its change, and the signal-or-noise verdict in plain Danish. */
export function summariseFigures(shared: Indicator, observations: readonly Observation[], today: Date, parts?: readonly PartValues[], denominatorLabel = 'Nævner', partUnit = 'antal'): FiguresSummary {
  const summary = summariseIndicator(shared, observations, today);
  const variation = analyseVariation(observations.map((o) => ({ period: o.period, value: o.value })));
  const sentences = describeVariation(variation, shared);
  const latestPart = summary.latest ? parts?.find((p) => comparePeriods(p.period, summary.latest!.period) === 0) : undefined;
  const caution =
    latestPart && isSmallDenominator(latestPart.denominator)
      ? messages.smallDenominator(denominatorLabel, formatValue({ unit: partUnit, decimals: 0 }, latestPart.denominator))
      : undefined;
  const judgement = summary.change !== undefined && shared.direction !== 'range' ? judgeChange(shared.direction, summary.change) : undefined;
  return {
    ...(summary.missingPeriod && { missing: displayPeriod(summary.missingPeriod) }),
    ...(summary.latest && { latest: formatValue(shared, summary.latest.value), latestPeriod: displayPeriod(summary.latest.period) }),
    ...(summary.change !== undefined && { change: formatChange(shared, summary.change) }),
    ...(judgement && { judgement }),
    verdict: messages.verdict[variation.verdict],
    verdictText: sentences.join(' '),
    ...(caution && { caution }),
  };
}

/** What the total means and, for its latest period, who is missing. */
export function totalExplanation(comparison: Comparison): string {
  if (comparison.kind === 'none') return messages.totalNone;
  const rule = comparison.kind === 'ratio' && comparison.partLabels ? messages.totalRatio(comparison.partLabels.numerator, comparison.partLabels.denominator) : messages.totalSum;
  const latest = comparison.totals.at(-1);
  return latest && latest.missing.length ? `${rule} ${messages.totalMissing(displayPeriod(latest.period), listNames(latest.missing))}` : rule;
}
