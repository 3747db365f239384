/**
 * A CSV body sent to the import API is read as it arrives: a slow sender holds neither the
 * database nor other requests, and a body past the limit is stopped when it passes it.
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createToken } from '../../src/api/api-token-service.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';

let world: TestWorld;
let server: Server;
let base: { host: string; port: number };
let token: string;

beforeEach(async () => {
  world = await createTestWorld({ uploadLimitBytes: 64 * 1024 });
  token = (await createToken(world.db, { userId: world.ids.users.editorA, groupId: world.ids.groupA }, { name: 'BI' })).secret;
  server = world.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  base = { host: '127.0.0.1', port: (server.address() as AddressInfo).port };
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await world.db.destroy();
});

/** A chunked text/csv request whose body the test writes piece by piece. */
function sendChunked() {
  let resolveAnswer!: (a: { status: number; body: string }) => void;
  const answer = new Promise<{ status: number; body: string }>((resolve) => (resolveAnswer = resolve));
  const req = httpRequest(
    { ...base, method: 'POST', path: `/api/v1/groups/${world.ids.groupA}/imports`, headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'transfer-encoding': 'chunked' } },
    (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolveAnswer({ status: res.statusCode ?? 0, body }));
    },
  );
  return { req, answer };
}

describe('a CSV body sent in pieces', () => {
  it('is imported, and other requests are answered while it is still arriving', async () => {
    const upload = sendChunked();
    upload.req.write('Indikator;Kvartal;Værdi\nSygefravær;2026K3;6,9\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The import has begun and waits for more bytes; the app and its database are free meanwhile.
    const health = await fetch(`http://${base.host}:${base.port}/readyz`);
    expect(health.status).toBe(200);
    upload.req.end('Sygefravær;2026K4;6,8\n');
    const { status, body } = await upload.answer;
    expect(status).toBe(201);
    expect(JSON.parse(body).counts).toMatchObject({ new: 2 });
  });

  it('is stopped with 413 once it passes the upload limit, and nothing is stored', async () => {
    const upload = sendChunked();
    upload.req.on('error', () => undefined);
    upload.req.write('Indikator;Kvartal;Værdi\n');
    const row = 'Sygefravær;2026K3;6,9\n'.repeat(1000);
    for (let i = 0; i < 5 && !upload.req.destroyed; i++) upload.req.write(row);
    upload.req.end();
    const { status, body } = await upload.answer;
    expect(status).toBe(413);
    expect(JSON.parse(body).error.code).toBe('file-too-large');
    expect(await world.db.selectFrom('imports').select('id').execute()).toEqual([]);
  });
});
