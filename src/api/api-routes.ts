import express, { Router, type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import type { Db } from '../db/connection.js';
import type { Config } from '../config.js';
import { analyseImport, commitImport, ImportRefusedError, type ImportAnalysis } from '../imports/import-service.js';
import { parseImportSettings } from '../imports/import-settings.js';
import { parseId } from '../web/guards.js';
import { authenticateToken } from './api-token-service.js';
import { bearerToken } from './api-token.js';

/** JSON errors with stable codes a BI system can act on; messages are Danish for the person reading the log. */
function fail(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  res.status(status).json({ error: { code, message, ...extra } });
}

function analysisJson(analysis: ImportAnalysis) {
  const { read, plan, indicators } = analysis;
  const names = new Map(indicators.map((i) => [i.id, i]));
  return {
    encoding: read.encoding ?? null,
    delimiter: read.delimiter ?? null,
    layout: read.layout?.layout ?? null,
    numberFormat: read.numberStyle?.style ?? null,
    rows: read.rowCount,
    counts: plan ? { new: plan.counts.new, changed: plan.counts.changed, unchanged: plan.counts.unchanged, errorRows: plan.counts.errorRows } : null,
    indicators: plan?.perIndicator.map((c) => ({ id: c.indicatorId, name: names.get(c.indicatorId)?.name, code: names.get(c.indicatorId)?.code, new: c.new, changed: c.changed, unchanged: c.unchanged, errors: c.errors })) ?? [],
    unmatched: plan?.unmatched.map((u) => ({ label: u.label, rows: u.rows, firstLine: u.firstLine })) ?? [],
    errors: (plan?.errors ?? read.errors).map((e) => ({ line: e.line, column: e.column ?? null, columnName: e.columnName ?? null, code: e.code, message: e.message })),
    errorCount: plan?.errorCount ?? read.errors.length,
  };
}

export function apiRoutes(db: Db, config: Config): Router {
  const router = Router();
  const rawBody = express.raw({ type: ['text/csv', 'text/plain', 'application/csv', 'application/octet-stream'], limit: config.uploadLimitBytes });
  const multipart = multer({ storage: multer.memoryStorage(), limits: { fileSize: config.uploadLimitBytes, files: 1 }, defParamCharset: 'utf8' }).single('file');

  const authenticate = async (req: Request, res: Response, next: NextFunction) => {
    const check = await authenticateToken(db, bearerToken(req.headers.authorization), parseId(req.params.groupId));
    if (!check.ok) return fail(res, check.status, check.code, check.message);
    res.locals.user = check.user;
    res.locals.group = check.group;
    res.locals.role = 'editor';
    next();
  };

  const body = (req: Request, res: Response, next: NextFunction) => {
    if (req.is('multipart/form-data')) return multipart(req, res, next);
    return rawBody(req, res, next);
  };

  const importCsv = async (req: Request, res: Response) => {
    const { group, user } = res.locals;
    if (!group || !user) throw new Error('importCsv without authenticate');
    // A view of the received buffer, not a copy: the body can be 20 MB.
    const body: Buffer | undefined = req.file ? req.file.buffer : Buffer.isBuffer(req.body) ? req.body : undefined;
    const bytes = body && new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    if (!bytes || bytes.length === 0) {
      return fail(res, 400, 'no-file', 'Send CSV-filen som body med Content-Type: text/csv, eller som feltet „file“ i multipart/form-data.');
    }
    const settings = parseImportSettings(req.query as Record<string, unknown>);
    const fileName = req.file?.originalname ?? (typeof req.query.fileName === 'string' ? req.query.fileName : 'api-import.csv');
    if (req.query.dryRun === 'true' || req.query.dryRun === '1') {
      const analysis = await analyseImport(db, group.id, bytes, settings);
      return res.status(200).json({ dryRun: true, ...analysisJson(analysis), fatal: analysis.read.fatal ?? null });
    }
    try {
      const skipErrors = req.query.skipErrors === 'true' || req.query.skipErrors === '1';
      const result = await commitImport(db, { userId: user.id, groupId: group.id }, { fileName, bytes, via: 'api' }, { settings, skipErrors });
      res.status(201).json({ importId: result.importId, counts: result.counts });
    } catch (err) {
      if (err instanceof ImportRefusedError) return fail(res, 422, err.code, err.message, analysisJson(err.analysis));
      throw err;
    }
  };

  router.post('/api/v1/groups/:groupId/imports', authenticate, body, importCsv);
  return router;
}
