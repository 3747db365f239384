import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config.js';
import { redactCpr } from '../shared/cpr.js';

const HIDDEN = '[skjult]';

// API keys ("dd_" + 43 characters), bearer tokens, and query parameters that commonly carry secrets.
const API_KEY = /\bdd_[A-Za-z0-9_-]{10,}/g;
const BEARER = /\b(Bearer\s+)\S+/gi;
const SECRET_PARAM = /([?&](?:token|access_token|id_token|api_?key|key|secret|password|code|state)=)[^&#\s]*/gi;

/** A text as it may be logged: no API key, bearer token, secret query parameter or CPR-like number. */
export function scrub(text: string): string {
  return redactCpr(text.replace(API_KEY, HIDDEN).replace(BEARER, `$1${HIDDEN}`).replace(SECRET_PARAM, `$1${HIDDEN}`));
}

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { type: value.name, message: scrub(value.message), stack: value.stack ? scrub(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, depth + 1)]));
}

/**
 * Secrets and personal identifiers never reach a log line: every string logged passes through
 * `scrub`, and request lines carry only method, path and status, never headers or bodies (which
 * hold cookies, tokens and passwords).
 */
export function createLogger(config: Config, destination?: DestinationStream): Logger {
  const options = {
    level: config.logLevel,
    redact: {
      paths: ['req.headers', 'res.headers', 'req.body', '*.password', '*.token', '*.idToken', '*.codeVerifier'],
      censor: HIDDEN,
    },
    formatters: {
      log: (object: Record<string, unknown>) => scrubDeep(object) as Record<string, unknown>,
    },
    hooks: {
      logMethod(this: Logger, args: unknown[], method: (...a: unknown[]) => void) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)));
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** One short line per request: what was asked, by whom, and how it went. */
export const requestLogSerializers = {
  req: (req: IncomingMessage & { id?: unknown; originalUrl?: string }) => ({ id: req.id, method: req.method, url: scrub(req.originalUrl ?? req.url ?? '') }),
  res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
};
