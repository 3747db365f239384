import express, { type Request, type RequestHandler } from 'express';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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
 * One file from the multipart field `file`, written to a temporary file as it arrives (never held
 * in memory); the size limit stops large uploads early. The temporary file is removed when the
 * response has been sent, whatever happened.
 */
export function singleFileUpload(limitBytes: number, fields = 20): RequestHandler {
  const upload = guarded(
    multer({
      storage: multer.diskStorage({ destination: tmpdir() }),
      limits: { fileSize: limitBytes, files: 1, fields },
      defParamCharset: 'utf8',
    }).single('file') as RequestHandler,
  );
  return (req, res, next) => {
    res.once('close', () => {
      if (req.file?.path) void rm(req.file.path, { force: true });
    });
    upload(req, res, next);
  };
}

const RAW_TYPES = ['text/csv', 'text/plain', 'application/csv', 'application/octet-stream'];

/** What a too large body is refused with: the same error express.raw and the error handler know (413). */
function tooLarge(limitBytes: number): Error {
  return Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large', limit: limitBytes });
}

/** The request body as it arrives, stopped with a 413 once it passes the limit. */
async function* limitedBody(req: Request, limitBytes: number): AsyncIterable<Uint8Array> {
  let received = 0;
  for await (const piece of req as AsyncIterable<Buffer>) {
    received += piece.length;
    if (received > limitBytes) throw tooLarge(limitBytes);
    yield piece;
  }
}

interface StreamedBody {
  pieces: AsyncIterable<Uint8Array>;
}

const streamedBodies = new WeakMap<Request, StreamedBody>();

/**
 * A CSV file sent by a program: the multipart field `file` (spooled to a temporary file as above),
 * or the raw request body (text/csv and the like), which is not read here at all: the handler
 * reads it as it arrives (receivedFile). A compressed body (Content-Encoding) is read whole by
 * express.raw, which knows how to inflate it.
 */
export function fileOrRawBody(limitBytes: number): RequestHandler {
  const raw = express.raw({ type: RAW_TYPES, limit: limitBytes });
  const multipart = singleFileUpload(limitBytes, 0);
  return (req, res, next) => {
    if (req.is('multipart/form-data')) return multipart(req, res, next);
    const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (req.is(RAW_TYPES) && encoding === 'identity') {
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > limitBytes) return next(tooLarge(limitBytes));
      const hasBody = req.headers['transfer-encoding'] !== undefined || declared > 0;
      if (hasBody) streamedBodies.set(req, { pieces: limitedBody(req, limitBytes) });
      return next();
    }
    raw(req, res, next);
  };
}

/** The received file as pieces read as they come (a raw body) or from its temporary file; undefined when nothing was sent. */
export function receivedFile(req: Request): { name: string | undefined; pieces: AsyncIterable<Uint8Array> } | undefined {
  if (req.file) {
    if (req.file.size === 0) return undefined;
    return { name: req.file.originalname, pieces: createReadStream(req.file.path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer> };
  }
  const streamed = streamedBodies.get(req);
  if (streamed) return { name: undefined, pieces: streamed.pieces };
  const body: Buffer | undefined = Buffer.isBuffer(req.body) ? req.body : undefined;
  if (!body || body.length === 0) return undefined;
  return { name: undefined, pieces: (async function* () {
    yield new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  })() };
}
