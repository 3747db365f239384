import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/connection.js';
import { migrations } from '../../src/db/migrations/index.js';
import { createEmptyDatabase, engine } from '../support/test-db.js';

describe.runIf(engine === 'postgres')('migrations on a shared PostgreSQL database', () => {
  it('lets two instances that start at once both come up, and migrates the schema once', async () => {
    const target = await createEmptyDatabase();
    const first = target.open();
    const second = target.open();
    try {
      await Promise.all([migrateToLatest(first), migrateToLatest(second)]);
      const applied = await first.selectFrom('kysely_migration' as never).select('name' as never).execute();
      expect(applied).toHaveLength(Object.keys(migrations).length);
      const tables = await first.introspection.getTables();
      expect(tables.map((t) => t.name)).toContain('meetings');
      // Both instances see the finished schema.
      expect(await second.selectFrom('users').select('id').execute()).toEqual([]);
    } finally {
      await first.destroy();
      await second.destroy();
      await target.remove();
    }
  });
});
