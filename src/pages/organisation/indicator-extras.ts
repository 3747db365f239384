import type { Request, RequestHandler, Response } from 'express';
import type { Db } from '../../db/connection.js';
import { findParts } from '../../indicators/computed-service.js';
import { isSmallDenominator, partValues, ratio, SMALL_DENOMINATOR } from '../../indicators/computed.js';
import { isComputed, type Indicator } from '../../indicators/indicator.js';
import { findIndicatorAnywhere } from '../../indicators/indicator-queries.js';
import { listStoredObservations } from '../../indicators/observation-queries.js';
import { findGroup, hasGroupsBelow } from '../../groups/group-queries.js';
import { formatValue } from '../../numbers/value-format.js';
import { displayPeriod, formatCanonical } from '../../periods/period.js';
import { groupContext } from '../../web/guards.js';
import { indicatorBasis } from '../indicators/indicator-basis.js';
import { services } from '../../web/services.js';
import { longDate } from './dates.js';
import { referenceView } from './reference-view.js';
import { loadQuality } from '../../organisation/quality-queries.js';
import { qualityView } from './quality-view.js';

export const messages = {
  formula: (numerator: string, denominator: string, factor: string) => `${numerator} / ${denominator} × ${factor}`,
  caution: (label: string, value: string) => `Forsigtig: bygger på et lille tal (${label.toLowerCase()}: ${value}), så det kan svinge meget af tilfældige grunde.`,
  cautionNote: `Et tal, der bygger på en nævner under ${SMALL_DENOMINATOR}, vises med en advarsel: få tilfælde mere eller mindre flytter det meget.`,
};

export { longDate };

/** A computed indicator's two parts per period, for the indicator page, with a caution where the denominator is small. */
export async function computedView(db: Db, indicator: Indicator) {
  if (!isComputed(indicator)) return undefined;
  const parts = await findParts(db, indicator);
  if (!parts) return undefined;
  const [numerators, denominators] = await Promise.all([listStoredObservations(db, parts.numerator.id), listStoredObservations(db, parts.denominator.id)]);
  const numeratorLabel = parts.numerator.seriesLabel ?? 'Tæller';
  const denominatorLabel = parts.denominator.seriesLabel ?? 'Nævner';
  const values = partValues(numerators, denominators);
  const rows = [...values].reverse().map((p) => {
    const value = ratio(p.numerator, p.denominator, indicator.factor ?? 1);
    return {
      period: displayPeriod(p.period),
      canonical: formatCanonical(p.period),
      numerator: formatValue(parts.numerator, p.numerator),
      denominator: formatValue(parts.denominator, p.denominator),
      value: value === undefined ? '–' : formatValue(indicator, value),
      caution: isSmallDenominator(p.denominator) ? messages.caution(denominatorLabel, formatValue(parts.denominator, p.denominator)) : undefined,
    };
  });
  return {
    numeratorLabel,
    denominatorLabel,
    numeratorUnit: parts.numerator.unit,
    formula: messages.formula(numeratorLabel, denominatorLabel, formatValue({ unit: 'antal', decimals: 0 }, indicator.factor ?? 1)),
    rows,
    latestCaution: rows[0]?.caution,
    cautionNote: messages.cautionNote,
    /** Periods (canonical) with a small denominator, for the chart's caption. */
    smallPeriods: values.filter((p) => isSmallDenominator(p.denominator)).map((p) => displayPeriod(p.period)),
  };
}

/** Where a shared indicator comes from or goes to, for its page. */
export async function sharingView(db: Db, indicator: Indicator, groupId: number, now: Date) {
  const base = `/grupper/${groupId}/indikatorer/${indicator.id}`;
  if (indicator.adoptedFrom) {
    const shared = await findIndicatorAnywhere(db, indicator.adoptedFrom);
    const owner = shared ? await findGroup(db, shared.groupId) : undefined;
    const changedAt = indicator.definitionChangedAt;
    // A change in the last 90 days is told at the top; older ones are only dated.
    const recent = changedAt !== null && changedAt !== undefined && now.getTime() - new Date(changedAt).getTime() < 90 * 86_400_000;
    return {
      adopted: true,
      ownerName: owner?.name ?? '',
      changedText: changedAt ? longDate(changedAt) : undefined,
      recentChange: recent,
      comparisonHref: `${base}/sammenligning`,
      historyHref: `/grupper/${groupId}/historik`,
    };
  }
  if (indicator.sharedAt) {
    const adopters = await db.selectFrom('indicators').select(({ fn }) => fn.countAll<number | string>().as('n')).where('adopted_from', '=', indicator.id).executeTakeFirstOrThrow();
    return {
      owner: true,
      sharedText: longDate(indicator.sharedAt),
      changedText: indicator.definitionChangedAt ? longDate(indicator.definitionChangedAt) : undefined,
      adopters: Number(adopters.n),
      totalRuleText: isComputed(indicator)
        ? 'Tallet i alt er gruppernes tællere lagt sammen og delt med deres nævnere lagt sammen.'
        : indicator.totalRule === 'sum'
          ? 'Tallet i alt er gruppernes tal lagt sammen.'
          : 'Der er intet tal i alt, fordi gruppernes tal ikke kan lægges sammen.',
      comparisonHref: `${base}/sammenligning`,
    };
  }
  return undefined;
}

/** Whether the group can share this indicator: its own plain or computed indicator, with groups below it. */
export async function canShare(db: Db, indicator: Indicator, groupId: number): Promise<boolean> {
  if (indicator.sharedAt || indicator.adoptedFrom || indicator.seriesOf || indicator.archived) return false;
  return hasGroupsBelow(db, groupId);
}

export const totalRuleOptions = [
  { value: 'sum', label: 'Læg tallene sammen – fx antal borgere, antal sager eller kroner' },
  { value: 'none', label: 'Intet tal i alt – fx procenter, gennemsnit eller point, som ikke kan lægges sammen' },
];

/**
 * Adds the organisation's parts of the indicator page (issue 14) to res.locals.org before the page
 * renders: computed parts, sharing, and what later steps hang on the page. The page itself is unchanged.
 */
export function withIndicatorExtras(show: RequestHandler): RequestHandler {
  return async (req, res, next) => {
    res.locals.org = await indicatorExtras(req, res);
    return show(req, res, next);
  };
}

export async function indicatorExtras(req: Request, res: Response) {
  const { db, now } = services(req);
  const { group, role } = groupContext(res);
  const { indicator, references: allReferences, board } = await indicatorBasis(req, res);
  const base = `/grupper/${group.id}/indikatorer/${indicator.id}`;
  const [computed, shared, shareable, references, quality] = await Promise.all([
    computedView(db, indicator),
    sharingView(db, indicator, group.id, now()),
    role === 'editor' ? canShare(db, indicator, group.id) : Promise.resolve(false),
    allReferences,
    // The board read the group's data version first: the stored facts are kept per version.
    indicator.seriesOf ? Promise.resolve(undefined) : loadQuality(db, indicator, now(), board.dataVersion),
  ]);
  return {
    quality: quality && qualityView(quality, indicator),
    qualityHref: `${base}/datagrundlag`,
    references: references.map((r) => referenceView(indicator, r, base)),
    referencesHref: role === 'overseer' ? undefined : `${base}/serier`,
    computed,
    shared,
    canShare: shareable,
    shareAction: `/grupper/${group.id}/indikatorer/${indicator.id}/del`,
    totalRuleOptions,
    computedIndicator: isComputed(indicator),
  };
}
