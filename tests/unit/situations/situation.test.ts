import { describe, expect, it } from 'vitest';
import { decideSituation, type SituationGoal, type SituationInput } from '../../../src/situations/situation.js';
import { decisionReasons, movementSentences } from '../../../src/situations/situation-text.js';
import { SITUATIONS } from '../../../src/content/content-loader.js';
import { demoGroups } from '../../../src/seed/demo-data.js';
import { parseCanonical, type Period } from '../../../src/periods/period.js';

const q = (year: number, index: number): Period => ({ frequency: 'quarter', year, index });

/** A quiet series around 6 % from 2023K1 (noise only), then `tail`. */
const QUIET = [6.1, 5.8, 6.0, 6.2, 5.9, 6.1, 6.0, 5.8, 6.2, 6.0, 5.9, 6.1];
function sickLeave(tail: number[] = [], over: Partial<SituationInput> = {}): SituationInput {
  const values = [...QUIET, ...tail];
  return {
    indicator: { name: 'Sygefravær', unit: '%', decimals: 1, direction: 'down', rangeMin: null, rangeMax: null },
    observations: values.map((value, i) => ({ period: q(2023 + Math.floor(i / 4), (i % 4) + 1), value })),
    ...over,
  };
}
const goal = (status: SituationGoal['status']): SituationGoal => ({ title: 'Sygefravær under 5,5 %', status });

describe('the one decision about an indicator, walked through every situation', () => {
  it.each([
    { name: 'no values at all', input: sickLeave([], { observations: [] }), situation: 'missingData', first: 'Der er ingen tal endnu' },
    {
      name: 'the latest quarter is missing, even when the one before went the wrong way',
      input: sickLeave([7.5], { expected: q(2026, 2) }),
      situation: 'missingData',
      first: 'Mangler data for 2. kvt. 2026',
    },
    {
      name: 'the issue-9 case: a new goal without a measurement since its baseline does not hide a wrong turn',
      input: sickLeave([7.5], { goals: [goal('mangler data')], expected: q(2026, 1) }),
      situation: 'offTrack',
      first: 'Gik den forkerte vej fra 4. kvt. 2025 til 1. kvt. 2026 (+1,4 procentpoint), mere end den normale variation',
    },
    {
      name: 'behind the glide path, even after a good quarter',
      input: sickLeave([5.9], { goals: [goal('bagud')] }),
      situation: 'offTrack',
      first: 'Bagud i forhold til målet „Sygefravær under 5,5 %“',
    },
    {
      name: 'a range indicator outside its limits',
      input: { ...sickLeave([6.9]), indicator: { name: 'Belægning', unit: '%', decimals: 1, direction: 'range' as const, rangeMin: 5, rangeMax: 6.5 } },
      situation: 'offTrack',
      first: 'Ligger uden for de fastsatte grænser (5,0–6,5 %)',
    },
    {
      name: 'a reached goal, when nothing went wrong',
      input: sickLeave([5.9], { goals: [goal('nået')] }),
      situation: 'goalReached',
      first: 'Målet „Sygefravær under 5,5 %“ er nået',
    },
    {
      name: 'a reached goal gives way to a wrong turn beyond the noise',
      input: sickLeave([7.5], { goals: [goal('nået')] }),
      situation: 'offTrack',
      first: 'Gik den forkerte vej fra 4. kvt. 2025 til 1. kvt. 2026 (+1,4 procentpoint), mere end den normale variation',
    },
    {
      name: 'a fall beyond the noise for lower-is-better',
      input: sickLeave([4.6]),
      situation: 'improving',
      first: 'Gik den rigtige vej fra 4. kvt. 2025 til 1. kvt. 2026 (−1,5 procentpoint), mere end den normale variation',
    },
    { name: 'on track with the goal while the figure is within the noise', input: sickLeave([6.0], { goals: [goal('på sporet')] }), situation: 'improving', first: 'På sporet mod målet „Sygefravær under 5,5 %“' },
    { name: 'a rise within the noise is not a wrong turn', input: sickLeave([6.4]), situation: 'flat', first: 'Inden for den normale variation' },
    {
      name: 'too few values to tell',
      input: sickLeave([], { observations: [{ period: q(2026, 1), value: 7.7 }, { period: q(2026, 2), value: 8.9 }] }),
      situation: 'flat',
      first: 'For få tal til at skelne en ændring fra almindelig variation',
    },
  ])('$name: $situation', ({ input, situation, first }) => {
    const decision = decideSituation(input);
    expect(decision.situation).toBe(situation);
    expect(decisionReasons(decision, input.indicator)[0]).toBe(first);
  });

  it('covers every situation the questions are written for', () => {
    const seen = new Set(
      [
        sickLeave([], { observations: [] }),
        sickLeave([7.5]),
        sickLeave([5.9], { goals: [goal('nået')] }),
        sickLeave([4.6]),
        sickLeave([6.4]),
      ].map((input) => decideSituation(input).situation),
    );
    expect([...seen].sort()).toEqual([...SITUATIONS].sort());
  });

  it('keeps every finding that applies, the deciding one first', () => {
    const decision = decideSituation(sickLeave([7.5], { goals: [goal('bagud')], expected: q(2026, 2) }));
    expect(decision.findings.map((f) => f.kind)).toEqual(['missing-latest', 'signal', 'goal-behind']);
  });
});

