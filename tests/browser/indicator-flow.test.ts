/**
 * The editor's main path in a real browser, by keyboard where it matters, with axe (WCAG 2.1 A/AA)
 * on every page visited: log in, create an indicator (first with a missing "why"), enter a value with
 * a Danish decimal comma, see it on the indicator page and the group page. Plus the reader's view,
 * the admin pages and the error page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations, startBrowserWorld, type BrowserWorld } from '../support/browser.js';
import { PASSWORD, people } from '../support/test-app.js';
import { messages as authMessages } from '../../src/auth/authenticate.js';
import { messages as indicatorMessages } from '../../src/indicators/indicator-validation.js';

const FLOW_TIMEOUT = 90_000;

let bw: BrowserWorld;
beforeAll(async () => {
  bw = await startBrowserWorld();
});
afterAll(async () => {
  await bw?.close();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Runs an action that loads a new document (submit, link, redirect) and waits until that document has loaded. */
async function navigates(page: Page, action: () => Promise<unknown>): Promise<void> {
  const committed = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await action();
  await committed;
  await page.waitForLoadState('load');
}

/** Moves keyboard focus to an element and presses Enter, as a keyboard user would activate it. */
async function pressEnterOn(page: Page, target: Locator): Promise<void> {
  await target.focus();
  await navigates(page, () => page.keyboard.press('Enter'));
}

async function expectSkipLinkWorks(page: Page): Promise<void> {
  await page.locator('body').focus();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement as HTMLAnchorElement | null;
    return { tag: el?.tagName, text: el?.textContent?.trim(), href: el?.getAttribute('href') };
  });
  expect(first).toEqual({ tag: 'A', text: 'Gå til sidens indhold', href: '#main-content' });
  // Visible when focused (DKFDS slides it in from above the viewport).
  await expect.poll(async () => (await page.locator('a.skipnav[href="#main-content"]').boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedId(page)).toBe('main-content');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
}

async function expectErrorSummary(page: Page, field: string, message: string): Promise<void> {
  const summary = page.locator('#error-summary');
  await expect.poll(() => summary.isVisible()).toBe(true);
  expect((await summary.getByRole('heading').textContent())?.trim()).toBe('Der er en fejl i formularen');
  const link = summary.locator(`a[href="#${field}"]`);
  expect((await link.textContent())?.trim()).toBe(message);
  // The summary comes before the form, and app.js puts focus on it so screen readers announce it.
  const summaryBox = await summary.boundingBox();
  const fieldBox = await page.locator(`#${field}`).boundingBox();
  expect(summaryBox && fieldBox && summaryBox.y < fieldBox.y).toBe(true);
  await expect.poll(() => focusedId(page)).toBe('error-summary');
  // The message beside the field, tied to it for screen readers.
  const beside = page.locator(`#${field}-error`);
  expect(await beside.textContent()).toContain(message);
  const input = page.locator(`#${field}`);
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  expect((await input.getAttribute('aria-describedby'))?.split(/\s+/)).toContain(`${field}-error`);
}

/** From the focused error summary: Tab to its link, press Enter, and land in the field. */
async function followErrorLink(page: Page, field: string): Promise<void> {
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`#${field}`);
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedId(page)).toBe(field);
}

async function expectCheckboxBesideLabel(page: Page, id: string): Promise<void> {
  const box = await page.locator(`#${id}`).boundingBox();
  const label = await page.locator(`label[for="${id}"]`).boundingBox();
  expect(box, `#${id} is rendered`).not.toBeNull();
  expect(label, `label for #${id} is rendered`).not.toBeNull();
  expect(Math.abs(box!.x - label!.x), `#${id} left of its label`).toBeLessThan(8);
  expect(Math.abs(box!.y - label!.y), `#${id} level with its label`).toBeLessThan(label!.height);
}

