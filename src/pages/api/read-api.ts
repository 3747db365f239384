import type { NextFunction, Request, Response } from 'express';
import { authenticateToken } from '../../api/api-token-service.js';
import { bearerToken } from '../../api/api-token.js';
import { toCsv, type CsvFormat } from '../../imports/csv-export.js';
import { openApiDocument } from '../../read-api/openapi.js';
import { RESOURCES, type Resource, type Row } from '../../read-api/read-model.js';
import { groupContext, parseId } from '../../web/guards.js';
import { services } from '../../web/services.js';

/**
 * The read API for BI and Power BI (issue 14): a group's indicators, values, goals, actions and
 * meetings, as JSON or CSV, a page at a time. Read keys only: an import key gets 403, and a read key
 * cannot import. No session, no cookies; errors are JSON with stable codes.
 */

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

const messages = {
  limit: `limit skal være et helt tal fra 1 til ${MAX_LIMIT}.`,
  offset: 'offset skal være et helt tal, 0 eller større.',
  format: 'format skal være json, csv eller csv-excel.',
};

function fail(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}

export async function requireReadToken(req: Request, res: Response, next: NextFunction) {
  const check = await authenticateToken(services(req).db, bearerToken(req.headers.authorization), parseId(req.params.groupId), 'read');
  if (!check.ok) return fail(res, check.status, check.code, check.message);
  res.locals.user = check.user;
  res.locals.group = check.group;
  res.locals.role = 'reader';
  next();
}

function integer(value: unknown, fallback: number): number | undefined {
  if (value === undefined || value === '') return fallback;
  return typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

function nextLink(req: Request, limit: number, offset: number): string {
  const url = new URL(req.originalUrl, `${req.protocol}://${req.get('host')}`);
  url.searchParams.set('limit', String(limit));
  url.searchParams.set('offset', String(offset));
  return `${url.pathname}${url.search}`;
}

function csvRows(rows: readonly Row[], columns: readonly string[]) {
  return [columns, ...rows.map((row) => columns.map((c) => {
    const cell = row[c];
    return typeof cell === 'boolean' ? (cell ? 'true' : 'false') : (cell ?? null);
  }))];
}

function list(resource: Resource) {
  return async (req: Request, res: Response) => {
    const limit = integer(req.query.limit, DEFAULT_LIMIT);
    const offset = integer(req.query.offset, 0);
    const format = String(req.query.format ?? 'json');
    if (limit === undefined || limit < 1 || limit > MAX_LIMIT) return fail(res, 400, 'invalid-paging', messages.limit);
    if (offset === undefined) return fail(res, 400, 'invalid-paging', messages.offset);
    if (!['json', 'csv', 'csv-excel'].includes(format)) return fail(res, 400, 'invalid-format', messages.format);
    const rows = await RESOURCES[resource](services(req).db, groupContext(res).group.id);
    const page = rows.slice(offset, offset + limit);
    const next = offset + limit < rows.length ? nextLink(req, limit, offset + limit) : null;
    res.set('Cache-Control', 'no-store');
    if (format === 'json') return res.json({ data: page, paging: { limit, offset, total: rows.length, next } });
    const columns = page[0] ? Object.keys(page[0]) : rows[0] ? Object.keys(rows[0]) : [];
    res.set('X-Total-Count', String(rows.length));
    if (next) res.set('Link', `<${next}>; rel="next"`);
    res.type('text/csv; charset=utf-8');
    res.send(toCsv(csvRows(page, columns), (format === 'csv' ? 'plain' : 'excel-dk') as CsvFormat));
  };
}

export const indicators = list('indicators');
export const values = list('values');
export const goals = list('goals');
export const actions = list('actions');
export const meetings = list('meetings');

export function openapi(_req: Request, res: Response) {
  res.set('Cache-Control', 'public, max-age=300');
  res.json(openApiDocument());
}
