/**
 * Issue 10 in a real browser, with axe (WCAG 2.1 A/AA) on every page state:
 * - keyboard only: from landing on the group home to the next meeting in at most 5 Tab presses;
 * - the import mapping: two labels created as indicators, one renamed, with an error in between;
 *   a file with nothing new; a warning about older values that must be confirmed; undo that asks
 *   whether to forget what the import taught; learned mappings removed;
 * - DKFDS's date input with impossible dates, and focus after saving an agenda change and a status.
 * The phone width (390 px) is covered page by page in phone-width.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations, startBrowserWorld, type BrowserWorld } from '../support/browser.js';
import { PASSWORD, people } from '../support/test-app.js';
import { addIndicators, fixture } from '../support/import-helpers.js';
import { commitImport } from '../../src/imports/import-service.js';
import { createMeeting, decideAction } from '../../src/meetings/meeting-service.js';
import { listItems } from '../../src/meetings/meeting-queries.js';

const FLOW_TIMEOUT = 120_000;
const DAYCARE = 'dagtilbud-bred-windows1252.csv';

let bw: BrowserWorld;
let meetingId: number;
let actionId: number;
let eldercareSick: number;

/** A date `days` from today as ISO text, so "the next meeting" is in the future whenever the test runs. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  bw = await startBrowserWorld();
  const { db, ids } = bw.world;
  const ellen = { userId: ids.users.editorA, groupId: ids.groupA };
  const held = await createMeeting(db, ellen, { title: 'Ledermøde sidst', date: inDays(-30), indicatorIds: String(ids.sickLeave) }, new Map());
  const [item] = await listItems(db, held.id);
  actionId = (await decideAction(db, ellen, held.id, item!.id, { whatAndWhy: 'Faste teams i weekenden', howAndWho: 'Planlæggerne', responsible: 'Ellen Redaktør', dueDate: inDays(-2) })).id;
  meetingId = (await createMeeting(db, ellen, { title: 'Ledermøde næste gang', date: inDays(7), indicatorIds: String(ids.sickLeave) }, new Map())).id;
  // The eldercare sample is group A's history; its daycare file will be mapped onto it by mistake.
  const added = await addIndicators(bw.world, ids.groupA, [
    { name: 'Sygefravær, medarbejdere', unit: '%' },
    { name: 'Sagsbehandlingstid, visitation', unit: 'dage', decimals: 0 },
    { name: 'Borgertilfredshed, hjemmeplejen', unit: '%' },
  ]);
  eldercareSick = added['Sygefravær, medarbejdere']!;
  await commitImport(db, ellen, { fileName: 'ældre.csv', bytes: fixture('aeldreomraadet-lang-utf8-bom.csv'), via: 'ui' }, { settings: {}, skipErrors: false });
});
afterAll(async () => {
  await bw?.close();
});

const pathOf = (page: Page) => new URL(page.url()).pathname;
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const h1 = async (page: Page) => (await page.getByRole('heading', { level: 1 }).textContent())?.replace(/\s+/g, ' ').trim();
const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
const statusText = (page: Page) => text(page.getByRole('status').first());
const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

async function navigates(page: Page, action: () => Promise<unknown>): Promise<void> {
  const committed = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await action();
  await committed;
  await page.waitForLoadState('load');
}

/** Submits a form or follows a link by clicking; for the parts of the flow that are not about the keyboard. */
const click = (page: Page, target: Locator) => navigates(page, () => target.click());

async function uploadFile(page: Page, groupId: number, name: string, bytes: Buffer): Promise<string> {
  await page.goto(`/grupper/${groupId}/import`);
  await page.locator('#file').setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
  await click(page, page.getByRole('button', { name: 'Læs filen' }));
  expect(pathOf(page)).toMatch(new RegExp(`^/grupper/${groupId}/import/\\d+$`));
  return pathOf(page);
}

