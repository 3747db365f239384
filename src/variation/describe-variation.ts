import { capitalize, count, countInWords, PERIOD_NOUNS } from '../numbers/danish-nouns.js';
import { clampToUnit } from '../numbers/units.js';
import { formatAmount, formatChange, formatChangeLimits, formatValue, isUnchanged, shownValue, type ValueFormat } from '../numbers/value-format.js';
import { displayPeriod, type Frequency } from '../periods/period.js';
import type { Side } from './signal-rules.js';
import type { SeasonalView, VariationResult } from './variation.js';

/** Plain Danish for a leader: what the latest figure means, never how it was computed. */

const LAST_FOUR = 'de seneste fire';

export const messages = {
  noData: 'Der er ingen tal endnu.',
  tooFewPoints: (needed: string, have: number) =>
    `Der er endnu for få tal til at skelne et signal fra almindelig variation: det kræver tal for mindst ${needed}, og der er ${have}.`,
  tooFewComparisons: (needed: string, have: number) =>
    `Der er endnu for få kvartaler at sammenligne med samme kvartal året før: det kræver mindst ${needed}, og der er ${have}.`,
  tooManyGaps: 'Der mangler for mange tal i rækken til at skelne et signal fra almindelig variation.',
  missingLastYear: (period: string) => `Tallet for ${period} mangler, så det seneste kvartal kan ikke sammenlignes med samme kvartal året før.`,
  seasonalPattern: (highest: string, lowest: string) =>
    `Tallet følger et fast mønster over året: det er typisk højest i ${highest} og lavest i ${lowest}. ` +
    'Derfor sammenlignes det seneste kvartal med samme kvartal året før.',
  comparedWithLastYear: (latest: string, lastYear: string, amount: string, higher: boolean, now: string, then: string) =>
    `Tallet for ${latest} er ${amount} ${higher ? 'højere' : 'lavere'} end for ${lastYear} (${now} mod ${then}).`,
  sameAsLastYear: (latest: string, lastYear: string, value: string) => `Tallet for ${latest} er det samme som for ${lastYear} (${value}).`,
  rollingYear: (value: string, from: string, to: string, before: string | undefined) =>
    `Gennemsnittet af de seneste fire kvartaler (løbende år, ${from} til ${to}) er ${value}` + (before ? `, mod ${before} et år tidligere.` : '.'),
  withinLimits: (low: string, high: string) =>
    `Det seneste tal ligger inden for den normale variation (mellem ${low} og ${high}). Ændringen er støj, ikke en tendens.`,
  withinLimitsYearOverYear: (range: string) =>
    `Ændringen fra året før ligger inden for den normale variation (fra ${range}). Den er støj, ikke en tendens.`,
  noVariation: (value: string, periods: string) => `Tallet har ligget fast på ${value} i alle de seneste ${periods}.`,
  sameAsLastYearThroughout: (periods: string) => `Tallet har været det samme som året før i alle de seneste ${periods}.`,
  noVariationYearOverYear: (change: string, periods: string) =>
    `Ændringen fra året før har været den samme (${change}) i alle de seneste ${periods}.`,
  outsideLimits: (side: Side, latest: string, limit: string) =>
    `Det seneste tal (${latest}) ligger ${side === 'above' ? 'over den øvre' : 'under den nedre'} grænse for normal variation (${limit}): et signal.`,
  outsideLimitsYearOverYear: (side: Side, change: string, limit: string) =>
    `Ændringen fra året før (${change}) ligger ${side === 'above' ? 'over den øvre' : 'under den nedre'} grænse for normal variation (${limit}): et signal.`,
  leftFlatLine: (was: string, now: string) => `Tallet har ligget fast på ${was} og er nu ${now}: et signal.`,
  run: (periods: string, side: Side, centre: string) =>
    `${capitalize(periods)} i træk ${side === 'above' ? 'over' : 'under'} gennemsnittet (${centre}): et signal om ${lasting(side)}.`,
  runYearOverYear: (periods: string, side: Side, centre: string) =>
    `${capitalize(periods)} i træk har ændringen fra året før ligget ${side === 'above' ? 'over' : 'under'} ` +
    `gennemsnittet (${centre}): et signal om ${lasting(side)}.`,
  nearLimit: (count: number, side: Side, what: string) =>
    `${count === 4 ? `Alle ${LAST_FOUR}` : `Tre af ${LAST_FOUR}`} ${what} ligger tæt på den ${side === 'above' ? 'øvre' : 'nedre'} ` +
    `grænse for normal variation: et signal om ${side === 'above' ? 'en stigning' : 'et fald'}.`,
  signalAdvice: 'Noget har ændret sig, og det er værd at finde årsagen.',
};

function lasting(side: Side): string {
  return side === 'above' ? 'en varig stigning' : 'et varigt fald';
}

const SEASON_NAMES = ['1. kvartal', '2. kvartal', '3. kvartal', '4. kvartal'];

/**
 * A figure just over a limit can round to the limit itself ("70 ligger over 70"); one or two more
 * decimals then show the reader why it counts as outside.
 */
function telling(format: ValueFormat, a: number, b: number, show: (f: ValueFormat, v: number) => string): ValueFormat {
  let decimals = format.decimals;
  while (decimals < format.decimals + 2 && show({ ...format, decimals }, a) === show({ ...format, decimals }, b)) decimals++;
  return { ...format, decimals };
}

