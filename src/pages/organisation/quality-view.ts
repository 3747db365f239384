import type { Indicator } from '../../indicators/indicator.js';
import { capitalize, count, countPeriods } from '../../numbers/danish-nouns.js';
import { formatValue } from '../../numbers/value-format.js';
import { displayPeriod } from '../../periods/period.js';
import { LATE_DAYS, periodList, type Quality } from '../../organisation/quality.js';
import { longDate } from './dates.js';

const days = (n: number) => count(Math.round(n), { one: 'dag', many: 'dage' });

/** The datagrundlag card in Danish: each of the seed's questions answered with a fact. */
export function qualityView(quality: Quality, indicator: Indicator) {
  const { completeness, timeliness, revisions, smallNumbers, window } = quality;
  const since = window.measuredSince ? `Målt siden ${displayPeriod(window.measuredSince)}` : `${displayPeriod(window.from)} – ${displayPeriod(window.to)}`;
  return {
    written: [
      { label: 'Definition', ok: quality.written.definition },
      { label: 'Hvorfor den er vigtig', ok: quality.written.why },
      { label: 'Datakilde', ok: quality.written.source, text: indicator.dataSource },
      { label: 'Hvem der leverer tallene', ok: quality.written.deliveredBy, text: indicator.deliveredBy },
    ],
    completeness: {
      text:
        completeness.expected === 0
          ? 'Der er ingen afsluttede perioder at tælle endnu.'
          : `${since}: ${completeness.present} af ${countPeriods(indicator.frequency, completeness.expected)} har en værdi.`,
      missing: completeness.missing.length ? `Mangler: ${periodList(completeness.missing, 6)}.` : undefined,
      ok: completeness.missing.length === 0,
    },
    timeliness: {
      text:
        timeliness.medianDays === undefined
          ? 'Ingen værdier de seneste tre år at måle på.'
          : `Værdierne kom typisk ${days(timeliness.medianDays)} efter periodens slutning${timeliness.latestDays !== undefined ? `; den seneste ${days(timeliness.latestDays)} efter` : ''}.`,
      ok: timeliness.medianDays === undefined || timeliness.medianDays <= LATE_DAYS,
    },
    revisions: {
      text: revisions.count === 0 ? 'Ingen værdier er rettet, efter de kom ind.' : `${capitalize(count(revisions.count, { one: 'værdi', many: 'værdier' }))} er rettet, efter de kom ind.`,
      ok: revisions.count === 0,
      latest: revisions.latest.map((r) => ({
        period: displayPeriod(r.period),
        when: longDate(r.at),
        how: r.fileName ? `importen „${r.fileName}“` : 'rettet i hånden',
        change: r.oldValue !== null && r.newValue !== null ? `${formatValue(indicator, r.oldValue)} → ${formatValue(indicator, r.newValue)}` : undefined,
      })),
    },
    noise: quality.noise,
    smallNumbers: {
      applies: smallNumbers.applies,
      rule: smallNumbers.rule,
      text: !smallNumbers.applies
        ? 'Ikke relevant for denne enhed.'
        : smallNumbers.periods.length === 0
          ? 'Ingen perioder bygger på små tal.'
          : `${capitalize(countPeriods(indicator.frequency, smallNumbers.periods.length))} bygger på små tal: ${periodList(smallNumbers.periods)}.`,
      ok: smallNumbers.periods.length === 0,
    },
    review: quality.lastReview
      ? { text: `${longDate(quality.lastReview.at)}${quality.lastReview.by ? ` af ${quality.lastReview.by}` : ''}`, note: quality.lastReview.note, ok: quality.reviewCurrent }
      : { text: 'Gruppen har ikke gennemgået datagrundlaget endnu.', ok: false, never: true },
    issues: quality.issues.map(capitalize),
    allGood: quality.issues.length === 0,
  };
}
