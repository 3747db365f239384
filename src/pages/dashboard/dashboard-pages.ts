import type { Request, Response } from 'express';
import { attentionOf } from '../../meetings/attention.js';
import { dueActionsBy, loadGroupBoard } from '../../meetings/group-board.js';
import { groupContext } from '../../web/guards.js';
import { services } from '../../web/services.js';
import { groupCrumbs } from '../breadcrumbs.js';
import { indicatorChart, keyFiguresView } from '../meetings/meeting-view.js';

const messages = {
  title: (group: string) => `Overblik – ${group}`,
  crumb: 'Overblik',
};

/** The group's dashboard: every indicator as a small chart, the ones that need attention first, with the reason. */
export async function dashboard(req: Request, res: Response) {
  const { db, now } = services(req);
  const { group } = groupContext(res);
  const today = now();
  const board = await loadGroupBoard(db, group.id, today);
  const due = dueActionsBy(board, today.toISOString().slice(0, 10));
  const cards = board.entries
    .map((entry) => ({ entry, attention: attentionOf({ ...entry, newValues: 0 }, due) }))
    .sort((a, b) => b.attention.score - a.attention.score || a.entry.indicator.name.localeCompare(b.entry.indicator.name, 'da'))
    .map(({ entry, attention }) => ({
      id: entry.indicator.id,
      name: entry.indicator.name,
      chart: indicatorChart(entry, `overblik-${entry.indicator.id}`, 'small'),
      figures: keyFiguresView(entry),
      reasons: attention.reasons,
      needsAttention: attention.score > 0,
    }));
  res.render('dashboard/index', {
    title: messages.title(group.name),
    breadcrumbs: groupCrumbs(group, { label: messages.crumb }),
    cards,
    attentionCount: cards.filter((c) => c.needsAttention).length,
  });
}
