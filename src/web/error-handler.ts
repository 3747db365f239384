import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Config } from '../config.js';
import { BadRequestError, ForbiddenError, NotFoundError, ValidationError } from '../shared/errors.js';
import { errorView } from './error-pages.js';

export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).render('errors/error', errorView(404));
};

/** The HTTP status of each kind of domain error; the domain itself knows nothing of HTTP. */
function domainStatus(err: unknown): number | undefined {
  if (err instanceof NotFoundError) return 404;
  if (err instanceof ForbiddenError) return 403;
  if (err instanceof ValidationError || err instanceof BadRequestError) return 400;
  return undefined;
}

function statusOf(err: unknown): number {
  const domain = domainStatus(err);
  if (domain) return domain;
  if (typeof err === 'object' && err !== null) {
    const e = err as { status?: unknown; statusCode?: unknown; code?: unknown; type?: unknown };
    if (e.code === 'EBADCSRFTOKEN') return 403;
    if (e.code === 'LIMIT_FILE_SIZE' || e.type === 'entity.too.large') return 413;
    // Other multer errors (an unexpected field, a truncated body) are the sender's fault, not ours.
    if ((err as { name?: unknown }).name === 'MulterError') return 400;
    const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 500;
    return status >= 400 && status < 600 ? status : 500;
  }
  return 500;
}

const apiCodes: Record<number, string> = { 400: 'bad-request', 401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 413: 'file-too-large', 500: 'internal-error' };

const csrfMessage =
  'Formularen var for gammel eller kom ikke fra Datadialog, så intet er gemt. Gå tilbage, genindlæs siden og prøv igen.';

/** The one place errors become pages: domain errors get their status here; anything else is a 500 without details. */
export function errorHandler(config: Config): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const status = statusOf(err);
    if (status >= 500) req.log?.error({ err }, 'request failed');
    const isCsrf = (err as { code?: unknown }).code === 'EBADCSRFTOKEN';
    const domainMessage = domainStatus(err) ? (err as Error).message : undefined;
    const view = errorView(status, isCsrf ? csrfMessage : domainMessage);
    const details = config.env === 'development' && status >= 500 && err instanceof Error ? err.stack : undefined;
    if (req.path.startsWith('/api/')) {
      res.status(status).json({ error: { code: apiCodes[status] ?? 'error', message: view.text } });
      return;
    }
    res.status(status).render('errors/error', { ...view, details });
  };
}