describe('the editor creates an indicator and enters a value', () => {
  it('logs in by keyboard, with accessible login and login-error pages and a working skip link', async () => {
    const page = await bw.newPage();
    await page.goto('/log-ind');
    await expectNoAxeViolations(page, 'login page');
    await expectSkipLinkWorks(page);

    // A wrong password: the error summary links to the e-mail field.
    await page.locator('#email').focus();
    await page.keyboard.type(people.editorA.email);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('password');
    await page.keyboard.type('forkert-adgangskode');
    await navigates(page, () => page.keyboard.press('Enter'));
    await expectErrorSummary(page, 'email', authMessages.wrongCredentials);
    await expectNoAxeViolations(page, 'login error');
    await followErrorLink(page, 'email');
    expect(await page.locator('#email').inputValue()).toBe(people.editorA.email);

    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('password');
    await page.keyboard.type(PASSWORD);
    await navigates(page, () => page.keyboard.press('Enter'));
    // Ellen is in one group only, so she lands on its page.
    expect(new URL(page.url()).pathname).toBe(`/grupper/${bw.world.ids.groupA}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ældre og Sundhed');
    await page.context().close();
  }, FLOW_TIMEOUT);

  it('creates an indicator, is told about the missing "why", and enters 6,9 for 3. kvt. 2026', async () => {
    const { groupA } = bw.world.ids;
    const name = 'Genindlæggelser inden for 30 dage';
    const page = await bw.newPage();
    await bw.login(page, 'editorA');

    // Group home.
    expect(new URL(page.url()).pathname).toBe(`/grupper/${groupA}`);
    await expectNoAxeViolations(page, 'group home');
    await expectSkipLinkWorks(page);

    // The indicator form, reached by keyboard.
    await pressEnterOn(page, page.getByRole('link', { name: 'Ny indikator' }));
    expect(new URL(page.url()).pathname).toBe(`/grupper/${groupA}/indikatorer/ny`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ny indikator');
    await expectNoAxeViolations(page, 'indicator form');

    await page.locator('#name').focus();
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('definition');
    await page.keyboard.type('Andel af udskrevne borgere, der genindlægges inden for 30 dage.');
    // "Hvorfor er den vigtig" stays empty. No direction is chosen beforehand; it is chosen with the arrow keys.
    expect(await page.locator('input[name="direction"]:checked').count()).toBe(0);
    await page.locator('#direction').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#direction-down').isChecked()).toBe(true);
    await page.locator('#dataSource').fill('Sundhedsdatastyrelsen');
    await pressEnterOn(page, page.getByRole('button', { name: 'Opret indikator' }));

    // Form with errors: summary at the top, message beside the field, everything typed is kept.
    await expectErrorSummary(page, 'whyItMatters', indicatorMessages.whyRequired);
    expect(await page.locator('#error-summary li').count()).toBe(1);
    expect(await page.locator('#name').inputValue()).toBe(name);
    expect(await page.locator('#direction-down').isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'indicator form with errors');
    await followErrorLink(page, 'whyItMatters');
    await page.keyboard.type('Genindlæggelser viser, om borgerne får den rette støtte, når de kommer hjem.');
    await pressEnterOn(page, page.getByRole('button', { name: 'Opret indikator' }));

    // The new indicator's page.
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/grupper/${groupA}/indikatorer/\\d+$`));
    const indicatorPath = new URL(page.url()).pathname;
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    expect(await page.getByRole('status').textContent()).toContain(`Indikatoren „${name}“ er oprettet`);
    expect(await page.locator('#vaerdier').textContent()).toContain('Der er ingen værdier endnu.');
    await expectNoAxeViolations(page, 'new indicator page');

    // A year is not a quarter: the value form shows its error.
    await page.locator('#period').fill('2026');
    await page.locator('#value').fill('6,9');
    await pressEnterOn(page, page.getByRole('button', { name: 'Gem værdi' }));
    const periodError = (await page.locator('#period-error').textContent())?.replace('Fejl:', '').trim() ?? '';
    expect(periodError.length).toBeGreaterThan(0);
    await expectErrorSummary(page, 'period', periodError);
    expect(await page.locator('#value').inputValue()).toBe('6,9');
    await expectNoAxeViolations(page, 'value form with an error');
    await followErrorLink(page, 'period');

    // Correct it by keyboard: select all, type the quarter, submit.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3. kvt. 2026');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('value');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(new URL(page.url()).pathname).toBe(indicatorPath);
    expect(await page.getByRole('status').textContent()).toContain('Værdien for 3. kvt. 2026 er gemt.');
    // Back at the saved value, with focus on its row, not at the top of the page.
    expect(new URL(page.url()).hash).toBe('#vaerdi-2026K3');
    await expect.poll(() => focusedId(page)).toBe('vaerdi-2026K3');
    const latest = page.locator('dt', { hasText: 'Seneste værdi' }).locator('xpath=following-sibling::dd[1]');
    expect((await latest.textContent())?.replace(/\s+/g, ' ').trim()).toBe('6,9 % (3. kvt. 2026)');
    const firstRow = page.locator('#vaerdier tbody tr').first();
    expect(await firstRow.locator('th').textContent()).toBe('3. kvt. 2026');
    expect(await firstRow.locator('td').first().textContent()).toBe('6,9 %');
    await expectNoAxeViolations(page, 'indicator page with a value');

    // Back on the group page through the breadcrumb.
    await pressEnterOn(page, page.getByRole('navigation', { name: 'Brødkrumme' }).getByRole('link', { name: 'Ældre og Sundhed' }));
    expect(new URL(page.url()).pathname).toBe(`/grupper/${groupA}`);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });
    const latestCell = row.getByRole('cell').first();
    expect(await latestCell.locator('strong').textContent()).toBe('6,9 %');
    expect(await latestCell.locator('.text-small').textContent()).toBe('3. kvt. 2026');
    await expectNoAxeViolations(page, 'group home with the new indicator');

    // History records both.
    await pressEnterOn(page, page.getByRole('link', { name: 'Historik' }));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Historik');
    const history = await page.locator('main table').textContent();
    expect(history).toContain(`Oprettede indikatoren „${name}“`);
    expect(history).toContain(`Tilføjede værdien 6,9 for 3. kvt. 2026 til „${name}“`);
    await expectNoAxeViolations(page, 'history');

    // The archive (empty) and the account page.
    await page.goto(`/grupper/${groupA}/indikatorer/arkiv`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Arkiverede indikatorer');
    await expectNoAxeViolations(page, 'archive');
    await pressEnterOn(page, page.getByRole('link', { name: 'Min konto' }));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Min konto');
    await expectNoAxeViolations(page, 'account');
    await page.context().close();
  }, FLOW_TIMEOUT);
});

