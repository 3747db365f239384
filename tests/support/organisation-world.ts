import request from 'supertest';
import { insertUser } from '../../src/auth/user-queries.js';
import { hashPassword } from '../../src/auth/password.js';
import { insertGroup, setGroupParent, upsertMembership } from '../../src/groups/group-queries.js';
import { csrfFrom, PASSWORD, type TestWorld } from './test-app.js';

/**
 * The organisation above the shared test world (issue 14): "Direktionen" with both groups under it.
 * Dorte edits the direktion, Dan reads it; neither is a member of group A or B.
 */
export const directors = {
  directorEditor: { email: 'dorte@kommune.dk', name: 'Dorte Direktør' },
  directorReader: { email: 'dan@kommune.dk', name: 'Dan Direktion' },
} as const;

export interface Directorate {
  groupId: number;
  directorEditor: { id: number; email: string };
  directorReader: { id: number; email: string };
}

let passwordHash: Promise<string> | undefined;

export async function addDirectorate(world: TestWorld): Promise<Directorate> {
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const group = await insertGroup(world.db, { name: 'Direktionen', description: 'Kommunens direktion', coreTask: 'Vi leder kommunen som helhed.' });
  await setGroupParent(world.db, world.ids.groupA, group.id);
  await setGroupParent(world.db, world.ids.groupB, group.id);
  const editor = await insertUser(world.db, { ...directors.directorEditor, passwordHash: hash, isAdmin: false });
  const reader = await insertUser(world.db, { ...directors.directorReader, passwordHash: hash, isAdmin: false });
  await upsertMembership(world.db, group.id, editor.id, 'editor');
  await upsertMembership(world.db, group.id, reader.id, 'reader');
  return {
    groupId: group.id,
    directorEditor: { id: editor.id, email: editor.email },
    directorReader: { id: reader.id, email: reader.email },
  };
}

/** A signed-in client for any user of the world, by e-mail. */
export async function signInAs(world: TestWorld, email: string) {
  const agent = request.agent(world.app);
  const loginPage = await agent.get('/log-ind');
  const res = await agent.post('/log-ind').type('form').send({ email, password: PASSWORD, _csrf: csrfFrom(loginPage.text) });
  if (res.status !== 302) throw new Error(`login as ${email} failed with ${res.status}`);
  const token = csrfFrom((await agent.get('/konto')).text);
  return {
    agent,
    token,
    get: (path: string) => agent.get(path),
    post: (path: string, form: Record<string, string> = {}) => agent.post(path).type('form').send({ _csrf: token, ...form }),
  };
}
