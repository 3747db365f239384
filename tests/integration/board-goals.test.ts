import { describe, expect, it } from 'vitest';
import type { GoalDraft } from '../../src/goals/goal.js';
import { EMPTY_DRAFT } from '../../src/goals/goal-steps.js';
import { insertGoal, updateGoal } from '../../src/goals/goal-queries.js';
import { loadGroupBoard } from '../../src/meetings/group-board.js';
import { parseCanonical } from '../../src/periods/period.js';
import { createTestWorld } from '../support/test-app.js';

const today = new Date('2026-12-01T10:00:00Z');

describe('goals kept with a group’s board', () => {
  it('are read again as soon as a goal or only its details change', async () => {
    const world = await createTestWorld();
    try {
      const { groupA, sickLeave, users } = world.ids;
      expect((await loadGroupBoard(world.db, groupA, today)).allGoals).toEqual([]);
      const draft: GoalDraft = {
        ...EMPTY_DRAFT,
        title: 'Lavere sygefravær',
        indicatorId: sickLeave,
        baselineValue: 7.5,
        baselinePeriod: parseCanonical('2026K2'),
        targetValue: 6.5,
        deadline: parseCanonical('2027K4'),
        acceptances: [{ party: 'med-committee', how: 'MED-udvalget godkendte målet', when: '2026-11-12' }],
      };
      const goal = await insertGoal(world.db, groupA, users.editorA, draft);
      const kept = await loadGroupBoard(world.db, groupA, today);
      expect(kept.allGoals.map((g) => g.title)).toEqual(['Lavere sygefravær']);
      expect(kept.goalTitles.get(goal.id)?.title).toBe('Lavere sygefravær');
      // Only an acceptance changes: the board must not show the old one.
      await updateGoal(world.db, groupA, goal.id, { ...draft, acceptances: [{ party: 'employees', how: 'Personalemødet sagde ja', when: '2026-11-20' }] });
      const after = await loadGroupBoard(world.db, groupA, today);
      expect(after.allGoals[0]?.acceptances.map((a) => a.how)).toEqual(['Personalemødet sagde ja']);
    } finally {
      await world.db.destroy();
    }
  });
});
