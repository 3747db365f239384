import type { Request, Response } from 'express';
import { listObservations } from '../../indicators/observation-queries.js';
import { listActionsOfIndicator } from '../../meetings/action-queries.js';
import { activeChartGoal } from '../../goals/goal-links.js';
import { exportFileName } from '../../exports/export-rows.js';
import { indicatorChartSvgFile } from '../../charts/indicator-chart.js';
import { groupContext } from '../../web/guards.js';
import { services } from '../../web/services.js';
import { indicatorOf } from '../indicators/indicator-pages.js';
import { chartExtras } from '../organisation/chart-extras.js';

/** A chart as a standalone SVG file (with xmlns), for reports and slides. */
export async function chartSvg(req: Request, res: Response) {
  const { db, now } = services(req);
  const { group } = groupContext(res);
  const indicator = await indicatorOf(req, res);
  const [observations, actions] = await Promise.all([listObservations(db, indicator.id), listActionsOfIndicator(db, group.id, indicator.id)]);
  const [goal, extras] = await Promise.all([activeChartGoal(db, indicator, observations, now()), chartExtras(db, indicator)]);
  res.set('Content-Type', 'image/svg+xml; charset=utf-8');
  res.set('Content-Disposition', `attachment; filename="${exportFileName(indicator.name, now()).replace(/\.csv$/, '.svg')}"`);
  res.send(indicatorChartSvgFile({ indicator, observations, actions, ...(goal && { goal }), ...extras }));
}
