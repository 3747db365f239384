import { describe, expect, it } from 'vitest';
import { GroupCache } from '../../src/db/data-version.js';
import { createTestWorld } from '../support/test-app.js';

describe('values kept per group', () => {
  it('are loaded once when two requests need the same group at the same time, and again after a failed load', async () => {
    const world = await createTestWorld();
    const cache = new GroupCache<number>(10);
    let loads = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 20));
    const [a, b] = await Promise.all([cache.get(world.db, world.ids.groupA, slow), cache.get(world.db, world.ids.groupA, slow)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    const failing = new GroupCache<number>(10);
    await expect(failing.get(world.db, world.ids.groupA, () => Promise.reject(new Error('nede')))).rejects.toThrow('nede');
    expect(await failing.get(world.db, world.ids.groupA, async () => 7)).toBe(7);
    await world.db.destroy();
  });
});
