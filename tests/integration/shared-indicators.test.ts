import { describe, expect, it } from 'vitest';
import { createTestWorld, signIn, type TestWorld } from '../support/test-app.js';
import { addDirectorate, signInAs, type Directorate } from '../support/organisation-world.js';
import { insertGroup, setGroupParent, upsertMembership } from '../../src/groups/group-queries.js';
import { findIndicator, listIndicators } from '../../src/indicators/indicator-queries.js';
import { listObservations } from '../../src/indicators/observation-queries.js';

const computedForm = {
  name: 'Sygefravær i alt',
  definition: 'Sygefraværsdage i procent af mulige arbejdsdage i kvartalet.',
  whyItMatters: 'Fravær rammer borgerne og kollegerne.',
  numeratorLabel: 'Fraværsdage',
  denominatorLabel: 'Mulige arbejdsdage',
  factor: '100',
  partUnit: 'dage',
  unitChoice: '%',
  decimals: '1',
  direction: 'down',
  frequency: 'quarter',
  code: 'SYGALT',
};

/** Direktionen makes and shares a computed sick-leave indicator; groups A and B (and a new "Skoler") adopt it. */
async function sharedWorld(): Promise<{ world: TestWorld; directorate: Directorate; sharedId: number; schools: number }> {
  const world = await createTestWorld();
  const directorate = await addDirectorate(world);
  const dorte = await signInAs(world, directorate.directorEditor.email);
  const created = await dorte.post(`/grupper/${directorate.groupId}/indikatorer/beregnede`, computedForm);
  expect(created.status).toBe(302);
  const sharedId = Number(/indikatorer\/(\d+)$/.exec(created.headers.location!)![1]);
  expect((await dorte.post(`/grupper/${directorate.groupId}/indikatorer/${sharedId}/del`, { totalRule: 'none' })).status).toBe(302);
  const schools = (await insertGroup(world.db, { name: 'Skoler', description: '', coreTask: 'Undervisning.' })).id;
  await setGroupParent(world.db, schools, directorate.groupId);
  await upsertMembership(world.db, schools, world.ids.users.editorB, 'editor');
  return { world, directorate, sharedId, schools };
}

async function adopt(world: TestWorld, who: 'editorA' | 'editorB', groupId: number, sharedId: number): Promise<number> {
  const client = await signIn(world, who);
  const res = await client.post(`/grupper/${groupId}/faelles-indikatorer/${sharedId}/tag-i-brug`);
  expect(res.status).toBe(302);
  return Number(/indikatorer\/(\d+)$/.exec(res.headers.location!)![1]);
}

