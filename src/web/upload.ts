import express, { type Request, type RequestHandler } from 'express';
import multer from 'multer';

/**
 * One file from the multipart field `file`, held in memory: no temporary file exists to be left
 * behind, and the size limit stops large uploads early.
 */
export function singleFileUpload(limitBytes: number, fields = 20): RequestHandler {
  return multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: limitBytes, files: 1, fields },
    defParamCharset: 'utf8',
  }).single('file') as RequestHandler;
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
