import type { Migration } from 'kysely';
import * as foundation from './2026-11-27-001-foundation.js';
import * as imports from './2026-11-27-002-imports.js';

/** Listed explicitly so migrations load the same way under tsx, vitest and a bundler. */
export const migrations: Record<string, Migration> = {
  '2026-11-27-001-foundation': foundation,
  '2026-11-27-002-imports': imports,
};