function neededPeriods(frequency: Frequency | undefined, n: number): string {
  return count(n, PERIOD_NOUNS[frequency ?? 'quarter']);
}

function seasonalSentences(view: SeasonalView, format: ValueFormat): string[] {
  const sentences: string[] = [];
  const { highestSeason, lowestSeason } = view.seasonality;
  if (highestSeason && lowestSeason) {
    sentences.push(messages.seasonalPattern(SEASON_NAMES[highestSeason - 1] ?? '', SEASON_NAMES[lowestSeason - 1] ?? ''));
  }
  const { latest, lastYear } = view;
  if (lastYear) {
    const change = shownValue(format, latest.value) - shownValue(format, lastYear.value);
    const [now, then, latestName, lastYearName] = [formatValue(format, latest.value), formatValue(format, lastYear.value), displayPeriod(latest.period), displayPeriod(lastYear.period)];
    sentences.push(
      isUnchanged(format, change)
        ? messages.sameAsLastYear(latestName, lastYearName, now)
        : messages.comparedWithLastYear(latestName, lastYearName, formatAmount(format, change), change > 0, now, then),
    );
  }
  if (view.rollingYear) {
    const before = view.rollingYearBefore ? formatValue(format, view.rollingYearBefore.value) : undefined;
    sentences.push(messages.rollingYear(formatValue(format, view.rollingYear.value), displayPeriod(view.rollingYear.from), displayPeriod(view.rollingYear.to), before));
  }
  return sentences;
}

/** One to five sentences; join them with a space for a caption. Every number goes through the shared formatter. */
export function describeVariation(result: VariationResult, format: ValueFormat): string[] {
  const sentences = result.seasonal ? seasonalSentences(result.seasonal, format) : [];
  const yoy = result.basis === 'year-over-year';
  const { limits, latest } = result;

  if (result.verdict === 'too-little-data' || !limits || !latest) {
    if (result.reason === 'missing-last-year' && result.seasonal) {
      const { period } = result.seasonal.latest;
      return [...sentences, messages.missingLastYear(displayPeriod({ ...period, year: period.year - 1 }))];
    }
    if (result.reason === 'too-many-gaps') return [...sentences, messages.tooManyGaps];
    if (result.points.length === 0 && !yoy) return [messages.noData];
    const needed = neededPeriods(result.frequency, result.minPoints);
    return [...sentences, yoy ? messages.tooFewComparisons(needed, result.points.length) : messages.tooFewPoints(needed, result.points.length)];
  }

  // Limits beyond what the unit allows (a negative percentage) would confuse; the change limits are differences and may be negative.
  const show = (f: ValueFormat, v: number) => (yoy ? formatChange(f, v) : formatValue(f, clampToUnit(f.unit, v)));
  const value = (v: number) => show(format, v);
  const side = result.run?.side ?? (latest.value > limits.centre ? 'above' : 'below');
  const periodsNoun = PERIOD_NOUNS[result.frequency ?? 'quarter'];

  switch (result.reason) {
    case 'outside-limits': {
      const flat = limits.averageMovingRange === 0;
      const limit = flat ? limits.centre : side === 'above' ? limits.upper : limits.lower;
      const precise = telling(format, latest.value, limit, show);
      // The sentence before already quoted both years' figures; the change must be their difference as shown.
      const lastYear = result.seasonal?.lastYear;
      const figure =
        yoy && lastYear && precise.decimals === format.decimals
          ? shownValue(format, result.seasonal?.latest.value ?? 0) - shownValue(format, lastYear.value)
          : latest.value;
      const [shownLatest, shownLimit] = [show(precise, figure), show(precise, limit)];
      if (flat && !yoy) sentences.push(messages.leftFlatLine(shownLimit, shownLatest));
      else if (yoy) sentences.push(messages.outsideLimitsYearOverYear(side, shownLatest, shownLimit));
      else sentences.push(messages.outsideLimits(side, shownLatest, shownLimit));
      sentences.push(messages.signalAdvice);
      break;
    }
    case 'run': {
      const length = countInWords(result.run?.length ?? 0, periodsNoun);
      sentences.push(yoy ? messages.runYearOverYear(length, side, value(limits.centre)) : messages.run(length, side, value(limits.centre)));
      sentences.push(messages.signalAdvice);
      break;
    }
    case 'near-limit': {
      const near = result.nearLimit ?? { count: 3, side };
      sentences.push(messages.nearLimit(near.count, near.side, yoy ? 'ændringer fra året før' : 'tal'));
      sentences.push(messages.signalAdvice);
      break;
    }
    case 'no-variation': {
      const periods = count(limits.baselineSize + 1, periodsNoun);
      if (!yoy) sentences.push(messages.noVariation(value(limits.centre), periods));
      else if (isUnchanged(format, limits.centre)) sentences.push(messages.sameAsLastYearThroughout(periods));
      else sentences.push(messages.noVariationYearOverYear(value(limits.centre), periods));
      break;
    }
    default:
      sentences.push(
        yoy ? messages.withinLimitsYearOverYear(formatChangeLimits(format, limits.lower, limits.upper)) : messages.withinLimits(value(limits.lower), value(limits.upper)),
      );
  }
  return sentences;
}
