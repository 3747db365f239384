import type { Db } from '../db/connection.js';
import { hashPassword } from '../auth/password.js';
import { countUsers, insertUser } from '../auth/user-queries.js';
import { insertGroup, upsertMembership } from '../groups/group-queries.js';
import { insertIndicator } from '../indicators/indicator-queries.js';
import { nowIso } from '../shared/clock.js';
import { demoGroups } from './demo-data.js';

export const DEMO_PASSWORD = 'demo-datadialog';

export const demoUsers = [
  { email: 'admin@datadialog.local', name: 'Anne Administrator', isAdmin: true, memberships: [] as Array<[number, 'editor' | 'reader']> },
  { email: 'mette@datadialog.local', name: 'Mette Holm', isAdmin: false, memberships: [[0, 'editor']] as Array<[number, 'editor' | 'reader']> },
  { email: 'jens@datadialog.local', name: 'Jens Lund', isAdmin: false, memberships: [[0, 'reader']] as Array<[number, 'editor' | 'reader']> },
  { email: 'sofie@datadialog.local', name: 'Sofie Krogh', isAdmin: false, memberships: [[1, 'editor']] as Array<[number, 'editor' | 'reader']> },
];

/** Seeds only an empty database, so real data is never touched by a restart. Returns whether it seeded. */
export async function seedDemoData(db: Db): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const groupIds: number[] = [];
    for (const demo of demoGroups) {
      const group = await insertGroup(trx, { name: demo.name, description: demo.description, coreTask: demo.coreTask });
      groupIds.push(group.id);
      for (const d of demo.indicators) {
        const indicator = await insertIndicator(trx, group.id, {
          code: d.code,
          name: d.name,
          definition: d.definition,
          whyItMatters: d.whyItMatters,
          unit: d.unit,
          decimals: d.decimals,
          direction: d.direction,
          rangeMin: d.rangeMin ?? null,
          rangeMax: d.rangeMax ?? null,
          frequency: d.frequency,
          dataSource: d.dataSource,
          deliveredBy: d.deliveredBy,
        });
        const now = nowIso();
        await trx
          .insertInto('observations')
          .values(
            d.observations.map((o) => ({
              indicator_id: indicator.id,
              period: o.period,
              value: o.value,
              comment: o.comment ?? null,
              import_id: null,
              updated_by: null,
              created_at: now,
              updated_at: now,
            })),
          )
          .execute();
      }
    }
    for (const demo of demoUsers) {
      const user = await insertUser(trx, { email: demo.email, name: demo.name, passwordHash, isAdmin: demo.isAdmin });
      for (const [groupIndex, role] of demo.memberships) await upsertMembership(trx, groupIds[groupIndex]!, user.id, role);
    }
  });
  return true;
}