describe('a computed indicator', () => {
  it('takes fraværsdage and mulige arbejdsdage in the value form and shows the computed value, with a caution for a small denominator', async () => {
    const world = await createTestWorld();
    const ellen = await signIn(world, 'editorA');
    const created = await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/beregnede`, computedForm);
    const base = created.headers.location!;
    expect((await ellen.post(`${base}/vaerdier`, { period: '2026K1', numerator: '120', denominator: '1800' })).status).toBe(302);
    expect((await ellen.post(`${base}/vaerdier`, { period: '2026K2', numerator: '3', denominator: '12' })).status).toBe(302);
    const id = Number(/(\d+)$/.exec(base)![1]);
    const values = await listObservations(world.db, id);
    expect(values.map((v) => v.value)).toEqual([(120 * 100) / 1800, 25]);
    const page = await ellen.get(base);
    expect(page.text).toContain('Fraværsdage / Mulige arbejdsdage × 100');
    expect(page.text).toContain('6,7 %');
    expect(page.text).toContain('Forsigtig: bygger på et lille tal (mulige arbejdsdage: 12 dage)');
    // Next to the latest value, and in the chart's caption.
    expect(page.text).toContain('<p class="small-number-caution">Forsigtig: bygger på et lille tal (mulige arbejdsdage: 12 dage)');
    expect(/<figcaption[^>]*>([^<]*)<\/figcaption>/.exec(page.text)?.[1]).toContain('Forsigtig: tallet for 2. kvt. 2026 bygger på under 30 mulige arbejdsdage, så det kan svinge meget af tilfældige grunde.');
    // The parts are not indicators of their own in the group's lists.
    expect((await listIndicators(world.db, world.ids.groupA, { archived: false })).map((i) => i.name)).toEqual(['Sygefravær', 'Sygefravær i alt']);
    await world.db.destroy();
  });

  it('refuses a zero denominator and a missing part in Danish, and stores nothing', async () => {
    const world = await createTestWorld();
    const ellen = await signIn(world, 'editorA');
    const base = (await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/beregnede`, computedForm)).headers.location!;
    const zero = await ellen.post(`${base}/vaerdier`, { period: '2026K1', numerator: '5', denominator: '0' });
    expect(zero.status).toBe(400);
    expect(zero.text).toContain('Mulige arbejdsdage skal være større end 0 – ellers kan „Sygefravær i alt“ ikke beregnes.');
    const missing = await ellen.post(`${base}/vaerdier`, { period: '2026K1', numerator: '5' });
    expect(missing.text).toContain('Skriv mulige arbejdsdage.');
    expect(await listObservations(world.db, Number(/(\d+)$/.exec(base)![1]))).toEqual([]);
    await world.db.destroy();
  });

  it('refuses a form without tæller, nævner or a positive factor, naming each field', async () => {
    const world = await createTestWorld();
    const ellen = await signIn(world, 'editorA');
    const res = await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/beregnede`, { ...computedForm, numeratorLabel: '', denominatorLabel: '', factor: '0' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Skriv, hvad tælleren tæller');
    expect(res.text).toContain('Skriv, hvad nævneren tæller');
    expect(res.text).toContain('Faktoren skal være et tal større end 0');
    await world.db.destroy();
  });
});

describe('a shared indicator across the organisation', () => {
  it('totals the groups as the ratio of sums, never a mean of percentages, and names missing groups instead of counting them as zero', async () => {
    const { world, directorate, sharedId, schools } = await sharedWorld();
    const a = await adopt(world, 'editorA', world.ids.groupA, sharedId);
    const b = await adopt(world, 'editorB', world.ids.groupB, sharedId);
    await adopt(world, 'editorB', schools, sharedId);
    const ellen = await signIn(world, 'editorA');
    const bodil = await signIn(world, 'editorB');
    // A: 30 / 1.000 = 3 %; B: 6 / 20 = 30 %. The mean of the percentages (16,5 %) would be wrong:
    // the organisation lost 36 of 1.020 days, 3,5 %.
    await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/${a}/vaerdier`, { period: '2026K2', numerator: '30', denominator: '1000' });
    await bodil.post(`/grupper/${world.ids.groupB}/indikatorer/${b}/vaerdier`, { period: '2026K2', numerator: '6', denominator: '20' });
    const dorte = await signInAs(world, directorate.directorEditor.email);
    const missing = await dorte.get(`/grupper/${directorate.groupId}/indikatorer/${sharedId}/sammenligning`);
    expect(missing.status).toBe(200);
    expect(missing.text).toContain('Intet tal i alt for 2. kvt. 2026: der mangler tal fra Skoler.');
    expect(missing.text).not.toContain('16,5 %');
    // Skoler delivers: now the total is there, as the ratio of the summed parts.
    const schoolsId = (await listIndicators(world.db, schools, { archived: false }))[0]!.id;
    await bodil.post(`/grupper/${schools}/indikatorer/${schoolsId}/vaerdier`, { period: '2026K2', numerator: '0', denominator: '200' });
    const page = await dorte.get(`/grupper/${directorate.groupId}/indikatorer/${sharedId}/sammenligning`);
    // (30 + 6 + 0) / (1.000 + 20 + 200) × 100 = 2,95… → 3,0 %
    expect(page.text).toContain('<strong class="h3">3,0 %</strong> (2. kvt. 2026)');
    expect(page.text).toContain('alle gruppers „fraværsdage“ lagt sammen og delt med alle gruppers „mulige arbejdsdage“ lagt sammen');
    expect(page.text).toContain('Forsigtig: bygger på et lille tal (mulige arbejdsdage: 20 dage)');
    // The groups in the organisation's order (by name), never ranked by result.
    const order = ['Dagtilbud', 'Skoler', 'Ældre og Sundhed'].map((name) => page.text.indexOf(`<th scope="row" class="org-tree__item--0">${name}`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    await world.db.destroy();
  });

  it('shows a group its own place among the others, highlighted, from its own indicator', async () => {
    const { world, sharedId } = await sharedWorld();
    const a = await adopt(world, 'editorA', world.ids.groupA, sharedId);
    await adopt(world, 'editorB', world.ids.groupB, sharedId);
    const rasmus = await signIn(world, 'readerA');
    const page = await rasmus.get(`/grupper/${world.ids.groupA}/indikatorer/${a}/sammenligning`);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<tr class="comparison-table__own">\s*<th scope="row" class="org-tree__item--0">Ældre og Sundhed <span class="badge badge-info">Jeres gruppe<\/span>/);
    expect(page.text).toContain('small-multiple small-multiple--own');
    await world.db.destroy();
  });

  it('lets only the owner change the definition; each adopter gets the change, dated and in its history', async () => {
    const { world, directorate, sharedId } = await sharedWorld();
    const a = await adopt(world, 'editorA', world.ids.groupA, sharedId);
    const ellen = await signIn(world, 'editorA');
    // Taking a definition in use is not a change of it.
    expect((await ellen.get(`/grupper/${world.ids.groupA}/indikatorer/${a}`)).text).not.toContain('Definitionen blev senest ændret');
    const refused = await ellen.post(`/grupper/${world.ids.groupA}/indikatorer/${a}`, { ...computedForm, definition: 'Vores egen definition.' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Kun „Direktionen“ kan ændre definitionen.');
    const dorte = await signInAs(world, directorate.directorEditor.email);
    const edited = await dorte.post(`/grupper/${directorate.groupId}/indikatorer/${sharedId}`, { ...computedForm, definition: 'Sygefraværsdage, egen sygdom, i procent af mulige arbejdsdage.' });
    expect(edited.status).toBe(302);
    const adopted = await findIndicator(world.db, world.ids.groupA, a);
    expect(adopted?.definition).toBe('Sygefraværsdage, egen sygdom, i procent af mulige arbejdsdage.');
    expect(adopted?.definitionChangedAt).toBeTruthy();
    const page = await ellen.get(`/grupper/${world.ids.groupA}/indikatorer/${a}`);
    expect(page.text).toContain('Definitionen ejes af Direktionen');
    expect(page.text).toContain('Definitionen blev senest ændret');
    expect(page.text).not.toContain('Rediger indikatoren');
    const history = await ellen.get(`/grupper/${world.ids.groupA}/historik`);
    expect(history.text).toContain('„Direktionen“ ændrede den fælles definition af „Sygefravær i alt“');
    // The direktion reads along but has no access to the group's history, so it is not sent there.
    const overseen = await dorte.get(`/grupper/${world.ids.groupA}/indikatorer/${a}`);
    expect(overseen.text).toContain('Definitionen blev senest ændret');
    expect(overseen.text).not.toContain('Se ændringen i historikken');
    await world.db.destroy();
  });

  it('refuses adopting an indicator shared by a group the group is not under, and adopting twice', async () => {
    const { world, sharedId } = await sharedWorld();
    const a = await adopt(world, 'editorA', world.ids.groupA, sharedId);
    expect(a).toBeGreaterThan(0);
    const ellen = await signIn(world, 'editorA');
    const again = await ellen.post(`/grupper/${world.ids.groupA}/faelles-indikatorer/${sharedId}/tag-i-brug`);
    expect(again.status).toBe(302);
    const offers = await ellen.get(`/grupper/${world.ids.groupA}/faelles-indikatorer`);
    expect(offers.text).toContain('Gruppen bruger allerede den fælles indikator „Sygefravær i alt“.');
    expect(offers.text).toContain('I bruger den');
    await world.db.destroy();
  });
});
