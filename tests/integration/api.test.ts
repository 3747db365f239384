import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createToken } from '../../src/api/api-token-service.js';
import { upsertMembership } from '../../src/groups/group-queries.js';
import { createTestWorld, signIn, type TestWorld } from '../support/test-app.js';
import { observationsOf } from '../support/import-helpers.js';

let world: TestWorld;
let token: string;
beforeEach(async () => {
  world = await createTestWorld();
  token = (await createToken(world.db, { userId: world.ids.users.editorA, groupId: world.ids.groupA }, { name: 'BI' })).secret;
});
afterEach(async () => {
  await world.db.destroy();
});

const csv = 'indicator,period,value\n"SYG",2026-Q3,6.9\n"SYG",2026-Q4,6.7\n';
const post = (groupId: number, secret: string | undefined, query = '') => {
  const req = request(world.app).post(`/api/v1/groups/${groupId}/imports${query}`).set('Content-Type', 'text/csv');
  return (secret ? req.set('Authorization', `Bearer ${secret}`) : req).send(csv);
};

describe('the import API', () => {
  it('answers a dry run with counts, detection and no change', async () => {
    const res = await post(world.ids.groupA, token, '?dryRun=true');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, encoding: 'utf-8', delimiter: ',', layout: 'long', numberFormat: 'en', counts: { new: 2, changed: 0, unchanged: 0, errorRows: 0 }, errors: [] });
    expect(await observationsOf(world, world.ids.sickLeave)).toHaveLength(2);
  });

  it('commits atomically and answers the import id and counts', async () => {
    const res = await post(world.ids.groupA, token);
    expect(res.status).toBe(201);
    expect(res.body.counts).toMatchObject({ new: 2, changed: 0 });
    const record = await world.db.selectFrom('imports').select(['id', 'source', 'user_id']).executeTakeFirstOrThrow();
    expect(res.body.importId).toBe(record.id);
    expect(record).toMatchObject({ source: 'api', user_id: world.ids.users.editorA });
    const tokenRow = await world.db.selectFrom('api_tokens').select('last_used_at').executeTakeFirstOrThrow();
    expect(tokenRow.last_used_at).not.toBeNull();
  });

  it('takes the file as multipart too', async () => {
    const res = await request(world.app)
      .post(`/api/v1/groups/${world.ids.groupA}/imports?dryRun=true`)
      .set('Authorization', `Bearer ${token}`)
      .attach('file', Buffer.from(csv), 'kvartal.csv');
    expect(res.status).toBe(200);
    expect(res.body.counts.new).toBe(2);
  });

  it('reports row errors with line, column and a stable code, and changes nothing', async () => {
    const bad = 'indicator,period,value\nSYG,2026-Q3,6.9\nSYG,2026-Q5,6.7\n';
    const res = await request(world.app).post(`/api/v1/groups/${world.ids.groupA}/imports`).set('Authorization', `Bearer ${token}`).set('Content-Type', 'text/csv').send(bad);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('row-errors');
    expect(res.body.error.errors[0]).toMatchObject({ line: 3, column: 2 });
    expect(await observationsOf(world, world.ids.sickLeave)).toHaveLength(2);
  });

  it.each([
    { name: 'no token', secret: () => undefined, status: 401, code: 'missing-token' },
    { name: 'an unknown token', secret: () => 'dd_ikke-en-rigtig-noegle', status: 401, code: 'invalid-token' },
  ])('refuses $name', async ({ secret, status, code }) => {
    const res = await post(world.ids.groupA, secret());
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
  });

  it('refuses a revoked token', async () => {
    const ellen = await signIn(world, 'editorA');
    const row = await world.db.selectFrom('api_tokens').select('id').executeTakeFirstOrThrow();
    await ellen.post(`/grupper/${world.ids.groupA}/api-noegler/${row.id}/tilbagekald`);
    const res = await post(world.ids.groupA, token);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('revoked-token');
  });

  it('answers 404 for another group’s token', async () => {
    const res = await post(world.ids.groupB, token);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not-found');
  });

  it('refuses a token whose owner is now only a reader', async () => {
    await upsertMembership(world.db, world.ids.groupA, world.ids.users.editorA, 'reader');
    const res = await post(world.ids.groupA, token);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('read-only');
    expect(await observationsOf(world, world.ids.sickLeave)).toHaveLength(2);
  });
});

describe('API keys page', () => {
  it('shows a new key once and stores only its hash', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.post(`/grupper/${world.ids.groupA}/api-noegler`, { name: 'Power BI' });
    const secret = /<code class="token-secret">([^<]+)<\/code>/.exec(res.text)?.[1];
    expect(secret).toMatch(/^dd_/);
    const stored = JSON.stringify(await world.db.selectFrom('api_tokens').selectAll().execute());
    expect(stored).not.toContain(secret!);
    const later = await ellen.get(`/grupper/${world.ids.groupA}/api-noegler`);
    expect(later.text).toContain('Power BI');
    expect(later.text).not.toContain(secret!);
  });

  it('lets no reader create keys', async () => {
    const rasmus = await signIn(world, 'readerA');
    expect((await rasmus.post(`/grupper/${world.ids.groupA}/api-noegler`, { name: 'Mit' })).status).toBe(403);
  });
});
