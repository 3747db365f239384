import type { Db } from '../db/connection.js';
import { groupDataVersion } from '../db/data-version.js';
import type { ChartGoal } from '../charts/chart-types.js';
import { goalOverviewOf, type GoalLink, type GoalOverview } from '../goals/goal-links.js';
import { listGoals } from '../goals/goal-queries.js';
import type { Goal } from '../goals/goal.js';
import type { Indicator } from '../indicators/indicator.js';
import { listIndicators, listSeriesOfGroup } from '../indicators/indicator-queries.js';
import type { Observation } from '../indicators/observation.js';
import { listObservationsOfGroup } from '../indicators/observation-queries.js';
import { formatCanonical, latestCompletedPeriod } from '../periods/period.js';
import { copenhagenDay } from '../shared/clock.js';
import { decideSituation, type SituationDecision } from '../situations/situation.js';
import type { ImportTouch } from '../imports/value-history.js';
import { isOpen, type Action } from './action.js';
import { listActionsOfGroup } from './action-queries.js';
import { keyFigures, type KeyFigures } from './key-figures.js';

export interface IndicatorBoardEntry {
  indicator: Indicator;
  observations: Observation[];
  figures: KeyFigures;
  goals: GoalLink[];
  actions: Action[];
  /** The one decision about the indicator: what the agenda, the chart's caption and the questions say. */
  decision: SituationDecision;
}

export interface GroupBoard {
  entries: IndicatorBoardEntry[];
  byId: Map<number, IndicatorBoardEntry>;
  actions: Action[];
  goals: GoalLink[];
  goalTitles: GoalOverview['titles'];
  /** Every goal of the group, as read for this board. */
  allGoals: GoalOverview['all'];
  /** The series rows of the group's indicators (reference series, a computed indicator's parts), by kind and name. */
  series: readonly Indicator[];
  /** The group's data version the board was read under: what else is kept per version can use it instead of reading it again. */
  dataVersion: number;
}

/** Groups with more values than this are read afresh for every page instead of being kept in memory. */
export const MAX_KEPT_VALUES = 50_000;

type BoardBase = Omit<IndicatorBoardEntry, 'goals' | 'decision'>;

interface KeptBoard {
  version: string;
  dataVersion: number;
  entries: BoardBase[];
  actions: Action[];
  /** Every goal of the group with its details; a goal's details are only ever saved with the goal, which changes the version. */
  goals: readonly Goal[];
  series: readonly Indicator[];
}

// Per database (tests run several side by side) and group, only the latest version is kept.
const keptBoards = new WeakMap<Db, Map<number, KeptBoard>>();

/**
 * A group's indicators with their values, key figures and actions, read from the database only when
 * the data version or the month (which decides the period that should have data) has changed. The
 * version is read before the data, so data kept under a version is never older than it. Kept objects
 * are shared between requests and must not be mutated; nothing does (every consumer sorts and
 * filters copies).
 */
async function boardBase(db: Db, groupId: number, today: Date): Promise<KeptBoard> {
  // The group's data version changes with every write, by any instance (src/db/data-version.ts).
  const dataVersion = await groupDataVersion(db, groupId);
  const version = `${dataVersion}@${copenhagenDay(today).slice(0, 7)}`;
  let groups = keptBoards.get(db);
  const kept = groups?.get(groupId);
  if (kept && kept.version === version) return kept;
  const [indicators, series, observations, actions, goals] = await Promise.all([
    listIndicators(db, groupId, { archived: false }),
    listSeriesOfGroup(db, groupId),
    listObservationsOfGroup(db, groupId, dataVersion),
    listActionsOfGroup(db, groupId),
    listGoals(db, groupId),
  ]);
  const entries = indicators.map((indicator) => {
    const list = observations.get(indicator.id) ?? [];
    return { indicator, observations: list, figures: keyFigures(indicator, list, today), actions: actions.filter((a) => a.indicatorId === indicator.id) };
  });
  const board = { version, dataVersion, entries, actions, goals, series };
  let values = 0;
  for (const list of observations.values()) values += list.length;
  if (values <= MAX_KEPT_VALUES) {
    if (!groups) keptBoards.set(db, (groups = new Map()));
    groups.set(groupId, board);
  } else {
    groups?.delete(groupId);
  }
  return board;
}

// Decisions are kept with the kept entry they were made from, per set of goal statuses and month.
const keptDecisions = new WeakMap<BoardBase, Map<string, SituationDecision>>();

function decisionFor(entry: BoardBase, goals: readonly GoalLink[], today: Date): SituationDecision {
  const expected = latestCompletedPeriod(entry.indicator.frequency, today);
  const key = `${formatCanonical(expected)}|${goals.map((g) => `${g.status}:${g.title}`).join('|')}`;
  let byKey = keptDecisions.get(entry);
  if (!byKey) keptDecisions.set(entry, (byKey = new Map()));
  let decision = byKey.get(key);
  if (!decision) {
    decision = decideSituation({ indicator: entry.indicator, observations: entry.observations, goals: goals.map((g) => ({ title: g.title, status: g.status })), expected });
    byKey.set(key, decision);
  }
  return decision;
}

