import type { Request, Response } from 'express';
import { copenhagenDay } from '../../shared/clock.js';
import { ChartSlots } from '../../charts/chart-slots.js';
import { indicatorLegendItems } from '../../charts/indicator-chart.js';
import { legendListHtml, mergeLegendItems } from '../../charts/legend.js';
import { attentionOf, NEEDS_GROUP_SCORE } from '../../meetings/attention.js';
import { boardChartGoal, dueActionsBy, loadGroupBoard } from '../../meetings/group-board.js';
import { count, NOUNS } from '../../numbers/danish-nouns.js';
import { decisionReasons } from '../../situations/situation-text.js';
import { groupContext } from '../../web/guards.js';
import { services } from '../../web/services.js';
import { groupCrumbs } from '../breadcrumbs.js';
import { sendWithCharts } from '../send-with-charts.js';
import { indicatorChart, keyFiguresView, situationDisplay } from '../meetings/meeting-view.js';

const messages = {
  title: (group: string) => `Overblik – ${group}`,
  crumb: 'Overblik',
  needsAttention: 'Kræver opmærksomhed',
  attentionCount: (n: number, of: number) => `${n} af ${count(of, NOUNS.indicator)} kræver opmærksomhed.`,
  legend: 'Signaturforklaring for alle graferne',
};

/**
 * The group's dashboard: every indicator as a small chart, the ones that need attention first, said in
 * words with an icon and the reasons (the same decision as the agenda's), and one legend for the page.
 */
export async function dashboard(req: Request, res: Response) {
  const { db, now, content } = services(req);
  const { group } = groupContext(res);
  const today = now();
  const board = await loadGroupBoard(db, group.id, today);
  const due = dueActionsBy(board, copenhagenDay(today));
  // The charts' bytes are spliced into the page as it is sent, not copied through the template.
  const slots = new ChartSlots();
  const ranked = board.entries
    .map((entry) => ({ entry, attention: attentionOf({ indicator: entry.indicator, decision: entry.decision, newValues: 0 }, due) }))
    .sort((a, b) => b.attention.score - a.attention.score || a.entry.indicator.name.localeCompare(b.entry.indicator.name, 'da'));
  const cards = ranked.map(({ entry, attention }) => ({
    id: entry.indicator.id,
    name: entry.indicator.name,
    chart: indicatorChart(entry, `overblik-${entry.indicator.id}`, 'small', slots, today, false),
    figures: keyFiguresView(entry),
    situation: situationDisplay(content, entry.decision),
    // Without a reason to act, the card still says how the figure stands.
    reasons: attention.reasons.length ? attention.reasons : decisionReasons(entry.decision, entry.indicator).slice(0, 1),
    // Good news (a change the right way, a goal reached) is a reason to talk, not to worry.
    needsAttention: attention.score >= NEEDS_GROUP_SCORE,
  }));
  const legend = mergeLegendItems(
    board.entries.map((entry) => {
      const goal = boardChartGoal(entry);
      return indicatorLegendItems({ indicator: entry.indicator, observations: entry.observations, actions: entry.actions, decision: entry.decision, ...(goal && { goal }) }, 'small');
    }),
  );
  const attentionCount = cards.filter((c) => c.needsAttention).length;
  await sendWithCharts(res, 'dashboard/index', {
    title: messages.title(group.name),
    breadcrumbs: groupCrumbs(group, { label: messages.crumb }),
    cards,
    needsAttentionLabel: messages.needsAttention,
    attentionText: attentionCount ? messages.attentionCount(attentionCount, cards.length) : undefined,
    legend: cards.length ? legendListHtml(legend, messages.legend) : undefined,
  }, slots);
}
