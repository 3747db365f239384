import type { NextFunction, Request, Response } from 'express';
import { analyseImport, commitImport, ImportRefusedError, type ImportAnalysis } from '../../imports/import-service.js';
import { parseImportSettings } from '../../imports/import-settings.js';
import { findCprInText } from '../../imports/cpr-guard.js';
import { CPR_IN_FILE_NAME } from '../../imports/read-file.js';
import { authenticateToken } from '../../api/api-token-service.js';
import { bearerToken } from '../../api/api-token.js';
import { actorOf, groupContext, parseId } from '../../web/guards.js';
import { receivedFile } from '../../web/upload.js';
import { SpooledFile } from '../../imports/spooled-file.js';
import { formatCanonical } from '../../periods/period.js';
import { services } from '../../web/services.js';

const messages = {
  noFile: 'Send CSV-filen som body med Content-Type: text/csv, eller som feltet „file“ i multipart/form-data.',
};

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
    revisions: {
      count: analysis.revisions.count,
      values: analysis.revisions.shown.map((r) => ({ indicatorId: r.indicatorId, period: formatCanonical(r.period), from: r.from, to: r.to })),
    },
  };
}

/** The bearer token's owner acts as an editor of the token's group; there is no session. */
export async function requireApiToken(req: Request, res: Response, next: NextFunction) {
  const check = await authenticateToken(services(req).db, bearerToken(req.headers.authorization), parseId(req.params.groupId));
  if (!check.ok) return fail(res, check.status, check.code, check.message);
  res.locals.user = check.user;
  res.locals.group = check.group;
  res.locals.role = 'editor';
  next();
}

export async function importCsv(req: Request, res: Response) {
  const { db } = services(req);
  const { group } = groupContext(res);
  const received = receivedFile(req);
  if (!received) return fail(res, 400, 'no-file', messages.noFile);
  const settings = parseImportSettings(req.query as Record<string, unknown>);
  const fileName = received.name ?? (typeof req.query.fileName === 'string' ? req.query.fileName : 'api-import.csv');
  // The name is stored and audited; a dry run refuses it too, so a BI system learns before it commits.
  if (findCprInText(fileName) >= 0) return fail(res, 422, 'unreadable-file', CPR_IN_FILE_NAME);
  // Read as the bytes arrive; a copy goes to a temporary file in case the file must be read again.
  const bytes = new SpooledFile(received.pieces);
  try {
    if (req.query.dryRun === 'true' || req.query.dryRun === '1') {
      const analysis = await analyseImport(db, group.id, bytes, settings);
      return res.status(200).json({ dryRun: true, ...analysisJson(analysis), fatal: analysis.read.fatal ?? null });
    }
    try {
      const flag = (name: string) => req.query[name] === 'true' || req.query[name] === '1';
      const options = { settings, skipErrors: flag('skipErrors'), confirmRevisions: flag('confirmRevisions') };
      const result = await commitImport(db, actorOf(res), { fileName, bytes, via: 'api' }, options);
      res.status(201).json({ importId: result.importId, counts: result.counts });
    } catch (err) {
      if (!(err instanceof ImportRefusedError)) throw err;
      // The same file again is normal for a nightly export: nothing is recorded, and it is not an error.
      if (err.code === 'nothing-new') return res.status(200).json({ importId: null, code: err.code, message: err.message, ...analysisJson(err.analysis) });
      return fail(res, 422, err.code, err.message, analysisJson(err.analysis));
    }
  } finally {
    await bytes.dispose();
  }
}
