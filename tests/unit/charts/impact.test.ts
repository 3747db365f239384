import { describe, expect, it } from 'vitest';
import { impactClause, impactSentence, messages } from '../../../src/charts/impact.js';
import { compareBeforeAfter } from '../../../src/variation/compare-means.js';
import { m, q, quarterly } from './fixtures.js';

const DAYS = { unit: 'dage', decimals: 0 };
// 2020K1–2023K2: about 30 days, then about 20 from 2022K3 (a new visitation process).
const waiting = quarterly(q(2020, 1), [31, 30, 31, 29, 27, 30, 27, 30, 31, 29, 21, 22, 19, 19]);

describe('the before and after of an intervention, in words', () => {
  it('a fall of nine days against ±2–3 days of noise is a signal, and for waiting time a good one', () => {
    const { sentence, comparison } = impactSentence(waiting, q(2022, 3), DAYS, 'down');
    expect(comparison.verdict).toBe('signal');
    expect(sentence).toBe(
      'I gennemsnit 29,3 dage før og 20,3 dage efter (−9,0 dage) – mere end den normale variation: et signal om en forbedring. ' + messages.caution,
    );
  });

  it('the same fall for something that should rise is a signal of a worsening', () => {
    expect(impactSentence(waiting, q(2022, 3), DAYS, 'up').sentence).toContain('et signal om en forværring');
  });

  it('a range indicator gets a signal without a judgement', () => {
    expect(impactSentence(waiting, q(2022, 3), DAYS, 'range').sentence).toContain('mere end den normale variation: et signal.');
  });

  it('a difference within the noise is said to be possibly chance', () => {
    const flat = quarterly(q(2020, 1), [31, 30, 31, 29, 27, 30, 27, 30, 31, 29, 30, 28, 29, 31]);
    const { sentence, comparison } = impactSentence(flat, q(2022, 3), DAYS, 'down');
    expect(comparison.verdict).toBe('noise');
    expect(sentence).toContain('– inden for den normale variation, så forskellen kan være tilfældig.');
  });

  it('one value after the start gives the means but no verdict yet', () => {
    const { sentence, comparison } = impactSentence(waiting.slice(0, 11), q(2022, 3), DAYS, 'down');
    expect(comparison.verdict).toBe('too-little-data');
    expect(sentence).toBe(`I gennemsnit 29,3 dage før og 21,0 dage efter (−8,3 dage) – ${messages.tooLittle}. ${messages.caution}`);
  });

  it('without values on both sides there is nothing to compare', () => {
    expect(impactSentence(waiting, q(2024, 1), DAYS, 'down').sentence).toBe('Der er endnu ikke tal nok før og efter 1. kvt. 2024 til at sammenligne.');
    expect(impactSentence(waiting, q(2020, 1), DAYS, 'down').sentence).toBe('Der er endnu ikke tal nok før og efter 1. kvt. 2020 til at sammenligne.');
  });

  it('the difference is that of the shown means, so the three numbers add up', () => {
    // Means 6,25 and 6,35 print as 6,3 and 6,4 (rounding half away from zero): the difference reads +0,1.
    const values = quarterly(q(2020, 1), [6.2, 6.3, 6.2, 6.3, 6.3, 6.4, 6.3, 6.4]);
    const clause = impactClause(compareBeforeAfter(values, q(2021, 1)), { unit: '%', decimals: 1 }, 'down');
    expect(clause).toMatch(/^i gennemsnit 6,3 % før og 6,4 % efter \(\+0,1 procentpoint\)/);
  });

  it('works for months, across a year boundary', () => {
    const monthly = [m(2023, 9), m(2023, 10), m(2023, 11), m(2023, 12), m(2024, 1), m(2024, 2), m(2024, 3), m(2024, 4), m(2024, 5), m(2024, 6), m(2024, 7), m(2024, 8)].map(
      (period, i) => ({ period, value: i < 6 ? 1200 + (i % 2) * 10 : 1500 + (i % 2) * 10 }),
    );
    const { sentence } = impactSentence(monthly, m(2024, 3), { unit: 'antal', decimals: 0 }, 'up');
    expect(sentence).toMatch(/^I gennemsnit 1\.205,0 før og 1\.505,0 efter \(\+300,0\)/);
  });
});
