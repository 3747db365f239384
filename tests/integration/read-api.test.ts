import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createToken } from '../../src/api/api-token-service.js';
import { createComputedIndicator, recordComputedValue } from '../../src/indicators/computed-service.js';
import { findIndicator } from '../../src/indicators/indicator-queries.js';
import { addReferenceSeries } from '../../src/organisation/reference-series.js';
import { upsertObservation } from '../../src/indicators/observation-queries.js';
import { createMeeting, decideAction } from '../../src/meetings/meeting-service.js';
import { listItems } from '../../src/meetings/meeting-queries.js';
import { startGoal } from '../../src/goals/goal-service.js';
import { parseCanonical } from '../../src/periods/period.js';
import { createTestWorld, signIn, type TestWorld } from '../support/test-app.js';

let world: TestWorld;
let readKey: string;
let importKey: string;
const actorA = () => ({ userId: world.ids.users.editorA, groupId: world.ids.groupA });

beforeEach(async () => {
  world = await createTestWorld();
  readKey = (await createToken(world.db, actorA(), { name: 'Power BI', scope: 'read' })).secret;
  importKey = (await createToken(world.db, actorA(), { name: 'BI-import' })).secret;
  // Something of every kind: a reference series, a computed indicator, a goal, a meeting with a decided action.
  const sickLeave = (await findIndicator(world.db, world.ids.groupA, world.ids.sickLeave))!;
  const national = await addReferenceSeries(world.db, actorA(), sickLeave, { label: 'Hele landet' });
  await upsertObservation(world.db, national.id, { period: parseCanonical('2026K2'), value: 5.1, comment: null, userId: null });
  const computed = await createComputedIndicator(world.db, actorA(), {
    name: 'Genindlæggelser',
    definition: 'Genindlæggelser inden for 30 dage pr. 100 udskrivninger.',
    whyItMatters: 'Viser, om borgerne kommer for tidligt hjem.',
    numeratorLabel: 'Genindlæggelser',
    denominatorLabel: 'Udskrivninger',
    factor: '100',
    partUnit: 'antal',
    unitChoice: '%',
    decimals: '1',
    direction: 'down',
    frequency: 'quarter',
  });
  await recordComputedValue(world.db, actorA(), computed, { period: '2026K2', numerator: '6', denominator: '48' });
  await startGoal(world.db, actorA(), { title: 'Færre sygedage' });
  const meeting = await createMeeting(world.db, actorA(), { title: 'Kvartalsmøde', date: '2026-12-10', indicatorIds: String(world.ids.sickLeave) }, new Map());
  const [item] = await listItems(world.db, meeting.id);
  await decideAction(world.db, actorA(), meeting.id, item!.id, { whatAndWhy: 'Faste makkerpar', howAndWho: 'Teamlederne', responsible: 'Ellen', dueDate: '2027-01-31' });
});
afterEach(async () => {
  await world.db.destroy();
});

const get = (path: string, key: string | null = readKey) => {
  const req = request(world.app).get(path);
  return key ? req.set('Authorization', `Bearer ${key}`) : req;
};

const RESOURCES = ['indicators', 'values', 'goals', 'actions', 'meetings'] as const;

