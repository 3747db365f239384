/**
 * Issue 3, §10: the CSV import in a real browser, by keyboard alone, with axe (WCAG 2.1 A/AA) on
 * every page of it. Ellen uploads a file whose indicator name the group does not know and which has
 * a row with an impossible quarter; she maps the name, leaves out the bad row, imports, and sees the
 * value on the indicator page. The next file of the same shape needs no mapping. Plus the import
 * history and the API keys pages.
 *
 * Only choosing the file is not done by keys: a native file dialog cannot be driven, so the file is
 * set on the focused file input with setInputFiles, which is what the dialog would do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations, startBrowserWorld, type BrowserWorld } from '../support/browser.js';

const FLOW_TIMEOUT = 120_000;

let bw: BrowserWorld;
beforeAll(async () => {
  bw = await startBrowserWorld();
});
afterAll(async () => {
  await bw?.close();
});

const csv = (lines: string[]) => ({ mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n') + '\r\n', 'utf8') });
const FIRST_FILE = csv(['Nøgletal;Periode;Værdi', 'Fraværsprocent;2026K3;6,9', 'Fraværsprocent;2026K9;7,1']);
const SECOND_FILE = csv(['Nøgletal;Periode;Værdi', 'Fraværsprocent;2026K4;6,4']);

const pathOf = (page: Page) => new URL(page.url()).pathname;
const groupMenu = (page: Page) => page.getByRole('navigation', { name: 'Menu for Ældre og Sundhed' });
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const heading = async (page: Page) => (await page.getByRole('heading', { level: 1 }).textContent())?.trim();
const text = async (locator: Locator) => (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
const cells = async (row: Locator) => (await row.locator('th, td').allTextContents()).map((c) => c.replace(/\s+/g, ' ').trim());

/** Runs an action that loads a new document (submit, link, redirect) and waits until that document has loaded. */
async function navigates(page: Page, action: () => Promise<unknown>): Promise<void> {
  const committed = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await action();
  await committed;
  await page.waitForLoadState('load');
}

/** Presses Tab (from wherever focus is) until `target` has focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, maxTabs = 120): Promise<void> {
  const element = await target.elementHandle();
  if (!element) throw new Error('tabTo: the target is not on the page');
  for (let i = 0; i <= maxTabs; i++) {
    if (await element.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`tabTo: ${String(target)} was not reached with ${maxTabs} presses of Tab`);
}

/** Tabs to a link or button and presses Enter, waiting for the page it leads to. */
async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await navigates(page, () => page.keyboard.press('Enter'));
}

/** The number in "<strong>n</strong> nye værdier" and its siblings in the preview's summary. */
async function count(page: Page, label: string): Promise<number> {
  const item = page.locator('.import-counts li', { hasText: new RegExp(`^\\s*\\d+ ${label}\\s*$`) });
  return Number(await item.locator('strong').textContent());
}

/** DKFDS draws the checkbox from its label; it must sit beside the label, not in a corner of the page. */
async function expectCheckboxBesideLabel(page: Page, id: string): Promise<void> {
  const box = await page.locator(`#${id}`).boundingBox();
  const label = await page.locator(`label[for="${id}"]`).boundingBox();
  expect(box, `#${id} is rendered`).not.toBeNull();
  expect(label, `label for #${id} is rendered`).not.toBeNull();
  expect(Math.abs(box!.x - label!.x), `#${id} left of its label`).toBeLessThan(8);
  expect(Math.abs(box!.y - label!.y), `#${id} level with its label`).toBeLessThan(label!.height);
}

async function uploadByKeyboard(page: Page, name: string, file: { mimeType: string; buffer: Buffer }): Promise<void> {
  const input = page.locator('#file');
  await tabTo(page, input);
  expect(await focusedId(page)).toBe('file');
  await input.setInputFiles({ name, ...file });
  await activate(page, page.getByRole('button', { name: 'Læs filen' }));
}

