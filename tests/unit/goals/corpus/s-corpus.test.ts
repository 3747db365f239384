import { describe, expect, it } from 'vitest';
import type { GoalDraft } from '../../../../src/goals/goal.js';
import { specificRules } from '../../../../src/goals/rules/specific.js';
import { worstVerdict } from '../../../../src/goals/rules/types.js';
import { context, goodGoal, sickLeave } from '../fixtures.js';
import { S_CORPUS, type CorpusGoal } from './index.js';

const all = Object.entries(S_CORPUS).flatMap(([area, goals]) => goals.map((goal) => ({ area, ...goal })));

/** Step S of the corpus goal on an otherwise complete goal, with the indicator the group chose in step M. */
function verdictOf(entry: CorpusGoal) {
  const goal: GoalDraft = goodGoal({
    title: entry.title,
    description: entry.description,
    targetGroup: entry.targetGroup,
    whatChanges: entry.whatChanges,
    evidence: '',
  });
  const ctx = context({ indicator: sickLeave({ name: entry.indicator ?? 'Indikatoren for målet' }) });
  const rules = specificRules(goal, ctx);
  return { verdict: worstVerdict(rules), unmet: rules.filter((r) => r.verdict !== 'opfyldt').map((r) => r.message) };
}

describe('S corpus', () => {
  it('holds at least 60 goals from eight areas, about half of them vague', () => {
    const vague = all.filter((g) => g.expected === 'mangler').length;
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(Object.keys(S_CORPUS)).toHaveLength(8);
    expect(Math.abs(vague - (all.length - vague))).toBeLessThanOrEqual(4);
  });

  it('gives every goal the S verdict a careful reader would give', () => {
    const misses = all
      .map((entry) => ({ entry, ...verdictOf(entry) }))
      .filter(({ entry, verdict }) => verdict !== entry.expected)
      .map(({ entry, verdict, unmet }) => `${entry.area}: „${entry.title}“ forventet ${entry.expected}, fik ${verdict} ${JSON.stringify(unmet)}`);
    console.log(`S-korpus: ${all.length - misses.length}/${all.length} rigtige`);
    expect(misses).toEqual([]);
  });

  it.each(all.map((e) => [`${e.area}: ${e.title}`, e] as const))('%s', (_name, entry) => {
    expect(verdictOf(entry).verdict).toBe(entry.expected);
  });
});
