import { describe, expect, it } from 'vitest';
import { createTestWorld, signIn } from '../support/test-app.js';
import { addDirectorate, signInAs } from '../support/organisation-world.js';
import { insertGroup, listGroupLinks, setGroupParent, upsertMembership } from '../../src/groups/group-queries.js';
import { placeGroup } from '../../src/groups/group-service.js';
import { ValidationError } from '../../src/shared/errors.js';

describe('groups under groups: who may read what', () => {
  it('a member of the direktion reads a group two levels down, read-only, with a note saying why', async () => {
    const world = await createTestWorld();
    const directorate = await addDirectorate(world);
    // direktion → område → group A
    const area = await insertGroup(world.db, { name: 'Område Sundhed', description: '', coreTask: 'Sundhed for borgerne.' });
    await setGroupParent(world.db, area.id, directorate.groupId);
    await setGroupParent(world.db, world.ids.groupA, area.id);
    const dorte = await signInAs(world, directorate.directorEditor.email);
    const home = await dorte.get(`/grupper/${world.ids.groupA}`);
    expect(home.status).toBe(200);
    expect(home.text).toContain('Du læser med som medlem af „Direktionen“');
    expect(home.text).toContain('Sygefravær');
    expect(home.text).not.toContain('Ny indikator');
    const indicator = await dorte.get(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}`);
    expect(indicator.status).toBe(200);
    expect(indicator.text).not.toContain('Gem værdi');
    // Editing in the group below is refused, with the reason.
    const edit = await dorte.post(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/vaerdier`, { period: '2026K3', value: '1' });
    expect(edit.status).toBe(403);
    expect(edit.text).toContain('kun gruppens egne redaktører kan ændre data');
    // Meetings are the group's own: a member of the group above is told so.
    const meetings = await dorte.get(`/grupper/${world.ids.groupA}/moeder`);
    expect(meetings.status).toBe(403);
    expect(meetings.text).toContain('Siden er kun for gruppens medlemmer');
    await world.db.destroy();
  });

  it('reading goes down the tree only: a group does not see the group above it or another branch', async () => {
    const world = await createTestWorld();
    const directorate = await addDirectorate(world);
    const ellen = await signIn(world, 'editorA');
    expect((await ellen.get(`/grupper/${directorate.groupId}`)).status).toBe(404);
    expect((await ellen.get(`/grupper/${world.ids.groupB}`)).status).toBe(404);
    expect((await ellen.get(`/grupper/${world.ids.groupB}/indikatorer/${world.ids.waitingTime}`)).status).toBe(404);
    await world.db.destroy();
  });

  it('the direktion’s own page lists the groups below it', async () => {
    const world = await createTestWorld();
    const directorate = await addDirectorate(world);
    const dan = await signInAs(world, directorate.directorReader.email);
    const home = await dan.get(`/grupper/${directorate.groupId}`);
    expect(home.status).toBe(200);
    expect(home.text).toContain('Grupper under Direktionen');
    expect(home.text).toContain(`href="/grupper/${world.ids.groupA}"`);
    expect(home.text).toContain(`href="/grupper/${world.ids.groupB}"`);
    await world.db.destroy();
  });

  it('a member of the group below gets 404 for the direktion even when they also read along elsewhere', async () => {
    const world = await createTestWorld();
    const directorate = await addDirectorate(world);
    await upsertMembership(world.db, world.ids.groupB, world.ids.users.editorA, 'reader');
    const ellen = await signIn(world, 'editorA');
    expect((await ellen.get(`/grupper/${directorate.groupId}/indikatorer/arkiv`)).status).toBe(404);
    await world.db.destroy();
  });
});

describe('administrators arrange the tree', () => {
  it('places a group under another from the admin page and shows the tree', async () => {
    const world = await createTestWorld();
    const top = await insertGroup(world.db, { name: 'Direktionen', description: '', coreTask: 'Helheden.' });
    const ada = await signIn(world, 'admin');
    const res = await ada.post(`/admin/grupper/${world.ids.groupA}/placering`, { parentId: String(top.id) });
    expect(res.status).toBe(302);
    const links = await listGroupLinks(world.db);
    expect(links.find((l) => l.id === world.ids.groupA)?.parentId).toBe(top.id);
    const overview = await ada.get('/admin');
    expect(overview.text).toMatch(/org-tree__item--0"><a href="\/admin\/grupper\/\d+">Direktionen<\/a>/);
    expect(overview.text).toContain(`org-tree__item--1"><a href="/admin/grupper/${world.ids.groupA}">Ældre og Sundhed</a>`);
    await world.db.destroy();
  });

  it('refuses a loop in Danish and changes nothing', async () => {
    const world = await createTestWorld();
    const top = await insertGroup(world.db, { name: 'Direktionen', description: '', coreTask: 'Helheden.' });
    await setGroupParent(world.db, world.ids.groupA, top.id);
    const ada = await signIn(world, 'admin');
    const res = await ada.post(`/admin/grupper/${top.id}/placering`, { parentId: String(world.ids.groupA) });
    expect(res.status).toBe(400);
    expect(res.text).toContain('„Ældre og Sundhed“ ligger allerede under „Direktionen“');
    const self = await ada.post(`/admin/grupper/${top.id}/placering`, { parentId: String(top.id) });
    expect(self.status).toBe(400);
    expect(self.text).toContain('kan ikke ligge under sig selv');
    const unknown = placeGroup(world.db, world.ids.users.admin, top.id, { parentId: '999999' });
    await expect(unknown).rejects.toBeInstanceOf(ValidationError);
    const links = await listGroupLinks(world.db);
    expect(links.find((l) => l.id === top.id)?.parentId).toBeNull();
    await world.db.destroy();
  });
});
