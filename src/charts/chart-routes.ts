import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/connection.js';
import { getIndicator } from '../indicators/indicator-queries.js';
import { listObservations } from '../indicators/observation-queries.js';
import { listActionsOfIndicator } from '../meetings/action-queries.js';
import type { GoalSource } from '../meetings/group-board.js';
import { exportFileName } from '../exports/export-rows.js';
import { NotFoundError } from '../web/errors.js';
import { groupContext, parseId, requireGroup } from '../web/guards.js';
import { indicatorChartSvgFile } from './indicator-chart.js';

/** A chart as a standalone SVG file (with xmlns), for reports and slides. */
export function chartRoutes(db: Db, today: () => Date, goalSource: GoalSource): Router {
  const router = Router();

  const svg = async (req: Request, res: Response) => {
    const { group } = groupContext(res);
    const id = parseId(req.params.indicatorId);
    if (id === undefined) throw new NotFoundError('Indikatoren');
    const indicator = await getIndicator(db, group.id, id);
    const [observations, actions, goals] = await Promise.all([listObservations(db, id), listActionsOfIndicator(db, group.id, id), goalSource(db, group.id, today())]);
    const goal = goals.find((g) => g.indicatorId === id && g.chartGoal)?.chartGoal;
    res.set('Content-Type', 'image/svg+xml; charset=utf-8');
    res.set('Content-Disposition', `attachment; filename="${exportFileName(indicator.name, today()).replace(/\.csv$/, '.svg')}"`);
    res.send(indicatorChartSvgFile({ indicator, observations, actions, ...(goal && { goal }) }));
  };

  router.get('/grupper/:groupId/indikatorer/:indicatorId/graf.svg', requireGroup(db, 'reader'), svg);
  return router;
}
