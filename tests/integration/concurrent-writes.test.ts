import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport } from '../../src/imports/import-service.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';

let world: TestWorld;
beforeEach(async () => {
  world = await createTestWorld();
});
afterEach(async () => {
  await world.db.destroy();
});

const actor = () => ({ userId: world.ids.users.editorA, groupId: world.ids.groupA });
const file = (rows: string[]) => Buffer.from(['Indikator;Kvartal;Værdi', ...rows].join('\r\n') + '\r\n', 'utf8');
const commit = (name: string, bytes: Uint8Array) => commitImport(world.db, actor(), { fileName: name, bytes, via: 'ui' }, { settings: {}, skipErrors: false });

describe('imports that arrive at the same time', () => {
  it('are applied one after the other, so the second sees what the first stored', async () => {
    const rows = Array.from({ length: 40 }, (_, q) => `Sygefravær;${2000 + Math.floor(q / 4)}K${(q % 4) + 1};${q},5`);
    const [a, b] = await Promise.allSettled([commit('a.csv', file(rows)), commit('b.csv', file(rows))]);
    // One stores the 40 values; the other, planned after it under the group's lock, finds nothing new
    // and is not recorded (it would have had 40 unchanged values and nothing to undo).
    const done = [a, b].filter((r) => r.status === 'fulfilled').map((r) => r.value.counts);
    const refused = [a, b].filter((r) => r.status === 'rejected').map((r) => r.reason);
    expect(done).toEqual([expect.objectContaining({ new: 40, unchanged: 0 })]);
    expect(refused).toEqual([expect.objectContaining({ code: 'nothing-new' })]);
    expect(refused[0].analysis.plan.counts).toMatchObject({ new: 0, unchanged: 40 });
    expect(await world.db.selectFrom('imports').select('id').execute()).toHaveLength(1);
  });

});
