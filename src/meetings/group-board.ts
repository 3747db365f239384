import type { Db } from '../db/connection.js';
import type { ChartGoal } from '../charts/chart-types.js';
import type { ProgressStatus } from '../goals/progress.js';
import type { Indicator } from '../indicators/indicator.js';
import { listIndicators } from '../indicators/indicator-queries.js';
import type { Observation } from '../indicators/observation.js';
import { listObservationsOfGroup } from '../indicators/observation-queries.js';
import type { Action } from './action.js';
import { listActionsOfGroup } from './action-queries.js';
import { keyFigures, type KeyFigures } from './key-figures.js';

/** What meetings and the dashboard need to know about a goal, whoever stores goals. */
export interface GoalLink {
  id: number;
  title: string;
  indicatorId: number | null;
  status: ProgressStatus;
  progressText: string;
  chartGoal?: ChartGoal;
}

export type GoalSource = (db: Db, groupId: number, today: Date) => Promise<GoalLink[]>;

export interface IndicatorBoardEntry {
  indicator: Indicator;
  observations: Observation[];
  figures: KeyFigures;
  goals: GoalLink[];
  actions: Action[];
}

export interface GroupBoard {
  entries: IndicatorBoardEntry[];
  byId: Map<number, IndicatorBoardEntry>;
  actions: Action[];
  goals: GoalLink[];
}

/** One read of a group's indicators, values, goals and actions: the raw material of every meeting page. */
export async function loadGroupBoard(db: Db, groupId: number, today: Date, goalSource: GoalSource): Promise<GroupBoard> {
  const [indicators, observations, actions, goals] = await Promise.all([
    listIndicators(db, groupId, { archived: false }),
    listObservationsOfGroup(db, groupId),
    listActionsOfGroup(db, groupId),
    goalSource(db, groupId, today),
  ]);
  const entries = indicators.map((indicator) => {
    const values = observations.get(indicator.id) ?? [];
    return {
      indicator,
      observations: values,
      figures: keyFigures(indicator, values, today),
      goals: goals.filter((g) => g.indicatorId === indicator.id),
      actions: actions.filter((a) => a.indicatorId === indicator.id),
    };
  });
  return { entries, byId: new Map(entries.map((e) => [e.indicator.id, e])), actions, goals };
}

/** The goal whose glide path the chart shows: the first active goal on the indicator. */
export function chartGoalOf(entry: IndicatorBoardEntry): ChartGoal | undefined {
  return entry.goals.find((g) => g.chartGoal)?.chartGoal;
}