describe('the group home, by keyboard only', () => {
  it('lands on the home and reaches the next meeting in at most 5 Tab presses', async () => {
    const { groupA } = bw.world.ids;
    const page = await bw.newPage();
    // Log in by keyboard.
    await page.goto('/log-ind');
    await page.locator('#email').focus();
    await page.keyboard.type(people.editorA.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(pathOf(page)).toBe(`/grupper/${groupA}`);
    await expectNoAxeViolations(page, 'group home (editor)');

    // From the top of the page: Tab to the skip link, Enter, then Tab until the meeting's button.
    const button = page.getByRole('link', { name: /^Åbn mødet/ });
    expect(await button.getAttribute('href')).toBe(`/grupper/${groupA}/moeder/${meetingId}`);
    let tabs = 0;
    await page.keyboard.press('Tab');
    tabs++;
    expect(await text(page.locator(':focus'))).toBe('Gå til sidens indhold');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('main-content');
    while (!(await isFocused(button)) && tabs < 10) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(await isFocused(button), 'the next meeting’s button has focus').toBe(true);
    expect(tabs).toBeLessThanOrEqual(5);
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(pathOf(page)).toBe(`/grupper/${groupA}/moeder/${meetingId}`);
    expect(await h1(page)).toBe('Ledermøde næste gang');

    // The group menu, from the top of any group page, in a few Tab presses too.
    await page.locator('body').focus();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const meetingsTab = page.getByRole('navigation', { name: 'Menu for Ældre og Sundhed' }).getByRole('link', { name: 'Ledermøder' });
    expect(await meetingsTab.getAttribute('aria-current')).toBe('true');
    let menuTabs = 0;
    while (!(await isFocused(meetingsTab)) && menuTabs < 20) {
      await page.keyboard.press('Tab');
      menuTabs++;
    }
    expect(menuTabs, 'Tab presses to "Ledermøder" in the menu (26 on the old home)').toBeLessThanOrEqual(14);
    // Quicker still through the second skip link, which goes to the group's menu (from the top of the page again).
    await page.reload();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await text(page.locator(':focus'))).toBe('Gå til gruppens menu');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('gruppemenu');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await isFocused(meetingsTab), 'two Tabs, Enter and four Tabs to "Ledermøder"').toBe(true);
    await page.context().close();
  }, FLOW_TIMEOUT);

  it('shows what now with reasons, and a reader the notice instead of edit buttons', async () => {
    const { groupA } = bw.world.ids;
    const page = await bw.newPage();
    await bw.login(page, 'readerA');
    expect(pathOf(page)).toBe(`/grupper/${groupA}`);
    expect(await text(page.locator('.reader-notice'))).toContain('Du er læser i gruppen');
    const due = page.getByRole('region', { name: 'Handlinger med frist' });
    expect(await text(due)).toContain('Fristen er overskredet Faste teams i weekenden Ansvarlig: Ellen Redaktør');
    const attention = page.getByRole('region', { name: 'Kræver opmærksomhed' });
    expect(await text(attention)).toContain('Handling med frist');
    // Each indicator row has a trend line that says what it shows.
    const spark = page.locator('.indicator-table svg.sparkline').first();
    expect(await spark.getAttribute('role')).toBe('img');
    expect(await spark.getAttribute('aria-label')).toMatch(/de seneste \d+ kvartaler: fra .* til .*\. Laveste .*, højeste .*\./);
    expect(await page.locator('main form').count()).toBe(0);
    await expectNoAxeViolations(page, 'group home (reader)');
    await page.context().close();
  }, FLOW_TIMEOUT);
});

