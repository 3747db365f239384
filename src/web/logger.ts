import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config.js';

/** Secrets must never reach a log line: cookies, tokens, and any request body (it can hold passwords). */
export function createLogger(config: Config, destination?: DestinationStream): Logger {
  const options = {
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        'req.body',
        '*.password',
        '*.token',
      ],
      censor: '[skjult]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
