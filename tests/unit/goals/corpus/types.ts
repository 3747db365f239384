import type { TargetGroup } from '../../../../src/goals/goal.js';

/** One goal as a Danish municipal leader group might write step S, with the S verdict a careful reader would give. */
export interface CorpusGoal {
  title: string;
  description: string;
  targetGroup: TargetGroup;
  whatChanges: string;
  /** The indicator chosen in step M, when its name is part of what makes the text specific. */
  indicator?: string;
  expected: 'opfyldt' | 'mangler';
  /** What makes the case hard, for whoever reads a failure. */
  hard?: string;
}
