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
    const [a, b] = await Promise.all([commit('a.csv', file(rows)), commit('b.csv', file(rows))]);
    expect([a.counts.new, b.counts.new].sort()).toEqual([0, 40]);
    expect([a.counts.unchanged, b.counts.unchanged].sort()).toEqual([0, 40]);
  });

});
