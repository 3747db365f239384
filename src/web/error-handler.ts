import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Config } from '../config.js';
import { BadRequestError, ForbiddenError, NotFoundError, ValidationError } from '../shared/errors.js';
import { errorView } from './error-pages.js';

/** "20 MB", "200 kB": a limit as a person reads it. */
export function byteSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

const messages = {
  fileTooLarge: (limit: string) =>
    `Filen er større end ${limit}, som er det største, Datadialog tager imod. Intet er gemt. Del filen op, eller fjern kolonner og rækker, I ikke skal bruge, og prøv igen.`,
  formTooLarge: (limit: string) =>
    `Det, du sendte, fylder mere end ${limit}, som er det største, en formular må fylde. Intet er gemt. Gør teksterne kortere, og prøv igen.`,
  apiNotFound: 'Adressen findes ikke i Datadialogs API. Import sker med POST /api/v1/groups/<gruppe-id>/imports.',
};

/** An unknown address: the Danish page, or under /api/ the JSON error a program can read. */
export const notFoundHandler: RequestHandler = (req, res) => {
  const view = errorView(404);
  if (req.path.startsWith('/api/')) {
    res.status(404).json({ error: { code: 'not-found', message: messages.apiNotFound } });
    return;
  }
  res.status(404).render('errors/error', view);
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

/** Names the limit: the upload limit for files (multer, or a raw API body), else the form's own. */
function tooLargeMessage(err: unknown, config: Config): string {
  const { code, limit } = err as { code?: unknown; limit?: unknown };
  const formLimit = typeof limit === 'number' && limit !== config.uploadLimitBytes ? limit : undefined;
  if (code === 'LIMIT_FILE_SIZE' || formLimit === undefined) return messages.fileTooLarge(byteSize(config.uploadLimitBytes));
  return messages.formTooLarge(byteSize(formLimit));
}

/** The one place errors become pages: domain errors get their status here; anything else is a 500 without details. */
export function errorHandler(config: Config): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const status = statusOf(err);
    if (status >= 500) req.log?.error({ err }, 'request failed');
    const isCsrf = (err as { code?: unknown }).code === 'EBADCSRFTOKEN';
    const domainMessage = domainStatus(err) ? (err as Error).message : undefined;
    const view = errorView(status, isCsrf ? csrfMessage : status === 413 ? tooLargeMessage(err, config) : domainMessage);
    const details = config.env === 'development' && status >= 500 && err instanceof Error ? err.stack : undefined;
    if (req.path.startsWith('/api/')) {
      const limit = status === 413 ? { limitBytes: config.uploadLimitBytes } : {};
      res.status(status).json({ error: { code: apiCodes[status] ?? 'error', message: view.text, ...limit } });
      return;
    }
    res.status(status).render('errors/error', { ...view, details });
  };
}
