import { randomBytes } from 'node:crypto';
import { signInConfigFromEnv, type SignInConfig } from './sign-in-config.js';

export type { ClaimGroupMapping, OidcConfig, SignInConfig } from './sign-in-config.js';

export interface Config extends SignInConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  databasePath: string;
  sessionSecret: string;
  /** Sign-out after this long without a request. */
  sessionIdleMinutes: number;
  /** Sign-out this long after login, however active the user is. */
  sessionAbsoluteHours: number;
  /** Cookies get Secure when the app is reached over HTTPS (behind a proxy that sets X-Forwarded-Proto). */
  trustProxy: boolean;
  secureCookies: boolean;
  loginAttemptsPerWindow: number;
  loginWindowMinutes: number;
  uploadLimitBytes: number;
  contentDir: string;
  logLevel: string;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return n;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const secret = env.SESSION_SECRET;
  if (mode === 'production' && (!secret || secret.length < 32)) {
    throw new Error('SESSION_SECRET must be set to at least 32 characters in production');
  }
  return {
    env: mode,
    port: intFrom(env.PORT, 3000, 'PORT'),
    databasePath: env.DATABASE_PATH || 'data/datadialog.sqlite',
    sessionSecret: secret || randomBytes(32).toString('hex'),
    sessionIdleMinutes: intFrom(env.SESSION_IDLE_MINUTES, 120, 'SESSION_IDLE_MINUTES'),
    sessionAbsoluteHours: intFrom(env.SESSION_ABSOLUTE_HOURS, 12, 'SESSION_ABSOLUTE_HOURS'),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    secureCookies: env.SECURE_COOKIES === '1' || env.SECURE_COOKIES === 'true' || mode === 'production',
    loginAttemptsPerWindow: intFrom(env.LOGIN_ATTEMPTS, 5, 'LOGIN_ATTEMPTS'),
    loginWindowMinutes: intFrom(env.LOGIN_WINDOW_MINUTES, 15, 'LOGIN_WINDOW_MINUTES'),
    uploadLimitBytes: intFrom(env.UPLOAD_LIMIT_MB, 20, 'UPLOAD_LIMIT_MB') * 1024 * 1024,
    contentDir: env.CONTENT_DIR || 'content',
    logLevel: env.LOG_LEVEL || (mode === 'test' ? 'silent' : 'info'),
    ...signInConfigFromEnv(env),
  };
}