describe('other people and pages', () => {
  it('shows the reader no edit controls on the indicator page or the group page', async () => {
    const { groupA, sickLeave } = bw.world.ids;
    const page = await bw.newPage();
    await bw.login(page, 'readerA');
    expect(new URL(page.url()).pathname).toBe(`/grupper/${groupA}`);
    expect(await page.getByRole('link', { name: 'Ny indikator' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Rediger gruppens/ }).count()).toBe(0);
    expect(await page.locator('.reader-notice').textContent()).toContain('Du er læser i gruppen');
    expect(await page.locator('main form').count()).toBe(0);
    await expectNoAxeViolations(page, 'group home as reader');

    await pressEnterOn(page, page.locator('.indicator-table').getByRole('link', { name: 'Sygefravær' }));
    expect(new URL(page.url()).pathname).toBe(`/grupper/${groupA}/indikatorer/${sickLeave}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sygefravær');
    expect(await page.locator('#vaerdier').textContent()).toContain('7,5 %');
    expect(await page.locator('main form').count()).toBe(0);
    expect(await page.locator('main button').count()).toBe(0);
    expect(await page.locator('main input, main select, main textarea').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Rediger indikatoren' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Indtast eller ret en værdi' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'indicator page as reader');
    await page.context().close();
  }, FLOW_TIMEOUT);

  it('keeps the admin pages accessible', async () => {
    const { groupA, users } = bw.world.ids;
    const page = await bw.newPage();
    await bw.login(page, 'admin');
    const pages: [string, string, string][] = [
      ['/admin', 'Administration', 'admin overview'],
      [`/admin/grupper/${groupA}`, 'Ældre og Sundhed', 'admin group page'],
      [`/admin/brugere/${users.editorA}`, people.editorA.name, 'admin user page'],
      ['/admin/grupper/ny', 'Ny ledergruppe', 'new group'],
      ['/admin/brugere/ny', 'Ny bruger', 'new user'],
    ];
    for (const [path, heading, label] of pages) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim(), path).toBe(heading);
      await expectNoAxeViolations(page, label);
      // DKFDS draws the checkbox from its label; it must sit beside the label, not in a corner of the page.
      if (path.startsWith('/admin/brugere/')) await expectCheckboxBesideLabel(page, 'isAdmin');
    }
    await page.context().close();
  }, FLOW_TIMEOUT);

  it('fails with install instructions, never skips, when Chromium is missing', async () => {
    await expect(startBrowserWorld({ chromiumPath: '/nonexistent/chromium' })).rejects.toThrow(
      "Install Debian's chromium: apt-get install -y chromium",
    );
  });

  it('has an accessible 404 page', async () => {
    const page = await bw.newPage();
    await bw.login(page, 'editorA');
    const res = await page.goto('/denne-side-findes-ikke');
    expect(res?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Siden findes ikke');
    await expectNoAxeViolations(page, '404 page');
    await page.context().close();
  }, FLOW_TIMEOUT);
});
