import type { Express } from 'express';
import request from 'supertest';
import { configFromEnv, type Config } from '../../src/config.js';
import { loadContent, type Content } from '../../src/content/content-loader.js';
import type { Db } from '../../src/db/connection.js';
import { hashPassword } from '../../src/auth/password.js';
import { insertUser } from '../../src/auth/user-queries.js';
import { insertGroup, upsertMembership } from '../../src/groups/group-queries.js';
import { insertIndicator } from '../../src/indicators/indicator-queries.js';
import { upsertObservation } from '../../src/indicators/observation-queries.js';
import { parseCanonical } from '../../src/periods/period.js';
import { createApp } from '../../src/app/create-app.js';
import { openTestDatabase } from './test-db.js';

/**
 * The one shared test world, small enough to remember:
 * - "Ældre og Sundhed" (group A): Ellen edits, Rasmus reads; indicator "Sygefravær" (%, lower is better)
 *   with 2026K1 = 7,7 and 2026K2 = 7,5.
 * - "Dagtilbud" (group B): Bodil edits; indicator "Ventetid på plads" (dage) with 2026K2 = 21.
 * - Ada is system administrator and member of no group. Everyone's password is PASSWORD.
 */
export const PASSWORD = 'korrekt-hest-batteri';

export const people = {
  admin: { email: 'ada@kommune.dk', name: 'Ada Admin' },
  editorA: { email: 'ellen@kommune.dk', name: 'Ellen Redaktør' },
  readerA: { email: 'rasmus@kommune.dk', name: 'Rasmus Læser' },
  editorB: { email: 'bodil@kommune.dk', name: 'Bodil Dagtilbud' },
} as const;
export type Person = keyof typeof people;

export interface TestWorld {
  db: Db;
  app: Express;
  config: Config;
  content: Content;
  ids: {
    users: Record<Person, number>;
    groupA: number;
    groupB: number;
    sickLeave: number;
    waitingTime: number;
  };
}

let passwordHash: Promise<string> | undefined;

export async function createTestWorld(overrides: Partial<Config> = {}): Promise<TestWorld> {
  const config: Config = { ...configFromEnv({ NODE_ENV: 'test' }), ...overrides };
  const db = await openTestDatabase();
  const content = await loadContent(config.contentDir);
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;

  const users = {} as Record<Person, number>;
  for (const [key, p] of Object.entries(people) as [Person, (typeof people)[Person]][]) {
    users[key] = (await insertUser(db, { ...p, passwordHash: hash, isAdmin: key === 'admin' })).id;
  }
  const groupA = await insertGroup(db, {
    name: 'Ældre og Sundhed',
    description: 'Ledergruppen for hjemmepleje og plejecentre',
    coreTask: 'Vi hjælper ældre borgere til at klare mest muligt selv.',
  });
  const groupB = await insertGroup(db, { name: 'Dagtilbud', description: 'Ledergruppen for dagtilbud', coreTask: 'Trygge og lærerige dage for børn.' });
  await upsertMembership(db, groupA.id, users.editorA, 'editor');
  await upsertMembership(db, groupA.id, users.readerA, 'reader');
  await upsertMembership(db, groupB.id, users.editorB, 'editor');

  const base = { definition: 'Målt hvert kvartal.', whyItMatters: 'Viser om vi når borgerne.', decimals: 1, rangeMin: null, rangeMax: null, frequency: 'quarter' as const, dataSource: 'Lønsystemet', deliveredBy: 'HR' };
  const sickLeave = await insertIndicator(db, groupA.id, { ...base, code: 'SYG', name: 'Sygefravær', unit: '%', direction: 'down' });
  const waitingTime = await insertIndicator(db, groupB.id, { ...base, code: 'VENT', name: 'Ventetid på plads', unit: 'dage', decimals: 0, direction: 'down' });
  await upsertObservation(db, sickLeave.id, { period: parseCanonical('2026K1'), value: 7.7, comment: null, userId: null });
  await upsertObservation(db, sickLeave.id, { period: parseCanonical('2026K2'), value: 7.5, comment: 'Ny vagtplan', userId: null });
  await upsertObservation(db, waitingTime.id, { period: parseCanonical('2026K2'), value: 21, comment: null, userId: null });

  const app = createApp({ db, config, content });
  return { db, app, config, content, ids: { users, groupA: groupA.id, groupB: groupB.id, sickLeave: sickLeave.id, waitingTime: waitingTime.id } };
}

/** The CSRF token from the last page a form was on. */
export function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no CSRF token on the page');
  return match[1]!;
}

/** A signed-in HTTP client that keeps its cookie and knows a current CSRF token. */
export async function signIn(world: TestWorld, who: Person) {
  const agent = request.agent(world.app);
  const loginPage = await agent.get('/log-ind');
  const res = await agent.post('/log-ind').type('form').send({ email: people[who].email, password: PASSWORD, _csrf: csrfFrom(loginPage.text) });
  if (res.status !== 302) throw new Error(`login as ${who} failed with ${res.status}`);
  const home = await agent.get('/konto');
  const token = csrfFrom(home.text);
  return {
    agent,
    token,
    get: (path: string) => agent.get(path),
    post: (path: string, form: Record<string, string> = {}) => agent.post(path).type('form').send({ _csrf: token, ...form }),
  };
}

export type SignedIn = Awaited<ReturnType<typeof signIn>>;
