import { describe, expect, it } from 'vitest';
import { createTestWorld, signIn } from '../support/test-app.js';
import { commitImport } from '../../src/imports/import-service.js';
import { undoImport } from '../../src/imports/import-undo.js';
import { suggestionsFor } from '../../src/meetings/agenda-suggestions.js';
import { loadGroupBoard } from '../../src/meetings/group-board.js';
import { findIndicator } from '../../src/indicators/indicator-queries.js';
import { loadQuality } from '../../src/organisation/quality-queries.js';

const today = new Date('2026-12-01T12:00:00Z');

describe('the datagrundlag card', () => {
  it('shows the facts of the indicator’s history, including a later revision by an import and a correction by hand', async () => {
    const world = await createTestWorld();
    const actor = { userId: world.ids.users.editorA, groupId: world.ids.groupA };
    // The world's Sygefravær has 2026K1 = 7,7 and 2026K2 = 7,5; an import revises 2026K1 and a hand correction 2026K2.
    const bytes = new TextEncoder().encode('Indikator;Kvartal;Værdi\r\nSygefravær;2026K1;7,9\r\n');
    await commitImport(world.db, actor, { fileName: 'rettelse.csv', bytes, via: 'ui' }, { settings: {}, skipErrors: false });
    const ellen = await signIn(world, 'editorA');
    await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/vaerdier`, { period: '2026K2', value: '7,4' });
    const sickLeave = (await findIndicator(world.db, world.ids.groupA, world.ids.sickLeave))!;
    const quality = await loadQuality(world.db, sickLeave, today);
    expect(quality.revisions.count).toBe(2);
    expect(quality.completeness).toMatchObject({ expected: 3, present: 2 });
    const page = await ellen.get(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/datagrundlag`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Har I identificeret valide data, der understøtter jeres kerneopgave?');
    expect(page.text).toContain('2 værdier er rettet, efter de kom ind.');
    expect(page.text).toContain('importen „rettelse.csv“');
    expect(page.text).toContain('7,7 % → 7,9 %');
    await world.db.destroy();
  });

  it('on the indicator page counts a correction and an import made after the page was shown, and forgets an undone import', async () => {
    const world = await createTestWorld();
    const actor = { userId: world.ids.users.editorA, groupId: world.ids.groupA };
    const ellen = await signIn(world, 'editorA');
    const page = `/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}`;
    expect((await ellen.get(page)).text).not.toContain('er rettet, efter de kom ind');
    await ellen.post(`${page}/vaerdier`, { period: '2026K2', value: '7,4' });
    expect((await ellen.get(page)).text).toContain('1 værdi er rettet, efter de kom ind');
    const bytes = new TextEncoder().encode('Indikator;Kvartal;Værdi\r\nSygefravær;2026K1;7,9\r\n');
    const imported = await commitImport(world.db, actor, { fileName: 'rettelse.csv', bytes, via: 'ui' }, { settings: {}, skipErrors: false });
    expect((await ellen.get(page)).text).toContain('2 værdier er rettet, efter de kom ind');
    await undoImport(world.db, actor, imported.importId);
    expect((await ellen.get(page)).text).toContain('1 værdi er rettet, efter de kom ind');
    await world.db.destroy();
  });

  it('proposes a "Datagrundlag" item for the weakest indicator, and not after the group recorded a review', async () => {
    const world = await createTestWorld();
    const ellen = await signIn(world, 'editorA');
    const board = await loadGroupBoard(world.db, world.ids.groupA, today);
    const before = await suggestionsFor(world.db, world.ids.groupA, board, '2026-12-10');
    const item = before.find((s) => s.indicatorId === world.ids.sickLeave)!;
    expect(item.reasons.some((r) => r.startsWith('Datagrundlag: '))).toBe(true);
    const newMeeting = await ellen.get(`/grupper/${world.ids.groupA}/moeder/nyt?dato=2026-12-10`);
    expect(newMeeting.text).toContain('Datagrundlag: ');

    const card = await ellen.get(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/datagrundlag`);
    expect(card.text).toContain('<span class="badge badge-warning">Ikke gennemgået</span> Gruppen har ikke gennemgået datagrundlaget endnu.');
    const empty = await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/datagrundlag`, { note: '' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Skriv kort, hvad I så på');
    const saved = await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/datagrundlag`, { note: 'HR leverer 3. kvartal i januar; kilden er tjekket.' });
    expect(saved.status).toBe(302);
    const page = await ellen.get(saved.headers.location!);
    expect(page.text).toContain('„HR leverer 3. kvartal i januar; kilden er tjekket.“');
    expect(page.text).toContain('<span class="badge badge-success">Inden for et år</span>');
    const after = await suggestionsFor(world.db, world.ids.groupA, await loadGroupBoard(world.db, world.ids.groupA, new Date()), new Date().toISOString().slice(0, 10));
    expect(after.flatMap((s) => s.reasons).some((r) => r.startsWith('Datagrundlag: ') && after.find((s) => s.reasons.includes(r))?.indicatorId === world.ids.sickLeave)).toBe(false);
    await world.db.destroy();
  });

  it('lets a reader see the card but not record a review', async () => {
    const world = await createTestWorld();
    const rasmus = await signIn(world, 'readerA');
    const page = await rasmus.get(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/datagrundlag`);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('Gem gennemgangen');
    expect((await rasmus.post(`/grupper/${world.ids.groupA}/indikatorer/${world.ids.sickLeave}/datagrundlag`, { note: 'x' })).status).toBe(403);
    await world.db.destroy();
  });
});
