import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/seed/demo-seed.js';
import { insertIdentity, listIdentitiesOfUser } from '../../src/auth/external-identity-queries.js';
import { createTestWorld, signIn, type TestWorld } from '../support/test-app.js';
import { createEmptyDatabase, openTestDatabase } from '../support/test-db.js';

let world: TestWorld;
beforeEach(async () => {
  world = await createTestWorld();
});
afterEach(async () => {
  await world.db.destroy();
});

describe('administration', () => {
  it('creates a group, a user and a membership, and the new member can open the group', async () => {
    const ada = await signIn(world, 'admin');
    const group = await ada.post('/admin/grupper', { name: 'Jobcenter', description: 'Ledergruppen for beskæftigelse', coreTask: 'Flere borgere i job.' });
    expect(group.status).toBe(302);
    const groupId = Number(group.headers.location!.split('/').pop());
    const user = await ada.post('/admin/brugere', { name: 'Karen Job', email: 'Karen@Kommune.dk', password: 'karens-første-kode' });
    expect(user.status).toBe(302);
    const userId = Number(user.headers.location!.split('/').pop());
    expect((await ada.post(`/admin/grupper/${groupId}/medlemmer`, { userId: String(userId), role: 'editor' })).status).toBe(302);

    const stored = await world.db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirstOrThrow();
    expect(stored.email).toBe('karen@kommune.dk');
    const audit = await world.db.selectFrom('audit_log').select('summary').where('group_id', '=', groupId).orderBy('id').execute();
    expect(audit.map((a) => a.summary)).toEqual(['Oprettede gruppen „Jobcenter“', 'Gav Karen Job adgang til Jobcenter som redaktør']);
  });

  it('changes and removes a membership and logs both on the group’s history', async () => {
    const ada = await signIn(world, 'admin');
    await ada.post(`/admin/grupper/${world.ids.groupA}/medlemmer`, { userId: String(world.ids.users.readerA), role: 'editor' });
    await ada.post(`/admin/grupper/${world.ids.groupA}/medlemmer/${world.ids.users.readerA}/fjern`);
    const ellen = await signIn(world, 'editorA');
    const history = await ellen.get(`/grupper/${world.ids.groupA}/historik`);
    expect(history.text).toContain('Ændrede Rasmus Læsers rolle i Ældre og Sundhed fra læser til redaktør');
    expect(history.text).toContain('Fjernede Rasmus Læser fra Ældre og Sundhed');
  });

  it('keeps the administrator’s own group switcher on another user’s page', async () => {
    const ada = await signIn(world, 'admin');
    const page = await ada.get(`/admin/brugere/${world.ids.users.editorA}`);
    expect(page.text).toContain(`href="/admin/grupper/${world.ids.groupA}"`);
    expect(page.text).not.toContain(`href="/grupper/${world.ids.groupA}"`);
  });

  it('refuses a second user with the same email, whatever the case', async () => {
    const ada = await signIn(world, 'admin');
    const res = await ada.post('/admin/brugere', { name: 'Ellen Igen', email: 'ELLEN@kommune.dk', password: 'en-lang-kode-her' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Der findes allerede en bruger med den e-mailadresse.');
  });

  it('lists a user’s work accounts and unlinks one, signing the user out and writing it to the audit log', async () => {
    await insertIdentity(world.db, world.ids.users.editorA, { issuerKey: 'https://login.kommune.dk', subject: 'ellen-forkert' });
    const ellen = await signIn(world, 'editorA');
    const ada = await signIn(world, 'admin');
    const page = await ada.get(`/admin/brugere/${world.ids.users.editorA}`);
    expect(page.text).toContain('https://login.kommune.dk · koblet');
    const [identity] = await listIdentitiesOfUser(world.db, world.ids.users.editorA);
    expect((await ada.post(`/admin/brugere/${world.ids.users.editorB}/arbejdskonti/${identity!.id}/fjern`)).status).toBe(404);
    const unlinked = await ada.post(`/admin/brugere/${world.ids.users.editorA}/arbejdskonti/${identity!.id}/fjern`);
    expect(unlinked.status).toBe(302);
    expect(await listIdentitiesOfUser(world.db, world.ids.users.editorA)).toEqual([]);
    expect((await ada.get(`/admin/brugere/${world.ids.users.editorA}`)).text).toContain('Brugeren har ikke logget ind med en arbejdskonto.');
    expect((await ellen.get(`/grupper/${world.ids.groupA}`)).status).toBe(302);
    const audit = await world.db.selectFrom('audit_log').select('summary').where('action', '=', 'unlink-work-account').execute();
    expect(audit.map((a) => a.summary)).toEqual(['Fjernede koblingen mellem brugeren Ellen Redaktør og en arbejdskonto']);
  });

  it('will not let an administrator deactivate themselves', async () => {
    const ada = await signIn(world, 'admin');
    const res = await ada.post(`/admin/brugere/${world.ids.users.admin}/deaktiver`);
    expect(res.status).toBe(400);
    expect(res.text).toContain('Du kan ikke deaktivere dig selv.');
  });
});

describe('demo seed', () => {
  it('seeds an empty database with two groups under a direktion and their members, and never reseeds', async () => {
    const db = await openTestDatabase();
    expect(await seedDemoData(db)).toBe(true);
    const groups = await db.selectFrom('groups').select(['id', 'name', 'parent_id']).orderBy('id').execute();
    expect(groups.map((g) => g.name)).toEqual(['Ledergruppen for Ældre og Sundhed', 'Ledergruppen for Dagtilbud', 'Direktionen']);
    expect(groups.map((g) => g.parent_id)).toEqual([groups[2]!.id, groups[2]!.id, null]);
    const count = await db.selectFrom('observations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBeGreaterThan(150);
    expect(await seedDemoData(db)).toBe(false);
    await db.destroy();
  });
});

describe('create-admin command', () => {
  it('creates the first administrator from flags and refuses a duplicate', async () => {
    const target = await createEmptyDatabase();
    const env = { ...process.env, ...target.env };
    const run = promisify(execFile);
    const args = ['tsx', 'src/app/create-admin.ts', '--email', 'chef@kommune.dk', '--name', 'Chef', '--password', 'chefens-lange-kode'];
    const first = await run('npx', args, { env });
    expect(first.stdout).toContain('Administratoren Chef (chef@kommune.dk) er oprettet');
    await expect(run('npx', args, { env })).rejects.toMatchObject({ stderr: expect.stringContaining('der findes allerede en bruger') });
    const db = target.open();
    const admin = await db.selectFrom('users').select(['is_admin', 'password_hash']).executeTakeFirstOrThrow();
    expect(admin.is_admin).toBe(1);
    expect(admin.password_hash).toMatch(/^scrypt\$/);
    await db.destroy();
    await target.remove();
  });
});
