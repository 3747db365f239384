import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorld, signIn, type TestWorld } from '../support/test-app.js';

let world: TestWorld;
beforeEach(async () => {
  world = await createTestWorld();
});
afterEach(async () => {
  await world.db.destroy();
});

const expiries = async () => (await world.db.selectFrom('sessions').select('expires_at').execute()).map((r) => r.expires_at);

describe('a signed-in user moving from page to page', () => {
  it('does not write the session on every page: the idle expiry is moved only when it has moved enough', async () => {
    const ellen = await signIn(world, 'editorA');
    const before = await expiries();
    for (let i = 0; i < 5; i++) expect((await ellen.get(`/grupper/${world.ids.groupA}`)).status).toBe(200);
    expect(await expiries()).toEqual(before);
  });
});