describe('the demo\'s sick leave, which follows the seasons', () => {
  const demo = demoGroups[0]!.indicators.find((i) => i.code === 'SYGEFRAV')!;
  const input: SituationInput = {
    indicator: { ...demo, rangeMin: null, rangeMax: null },
    observations: demo.observations.map((o) => ({ period: parseCanonical(o.period), value: o.value })),
    goals: [goal('mangler data')],
    expected: q(2026, 3),
  };

  it('is not called a wrong turn for the usual third-quarter rise: it is compared with the same quarter last year', () => {
    const decision = decideSituation(input);
    expect(decision.variation.basis).toBe('year-over-year');
    expect(decision.situation).toBe('flat');
    expect(decisionReasons(decision, input.indicator)).toEqual(['Inden for den normale variation']);
  });

  it('says so under the chart, in the same words the verdict uses', () => {
    const sentences = movementSentences(decideSituation(input), input.indicator);
    expect(sentences[0]).toBe(
      'Sygefravær, medarbejdere svinger med årstiderne, så 3. kvt. 2026 sammenlignes med samme kvartal året før, 3. kvt. 2025: 6,5 % mod 6,6 % (−0,1 procentpoint).',
    );
    expect(sentences[1]).toMatch(/^Forskellen er inden for den normale variation \(.+ procentpoint\), altså ikke et tegn på en ændring\.$/);
  });
});

describe('caption sentences', () => {
  it('name a missing figure first, then the movement and its verdict', () => {
    expect(movementSentences(decideSituation(sickLeave([7.5], { expected: q(2026, 2) })), sickLeave().indicator)).toEqual([
      'Tallet for 2. kvt. 2026 mangler.',
      'Sygefravær steg fra 6,1 % i 4. kvt. 2025 til 7,5 % i 1. kvt. 2026 (+1,4 procentpoint).',
      expect.stringMatching(/^Det er over den normale variation \(5,\d–6,\d %\): et signal om, at noget har ændret sig\.$/),
      'Det går den forkerte vej.',
    ]);
  });

  it('say a rise within the noise is not a sign of change', () => {
    const [movement, verdict] = movementSentences(decideSituation(sickLeave([6.4])), sickLeave().indicator);
    expect(movement).toBe('Sygefravær steg fra 6,1 % i 4. kvt. 2025 til 6,4 % i 1. kvt. 2026 (+0,3 procentpoint).');
    expect(verdict).toMatch(/^Det er inden for den normale variation/);
  });

  it('are empty without values', () => {
    expect(movementSentences(decideSituation(sickLeave([], { observations: [] })), sickLeave().indicator)).toEqual([]);
  });
});
