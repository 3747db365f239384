import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/connection.js';
import { groupContext, requireGroup } from '../web/guards.js';
import { attentionOf } from '../meetings/attention.js';
import { dueActionsBy, loadGroupBoard, type GoalSource } from '../meetings/group-board.js';
import { indicatorChart, keyFiguresView } from '../meetings/meeting-view.js';

/** The group's dashboard: every indicator as a small chart, the ones that need attention first, with the reason. */
export function dashboardRoutes(db: Db, today: () => Date, goalSource: GoalSource): Router {
  const router = Router();

  const dashboard = async (_req: Request, res: Response) => {
    const { group } = groupContext(res);
    const now = today();
    const board = await loadGroupBoard(db, group.id, now, goalSource);
    const day = now.toISOString().slice(0, 10);
    const due = dueActionsBy(board, day);
    const cards = board.entries
      .map((entry) => {
        const attention = attentionOf(
          { ...entry, newValues: 0 },
          due,
        );
        return { entry, attention };
      })
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
      title: `Overblik – ${group.name}`,
      breadcrumbs: [{ label: 'Mine grupper', href: '/' }, { label: group.name, href: `/grupper/${group.id}` }, { label: 'Overblik' }],
      cards,
      attentionCount: cards.filter((c) => c.needsAttention).length,
    });
  };

  router.get('/grupper/:groupId/overblik', requireGroup(db, 'reader'), dashboard);
  return router;
}
