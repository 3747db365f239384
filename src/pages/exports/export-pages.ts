import type { Request, Response } from 'express';
import { toCsv, type CsvFormat } from '../../imports/csv-export.js';
import { listIndicators } from '../../indicators/indicator-queries.js';
import { listObservations, listObservationsOfGroup } from '../../indicators/observation-queries.js';
import { exportFileName, exportRows } from '../../exports/export-rows.js';
import { groupContext } from '../../web/guards.js';
import { services } from '../../web/services.js';
import { indicatorOf } from '../indicators/indicator-pages.js';

function formatOf(req: Request): CsvFormat {
  return req.query.format === 'plain' ? 'plain' : 'excel-dk';
}

function sendCsv(res: Response, fileName: string, body: string): void {
  res.set('Content-Type', 'text/csv; charset=utf-8');
  res.set('Content-Disposition', `attachment; filename="${fileName}"`);
  res.send(body);
}

/** Every active indicator of the group with its values, as one CSV file for Excel. */
export async function groupExport(req: Request, res: Response) {
  const { db, now } = services(req);
  const { group } = groupContext(res);
  const [indicators, observations] = await Promise.all([listIndicators(db, group.id, { archived: false }), listObservationsOfGroup(db, group.id)]);
  const rows = exportRows(indicators.map((indicator) => ({ indicator, observations: observations.get(indicator.id) ?? [] })));
  sendCsv(res, exportFileName(group.name, now()), toCsv(rows, formatOf(req)));
}

export async function indicatorExport(req: Request, res: Response) {
  const { db, now } = services(req);
  const indicator = await indicatorOf(req, res);
  const rows = exportRows([{ indicator, observations: await listObservations(db, indicator.id) }]);
  sendCsv(res, exportFileName(indicator.name, now()), toCsv(rows, formatOf(req)));
}
