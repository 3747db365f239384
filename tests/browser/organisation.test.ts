/**
 * Issue 14 in a real browser, with axe (WCAG 2.1 A/AA) on every new page and each of its states: the
 * admin's tree (and a refused loop), the direktion reading a group below, the comparison with small
 * multiples, a computed indicator with a small denominator, reference series with a failed fetch, the
 * datagrundlag card and its review form, shared indicators to adopt, read keys, the agenda's
 * datagrundlag item; and the comparison and the indicator page at a phone's 390 px without sideways scroll.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, startBrowserWorld, type BrowserWorld } from '../support/browser.js';
import { PASSWORD } from '../support/test-app.js';
import { addDirectorate, type Directorate } from '../support/organisation-world.js';
import { adoptIndicator, shareIndicator } from '../../src/indicators/shared-indicators.js';
import { createComputedIndicator, recordComputedValue } from '../../src/indicators/computed-service.js';
import { findIndicator } from '../../src/indicators/indicator-queries.js';
import { addReferenceSeries } from '../../src/organisation/reference-series.js';
import { upsertObservation } from '../../src/indicators/observation-queries.js';
import { parseCanonical } from '../../src/periods/period.js';

const TIMEOUT = 120_000;
let bw: BrowserWorld;
let directorate: Directorate;
let sharedId: number;
let adoptedA: number;

async function loginAs(page: Page, email: string) {
  await page.goto('/log-ind');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(PASSWORD);
  await Promise.all([page.waitForURL((url) => url.pathname !== '/log-ind'), page.getByRole('button', { name: 'Log ind' }).click()]);
}

async function visit(page: Page, path: string, label: string, status = 200) {
  const res = await page.goto(path);
  expect(res?.status(), label).toBe(status);
  await expectNoAxeViolations(page, label);
}

beforeAll(async () => {
  bw = await startBrowserWorld();
  const { world } = bw;
  directorate = await addDirectorate(world);
  const director = { userId: directorate.directorEditor.id, groupId: directorate.groupId };
  const shared = await createComputedIndicator(world.db, director, {
    name: 'Personaleomsætning',
    definition: 'Fratrådte i procent af gennemsnitligt antal ansatte i kvartalet.',
    whyItMatters: 'Borgerne møder kendte ansigter, når medarbejderne bliver.',
    numeratorLabel: 'Fratrådte',
    denominatorLabel: 'Ansatte',
    factor: '100',
    partUnit: 'antal',
    unitChoice: '%',
    decimals: '1',
    direction: 'down',
    frequency: 'quarter',
  });
  sharedId = shared.id;
  await shareIndicator(world.db, director, shared, { totalRule: 'none' });
  const a = { userId: world.ids.users.editorA, groupId: world.ids.groupA };
  const b = { userId: world.ids.users.editorB, groupId: world.ids.groupB };
  const adopted = await adoptIndicator(world.db, a, shared.id);
  adoptedA = adopted.id;
  const adoptedB = await adoptIndicator(world.db, b, shared.id);
  for (const [period, n, d] of [['2026K1', 12, 400], ['2026K2', 15, 410], ['2026K3', 11, 405]] as const) await recordComputedValue(world.db, a, adopted, { period, numerator: String(n), denominator: String(d) });
  // Group B is small: 20 employees, a caution; it has not delivered 2026K3.
  for (const [period, n, d] of [['2026K1', 2, 20], ['2026K2', 1, 20]] as const) await recordComputedValue(world.db, b, adoptedB, { period, numerator: String(n), denominator: String(d) });
  const national = await addReferenceSeries(world.db, director, shared, { label: 'Hele landet', source: 'KRL' });
  for (const [period, value] of [['2026K1', 3.4], ['2026K2', 3.6], ['2026K3', 3.2]] as const) await upsertObservation(world.db, national.id, { period: parseCanonical(period), value, comment: null, userId: null });
  // A failed fetch on group A's own reference series, so its status shows.
  const sick = (await findIndicator(world.db, world.ids.groupA, world.ids.sickLeave))!;
  const own = await addReferenceSeries(world.db, a, sick, { label: 'Region Syddanmark' });
  await world.db
    .insertInto('series_fetches')
    .values({ series_id: own.id, group_id: world.ids.groupA, url: 'http://127.0.0.1:9/fejl', row_label: null, interval_hours: 24, configured_by: world.ids.users.editorA, created_at: new Date().toISOString(), next_due_at: '2999-01-01T00:00:00.000Z', last_attempt_at: new Date().toISOString(), last_status: 'not-csv', last_message: 'Adressen sendte en webside i stedet for en CSV-fil. Brug adressen på selve dataene, fx en forespørgsel til Statistikbankens API med format=CSV.' })
    .execute();
}, TIMEOUT);
afterAll(async () => {
  await bw?.close();
});

describe('the organisation’s pages under axe', () => {
  it('the administrator arranges the tree, and a loop is refused with an error summary', async () => {
    const page = await bw.newPage();
    await loginAs(page, 'ada@kommune.dk');
    await visit(page, '/admin', 'admin with the tree');
    await visit(page, `/admin/grupper/${directorate.groupId}`, 'admin group with placement');
    // The list offers no group that would make a loop; a value from elsewhere (an old tab) is refused.
    const options = await page.getByLabel('Gruppen ligger under').locator('option').allTextContents();
    expect(options).toEqual(['Øverst i organisationen']);
    await page.getByLabel('Gruppen ligger under').evaluate((select: HTMLSelectElement, id: string) => {
      select.add(new Option('Ældre og Sundhed', id, true, true));
    }, String(bw.world.ids.groupA));
    await page.getByRole('button', { name: 'Gem placeringen' }).click();
    await page.waitForLoadState('load');
    await expect.poll(() => page.locator('#error-summary').isVisible()).toBe(true);
    expect(await page.locator('#error-summary').textContent()).toContain('„Ældre og Sundhed“ ligger allerede under „Direktionen“');
    await expectNoAxeViolations(page, 'admin placement error');
  }, TIMEOUT);

  it('the direktion reads a group below, compares the shared indicator, and is told where it cannot go', async () => {
    const page = await bw.newPage();
    await loginAs(page, directorate.directorReader.email);
    await visit(page, `/grupper/${directorate.groupId}`, 'direktion home with groups below');
    await visit(page, `/grupper/${bw.world.ids.groupA}`, 'overseen home of group A');
    expect(await page.locator('.overseer-note').textContent()).toContain('Du læser med som medlem af „Direktionen“');
    await visit(page, `/grupper/${bw.world.ids.groupA}/indikatorer/${adoptedA}`, 'overseen computed indicator');
    await visit(page, `/grupper/${directorate.groupId}/indikatorer/${sharedId}`, 'shared indicator of the owner');
    await visit(page, `/grupper/${directorate.groupId}/indikatorer/${sharedId}/sammenligning`, 'comparison with a missing group');
    expect(await page.locator('main').textContent()).toContain('der mangler tal fra Dagtilbud');
    await visit(page, `/grupper/${bw.world.ids.groupA}/moeder`, 'members-only page for an overseer', 403);
  }, TIMEOUT);

  it('the direktion’s editor shares a plain indicator, and a group below sees it offered', async () => {
    const page = await bw.newPage();
    await loginAs(page, directorate.directorEditor.email);
    const D = `/grupper/${directorate.groupId}`;
    await visit(page, `${D}/indikatorer/ny`, 'new indicator form with the computed link');
    await page.getByLabel('Navn', { exact: true }).fill('Borgere på venteliste');
    await page.getByLabel('Definition').fill('Antal borgere, der venter på en plads ved kvartalets slutning.');
    await page.getByLabel('Hvorfor er den vigtig for kerneopgaven?').fill('Ventetid er tid uden den hjælp, borgeren har brug for.');
    await page.getByLabel('Enhed', { exact: true }).selectOption('antal');
    await page.getByLabel('Højere er bedre').check();
    await page.getByRole('button', { name: 'Opret indikator' }).click();
    await page.waitForLoadState('load');
    await expectNoAxeViolations(page, 'an unshared indicator with the share form');
    await page.getByLabel(/Læg tallene sammen/).check();
    await page.getByRole('button', { name: 'Del indikatoren' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('main').textContent()).toContain('Delt med grupperne under jer');
    await expectNoAxeViolations(page, 'a shared indicator of the owner');
    const ellen = await bw.newPage();
    await bw.login(ellen, 'editorA');
    await visit(ellen, `/grupper/${bw.world.ids.groupA}/faelles-indikatorer`, 'offers with one to take in use');
    await ellen.getByRole('button', { name: 'Tag „Borgere på venteliste“ i brug' }).click();
    await ellen.waitForLoadState('load');
    expect(await ellen.locator('h1').textContent()).toContain('Borgere på venteliste');
    await expectNoAxeViolations(ellen, 'an adopted plain indicator');
  }, TIMEOUT);

  it('a group editor: the computed indicator, its form, comparison, reference series, datagrundlag, offers and read keys', async () => {
    const page = await bw.newPage();
    await bw.login(page, 'editorA');
    const A = `/grupper/${bw.world.ids.groupA}`;
    await visit(page, `${A}/indikatorer/ny-beregnet`, 'new computed indicator');
    await page.getByRole('button', { name: 'Opret beregnet indikator' }).click();
    await page.waitForLoadState('load');
    await expect.poll(() => page.locator('#error-summary').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'new computed indicator with errors');

    await visit(page, `${A}/indikatorer/${adoptedA}`, 'adopted computed indicator with parts and reference line');
    await page.getByLabel('Periode').fill('2026K4');
    await page.getByRole('button', { name: 'Gem værdi' }).click();
    await page.waitForLoadState('load');
    await expect.poll(() => page.locator('#error-summary').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'computed value form with errors');

    await visit(page, `${A}/indikatorer/${adoptedA}/sammenligning`, 'comparison with the own group marked');
    expect(await page.locator('.small-multiple--own').textContent()).toContain('Jeres gruppe');
    await visit(page, `${A}/indikatorer/${bw.world.ids.sickLeave}`, 'indicator with a failed fetch');
    expect(await page.locator('main').textContent()).toContain('Ikke en CSV-fil');
    await visit(page, `${A}/indikatorer/${bw.world.ids.sickLeave}/serier`, 'reference series page');
    await page.getByRole('button', { name: 'Tilføj serien' }).click();
    await page.waitForLoadState('load');
    await expect.poll(() => page.locator('#error-summary').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'reference series form with errors');

    await visit(page, `${A}/indikatorer/${adoptedA}/datagrundlag`, 'datagrundlag card');
    await page.getByRole('button', { name: 'Gem gennemgangen' }).click();
    await page.waitForLoadState('load');
    await expect.poll(() => page.locator('#error-summary').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'datagrundlag review with errors');
    await page.getByLabel('Note').fill('Tallene er tjekket med HR.');
    await page.getByRole('button', { name: 'Gem gennemgangen' }).click();
    await page.waitForLoadState('load');
    await expectNoAxeViolations(page, 'datagrundlag after a review');

    await visit(page, `${A}/faelles-indikatorer`, 'shared indicators offered from above');
    await visit(page, `${A}/moeder/nyt`, 'new meeting with the datagrundlag item');
    await visit(page, `${A}/api-noegler`, 'API keys with read keys');
    await page.getByLabel('Navn på nøglen').fill('Power BI');
    await page.getByLabel(/Læse data/).check();
    await page.getByRole('button', { name: 'Opret nøgle' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('main').textContent()).toContain('Nøglen er oprettet');
    await expectNoAxeViolations(page, 'read key created');
  }, TIMEOUT);

  it('the comparison, the datagrundlag and the series pages fit a 390 px phone without sideways scrolling, and so do the indicator page’s new parts', async () => {
    const page = await bw.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await bw.login(page, 'editorA');
    const A = `/grupper/${bw.world.ids.groupA}`;
    for (const path of [`${A}/indikatorer/${adoptedA}/sammenligning`, `${A}/indikatorer/${adoptedA}/datagrundlag`, `${A}/indikatorer/${bw.world.ids.sickLeave}/serier`]) {
      await visit(page, path, `phone ${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    // The indicator page's own value table is the group layout's (stacked on phones elsewhere); the parts added here must fit.
    await visit(page, `${A}/indikatorer/${adoptedA}`, 'phone computed indicator');
    const wide = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const inScroller = (e: Element) => e.closest('.table-scroll, .trend-chart__table-wrap, details') !== null;
      return [...document.querySelectorAll('.org-card, .org-card *, #parts-heading, .table-scroll')].filter((e) => !inScroller(e) || e.classList.contains('table-scroll')).filter((e) => e.getBoundingClientRect().right > width + 1).map((e) => e.className || e.tagName);
    });
    expect(wide).toEqual([]);
  }, TIMEOUT);
});
