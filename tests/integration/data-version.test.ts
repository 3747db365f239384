import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupDataVersion } from '../../src/db/data-version.js';
import { commitImport } from '../../src/imports/import-service.js';
import { undoImport } from '../../src/imports/import-undo.js';
import { deleteObservation, upsertObservation } from '../../src/indicators/observation-queries.js';
import { insertAction, setActionStatus } from '../../src/meetings/action-queries.js';
import { insertGroup } from '../../src/groups/group-queries.js';
import { parseCanonical } from '../../src/periods/period.js';
import { loadGroupBoard } from '../../src/meetings/group-board.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';

let world: TestWorld;
beforeEach(async () => {
  world = await createTestWorld();
});
afterEach(async () => {
  await world.db.destroy();
});

const version = (groupId = world.ids.groupA) => groupDataVersion(world.db, groupId);

describe("a group's data version, which tells every instance that its kept data is stale", () => {
  it('changes with a value typed in, corrected or deleted, and leaves other groups alone', async () => {
    const before = await version();
    const other = await version(world.ids.groupB);
    await upsertObservation(world.db, world.ids.sickLeave, { period: parseCanonical('2026K3'), value: 7.1, comment: null, userId: null });
    const added = await version();
    expect(added).toBeGreaterThan(before);
    await upsertObservation(world.db, world.ids.sickLeave, { period: parseCanonical('2026K3'), value: 7.2, comment: null, userId: null });
    const corrected = await version();
    expect(corrected).toBeGreaterThan(added);
    await deleteObservation(world.db, world.ids.sickLeave, parseCanonical('2026K3'));
    expect(await version()).toBeGreaterThan(corrected);
    expect(await version(world.ids.groupB)).toBe(other);
  });

  it('changes once for an import and again for its undo', async () => {
    const before = await version();
    const bytes = new TextEncoder().encode('Indikator;Kvartal;Værdi\nSygefravær;2026K3;6,9\nSygefravær;2026K2;7,4\n');
    const actor = { userId: world.ids.users.editorA, groupId: world.ids.groupA };
    const { importId } = await commitImport(world.db, actor, { fileName: 'k3.csv', bytes, via: 'api' }, { settings: {}, skipErrors: false });
    const imported = await version();
    expect(imported).toBeGreaterThan(before);
    await undoImport(world.db, actor, importId);
    expect(await version()).toBeGreaterThan(imported);
  });

  it('changes with actions and indicators, and a new group starts with one', async () => {
    const before = await version();
    const action = await insertAction(
      world.db,
      { groupId: world.ids.groupA, meetingId: null, itemId: null, indicatorId: world.ids.sickLeave, goalId: null, userId: world.ids.users.editorA },
      { whatAndWhy: 'Makkerpar', howAndWho: 'Teamlederne', responsible: 'Ellen', dueDate: '2026-12-31', startPeriod: null, interventionKind: null },
    );
    const inserted = await version();
    expect(inserted).toBeGreaterThan(before);
    await setActionStatus(world.db, world.ids.groupA, action.id, 'done');
    expect(await version()).toBeGreaterThan(inserted);
    const group = await insertGroup(world.db, { name: 'Ny gruppe', description: '', coreTask: '' });
    expect(await version(group.id)).toBe(1);
  });

  it('makes a kept group board show a value written behind its back at once', async () => {
    const today = new Date('2026-11-15T12:00:00Z');
    const first = await loadGroupBoard(world.db, world.ids.groupA, today);
    expect(first.byId.get(world.ids.sickLeave)!.observations.map((o) => o.value)).toEqual([7.7, 7.5]);
    // Same count, same timestamps: only the version can tell the board that 7,5 became 7,3.
    const stamp = '2000-01-01T00:00:00.000Z';
    await world.db.updateTable('observations').set({ value: 7.3, updated_at: stamp }).where('indicator_id', '=', world.ids.sickLeave).where('period', '=', '2026K2').execute();
    const second = await loadGroupBoard(world.db, world.ids.groupA, today);
    expect(second.byId.get(world.ids.sickLeave)!.observations.map((o) => o.value)).toEqual([7.7, 7.3]);
  });
});
