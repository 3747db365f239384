import { capitalize, countInWords, PERIOD_NOUNS } from '../numbers/danish-nouns.js';
import { clampToUnit } from '../numbers/units.js';
import { formatAmount, formatChange, formatChangeLimits, formatLimits, formatValue, isUnchanged, shownValue, type ValueFormat } from '../numbers/value-format.js';
import { displayPeriod } from '../periods/period.js';
import { messages as variationMessages } from '../variation/describe-variation.js';
import type { Side } from '../variation/signal-rules.js';
import type { Finding, Point, SituationDecision, SituationSubject } from './situation.js';

/**
 * The Danish words for a decision. Agenda reasons and chart captions are both written here, from the
 * same decision, so the reason for putting an indicator on the agenda and the sentence under its chart
 * say the same thing. Every number goes through numbers/value-format.ts.
 */

export const messages = {
  noValues: 'Der er ingen tal endnu',
  missing: (period: string) => `Mangler data for ${period}`,
  missingSentence: (period: string) => `Tallet for ${period} mangler.`,
  goalBehind: (goal: string) => `Bagud i forhold til målet „${goal}“`,
  goalReached: (goal: string) => `Målet „${goal}“ er nået`,
  goalOnTrack: (goal: string) => `På sporet mod målet „${goal}“`,
  outsideRange: (limits: string) => `Ligger uden for de fastsatte grænser (${limits})`,
  noSignal: 'Inden for den normale variation',
  tooLittle: 'For få tal til at skelne en ændring fra almindelig variation',
  wrongWay: 'Gik den forkerte vej',
  rightWay: 'Gik den rigtige vej',
  beyondNoise: 'mere end den normale variation',
  seasonalCompare: (name: string, latest: string, lastYear: string) =>
    `${name} svinger med årstiderne, så ${latest} sammenlignes med samme kvartal året før, ${lastYear}:`,
  tooLittleSentence: 'Der er endnu for få tal til at skelne en ændring fra almindelig variation.',
  withinLimits: (limits: string) => `Det er inden for den normale variation (${limits}), altså ikke et tegn på en ændring.`,
  withinLimitsYearOverYear: (limits: string) => `Forskellen er inden for den normale variation (${limits}), altså ikke et tegn på en ændring.`,
  outsideLimits: (side: Side, limits: string) => `Det er ${side === 'above' ? 'over' : 'under'} den normale variation (${limits}): et signal om, at noget har ændret sig.`,
  outsideLimitsYearOverYear: (side: Side, limits: string) =>
    `Forskellen er ${side === 'above' ? 'over' : 'under'} den normale variation (${limits}): et signal om, at noget har ændret sig.`,
  way: (better: boolean) => `Det går den ${better ? 'rigtige' : 'forkerte'} vej.`,
};

function format(subject: SituationSubject): ValueFormat {
  return { unit: subject.unit, decimals: subject.decimals };
}

const P = (p: Point) => displayPeriod(p.period);

/** The change between two shown values, computed from the shown numbers so text and figures add up. */
function shownChange(f: ValueFormat, from: Point, to: Point): number {
  return shownValue(f, to.value) - shownValue(f, from.value);
}

function limitsText(decision: SituationDecision, f: ValueFormat): string | undefined {
  const limits = decision.variation.limits;
  if (!limits) return undefined;
  if (decision.variation.basis === 'year-over-year') return formatChangeLimits(f, limits.lower, limits.upper);
  return formatLimits(f, clampToUnit(f.unit, limits.lower), clampToUnit(f.unit, limits.upper));
}

function runText(decision: SituationDecision, f: ValueFormat): string {
  const { variation } = decision;
  const run = variation.run;
  const length = countInWords(run?.length ?? 0, PERIOD_NOUNS[variation.frequency ?? 'quarter']);
  const centre = variation.limits?.centre ?? 0;
  const side = run?.side ?? 'above';
  if (variation.basis === 'year-over-year') {
    return `${length} i træk har ændringen fra året før ligget ${side === 'above' ? 'over' : 'under'} gennemsnittet (${formatChange(f, centre)})`;
  }
  return `${length} i træk ${side === 'above' ? 'over' : 'under'} gennemsnittet (${formatValue(f, centre)})`;
}

function nearText(decision: SituationDecision): string {
  const near = decision.variation.nearLimit ?? { count: 3, side: 'above' as Side };
  const what = decision.variation.basis === 'year-over-year' ? 'ændringer fra året før' : 'tal';
  return `${near.count === 4 ? 'alle' : 'tre af'} de seneste fire ${what} tæt på den ${near.side === 'above' ? 'øvre' : 'nedre'} grænse for normal variation`;
}

/** "Gik den forkerte vej fra 2. kvt. 2026 til 3. kvt. 2026 (+0,7 procentpoint), mere end den normale variation". */
function signalReason(finding: Extract<Finding, { kind: 'signal' }>, decision: SituationDecision, f: ValueFormat): string {
  const lead = finding.judged === 'worse' ? messages.wrongWay : finding.judged === 'better' ? messages.rightWay : finding.up ? 'Steg' : 'Faldt';
  const { latest, previous, lastYear, variation } = decision;
  switch (variation.reason) {
    case 'run':
      return `${lead}: ${runText(decision, f)}`;
    case 'near-limit':
      return `${lead}: ${nearText(decision)}`;
    default: {
      if (!latest) return lead;
      if (variation.basis === 'year-over-year' && lastYear) {
        const change = shownChange(f, lastYear, latest);
        return `${lead}: ${P(latest)} var ${formatAmount(f, change)} ${change > 0 ? 'højere' : 'lavere'} end ${P(lastYear)}, ${messages.beyondNoise}`;
      }
      if (previous) return `${lead} fra ${P(previous)} til ${P(latest)} (${formatChange(f, shownChange(f, previous, latest))}), ${messages.beyondNoise}`;
      return `${lead}: ${formatValue(f, latest.value)} i ${P(latest)} er ${finding.up ? 'over' : 'under'} den normale variation (${limitsText(decision, f) ?? ''})`;
    }
  }
}

