import type { Db } from '../../db/connection.js';
import { impactSentence } from '../../charts/impact.js';
import { indicatorChartBytes, indicatorChartHtml } from '../../charts/indicator-chart.js';
import type { ChartSlots } from '../../charts/chart-slots.js';
import type { Indicator } from '../../indicators/indicator.js';
import type { Observation } from '../../indicators/observation.js';
import { displayPeriod, latestCompletedPeriod } from '../../periods/period.js';
import { listActionsOfIndicator } from '../../meetings/action-queries.js';
import { INTERVENTION_KIND_LABELS, type Action } from '../../meetings/action.js';
import type { ReferenceSeries } from '../../organisation/reference-series.js';
import { activeChartGoal, activeChartGoalOf } from '../../goals/goal-links.js';
import type { Goal } from '../../goals/goal.js';
import { chartExtras } from '../organisation/chart-extras.js';
import { actionView, situationDisplay } from '../meetings/meeting-view.js';
import type { Content } from '../../content/content-loader.js';
import { decideSituation } from '../../situations/situation.js';
import { decisionReasons } from '../../situations/situation-text.js';
import { copenhagenDay } from '../../shared/clock.js';

/**
 * The indicator page's story: the chart with goal, decisions and the shaded before and after of the
 * latest intervention, and for each intervention its means before and after with their verdict.
 */
export async function loadIndicatorInsights(
  db: Db,
  content: Content,
  indicator: Indicator,
  observations: readonly Observation[],
  today: Date,
  slots?: ChartSlots,
  /** What the page has read already: the group's goals and the indicator's actions (from the board), its reference series. */
  known: { goals?: readonly Goal[]; actions?: readonly Action[]; references?: readonly ReferenceSeries[] } = {},
) {
  const { goals } = known;
  const [actions, goal, extras] = await Promise.all([
    known.actions ?? listActionsOfIndicator(db, indicator.groupId, indicator.id),
    goals ? activeChartGoalOf(goals, indicator, observations, today) : activeChartGoal(db, indicator, observations, today),
    chartExtras(db, indicator, known.references),
  ]);
  const expected = latestCompletedPeriod(indicator.frequency, today);
  // The same decision the agenda and the meeting slide make, so the page cannot say otherwise.
  const decision = decideSituation({ indicator, observations, goals: goal?.status ? [{ title: 'målet', status: goal.status }] : [], expected });
  const chartData = { indicator, observations, actions, expected, decision, ...(goal && { goal }), ...extras };
  const chartId = `indikator-${indicator.id}`;
  const chart = slots ? slots.add(indicatorChartBytes(chartId, chartData, 'full')) : indicatorChartHtml(chartId, chartData, 'full');
  const day = copenhagenDay(today);
  const names = new Map([[indicator.id, indicator.name]]);
  const impacts = actions.flatMap((action) => {
    if (!action.startPeriod || !action.interventionKind || action.status === 'abandoned') return [];
    const { sentence, comparison } = impactSentence(observations, action.startPeriod, indicator, indicator.direction);
    return [
      {
        action: action.whatAndWhy,
        kind: INTERVENTION_KIND_LABELS[action.interventionKind],
        start: displayPeriod(action.startPeriod),
        sentence,
        signal: comparison.verdict === 'signal',
      },
    ];
  });
  return {
    chart,
    situation: situationDisplay(content, decision),
    // The goal's own status is shown with the goal; here only what the figures say.
    verdict: decisionReasons(decision, indicator).filter((r) => !r.includes('målet'))[0],
    actions: actions.map((a) => actionView(a, day, names)),
    impacts,
  };
}
