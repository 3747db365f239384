import { randomBytes } from 'node:crypto';
import { signInConfigFromEnv, type SignInConfig } from './sign-in-config.js';
import { mailConfigFromEnv, type MailConfig } from './mail-config.js';

export type { ClaimGroupMapping, OidcConfig, SignInConfig } from './sign-in-config.js';

export interface Config extends SignInConfig {
  mail: MailConfig;
  env: 'development' | 'production' | 'test';
  port: number;
  /** The embedded SQLite file, used when no databaseUrl is given. */
  databasePath: string;
  /** A PostgreSQL connection string (postgres://…); when set, PostgreSQL is used instead of SQLite. */
  databaseUrl: string | null;
  /** Connections each instance keeps to PostgreSQL at most (DATABASE_POOL_SIZE); unused with SQLite. */
  databasePoolSize: number;
  sessionSecret: string;
  /** Sign-out after this long without a request. */
  sessionIdleMinutes: number;
  /** Sign-out this long after login, however active the user is. */
  sessionAbsoluteHours: number;
  /**
   * How many reverse proxies stand in front of the app (0: none). Only that many hops of
   * X-Forwarded-For are believed, so a client cannot choose its own address; X-Forwarded-Proto from
   * them makes cookies Secure.
   */
  trustProxy: number;
  secureCookies: boolean;
  /** Failed sign-ins for one account (from any address) before a pause. */
  loginAttemptsPerWindow: number;
  /** Failed sign-ins from one address (for any accounts) before a pause. */
  loginAttemptsPerAddress: number;
  loginWindowMinutes: number;
  uploadLimitBytes: number;
  /** Files a group may have waiting in preview at once (each up to uploadLimitBytes). */
  pendingUploadsPerGroup: number;
  contentDir: string;
  logLevel: string;
  /** Seed demo users and data into an empty database: DEMO_DATA, on by default only while developing. */
  demoData: boolean;
}

/** TRUST_PROXY: a number of hops; "true"/"on" (the old switch) means the usual single proxy. */
function proxyHops(value: string | undefined): number {
  const raw = value?.trim().toLowerCase() ?? '';
  if (raw === '' || raw === 'false' || raw === 'off' || raw === '0') return 0;
  if (raw === 'true' || raw === 'on') return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 10) {
    throw new Error(`TRUST_PROXY must be the number of reverse proxies in front of Datadialog (usually 1), got "${value}"`);
  }
  return n;
}

/** DEMO_DATA=1/0; unset, the demo is there while developing and never in production or tests. */
function demoDataFrom(value: string | undefined, mode: Config['env']): boolean {
  const raw = value?.trim().toLowerCase() ?? '';
  if (raw === '') return mode === 'development';
  if (['1', 'true', 'on', 'yes', 'ja'].includes(raw)) return true;
  if (['0', 'false', 'off', 'no', 'nej'].includes(raw)) return false;
  throw new Error(`DEMO_DATA must be 1 or 0, got "${value}"`);
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return n;
}

function postgresUrlFrom(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (!/^postgres(ql)?:\/\//.test(value)) throw new Error('DATABASE_URL must be a PostgreSQL connection string starting with postgres://');
  return value;
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
    databaseUrl: postgresUrlFrom(env.DATABASE_URL),
    databasePoolSize: intFrom(env.DATABASE_POOL_SIZE, 10, 'DATABASE_POOL_SIZE'),
    sessionSecret: secret || randomBytes(32).toString('hex'),
    sessionIdleMinutes: intFrom(env.SESSION_IDLE_MINUTES, 120, 'SESSION_IDLE_MINUTES'),
    sessionAbsoluteHours: intFrom(env.SESSION_ABSOLUTE_HOURS, 12, 'SESSION_ABSOLUTE_HOURS'),
    trustProxy: proxyHops(env.TRUST_PROXY),
    secureCookies: env.SECURE_COOKIES === '1' || env.SECURE_COOKIES === 'true' || mode === 'production',
    loginAttemptsPerWindow: intFrom(env.LOGIN_ATTEMPTS, 5, 'LOGIN_ATTEMPTS'),
    loginAttemptsPerAddress: intFrom(env.LOGIN_ATTEMPTS_PER_ADDRESS, 20, 'LOGIN_ATTEMPTS_PER_ADDRESS'),
    loginWindowMinutes: intFrom(env.LOGIN_WINDOW_MINUTES, 15, 'LOGIN_WINDOW_MINUTES'),
    uploadLimitBytes: intFrom(env.UPLOAD_LIMIT_MB, 20, 'UPLOAD_LIMIT_MB') * 1024 * 1024,
    pendingUploadsPerGroup: intFrom(env.PENDING_UPLOADS_PER_GROUP, 5, 'PENDING_UPLOADS_PER_GROUP'),
    contentDir: env.CONTENT_DIR || 'content',
    logLevel: env.LOG_LEVEL || (mode === 'test' ? 'silent' : 'info'),
    demoData: demoDataFrom(env.DEMO_DATA, mode),
    ...signInConfigFromEnv(env),
    ...mailConfigFromEnv(env, intFrom(env.PORT, 3000, 'PORT')),
  };
}
