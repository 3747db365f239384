import type { Indicator } from '../indicators/indicator.js';
import type { Observation } from '../indicators/observation.js';
import { comparePeriods, periodsBetween } from '../periods/period.js';

/**
 * The indicator's own values in period order. Values of another indicator or another
 * frequency are dropped, because periods of different frequencies cannot be compared.
 */
export function indicatorHistory(
  indicator: Pick<Indicator, 'id' | 'frequency'>,
  observations: readonly Observation[],
): Observation[] {
  return observations
    .filter((o) => o.indicatorId === indicator.id && o.period.frequency === indicator.frequency)
    .sort((a, b) => comparePeriods(a.period, b.period));
}

export interface Stretch {
  from: Observation;
  to: Observation;
  /** Change per period in the wanted direction: positive is progress, negative is the wrong way. */
  gainPerPeriod: number;
}

/**
 * The best change the indicator has shown over exactly `length` periods, in the direction
 * `sense` (+1 rising, −1 falling). Both ends must have a value; gaps in between do not
 * matter. Undefined when the history has no two values that far apart.
 */
export function fastestStretch(history: readonly Observation[], length: number, sense: 1 | -1): Stretch | undefined {
  let best: Stretch | undefined;
  for (const [i, from] of history.entries()) {
    for (const to of history.slice(i + 1)) {
      const distance = periodsBetween(from.period, to.period);
      if (distance > length) break;
      if (distance < length) continue;
      const gainPerPeriod = (sense * (to.value - from.value)) / length;
      if (!best || gainPerPeriod > best.gainPerPeriod) best = { from, to, gainPerPeriod };
    }
  }
  return best;
}