describe('importing a CSV file by keyboard', () => {
  it('maps an unknown name, leaves out a row in error, imports, and shows the value on the indicator page', async () => {
    const { groupA, sickLeave } = bw.world.ids;
    const page = await bw.newPage();
    await bw.login(page, 'editorA');
    expect(pathOf(page)).toBe(`/grupper/${groupA}`);

    // The upload page, from the group page through the menu's "Data".
    await page.locator('body').focus();
    await activate(page, groupMenu(page).getByRole('link', { name: 'Data' }));
    expect(pathOf(page)).toBe(`/grupper/${groupA}/data`);
    await expectNoAxeViolations(page, 'data page');
    await activate(page, page.getByRole('link', { name: 'Importér en CSV-fil' }));
    expect(pathOf(page)).toBe(`/grupper/${groupA}/import`);
    expect(await heading(page)).toBe('Importér data');
    await expectNoAxeViolations(page, 'upload page');

    // "Læs filen" without a file: the error summary takes focus and links to the file field.
    await activate(page, page.getByRole('button', { name: 'Læs filen' }));
    const summary = page.locator('#error-summary');
    expect(await text(summary.locator('a[href="#file"]'))).toBe('Vælg en CSV-fil at importere.');
    await expect.poll(() => focusedId(page)).toBe('error-summary');
    expect(await page.locator('#file').getAttribute('aria-invalid')).toBe('true');
    expect((await page.locator('#file').getAttribute('aria-describedby'))?.split(/\s+/)).toContain('file-error');
    await expectNoAxeViolations(page, 'upload page with an error');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#file');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('file');

    // The file: one value for a name the group does not know, and one impossible quarter.
    await uploadByKeyboard(page, 'fravaer.csv', FIRST_FILE);
    expect(pathOf(page)).toMatch(new RegExp(`^/grupper/${groupA}/import/\\d+$`));
    const previewPath = pathOf(page);
    expect(await heading(page)).toBe('Gennemse fravaer.csv');
    const mapping = page.getByRole('region', { name: 'Knyt filens indikatorer til gruppens' });
    expect(await text(mapping.getByRole('rowheader'))).toContain('Fraværsprocent');
    expect(await page.getByRole('button', { name: 'Importér', exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page, 'mapping step of the preview');

    // Map "Fraværsprocent" to "Sygefravær" with the arrow keys, and save.
    const select = page.getByLabel('Knyt „Fraværsprocent“ til');
    await tabTo(page, select);
    await page.keyboard.press('ArrowDown');
    expect(await select.inputValue()).toBe(String(sickLeave));
    expect(await text(select.locator('option:checked'))).toBe('Sygefravær');
    await activate(page, page.getByRole('button', { name: 'Gem tilknytning' }));
    expect(pathOf(page)).toBe(previewPath);
    expect(await text(page.getByRole('status'))).toContain('Tilknytningen er gemt');

    // The preview now: one new value, and the row in error named by line and column.
    expect(await page.getByRole('region', { name: 'Knyt filens indikatorer til gruppens' }).count()).toBe(0);
    expect(await count(page, 'ny værdi')).toBe(1);
    expect(await count(page, 'ændrede værdier')).toBe(0);
    expect(await count(page, 'række med fejl')).toBe(1);
    const added = page.getByRole('region', { name: 'Nye værdier' });
    expect(await cells(added.locator('tbody tr'))).toEqual(['2', 'Sygefravær', '3. kvt. 2026', '6,9 %', '']);
    const errors = page.getByRole('region', { name: 'Fejl i filen' });
    const error = await text(errors.locator('li'));
    expect(error).toBe('Linje 3, kolonne 2 („Periode“): Kvartalet skal være 1, 2, 3 eller 4 – ikke 9.');
    await expectNoAxeViolations(page, 'preview with errors');

    // Leave out the row in error (Space ticks the box) and import.
    const skip = page.getByLabel('Spring rækken med fejl over, og importér resten');
    await expectCheckboxBesideLabel(page, 'skipErrors');
    await tabTo(page, skip);
    await page.keyboard.press('Space');
    expect(await skip.isChecked()).toBe(true);
    await activate(page, page.getByRole('button', { name: 'Importér', exact: true }));

    // The result page.
    expect(pathOf(page)).toMatch(new RegExp(`^/grupper/${groupA}/importer/\\d+$`));
    expect(await heading(page)).toBe('Import af fravaer.csv');
    expect(await text(page.getByRole('status'))).toContain('Importen er gennemført: 1 ny værdi og 0 ændrede værdier.');
    const result = page.locator('dt', { hasText: 'Resultat' }).locator('xpath=following-sibling::dd[1]');
    expect(await text(result)).toBe('1 ny værdi, 0 ændrede værdier og 0 uændrede værdier; 1 række med fejl blev sprunget over efter jeres valg');
    expect(await cells(page.locator('main table tbody tr'))).toEqual(['Sygefravær', '3. kvt. 2026', '–', '6,9 %', 'Ny']);
    await expectNoAxeViolations(page, 'import result');

    // The value on the indicator page, through the breadcrumb and the group page.
    await activate(page, page.getByRole('navigation', { name: 'Brødkrumme' }).getByRole('link', { name: 'Ældre og Sundhed' }));
    await activate(page, page.locator('.indicator-table').getByRole('link', { name: 'Sygefravær', exact: true }));
    expect(pathOf(page)).toBe(`/grupper/${groupA}/indikatorer/${sickLeave}`);
    const row = page.locator('#vaerdier tbody tr').filter({ has: page.locator('th', { hasText: '3. kvt. 2026' }) });
    expect(await text(row.locator('td').first())).toBe('6,9 %');
    await page.context().close();
  }, FLOW_TIMEOUT);

  it('imports the next file of the same shape without asking for the mapping again', async () => {
    const { groupA, sickLeave } = bw.world.ids;
    const page = await bw.newPage();
    await bw.login(page, 'editorA');
    await page.locator('body').focus();
    await activate(page, groupMenu(page).getByRole('link', { name: 'Data' }));
    await activate(page, page.getByRole('link', { name: 'Importér en CSV-fil' }));
    await uploadByKeyboard(page, 'fravaer-k4.csv', SECOND_FILE);
    expect(await heading(page)).toBe('Gennemse fravaer-k4.csv');
    expect(await page.getByRole('region', { name: 'Knyt filens indikatorer til gruppens' }).count()).toBe(0);
    expect(await count(page, 'ny værdi')).toBe(1);
    expect(await count(page, 'rækker med fejl')).toBe(0);
    expect(await page.getByRole('region', { name: 'Fejl i filen' }).count()).toBe(0);
    expect(await page.getByLabel(/Spring .* med fejl over/).count()).toBe(0);
    await expectNoAxeViolations(page, 'preview without mapping or errors');
    await activate(page, page.getByRole('button', { name: 'Importér', exact: true }));
    expect(await text(page.getByRole('status'))).toContain('Importen er gennemført: 1 ny værdi og 0 ændrede værdier.');
    const values = await bw.world.db.selectFrom('observations').select(['period', 'value']).where('indicator_id', '=', sickLeave).orderBy('period').execute();
    expect(values.map((v) => `${v.period}=${v.value}`)).toEqual(['2026K1=7.7', '2026K2=7.5', '2026K3=6.9', '2026K4=6.4']);
    expect(pathOf(page)).toMatch(new RegExp(`^/grupper/${groupA}/importer/\\d+$`));
    await page.context().close();
  }, FLOW_TIMEOUT);

  it('keeps the import history and the API keys pages accessible, including a new key shown once', async () => {
    const { groupA } = bw.world.ids;
    const page = await bw.newPage();
    await bw.login(page, 'editorA');

    await page.locator('body').focus();
    await activate(page, groupMenu(page).getByRole('link', { name: 'Data' }));
    await activate(page, page.getByRole('link', { name: 'Se alle gruppens importer' }));
    expect(pathOf(page)).toBe(`/grupper/${groupA}/importer`);
    expect(await heading(page)).toBe('Importer');
    expect(await page.locator('main table tbody tr').count()).toBeGreaterThanOrEqual(1);
    await expectNoAxeViolations(page, 'import history');

    await activate(page, groupMenu(page).getByRole('link', { name: 'Data' }));
    await activate(page, page.getByRole('link', { name: 'API-nøgler til BI-systemer' }));
    expect(pathOf(page)).toBe(`/grupper/${groupA}/api-noegler`);
    expect(await heading(page)).toBe('API-nøgler');
    await expectNoAxeViolations(page, 'API keys');

    await tabTo(page, page.getByLabel('Navn på nøglen'));
    await page.keyboard.type('BI-eksport fra Ældre');
    await navigates(page, () => page.keyboard.press('Enter'));
    const created = page.getByRole('status').filter({ hasText: 'Nøglen er oprettet' });
    expect(await text(created.locator('code'))).toMatch(/\S{20,}/);
    expect(await text(page.locator('main table tbody'))).toContain('BI-eksport fra Ældre');
    await expectNoAxeViolations(page, 'API keys with a new key');
    await page.context().close();
  }, FLOW_TIMEOUT);
});
