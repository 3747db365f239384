import express, { type Request, type RequestHandler } from 'express';
import multer from 'multer';
import { BadRequestError } from '../shared/errors.js';

export const uploadMessages = {
  malformed:
    'Filen kom ikke rigtigt frem: forespørgslen var ikke en gyldig filoverførsel (multipart/form-data), eller den blev afbrudt undervejs. Intet er gemt. Vælg filen igen, og prøv igen.',
  unexpectedField: 'Forespørgslen havde andre felter end filen i feltet „file“. Intet er gemt.',
  badFileName: 'Filnavnet indeholder tegn, som ikke kan bruges i et filnavn (fx kontroltegn). Omdøb filen, og prøv igen.',
  longFileName: 'Filnavnet er længere end 255 tegn. Giv filen et kortere navn, og prøv igen.',
};

// Control characters (NUL included) have no place in a file name and break logs and databases.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Runs multer and turns what a broken or hostile request makes it throw (no boundary, a truncated
 * body, an unexpected field) into a 400 with a Danish message; a too large file stays a 413.
 */
function guarded(upload: RequestHandler): RequestHandler {
  return (req, res, next) => {
    upload(req, res, (err?: unknown) => {
      if (!err) {
        const name = req.file?.originalname;
        if (name !== undefined && CONTROL.test(name)) return next(new BadRequestError(uploadMessages.badFileName));
        if (name !== undefined && name.length > 255) return next(new BadRequestError(uploadMessages.longFileName));
        return next();
      }
      if (err instanceof multer.MulterError) {
        if (err.code === 'LIMIT_FILE_SIZE') return next(err);
        return next(new BadRequestError(err.code === 'LIMIT_UNEXPECTED_FILE' ? uploadMessages.unexpectedField : uploadMessages.malformed));
      }
      next(new BadRequestError(uploadMessages.malformed));
    });
  };
}

/**
 * One file from the multipart field `file`, held in memory: no temporary file exists to be left
 * behind, and the size limit stops large uploads early.
 */
export function singleFileUpload(limitBytes: number, fields = 20): RequestHandler {
  return guarded(
    multer({
      storage: multer.memoryStorage(),
      limits: { fileSize: limitBytes, files: 1, fields },
      defParamCharset: 'utf8',
    }).single('file') as RequestHandler,
  );
}

/** A CSV file sent by a program: either the raw request body (text/csv) or the multipart field `file`. */
export function fileOrRawBody(limitBytes: number): RequestHandler {
  const raw = express.raw({ type: ['text/csv', 'text/plain', 'application/csv', 'application/octet-stream'], limit: limitBytes });
  const multipart = singleFileUpload(limitBytes, 0);
  return (req, res, next) => (req.is('multipart/form-data') ? multipart(req, res, next) : raw(req, res, next));
}

/** The uploaded or raw body as bytes, without copying a body that can be 20 MB; undefined when empty. */
export function receivedBytes(req: Request): Uint8Array | undefined {
  const body: Buffer | undefined = req.file ? req.file.buffer : Buffer.isBuffer(req.body) ? req.body : undefined;
  return body && body.length ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength) : undefined;
}