/** One read of a group's indicators, values, goals and actions: the raw material of every meeting page. */
export async function loadGroupBoard(db: Db, groupId: number, today: Date): Promise<GroupBoard> {
  const base = await boardBase(db, groupId, today);
  // Progress depends on the day, so it is worked out on every request from the kept goals.
  const goals = goalOverviewOf(base.goals, today, base.entries);
  const entries = base.entries.map((entry) => {
    const own = goals.active.filter((g) => g.indicatorId === entry.indicator.id);
    return { ...entry, goals: own, decision: decisionFor(entry, own, today) };
  });
  return { entries, byId: new Map(entries.map((e) => [e.indicator.id, e])), actions: base.actions, goals: goals.active, goalTitles: goals.titles, allGoals: goals.all, series: base.series, dataVersion: base.dataVersion };
}

/** Open actions whose deadline has come by `date`: they put their indicator on the agenda. */
export function dueActionsBy(board: Pick<GroupBoard, 'actions'>, date: string): Action[] {
  return board.actions.filter((a) => isOpen(a) && a.dueDate <= date);
}

/**
 * What a value was at `sinceIso`, as far as the imports and undos after it tell: null when it did not
 * exist, undefined when no import touched it since (a value typed in by hand, say). The earliest
 * event after the moment knows: an import replaced the value it found, an undo replaced the
 * import's value.
 */
function valueAt(sinceIso: string, touches: readonly ImportTouch[]): number | null | undefined {
  let earliest: { at: string; before: number | null } | undefined;
  for (const t of touches) {
    if (t.importedAt > sinceIso && (!earliest || t.importedAt < earliest.at)) earliest = { at: t.importedAt, before: t.oldValue };
    if (t.undoneAt && t.undoneAt > sinceIso && (!earliest || t.undoneAt < earliest.at)) earliest = { at: t.undoneAt, before: t.newValue };
  }
  return earliest?.before;
}

const NO_TOUCHES: readonly ImportTouch[] = Object.freeze([]);

// The answer per kept value list, kept touches and moment: both are kept (and frozen) per data
// version, so the answer is too, and the meeting page does not work it out again on every request.
const keptNewValues = new WeakMap<readonly Observation[], WeakMap<readonly ImportTouch[], Map<string, readonly Observation[]>>>();

/**
 * Values that are new or different since `sinceIso`, per indicator: "new data since the last meeting".
 * A value counts when it was stored after that moment and is not what it was then: an import that was
 * undone again, or a file read in again unchanged, brings nothing new, even though it rewrote rows.
 */
export function newValuesSince(entry: Pick<IndicatorBoardEntry, 'indicator' | 'observations'>, sinceIso: string, touches: readonly ImportTouch[] = NO_TOUCHES): readonly Observation[] {
  const { observations } = entry;
  const id = entry.indicator.id;
  // A kept list is one indicator's, so the list stands for the indicator too.
  if (!Object.isFrozen(observations) || !Object.isFrozen(touches)) return workOutNewValues(id, observations, sinceIso, touches);
  let byTouches = keptNewValues.get(observations);
  if (!byTouches) keptNewValues.set(observations, (byTouches = new WeakMap()));
  let bySince = byTouches.get(touches);
  if (!bySince) byTouches.set(touches, (bySince = new Map()));
  let values = bySince.get(sinceIso);
  if (!values) bySince.set(sinceIso, (values = Object.freeze(workOutNewValues(id, observations, sinceIso, touches))));
  return values;
}

function workOutNewValues(indicatorId: number, observations: readonly Observation[], sinceIso: string, touches: readonly ImportTouch[]): Observation[] {
  const byPeriod = new Map<string, ImportTouch[]>();
  for (const t of touches) {
    if (t.indicatorId !== indicatorId) continue;
    byPeriod.set(t.period, [...(byPeriod.get(t.period) ?? []), t]);
  }
  return observations.filter((o) => {
    if (o.updatedAt <= sinceIso) return false;
    const then = valueAt(sinceIso, byPeriod.get(formatCanonical(o.period)) ?? []);
    return then === undefined || then === null || Math.abs(then - o.value) > 1e-9;
  });
}

export function valuesChangedSince(board: Pick<GroupBoard, 'entries'>, sinceIso: string, touches: readonly ImportTouch[] = []): Map<number, number> {
  return new Map(board.entries.map((e) => [e.indicator.id, newValuesSince(e, sinceIso, touches).length]));
}

/** The goal whose glide path the chart shows: the first active goal on the indicator. */
export function boardChartGoal(entry: IndicatorBoardEntry): ChartGoal | undefined {
  return entry.goals.find((g) => g.chartGoal)?.chartGoal;
}
