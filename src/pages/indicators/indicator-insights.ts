import type { Db } from '../../db/connection.js';
import { beforeAfter, impactSentence } from '../../charts/impact.js';
import { indicatorChartHtml } from '../../charts/indicator-chart.js';
import type { Indicator } from '../../indicators/indicator.js';
import type { Observation } from '../../indicators/observation.js';
import { displayPeriod } from '../../periods/period.js';
import { listActionsOfIndicator } from '../../meetings/action-queries.js';
import { activeChartGoal } from '../../goals/goal-links.js';
import { actionView } from '../meetings/meeting-view.js';
import { chartExtras } from '../organisation/chart-extras.js';

/**
 * The indicator page's story: the chart with goal and decisions, and for each action with a start
 * period the mean before against the mean after, with a plain caution.
 */
export async function loadIndicatorInsights(db: Db, indicator: Indicator, observations: readonly Observation[], today: Date) {
  const [actions, goal, extras] = await Promise.all([listActionsOfIndicator(db, indicator.groupId, indicator.id), activeChartGoal(db, indicator, observations, today), chartExtras(db, indicator)]);
  const chart = indicatorChartHtml(`indikator-${indicator.id}`, { indicator, observations, actions, ...(goal && { goal }), ...extras }, 'full');
  const day = today.toISOString().slice(0, 10);
  const names = new Map([[indicator.id, indicator.name]]);
  const impacts = actions.flatMap((action) => {
    if (!action.startPeriod || action.status === 'abandoned') return [];
    const result = beforeAfter(observations, action.startPeriod);
    return [
      {
        action: action.whatAndWhy,
        start: displayPeriod(action.startPeriod),
        sentence: result
          ? impactSentence(result, indicator.unit, indicator.decimals, indicator.direction)
          : `Der er endnu ikke tal nok før og efter ${displayPeriod(action.startPeriod)} til at sammenligne.`,
      },
    ];
  });
  return { chart, actions: actions.map((a) => actionView(a, day, names)), impacts };
}
