import type { Db } from '../db/connection.js';
import { countUsers } from '../auth/user-queries.js';
import { seedDemoData } from './demo-seed.js';

export type FirstStart = 'demo-seeded' | 'no-users' | 'in-use';

/**
 * What a start finds and does: demo users and data only when asked for (DEMO_DATA, on by default
 * while developing) and only in an empty database; a real installation starts with no user at all,
 * so no published password ever opens it.
 */
export async function prepareFirstStart(db: Db, options: { demoData: boolean }, now = new Date()): Promise<FirstStart> {
  if (options.demoData && (await seedDemoData(db, now))) return 'demo-seeded';
  return (await countUsers(db)) === 0 ? 'no-users' : 'in-use';
}