/** One short Danish reason per finding, without a full stop: what the agenda says. */
export function findingReason(finding: Finding, decision: SituationDecision, subject: SituationSubject): string {
  const f = format(subject);
  switch (finding.kind) {
    case 'no-values':
      return messages.noValues;
    case 'missing-latest':
      return messages.missing(displayPeriod(finding.period));
    case 'goal-behind':
      return messages.goalBehind(finding.goal);
    case 'goal-reached':
      return messages.goalReached(finding.goal);
    case 'goal-on-track':
      return messages.goalOnTrack(finding.goal);
    case 'outside-range': {
      const { rangeMin: min, rangeMax: max } = subject;
      const limits = min != null && max != null ? formatLimits(f, min, max) : min != null ? `mindst ${formatValue(f, min)}` : `højst ${formatValue(f, max ?? 0)}`;
      return messages.outsideRange(limits);
    }
    case 'signal':
      return signalReason(finding, decision, f);
    case 'no-signal':
      return messages.noSignal;
    case 'too-little-data':
      return messages.tooLittle;
  }
}

// A decision is made for one indicator and kept as long as its data (see meetings/group-board.ts), so
// its words are written once, not on every page that shows them.
const reasonsOf = new WeakMap<SituationDecision, { subject: SituationSubject; reasons: string[] }>();

/** Every finding's reason, most decisive first. */
export function decisionReasons(decision: SituationDecision, subject: SituationSubject): string[] {
  const kept = reasonsOf.get(decision);
  if (kept && kept.subject === subject) return kept.reasons;
  const reasons = decision.findings.map((finding) => findingReason(finding, decision, subject));
  reasonsOf.set(decision, { subject, reasons });
  return reasons;
}

/** What the latest figure did: against the period before, or for a seasonal series against the same quarter a year earlier. */
function movementSentence(decision: SituationDecision, subject: SituationSubject): string | undefined {
  const f = format(subject);
  const { latest, previous, lastYear, variation } = decision;
  if (!latest) return undefined;
  const now = `${formatValue(f, latest.value)}`;
  if (variation.seasonal && lastYear) {
    const change = shownChange(f, lastYear, latest);
    const comparison = isUnchanged(f, change)
      ? `${now} i begge`
      : `${now} mod ${formatValue(f, lastYear.value)} (${formatChange(f, change)})`;
    return `${messages.seasonalCompare(subject.name, P(latest), P(lastYear))} ${comparison}.`;
  }
  if (!previous) return `${subject.name} var ${now} i ${P(latest)}.`;
  const change = shownChange(f, previous, latest);
  if (isUnchanged(f, change)) return `${subject.name} var ${now} både i ${P(previous)} og i ${P(latest)}.`;
  const verb = change > 0 ? 'steg' : 'faldt';
  return `${subject.name} ${verb} fra ${formatValue(f, previous.value)} i ${P(previous)} til ${now} i ${P(latest)} (${formatChange(f, change)}).`;
}

/** Whether the latest figure is a signal, in plain Danish, with the way it went when that is a judgement. */
function verdictSentences(decision: SituationDecision, subject: SituationSubject): string[] {
  const f = format(subject);
  const { variation } = decision;
  const yoy = variation.basis === 'year-over-year';
  const limits = limitsText(decision, f) ?? '';
  const signal = decision.findings.find((x): x is Extract<Finding, { kind: 'signal' }> => x.kind === 'signal');
  const way = signal?.judged ? [messages.way(signal.judged === 'better')] : [];
  const side: Side = signal?.up ? 'above' : 'below';
  switch (variation.reason) {
    case 'outside-limits':
      return [yoy ? messages.outsideLimitsYearOverYear(side, limits) : messages.outsideLimits(side, limits), ...way];
    case 'run':
      return [`${capitalize(runText(decision, f))}: et signal om ${side === 'above' ? 'en varig stigning' : 'et varigt fald'}.`, ...way];
    case 'near-limit':
      return [`${capitalize(nearText(decision))}: et signal om ${side === 'above' ? 'en stigning' : 'et fald'}.`, ...way];
    case 'within-limits':
      return [yoy ? messages.withinLimitsYearOverYear(limits) : messages.withinLimits(limits)];
    case 'no-variation':
      return [yoy ? 'Forskellen fra året før har ligget fast, altså ikke et tegn på en ændring.' : 'Tallet har ligget fast, altså ikke et tegn på en ændring.'];
    case 'too-many-gaps':
      return [variationMessages.tooManyGaps];
    case 'missing-last-year': {
      const latest = variation.seasonal?.latest.period;
      return latest ? [variationMessages.missingLastYear(displayPeriod({ ...latest, year: latest.year - 1 }))] : [messages.tooLittleSentence];
    }
    default:
      return [messages.tooLittleSentence];
  }
}

/** The caption's opening: a missing figure, the latest movement and its verdict. Empty without values. */
export function movementSentences(decision: SituationDecision, subject: SituationSubject): string[] {
  if (!decision.latest) return [];
  const missing = decision.findings.find((x): x is Extract<Finding, { kind: 'missing-latest' }> => x.kind === 'missing-latest');
  const movement = movementSentence(decision, subject);
  return [
    ...(missing ? [messages.missingSentence(displayPeriod(missing.period))] : []),
    ...(movement ? [movement] : []),
    ...verdictSentences(decision, subject),
  ];
}
