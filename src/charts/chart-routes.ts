import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/connection.js';
import { getIndicator } from '../indicators/indicator-queries.js';
import { listObservations } from '../indicators/observation-queries.js';
import { listActionsOfIndicator } from '../meetings/action-queries.js';
import { activeChartGoal } from '../goals/goal-links.js';
import { exportFileName } from '../exports/export-rows.js';
import { NotFoundError } from '../shared/errors.js';
import { groupContext, parseId, requireGroup } from '../web/guards.js';
import { indicatorChartSvgFile } from './indicator-chart.js';

/** A chart as a standalone SVG file (with xmlns), for reports and slides. */
export function chartRoutes(db: Db, today: () => Date): Router {
  const router = Router();

  const svg = async (req: Request, res: Response) => {
    const { group } = groupContext(res);
    const id = parseId(req.params.indicatorId);
    if (id === undefined) throw new NotFoundError('Indikatoren');
    const indicator = await getIndicator(db, group.id, id);
    const [observations, actions] = await Promise.all([listObservations(db, id), listActionsOfIndicator(db, group.id, id)]);
    const goal = await activeChartGoal(db, indicator, observations, today());
    res.set('Content-Type', 'image/svg+xml; charset=utf-8');
    res.set('Content-Disposition', `attachment; filename="${exportFileName(indicator.name, today()).replace(/\.csv$/, '.svg')}"`);
    res.send(indicatorChartSvgFile({ indicator, observations, actions, ...(goal && { goal }) }));
  };

  router.get('/grupper/:groupId/indikatorer/:indicatorId/graf.svg', requireGroup(db, 'reader'), svg);
  return router;
}
