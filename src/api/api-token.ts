import { createHash, randomBytes } from 'node:crypto';

export interface ApiToken {
  id: number;
  groupId: number;
  userId: number;
  userName: string | null;
  name: string;
  hint: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** 'import' keys send values in; 'read' keys read the group's data out (issue 14). */
  scope: TokenScope;
}

export type TokenScope = 'import' | 'read';

const PREFIX = 'dd_';

/** A token is shown once; only its SHA-256 is stored, which is enough for a 256-bit random secret. */
export function newTokenSecret(): { secret: string; hash: string; hint: string } {
  const secret = PREFIX + randomBytes(32).toString('base64url');
  return { secret, hash: hashToken(secret), hint: `…${secret.slice(-4)}` };
}

export function hashToken(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
