import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/connection.js';
import { toCsv, type CsvFormat } from '../imports/csv-export.js';
import { getIndicator, listIndicators } from '../indicators/indicator-queries.js';
import { listObservations, listObservationsOfGroup } from '../indicators/observation-queries.js';
import { NotFoundError } from '../shared/errors.js';
import { groupContext, parseId, requireGroup } from '../web/guards.js';
import { exportFileName, exportRows } from './export-rows.js';

function formatOf(req: Request): CsvFormat {
  return req.query.format === 'plain' ? 'plain' : 'excel-dk';
}

function sendCsv(res: Response, fileName: string, body: string): void {
  res.set('Content-Type', 'text/csv; charset=utf-8');
  res.set('Content-Disposition', `attachment; filename="${fileName}"`);
  res.send(body);
}

export function exportRoutes(db: Db, today: () => Date): Router {
  const router = Router();
  const reader = requireGroup(db, 'reader');

  const groupExport = async (req: Request, res: Response) => {
    const { group } = groupContext(res);
    const [indicators, observations] = await Promise.all([listIndicators(db, group.id, { archived: false }), listObservationsOfGroup(db, group.id)]);
    const rows = exportRows(indicators.map((indicator) => ({ indicator, observations: observations.get(indicator.id) ?? [] })));
    sendCsv(res, exportFileName(group.name, today()), toCsv(rows, formatOf(req)));
  };

  const indicatorExport = async (req: Request, res: Response) => {
    const { group } = groupContext(res);
    const id = parseId(req.params.indicatorId);
    if (id === undefined) throw new NotFoundError('Indikatoren');
    const indicator = await getIndicator(db, group.id, id);
    const rows = exportRows([{ indicator, observations: await listObservations(db, indicator.id) }]);
    sendCsv(res, exportFileName(indicator.name, today()), toCsv(rows, formatOf(req)));
  };

  router.get('/grupper/:groupId/eksport.csv', reader, groupExport);
  router.get('/grupper/:groupId/indikatorer/:indicatorId/eksport.csv', reader, indicatorExport);
  return router;
}
