import type { Db } from '../../db/connection.js';
import type { ChartReference } from '../../charts/chart-types.js';
import { findParts } from '../../indicators/computed-service.js';
import { isSmallDenominator, SMALL_DENOMINATOR } from '../../indicators/computed.js';
import { isComputed, type Indicator } from '../../indicators/indicator.js';
import { listStoredObservations } from '../../indicators/observation-queries.js';
import { displayPeriod } from '../../periods/period.js';
import { listReferences, type ReferenceSeries } from '../../organisation/reference-series.js';

export const messages = {
  smallDenominator: (periods: string[], label: string) =>
    `Forsigtig: ${periods.length === 1 ? `tallet for ${periods[0]} bygger` : `tallene for ${periods.slice(0, -1).join(', ')} og ${periods.at(-1)} bygger`} på under ${SMALL_DENOMINATOR} ${label.toLowerCase()}, så ${periods.length === 1 ? 'det' : 'de'} kan svinge meget af tilfældige grunde.`,
};

/**
 * What the organisation adds to an indicator's chart (issue 14): its reference series as comparison
 * lines (`known`: when the page has read them already), and a caution in the caption for the periods of a computed indicator with a small denominator.
 */
export async function chartExtras(db: Db, indicator: Indicator, known?: readonly ReferenceSeries[]): Promise<{ references: ChartReference[]; captionNotes: string[] }> {
  const references = (known ?? (await listReferences(db, indicator))).map((r) => ({
    label: r.series.seriesLabel ?? r.series.name,
    observations: r.observations.map((o) => ({ period: o.period, value: o.value })),
  }));
  const captionNotes: string[] = [];
  if (isComputed(indicator)) {
    const parts = await findParts(db, indicator);
    if (parts) {
      const small = (await listStoredObservations(db, parts.denominator.id)).filter((d) => isSmallDenominator(d.value));
      // Only the latest few: a caption is read aloud.
      if (small.length) captionNotes.push(messages.smallDenominator(small.slice(-3).map((d) => displayPeriod(d.period)), parts.denominator.seriesLabel ?? 'nævner'));
    }
  }
  return { references, captionNotes };
}
