import type { Request, Response } from 'express';
import { renderSmallMultiples, type MultiplesPanel } from '../../charts/small-multiples.js';
import { isSmallDenominator } from '../../indicators/computed.js';
import { findIndicator } from '../../indicators/indicator-queries.js';
import { formatValue } from '../../numbers/value-format.js';
import { displayPeriod, formatCanonical } from '../../periods/period.js';
import { loadComparison, sharedIdOf, summariseFigures, totalExplanation, messages as comparisonMessages } from '../../organisation/comparison.js';
import { found, NotFoundError } from '../../shared/errors.js';
import { groupContext, idParam } from '../../web/guards.js';
import { services } from '../../web/services.js';
import { groupCrumbs } from '../breadcrumbs.js';
import { listReferences } from '../../organisation/reference-series.js';

const messages = {
  title: (name: string) => `Sammenligning: ${name}`,
  crumb: 'Sammenligning',
  indicator: 'Indikatoren',
  total: (owner: string) => `I alt under ${owner}`,
  reference: (label: string) => `Til sammenligning: ${label}`,
  caption: (name: string, groups: number, owner: string) =>
    `${name} for ${groups === 1 ? 'den gruppe' : `de ${groups} grupper`} under ${owner}, der bruger indikatoren, på samme skala. Grupperne står i organisationens rækkefølge, ikke efter resultat.`,
  noValue: 'Ingen tal endnu.',
  latest: (value: string, period: string) => `${value} i ${period}.`,
  change: (change: string) => `Ændring fra perioden før: ${change}.`,
  totalLatest: (value: string, period: string) => `${value} i ${period}.`,
};

/**
 * A shared indicator side by side for the groups below its owner: small multiples on one scale with
 * the viewer's group marked, each group's latest value, change and signal-or-noise verdict, and the
 * organisation's total computed the right way (see organisation/comparison.ts).
 */
export async function show(req: Request, res: Response) {
  const { db, now } = services(req);
  const { group } = groupContext(res);
  const indicator = found(await findIndicator(db, group.id, idParam(req, 'indicatorId', messages.indicator)), messages.indicator);
  const sharedId = sharedIdOf(indicator);
  const comparison = sharedId === undefined ? undefined : await loadComparison(db, sharedId);
  if (!comparison) throw new NotFoundError(comparisonMessages.notShared);
  const { shared } = comparison;
  const today = now();
  const denominatorLabel = comparison.partLabels?.denominator ?? 'Nævner';
  const partUnit = comparison.partLabels?.unit ?? 'antal';
  const rows = comparison.groups.map((g) => {
    const summary = summariseFigures(shared, g.observations, today, g.parts, denominatorLabel, partUnit);
    return { ...g.group, own: g.group.id === group.id, indent: g.group.depth, ...summary };
  });
  const cautionsOf = (parts: (typeof comparison.groups)[number]['parts']) =>
    new Map(
      (parts ?? [])
        .filter((p) => isSmallDenominator(p.denominator))
        .map((p) => [formatCanonical(p.period), comparisonMessages.smallDenominator(denominatorLabel, formatValue({ unit: partUnit, decimals: 0 }, p.denominator))]),
    );
  const panels: MultiplesPanel[] = [];
  const totalValues = comparison.totals.filter((t) => t.value !== undefined).map((t) => ({ period: t.period, value: t.value! }));
  const latestTotal = totalValues.at(-1);
  if (comparison.kind !== 'none') {
    panels.push({
      id: `total-${shared.id}`,
      title: messages.total(comparison.owner.name),
      observations: totalValues,
      caption: latestTotal ? messages.totalLatest(formatValue(shared, latestTotal.value), displayPeriod(latestTotal.period)) : messages.noValue,
      total: true,
    });
  }
  // The shared indicator's comparison lines ("Hele landet") as panels of their own, after the total.
  for (const reference of await listReferences(db, shared)) {
    const latest = reference.observations.at(-1);
    panels.push({
      id: `serie-${reference.series.id}`,
      title: messages.reference(reference.series.seriesLabel ?? reference.series.name),
      observations: reference.observations.map((o) => ({ period: o.period, value: o.value })),
      caption: latest ? messages.totalLatest(formatValue(shared, latest.value), displayPeriod(latest.period)) : messages.noValue,
      reference: true,
    });
  }
  for (const [i, g] of comparison.groups.entries()) {
    const row = rows[i]!;
    const caption = [row.latest ? messages.latest(row.latest, row.latestPeriod!) : messages.noValue, row.change ? messages.change(row.change) : '', row.verdict + '.', row.caution ?? '']
      .filter(Boolean)
      .join(' ');
    panels.push({
      id: `gruppe-${g.group.id}`,
      title: g.group.name,
      observations: g.observations.map((o) => ({ period: o.period, value: o.value })),
      caption,
      highlighted: g.group.id === group.id,
      cautions: cautionsOf(g.parts),
    });
  }
  const chart = renderSmallMultiples({
    id: `sammenligning-${shared.id}`,
    title: shared.name,
    format: shared,
    caption: messages.caption(shared.name, comparison.groups.length, comparison.owner.name),
    panels,
  });
  res.render('organisation/comparison', {
    title: messages.title(shared.name),
    breadcrumbs: groupCrumbs(group, { label: indicator.name, href: `/grupper/${group.id}/indikatorer/${indicator.id}` }, { label: messages.crumb }),
    shared,
    owner: comparison.owner,
    chart,
    rows,
    notUsing: comparison.notUsing,
    totalExplanation: totalExplanation(comparison),
    total: latestTotal && { value: formatValue(shared, latestTotal.value), period: displayPeriod(latestTotal.period) },
    latestTotalMissing: comparison.totals.at(-1)?.missing.length ? comparison.totals.at(-1) : undefined,
  });
}