describe('an import mapping that keeps its word', () => {
  it('creates two indicators from the file, one renamed, with a mapping error and a form error in between', async () => {
    const { groupB } = bw.world.ids;
    const page = await bw.newPage();
    await bw.login(page, 'editorB');
    const preview = await uploadFile(page, groupB, 'dagtilbud.csv', fixture(DAYCARE));
    const sick = page.getByLabel('Knyt „Sygefravær pct.“ til');
    const satisfaction = page.getByLabel('Knyt „Forældretilfredshed pct.“ til');
    const staffing = page.getByLabel('Knyt „Normering (børn pr. voksen)“ til');
    await expectNoAxeViolations(page, 'preview with three names to map');

    // Two to create, one forgotten: the error names it, and the two keep their choice.
    await sick.selectOption('create');
    await staffing.selectOption('create');
    await click(page, page.getByRole('button', { name: 'Gem tilknytning' }));
    await expect.poll(() => focusedId(page)).toBe('error-summary');
    expect(await text(page.locator('#error-summary a[href="#target-1"]'))).toBe('Vælg, hvad „Forældretilfredshed pct.“ skal knyttes til.');
    expect(await satisfaction.getAttribute('aria-invalid')).toBe('true');
    expect([await sick.inputValue(), await satisfaction.inputValue(), await staffing.inputValue()]).toEqual(['create', '', 'create']);
    await expectNoAxeViolations(page, 'mapping with an error');
    await satisfaction.selectOption('skip');
    await click(page, page.getByRole('button', { name: 'Gem tilknytning' }));

    // The first of two forms: renamed, and the "why" forgotten.
    expect(pathOf(page)).toBe(`/grupper/${groupB}/indikatorer/ny`);
    expect(await h1(page)).toBe('Ny indikator fra filen (1 af 2)');
    expect(await page.locator('#name').inputValue()).toBe('Sygefravær');
    expect(await page.locator('input[name="direction"]:checked').count()).toBe(0);
    await expectNoAxeViolations(page, 'new indicator from the file');
    await page.locator('#name').fill('Sygefravær, pædagogisk personale');
    await page.locator('#definition').fill('Fraværsdage i procent af mulige arbejdsdage.');
    await page.locator('#direction-down').check();
    await click(page, page.getByRole('button', { name: 'Opret og knyt til filen' }));
    await expect.poll(() => focusedId(page)).toBe('error-summary');
    expect(await h1(page)).toBe('Ny indikator fra filen (1 af 2)');
    await expectNoAxeViolations(page, 'new indicator from the file, with an error');
    await page.locator('#whyItMatters').fill('Fravær rammer kontinuiteten for børnene.');
    await click(page, page.getByRole('button', { name: 'Opret og knyt til filen' }));

    // The second: the name without its unit, then back to the preview.
    expect(await h1(page)).toBe('Ny indikator fra filen (2 af 2)');
    expect(await statusText(page)).toContain('Indikatoren „Sygefravær, pædagogisk personale“ er oprettet og knyttet til „Sygefravær pct.“ i filen. Opret nu „Normering (børn pr. voksen)“.');
    expect(await page.locator('#name').inputValue()).toBe('Normering');
    await page.locator('#definition').fill('Børn pr. voksen i gennemsnit over kvartalet.');
    await page.locator('#whyItMatters').fill('Flere voksne giver tid til det enkelte barn.');
    await page.locator('#decimals').fill('2');
    await page.locator('#direction-down').check();
    await click(page, page.getByRole('button', { name: 'Opret og knyt til filen' }));
    expect(pathOf(page)).toBe(preview);
    expect(await statusText(page)).toContain('Indikatoren „Normering“ er oprettet og knyttet til „Normering (børn pr. voksen)“ i filen.');
    expect(await page.getByRole('region', { name: 'Knyt filens indikatorer til gruppens' }).count()).toBe(0);
    const perIndicator = page.locator('table', { has: page.locator('caption', { hasText: 'Pr. indikator' }) });
    expect(await text(perIndicator)).toContain('Sygefravær, pædagogisk personale');
    await expectNoAxeViolations(page, 'preview with every name mapped');
    await click(page, page.getByRole('button', { name: 'Importér', exact: true }));
    expect(await statusText(page)).toContain('Importen er gennemført: 57 nye værdier og 0 ændrede værdier.');
    await page.context().close();
  }, FLOW_TIMEOUT);

  it('says "Intet nyt" for the same file again and offers no import', async () => {
    const { groupB } = bw.world.ids;
    const page = await bw.newPage();
    await bw.login(page, 'editorB');
    await uploadFile(page, groupB, 'dagtilbud-igen.csv', fixture(DAYCARE));
    expect(await text(page.locator('.nothing-new'))).toBe('Intet nyt: filen svarer til det, der allerede er gemt. Der er intet at importere, og intet bliver gemt.');
    expect(await page.getByRole('button', { name: 'Importér', exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page, 'preview of a file with nothing new');
    await click(page, page.getByRole('button', { name: 'Kassér filen uden at importere' }));
    expect(await statusText(page)).toContain('Filen er kasseret');
    await page.context().close();
  }, FLOW_TIMEOUT);

  it('warns about older values changed by a mistaken mapping, imports only when confirmed, and undo asks whether to forget', async () => {
    const { groupA } = bw.world.ids;
    const page = await bw.newPage();
    await bw.login(page, 'editorA');
    // The daycare sample, its sick-leave column named so group A does not recognise it ("Sygefravær
    // pct." would match group A's own "Sygefravær"); the user then maps it to the eldercare indicator.
    const renamed = Buffer.from(fixture(DAYCARE).toString('latin1').replace('Sygefrav\u00e6r pct.', 'Sygefrav\u00e6rsprocent'), 'latin1');
    await uploadFile(page, groupA, 'dagtilbud.csv', renamed);
    await page.getByLabel('Knyt „Sygefraværsprocent“ til').selectOption(String(eldercareSick));
    for (const label of ['Forældretilfredshed pct.', 'Ventetid på plads (dage)', 'Normering (børn pr. voksen)']) {
      await page.getByLabel(`Knyt „${label}“ til`).selectOption('skip');
    }
    await click(page, page.getByRole('button', { name: 'Gem tilknytning' }));

    const warning = page.getByRole('region', { name: 'Ældre tal bliver ændret' });
    const summary = await text(warning.locator('.alert'));
    const count = Number(/Filen ændrer (\d+) værdier/.exec(summary)?.[1]);
    expect(count).toBeGreaterThan(10);
    expect(summary).toContain('Sygefravær, medarbejdere: ');
    expect(summary).toContain('(1. kvt. 2021 til ');
    expect(await text(warning.locator('caption'))).toBe('Sygefravær, medarbejdere: ældre værdier, der ændres');
    const first = await warning.locator('tbody tr').first().locator('th, td').allTextContents();
    expect(first[0]).toBe('1. kvt. 2021');
    expect(first[2]).toBe('8,1 %');
    expect(await warning.locator('tbody tr').count()).toBe(count);
    await expectNoAxeViolations(page, 'preview with the warning about older values');

    await click(page, page.getByRole('button', { name: 'Importér', exact: true }));
    await expect.poll(() => focusedId(page)).toBe('error-summary');
    expect(await text(page.locator('#error-summary a[href="#confirmRevisions"]'))).toBe(
      `Filen ændrer ${count} ældre værdier – fra før de seneste to perioder. Se ændringerne, og bekræft, at de skal gemmes.`,
    );
    await expectNoAxeViolations(page, 'unconfirmed older values');
    await page.getByLabel(`Ja, de ${count} ældre værdier skal ændres`).check();
    await click(page, page.getByRole('button', { name: 'Importér', exact: true }));
    expect(pathOf(page)).toMatch(new RegExp(`^/grupper/${groupA}/importer/\\d+$`));

    // Undo: the import taught four mappings; forget them.
    expect(await text(page.locator('legend', { hasText: 'Skal Datadialog også glemme' }))).toBe('Skal Datadialog også glemme, hvad importen lærte?');
    await expectNoAxeViolations(page, 'import result with the undo question');
    await click(page, page.getByRole('button', { name: 'Fortryd importen' }));
    expect(await text(page.locator('#error-summary'))).toContain('Vælg, om tilknytningerne skal glemmes');
    await expectNoAxeViolations(page, 'undo without an answer');
    await page.getByLabel('Ja, glem det – næste fil med de navne spørger igen').check();
    await click(page, page.getByRole('button', { name: 'Fortryd importen' }));
    expect(await statusText(page)).toContain('og tilknytningen af „Forældretilfredshed pct.“, „Normering (børn pr. voksen)“, „Sygefraværsprocent“, „Ventetid på plads (dage)“ er glemt.');
    const stored = await bw.world.db.selectFrom('import_mappings').select('label').where('group_id', '=', groupA).execute();
    expect(stored).toEqual([]);
    await page.context().close();
  }, FLOW_TIMEOUT);

  it('shows learned mappings on their own page, where one is removed', async () => {
    const page = await bw.newPage();
    await bw.login(page, 'editorB');
    await click(page, page.getByRole('navigation', { name: 'Menu for Dagtilbud' }).getByRole('link', { name: 'Data' }));
    await click(page, page.getByRole('link', { name: /lærte tilknytninger/ }));
    expect(await h1(page)).toBe('Lærte tilknytninger');
    const rows = page.locator('main tbody tr');
    expect(await rows.count()).toBe(3);
    await expectNoAxeViolations(page, 'learned mappings');
    await click(page, page.getByRole('button', { name: 'Glem tilknytningen af „Forældretilfredshed pct.“' }));
    expect(await statusText(page)).toBe('Tilknytningen af „Forældretilfredshed pct.“ er glemt. Næste fil med det navn spørger igen.');
    expect(await rows.count()).toBe(2);
    expect(await text(page.locator('main tbody'))).not.toContain('Forældretilfredshed');
    await expectNoAxeViolations(page, 'learned mappings after removing one');
    await page.context().close();
  }, FLOW_TIMEOUT);
});

describe('dates and focus after save', () => {
  it('refuses impossible dates in the date input with Danish messages, keeping what was typed', async () => {
    const { groupA } = bw.world.ids;
    const page = await bw.newPage();
    await bw.login(page, 'editorA');
    await page.goto(`/grupper/${groupA}/moeder/nyt`);
    await page.locator('#title').fill('Ledermøde februar');
    const setDate = async (day: string, month: string, year: string) => {
      await page.locator('#date-day').fill(day);
      await page.locator('#date-month').fill(month);
      await page.locator('#date-year').fill(year);
      await click(page, page.getByRole('button', { name: 'Opret mødet' }));
    };
    const cases: Array<[string, string, string, string, string]> = [
      ['31', '2', '2027', 'date-day', 'Februar har kun 28 dage i 2027.'],
      ['29', '2', '2027', 'date-day', '2027 er ikke et skudår, så februar har kun 28 dage.'],
      ['1o', '3', '2027', 'date-day', 'Dagen skal være et tal fra 1 til 31, ikke „1o“.'],
      ['3', '', '', 'date-month', 'Mødets dato mangler måned og år.'],
      ['3', '3', '27', 'date-year', 'Skriv året med fire cifre, fx 2027, ikke „27“.'],
      ['3', '3', '1999', 'date-year', 'Året skal ligge fra 2000 til 2100, ikke 1999.'],
    ];
    for (const [day, month, year, anchor, message] of cases) {
      await setDate(day, month, year);
      await expect.poll(() => focusedId(page)).toBe('error-summary');
      expect(await text(page.locator(`#error-summary a[href="#${anchor}"]`)), `${day}/${month}/${year}`).toBe(message);
      expect(await text(page.locator('#date-error'))).toBe(`Fejl: ${message}`);
      expect(await page.locator(`#${anchor}`).getAttribute('aria-invalid')).toBe('true');
      expect([await page.locator('#date-day').inputValue(), await page.locator('#date-month').inputValue(), await page.locator('#date-year').inputValue()]).toEqual([day, month, year]);
      expect(await page.locator('#title').inputValue()).toBe('Ledermøde februar');
    }
    await expectNoAxeViolations(page, 'date input with an error');
    // The link in the summary puts the cursor in the part to fix.
    await page.locator('#error-summary a').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('date-year');
    await setDate('28', 'februar', '2027');
    expect(pathOf(page)).toMatch(new RegExp(`^/grupper/${groupA}/moeder/\\d+$`));
    expect(await text(page.locator('.font-lead').first())).toContain('28. februar 2027');
    await page.context().close();
  }, FLOW_TIMEOUT);

  it('returns to the changed agenda item and to the changed action, with focus on them', async () => {
    const { groupA } = bw.world.ids;
    const page = await bw.newPage();
    await bw.login(page, 'editorA');
    await page.goto(`/grupper/${groupA}/moeder/${meetingId}`);
    await page.locator('#topic').fill('Ny vagtplan – erfaringer');
    await click(page, page.getByRole('button', { name: 'Tilføj emne' }));
    expect(await statusText(page)).toBe('Punktet er sat på dagsordenen.');
    const added = page.locator('.agenda__item', { hasText: 'Ny vagtplan – erfaringer' });
    const addedId = (await added.getAttribute('id'))!;
    expect(new URL(page.url()).hash).toBe(`#${addedId}`);
    await expect.poll(() => focusedId(page)).toBe(addedId);
    // Moved up: still the same item with focus.
    await click(page, added.getByRole('button', { name: /Flyt op/ }));
    await expect.poll(() => focusedId(page)).toBe(addedId);
    expect(await page.locator('.agenda__item h3').first().textContent()).toBe('Ny vagtplan – erfaringer');
    await expectNoAxeViolations(page, 'meeting after an agenda change');

    await page.goto(`/grupper/${groupA}/handlinger`);
    const card = page.locator(`#handling-${actionId}`);
    await card.getByRole('combobox').selectOption('in-progress');
    await click(page, card.getByRole('button', { name: /Gem status/ }));
    expect(await statusText(page)).toBe('Handlingens status er gemt.');
    expect(new URL(page.url()).hash).toBe(`#handling-${actionId}`);
    await expect.poll(() => focusedId(page)).toBe(`handling-${actionId}`);
    await expectNoAxeViolations(page, 'actions after a status change');
    await page.context().close();
  }, FLOW_TIMEOUT);
});