describe('the read API', () => {
  it('describes itself in OpenAPI 3.1, and every real response validates against the description', async () => {
    const doc = (await request(world.app).get('/api/v1/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const ajv = new Ajv2020.default({ strict: true, allErrors: true });
    addFormats.default(ajv);
    // OpenAPI 3.1's schemas are JSON Schema 2020-12; only their home differs, so they become $defs.
    const asJsonSchema = (schema: unknown) => JSON.parse(JSON.stringify(schema).replaceAll('#/components/schemas/', '#/$defs/'));
    const defs = asJsonSchema(doc.components.schemas);
    const compile = (schema: unknown) => ajv.compile({ ...asJsonSchema(schema), $defs: defs });
    for (const resource of RESOURCES) {
      const operation = doc.paths[`/api/v1/groups/{groupId}/${resource}`].get;
      const validate = compile(operation.responses['200'].content['application/json'].schema);
      const res = await get(`/api/v1/groups/${world.ids.groupA}/${resource}`);
      expect(res.status).toBe(200);
      expect(res.body.data.length, resource).toBeGreaterThan(0);
      const valid = validate(res.body);
      expect(validate.errors ?? [], `${resource}: ${ajv.errorsText(validate.errors)}`).toEqual([]);
      expect(valid).toBe(true);
      const error = compile(operation.responses['403'].content['application/json'].schema);
      const refused = await get(`/api/v1/groups/${world.ids.groupA}/${resource}`, importKey);
      expect(error(refused.body), ajv.errorsText(error.errors)).toBe(true);
    }
  });

  it('hands out values with their reference series and a computed indicator’s parts', async () => {
    const res = await get(`/api/v1/groups/${world.ids.groupA}/values?limit=1000`);
    const rows = res.body.data as Array<Record<string, unknown>>;
    expect(rows.find((r) => r.series === 'reference')).toMatchObject({ indicatorName: 'Sygefravær', seriesLabel: 'Hele landet', period: '2026K2', periodStart: '2026-04-01', value: 5.1 });
    expect(rows.filter((r) => r.indicatorName === 'Genindlæggelser').map((r) => [r.series, r.value])).toEqual([
      ['own', 12.5],
      ['numerator', 6],
      ['denominator', 48],
    ]);
  });

  it('pages with limit and offset, and says where the next page is', async () => {
    const first = await get(`/api/v1/groups/${world.ids.groupA}/values?limit=2`);
    expect(first.body.paging).toEqual({ limit: 2, offset: 0, total: 6, next: `/api/v1/groups/${world.ids.groupA}/values?limit=2&offset=2` });
    const last = await get(`/api/v1/groups/${world.ids.groupA}/values?limit=2&offset=4`);
    expect(last.body.paging.next).toBeNull();
    expect(last.body.data).toHaveLength(2);
    const bad = await get(`/api/v1/groups/${world.ids.groupA}/values?limit=5000`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toEqual({ code: 'invalid-paging', message: 'limit skal være et helt tal fra 1 til 1000.' });
  });

  it('gives CSV for Power BI and Excel, with the total and the next page in headers', async () => {
    const plain = await get(`/api/v1/groups/${world.ids.groupA}/values?format=csv&limit=2`);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toMatch(/^text\/csv/);
    expect(plain.headers['x-total-count']).toBe('6');
    expect(plain.headers.link).toBe(`</api/v1/groups/${world.ids.groupA}/values?format=csv&limit=2&offset=2>; rel="next"`);
    expect(plain.text.split('\n')[0]).toBe('indicatorId,indicatorCode,indicatorName,series,seriesLabel,period,periodStart,value,unit,comment,updatedAt');
    const excel = await get(`/api/v1/groups/${world.ids.groupA}/indicators?format=csv-excel`);
    expect(excel.text.startsWith('\uFEFFid;code;name;')).toBe(true);
    expect(excel.text).toContain(';Genindlæggelser;Udskrivninger;100;');
  });

  it('keeps read keys and import keys apart, and another group’s data out of reach', async () => {
    const refused = await get(`/api/v1/groups/${world.ids.groupA}/values`, importKey);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('wrong-scope');
    const noImport = await request(world.app).post(`/api/v1/groups/${world.ids.groupA}/imports`).set('Authorization', `Bearer ${readKey}`).set('Content-Type', 'text/csv').send('Indikator;Kvartal;Værdi\nSYG;2026K3;6,0\n');
    expect(noImport.status).toBe(403);
    expect(noImport.body.error).toEqual({ code: 'wrong-scope', message: 'API-nøglen er en læsenøgle og må ikke importere data. Opret en importnøgle for at sende data.' });
    expect((await get(`/api/v1/groups/${world.ids.groupB}/values`)).status).toBe(404);
    expect((await get(`/api/v1/groups/${world.ids.groupA}/values`, null)).status).toBe(401);
  });

  it('lets an editor create a read key on the API-nøgler page', async () => {
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.post(`/grupper/${world.ids.groupA}/api-noegler`, { name: 'Power BI Ældre', scope: 'read' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Nøglen er oprettet');
    expect(res.text).toContain('Læse data');
    const bad = await ellen.post(`/grupper/${world.ids.groupA}/api-noegler`, { name: 'X', scope: 'alt' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Vælg, om nøglen skal sende data ind eller læse data ud.');
  });
});
