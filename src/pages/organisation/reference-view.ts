import type { FetchStatus } from '../../db/schema.js';
import type { Indicator } from '../../indicators/indicator.js';
import { formatValue } from '../../numbers/value-format.js';
import { displayPeriod } from '../../periods/period.js';
import type { ReferenceSeries } from '../../organisation/reference-series.js';

const timeFormat = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });
const stamp = (iso: string | null) => (iso ? timeFormat.format(new Date(iso)) : undefined);

const STATUS: Record<FetchStatus, { label: string; badge: 'success' | 'info' | 'warning' | 'error' }> = {
  ok: { label: 'Hentet', badge: 'success' },
  'nothing-new': { label: 'Intet nyt', badge: 'success' },
  timeout: { label: 'Intet svar', badge: 'warning' },
  'http-error': { label: 'Fejl hos udbyderen', badge: 'warning' },
  network: { label: 'Kunne ikke nås', badge: 'warning' },
  'not-csv': { label: 'Ikke en CSV-fil', badge: 'error' },
  format: { label: 'Formatet er ændret', badge: 'error' },
  'too-large': { label: 'For stor fil', badge: 'error' },
};

export const intervalOptions = [
  { value: '6', label: 'Hver 6. time' },
  { value: '24', label: 'Hver dag' },
  { value: '168', label: 'Hver uge' },
];

/** A reference series as the indicator page and the series page show it: latest figure and how its fetch went. */
export function referenceView(indicator: Indicator, reference: ReferenceSeries, base: string) {
  const latest = reference.observations.at(-1);
  const fetch = reference.fetch;
  return {
    id: reference.series.id,
    label: reference.series.seriesLabel ?? reference.series.name,
    name: reference.series.name,
    source: reference.series.dataSource,
    fromOwner: reference.fromOwner ?? false,
    latest: latest ? formatValue(indicator, latest.value) : undefined,
    latestPeriod: latest ? displayPeriod(latest.period) : undefined,
    count: reference.observations.length,
    rows: [...reference.observations].reverse().slice(0, 8).map((o) => ({ period: displayPeriod(o.period), value: formatValue(indicator, o.value) })),
    fetch: fetch && {
      url: fetch.url,
      rowLabel: fetch.rowLabel ?? '',
      intervalHours: String(fetch.intervalHours),
      status: fetch.lastStatus ? STATUS[fetch.lastStatus] : undefined,
      message: fetch.lastMessage,
      lastAttempt: stamp(fetch.lastAttemptAt),
      lastSuccess: stamp(fetch.lastSuccessAt),
      nextDue: stamp(fetch.nextDueAt),
      failing: fetch.lastStatus !== null && fetch.lastStatus !== 'ok' && fetch.lastStatus !== 'nothing-new',
    },
    base: `${base}/serier/${reference.series.id}`,
  };
}
