/**
 * A whole ledermøde in a real browser, by keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys
 * and typing; no clicks): Ellen goes from the group page to "Ledermøder", creates a meeting with the
 * suggested agenda, runs it in meeting mode, writes notes, records an action with the three closing
 * questions, closes the meeting and reads the minutes (also as print and PDF). The next meeting opens
 * with the follow-up of that action, whose status she changes to "I gang". axe (WCAG 2.1 A/AA) runs on
 * every page of the way, on the dashboard, the actions list and the indicator page with its chart.
 */
import { existsSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { accessibleNameAndDescription, expectNoAxeViolations, startBrowserWorld, type BrowserWorld } from '../support/browser.js';
import { PASSWORD, people } from '../support/test-app.js';
import { insertIndicator } from '../../src/indicators/indicator-queries.js';
import { upsertObservation } from '../../src/indicators/observation-queries.js';
import { parseCanonical } from '../../src/periods/period.js';
import { messages as meetingMessages } from '../../src/meetings/meeting.js';
import { messages as actionMessages } from '../../src/meetings/action.js';

const FLOW_TIMEOUT = 120_000;
const PDF_PATH = '/tmp/referat.pdf';

const FIRST = { title: 'Ledermøde december', date: '2026-12-03', attendees: 'Ellen, Rasmus' };
const NEXT = { title: 'Ledermøde januar', date: '2027-01-14' };
const TOPIC = 'Ny vagtplan – erfaringer';
const NOTES = 'Sygefraværet steg igen i 3. kvartal. Vi tror, det hænger sammen med den nye vagtplan.';
const ACTION = {
  whatAndWhy: 'Vi genindfører faste teams i weekenden, fordi fraværet steg efter den nye vagtplan.',
  howAndWho: 'Planlæggerne lægger vagtplanen om; lederne forklarer det på personalemøderne.',
  responsible: 'Ellen Redaktør',
  dueDate: '2027-03-31',
  startPeriod: '2027K1',
};

let bw: BrowserWorld;
let satisfaction: number;

beforeAll(async () => {
  bw = await startBrowserWorld();
  const { db, ids } = bw.world;
  // More history, and two indicators that went the wrong way in 3. kvt. 2026 by more than their normal
  // variation, so the suggested agenda has something to suggest whatever day the test runs.
  const history: [string, number, string | null][] = [
    ['2024K1', 7.1, null],
    ['2024K2', 6.9, null],
    ['2024K3', 7.0, null],
    ['2024K4', 7.2, null],
    ['2025K1', 7.1, null],
    ['2025K2', 6.9, null],
    ['2025K3', 7.0, 'Influenza på to plejecentre'],
    ['2025K4', 7.2, null],
    ['2026K3', 8.4, null],
  ];
  for (const [period, value, comment] of history) {
    await upsertObservation(db, ids.sickLeave, { period: parseCanonical(period), value, comment, userId: null });
  }
  const indicator = await insertIndicator(db, ids.groupA, {
    code: 'TILF',
    name: 'Borgertilfredshed',
    definition: 'Gennemsnit af svar på 1–5 i den løbende brugerundersøgelse.',
    whyItMatters: 'Viser, om borgerne oplever hjælpen som god.',
    unit: 'point',
    decimals: 1,
    direction: 'up',
    rangeMin: null,
    rangeMax: null,
    frequency: 'quarter',
    dataSource: 'Brugerundersøgelsen',
    deliveredBy: 'Kvalitetsteamet',
  });
  satisfaction = indicator.id;
  const scores = [['2024K3', 4.2], ['2024K4', 4.1], ['2025K1', 4.2], ['2025K2', 4.3], ['2025K3', 4.2], ['2025K4', 4.1], ['2026K1', 4.1], ['2026K2', 4.2], ['2026K3', 3.6]] as const;
  for (const [period, value] of scores) {
    await upsertObservation(db, satisfaction, { period: parseCanonical(period), value, comment: null, userId: null });
  }
});

afterAll(async () => {
  await bw?.close();
});

const pathOf = (page: Page) => new URL(page.url()).pathname;
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const h1 = async (page: Page) => (await page.getByRole('heading', { level: 1 }).textContent())?.replace(/\s+/g, ' ').trim();
const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Runs an action that loads a new document (submit, link, redirect) and waits until that document has loaded. */
async function navigates(page: Page, action: () => Promise<unknown>): Promise<void> {
  const committed = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await action();
  await committed;
  await page.waitForLoadState('load');
}

/**
 * Presses Tab (or Shift+Tab) until the target has keyboard focus: proves it is reachable by keyboard
 * in a sensible number of steps, without ever calling focus() on it.
 */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 120 } = {}): Promise<void> {
  await target.waitFor({ state: 'attached' });
  for (let i = 0; i <= max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(target)} was not reached with ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/** Tab to a link or button and press Enter; waits for the page it leads to. */
async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await navigates(page, () => page.keyboard.press('Enter'));
}

/**
 * Types a date into DKFDS's date input by keyboard, focus on its day field: day, Tab, month, Tab, year,
 * as a Dane writes it; Ctrl+A first, so a filled-in date (the new meeting's today) is typed over.
 */
async function typeDate(page: Page, field: string, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const parts: [string, string][] = [['day', String(Number(d))], ['month', String(Number(m))], ['year', y]];
  for (const [i, [part, text]] of parts.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe(`${field}-${part}`);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
  }
}

/** The three fields of a date input, as they show. */
async function dateShown(page: Page, field: string): Promise<string> {
  const parts = await Promise.all(['day', 'month', 'year'].map((p) => page.locator(`#${field}-${p}`).inputValue()));
  return parts.join(' ');
}

/** The error summary is shown, focused by app.js, and links to the field; Tab + Enter on the link lands in the field. */
async function expectErrorSummaryFor(page: Page, field: string, message: string): Promise<void> {
  const summary = page.locator('#error-summary');
  await expect.poll(() => summary.isVisible()).toBe(true);
  await expect.poll(() => focusedId(page)).toBe('error-summary');
  expect((await summary.locator(`a[href="#${field}"]`).textContent())?.trim()).toBe(message);
  expect(await page.locator(`#${field}`).getAttribute('aria-invalid')).toBe('true');
  expect(await page.locator(`#${field}-error`).textContent()).toContain(message);
}

async function followErrorLink(page: Page, field: string): Promise<void> {
  await tabTo(page, page.locator(`#error-summary a[href="#${field}"]`));
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedId(page)).toBe(field);
}

/** Opens a <details> by keyboard: Tab to its summary, then Space (Enter works too). */
async function openDetails(page: Page, summary: Locator, key: 'Enter' | 'Space' = 'Space'): Promise<void> {
  await tabTo(page, summary);
  await page.keyboard.press(key);
  await expect.poll(() => summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open)).toBe(true);
}

async function statusText(page: Page): Promise<string> {
  return ((await page.getByRole('status').first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

async function loginByKeyboard(page: Page): Promise<void> {
  await page.goto('/log-ind');
  await tabTo(page, page.locator('#email'));
  await page.keyboard.type(people.editorA.email);
  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe('password');
  await page.keyboard.type(PASSWORD);
  await navigates(page, () => page.keyboard.press('Enter'));
  expect(pathOf(page)).toBe(`/grupper/${bw.world.ids.groupA}`);
}

describe('a ledermøde by keyboard alone', () => {
  let page: Page;
  let meetingPath = '';
  let titles: string[] = [];

  beforeAll(async () => {
    page = await bw.newPage();
  });

  it('creates a meeting with the suggested agenda, after an error for the missing title', async () => {
    const { groupA, sickLeave } = bw.world.ids;
    await loginByKeyboard(page);

    await activate(page, page.getByRole('link', { name: 'Ledermøder', exact: true }));
    expect(pathOf(page)).toBe(`/grupper/${groupA}/moeder`);
    expect(await h1(page)).toBe('Ledermøder');
    expect(await page.locator('main').textContent()).toContain('Gruppen har ingen møder endnu.');
    await expectNoAxeViolations(page, 'meetings list (empty)');

    await activate(page, page.getByRole('link', { name: 'Nyt ledermøde' }));
    expect(pathOf(page)).toBe(`/grupper/${groupA}/moeder/nyt`);
    expect(await h1(page)).toBe('Nyt ledermøde');
    // Both indicators went the wrong way: suggested, with the reason, and ticked by default.
    for (const id of [sickLeave, satisfaction]) {
      expect(await page.locator(`#indicator-${id}`).isChecked(), `indicator ${id} ticked`).toBe(true);
      expect(await page.locator(`#reason-${id}`).textContent()).toContain('Gik den forkerte vej');
    }
    await expectNoAxeViolations(page, 'new meeting form');

    // Submitting without a title: the summary says so, and the ticks are kept.
    await activate(page, page.getByRole('button', { name: 'Opret mødet' }));
    await expectErrorSummaryFor(page, 'title', meetingMessages.titleRequired);
    expect(await page.locator(`#indicator-${sickLeave}`).isChecked()).toBe(true);
    expect(await page.locator(`#indicator-${satisfaction}`).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'new meeting form with an error');

    await followErrorLink(page, 'title');
    await page.keyboard.type(FIRST.title);
    await page.keyboard.press('Tab');
    await typeDate(page, 'date', FIRST.date);
    await tabTo(page, page.locator('#attendees'));
    await page.keyboard.type(FIRST.attendees);
    // Space toggles a checkbox: untick and tick again, and it is still on the agenda.
    const box = page.locator(`#indicator-${satisfaction}`);
    await tabTo(page, box);
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(false);
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await tabTo(page, page.locator('#topic'));
    await page.keyboard.type(TOPIC);
    await activate(page, page.getByRole('button', { name: 'Opret mødet' }));

    expect(pathOf(page)).toMatch(new RegExp(`^/grupper/${groupA}/moeder/\\d+$`));
    meetingPath = pathOf(page);
    expect(await h1(page)).toBe(FIRST.title);
    expect(await statusText(page)).toContain('Mødet er oprettet');
    expect(await page.locator('.font-lead').first().textContent()).toContain('3. december 2026');
    titles = (await page.locator('.agenda__item h3').allTextContents()).map((t) => t.trim());
    expect(titles).toHaveLength(3);
    expect(new Set(titles)).toEqual(new Set(['Sygefravær', 'Borgertilfredshed', TOPIC]));
    expect(titles[2]).toBe(TOPIC);
    // The agenda's small charts read at the size of the text beside them, not blown up to twice it.
    const chartText = await page.$$eval('.agenda__item svg.trend-chart__svg', (svgs) =>
      svgs
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .map((svg) => {
          const text = svg.querySelector('text');
          const size = text ? Number.parseFloat(getComputedStyle(text).fontSize) : 0;
          return (size * svg.getBoundingClientRect().width) / (svg as SVGSVGElement).viewBox.baseVal.width;
        }),
    );
    expect(chartText.length).toBeGreaterThan(0);
    for (const size of chartText) expect(size).toBeLessThanOrEqual(18);
    await expectNoAxeViolations(page, 'meeting overview');
  }, FLOW_TIMEOUT);

  it('runs the meeting: arrow keys and "Næste punkt", notes, an action (first with an error)', async () => {
    await activate(page, page.getByRole('link', { name: 'Start mødet' }));
    expect(pathOf(page)).toBe(`${meetingPath}/afvikling/1`);
    expect(await h1(page)).toBe(titles[0]);
    expect(await page.locator('.meeting-steps__count').textContent()).toBe('Punkt 1 af 3');
    // The chart with its numbers: open the table by keyboard before axe looks.
    await openDetails(page, page.locator('.trend-chart__details > summary').first(), 'Enter');
    await expectNoAxeViolations(page, 'meeting mode, an item slide');

    // Arrow keys move between items when focus is not in a field.
    await navigates(page, () => page.keyboard.press('ArrowRight'));
    expect(pathOf(page)).toBe(`${meetingPath}/afvikling/2`);
    expect(await h1(page)).toBe(titles[1]);
    await navigates(page, () => page.keyboard.press('ArrowLeft'));
    expect(pathOf(page)).toBe(`${meetingPath}/afvikling/1`);
    // … and so does the "Næste punkt" link.
    await activate(page, page.getByRole('link', { name: /Næste punkt/ }));
    expect(pathOf(page)).toBe(`${meetingPath}/afvikling/2`);
    await activate(page, page.getByRole('link', { name: /Næste punkt/ }));
    expect(pathOf(page)).toBe(`${meetingPath}/afvikling/3`);
    expect(await h1(page)).toBe(TOPIC);
    expect(await page.getByRole('link', { name: /Næste punkt/ }).count()).toBe(0);
    await navigates(page, () => page.keyboard.press('ArrowLeft'));
    await navigates(page, () => page.keyboard.press('ArrowLeft'));
    expect(pathOf(page)).toBe(`${meetingPath}/afvikling/1`);
    const slide = pathOf(page);
    const itemTitle = titles[0]!;

    // Notes. Arrow keys inside the text field move the caret, not the meeting.
    const notes = page.locator('#notes');
    await tabTo(page, notes);
    await page.keyboard.type(NOTES);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    expect(pathOf(page)).toBe(slide);
    const save = page.getByRole('button', { name: 'Gem noter' });
    await page.keyboard.press('Tab');
    expect(await isFocused(save)).toBe(true);
    // Shift+Tab goes back into the notes; Tab returns to the button.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedId(page)).toBe('notes');
    await page.keyboard.press('Tab');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(pathOf(page)).toBe(slide);
    expect(await statusText(page)).toContain('Noterne er gemt.');
    expect(await page.locator('#notes').inputValue()).toBe(NOTES);
    // Back at the notes, with focus on their section (not in the field, so the arrow keys still move on).
    await expect.poll(() => focusedId(page)).toBe('noter');

    // An action: the form sits in a <details>, opened by keyboard. The responsible is left out first.
    await openDetails(page, page.locator('summary', { hasText: 'Aftal en handling' }));
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('whatAndWhy');
    await page.keyboard.type(ACTION.whatAndWhy);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('howAndWho');
    await page.keyboard.type(ACTION.howAndWho);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('responsibleUserId');
    await page.keyboard.press('Tab');
    // The name field is for someone outside the group; left empty.
    expect(await focusedId(page)).toBe('responsible');
    await page.keyboard.press('Tab');
    await typeDate(page, 'dueDate', ACTION.dueDate);
    await tabTo(page, page.locator('#startPeriod'));
    await page.keyboard.type(ACTION.startPeriod);
    await navigates(page, () => page.keyboard.press('Enter'));

    await expectErrorSummaryFor(page, 'responsibleUserId', actionMessages.responsibleRequired);
    expect(await page.locator('#error-summary li').count()).toBe(1);
    expect(await page.locator('details:has(#responsibleUserId)').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('#whatAndWhy').inputValue()).toBe(ACTION.whatAndWhy);
    expect(await page.locator('#howAndWho').inputValue()).toBe(ACTION.howAndWho);
    expect(await dateShown(page, 'dueDate')).toBe('31 3 2027');
    expect(await page.locator('#startPeriod').inputValue()).toBe(ACTION.startPeriod);
    expect(await h1(page)).toBe(itemTitle);
    await expectNoAxeViolations(page, 'meeting mode, action form with an error');

    // The responsible is a member: chosen in the select by typing the start of the name.
    await followErrorLink(page, 'responsibleUserId');
    await page.keyboard.type(ACTION.responsible);
    expect(await page.locator('#responsibleUserId option:checked').textContent()).toBe(ACTION.responsible);
    await activate(page, page.getByRole('button', { name: 'Gem handlingen' }));
    expect(pathOf(page)).toBe(slide);
    expect(await statusText(page)).toContain(`Handlingen er gemt: „${ACTION.whatAndWhy}“.`);
    const decided = page.locator('section[aria-labelledby="decide-heading"] .action-card');
    expect(await decided.count()).toBe(1);
    // Focus is on the new action.
    const decidedId = (await decided.getAttribute('id'))!;
    expect(new URL(page.url()).hash).toBe(`#${decidedId}`);
    await expect.poll(() => focusedId(page)).toBe(decidedId);
    const card = ((await decided.textContent()) ?? '').replace(/\s+/g, ' ');
    for (const text of [ACTION.whatAndWhy, ACTION.howAndWho, `Ansvarlig: ${ACTION.responsible}`, 'Senest 31. marts 2027', 'Fra 1. kvt. 2027', 'Ikke startet']) {
      expect(card).toContain(text);
    }
    await expectNoAxeViolations(page, 'meeting mode with a decided action');
  }, FLOW_TIMEOUT);

  it('closes the meeting and shows the minutes, on screen, in print and as a PDF', async () => {
    await activate(page, page.getByRole('link', { name: 'Tilbage til dagsordenen' }));
    expect(pathOf(page)).toBe(meetingPath);
    await activate(page, page.getByRole('button', { name: 'Afslut mødet' }));
    expect(pathOf(page)).toBe(`${meetingPath}/referat`);
    expect(await statusText(page)).toContain('Mødet er afsluttet. Referatet er klar.');
    expect(await h1(page)).toBe(`Referat: ${FIRST.title}`);
    const first = page.locator('section.minutes__item').filter({ has: page.getByRole('heading', { level: 3, name: `1. ${titles[0]}` }) });
    expect(await first.locator('.minutes__notes').textContent()).toBe(NOTES);
    const decision = ((await first.locator('li', { hasText: ACTION.whatAndWhy }).textContent()) ?? '').replace(/\s+/g, ' ');
    expect(decision).toContain(`Ansvarlig: ${ACTION.responsible}. Senest 31. marts 2027. Effekt forventes fra 1. kvt. 2027.`);
    const main = (await page.locator('main').textContent()) ?? '';
    expect((await page.locator('.minutes__roles').textContent())?.replace(/\s+/g, ' ')).toContain(`Deltagere: ${FIRST.attendees}`);
    expect(main).toContain(`3. ${TOPIC}`);
    await expectNoAxeViolations(page, 'minutes');

    // Print: print.css hides the site's header and navigation and puts each agenda item on a page of its own.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.header').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    for (const selector of ['header.header', 'nav[aria-label="Hovedmenu"]', 'nav[aria-label="Brødkrumme"]', 'nav#gruppemenu', 'footer', 'a.skipnav[href="#main-content"]', 'a.skipnav[href="#gruppemenu"]']) {
      expect(await page.locator(selector).isVisible(), `${selector} hidden in print`).toBe(false);
    }
    expect(await page.getByRole('button', { name: 'Udskriv referatet' }).isVisible()).toBe(false);
    expect(await page.locator('main > .alert[role="status"]').isVisible(), 'the flash message is not printed').toBe(false);
    // The decisions come first; items follow without a page of their own each, in the screen's font.
    expect(await page.locator('.minutes__decisions').isVisible()).toBe(true);
    expect(await page.locator('body').evaluate((el) => getComputedStyle(el).fontFamily)).toContain('IBM Plex Sans');
    const breaks = await page.locator('section.minutes__item').evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
    expect(breaks).toHaveLength(3);
    expect(breaks.filter((b) => b === 'page')).toEqual([]);
    const pdf = await page.pdf({ path: PDF_PATH, format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(existsSync(PDF_PATH) && statSync(PDF_PATH).size > 10_000).toBe(true);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('header.header').isVisible()).toBe(true);
  }, FLOW_TIMEOUT);

  it('opens the next meeting with the follow-up, where the action is set to "I gang"', async () => {
    const { groupA } = bw.world.ids;
    await activate(page, page.getByRole('navigation', { name: 'Brødkrumme' }).getByRole('link', { name: 'Ledermøder' }));
    expect(pathOf(page)).toBe(`/grupper/${groupA}/moeder`);
    const row = page.getByRole('row', { name: new RegExp(FIRST.title) });
    expect(((await row.textContent()) ?? '').replace(/\s+/g, ' ')).toContain('Afsluttet');
    await expectNoAxeViolations(page, 'meetings list');

    await activate(page, page.getByRole('link', { name: 'Nyt ledermøde' }));
    await tabTo(page, page.locator('#title'));
    await page.keyboard.type(NEXT.title);
    await page.keyboard.press('Tab');
    await typeDate(page, 'date', NEXT.date);
    await activate(page, page.getByRole('button', { name: 'Opret mødet' }));
    expect(pathOf(page)).toMatch(new RegExp(`^/grupper/${groupA}/moeder/\\d+$`));
    const nextPath = pathOf(page);
    expect(nextPath).not.toBe(meetingPath);
    const followUp = page.locator('section[aria-labelledby="followup-heading"]');
    expect(await followUp.getByRole('heading', { level: 2 }).textContent()).toContain(`Opfølgning fra ${FIRST.title}`);
    expect(await followUp.textContent()).toContain(ACTION.whatAndWhy);
    const nextItems = await page.locator('.agenda__item').count();
    expect(nextItems).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'next meeting overview with follow-up');

    await activate(page, page.getByRole('link', { name: 'Start mødet' }));
    expect(pathOf(page)).toBe(`${nextPath}/afvikling/1`);
    expect(await h1(page)).toBe(`Opfølgning fra ${FIRST.title}`);
    expect(await page.locator('.meeting-steps__count').textContent()).toBe('Opfølgning før punkterne');
    const card = page.locator('.action-card', { hasText: ACTION.whatAndWhy });
    expect(await card.locator('.action-card__status .badge').textContent()).toContain('Ikke startet');
    await expectNoAxeViolations(page, 'meeting mode, the follow-up slide');

    // The status by keyboard: Tab to the select, ArrowDown to "I gang", Tab to "Gem status", Enter.
    const select = card.getByRole('combobox');
    await tabTo(page, select);
    await page.keyboard.press('ArrowDown');
    expect(await select.inputValue()).toBe('in-progress');
    // Then a comment on the change, dated in the action's history.
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toMatch(/^comment-\d+$/);
    await page.keyboard.type('Første makkerpar er i gang.');
    await page.keyboard.press('Tab');
    expect(await isFocused(card.getByRole('button', { name: /Gem status/ }))).toBe(true);
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(pathOf(page)).toBe(`${nextPath}/afvikling/1`);
    expect(await statusText(page)).toContain('Handlingens status er gemt.');
    const updated = page.locator('.action-card', { hasText: ACTION.whatAndWhy });
    expect(await updated.locator('.action-card__status .badge').textContent()).toContain('I gang');
    expect(await updated.getByRole('combobox').inputValue()).toBe('in-progress');
    await expectNoAxeViolations(page, 'the follow-up slide after a status change');

    // From the follow-up, ArrowRight goes on to the first agenda item.
    await navigates(page, () => page.keyboard.press('ArrowRight'));
    expect(pathOf(page)).toBe(`${nextPath}/afvikling/2`);
    // Numbered as the agenda and the minutes number it: the follow-up does not count.
    expect(await page.locator('.meeting-steps__count').textContent()).toBe(`Punkt 1 af ${nextItems}`);
  }, FLOW_TIMEOUT);

  it('keeps the dashboard, the actions list and the indicator page with its chart accessible', async () => {
    const { groupA, sickLeave } = bw.world.ids;
    await page.goto(`/grupper/${groupA}`);
    await activate(page, page.getByRole('navigation', { name: 'Menu for Ældre og Sundhed' }).getByRole('link', { name: 'Indikatorer' }));
    expect(pathOf(page)).toBe(`/grupper/${groupA}/indikatorer`);
    await expectNoAxeViolations(page, 'indicators list');
    await activate(page, page.getByRole('link', { name: 'Se udviklingen for alle indikatorer som grafer' }));
    expect(pathOf(page)).toBe(`/grupper/${groupA}/overblik`);
    expect(await h1(page)).toBe('Overblik');
    expect(await page.locator('.dashboard-card svg[role="img"]').count()).toBe(2);
    await expectNoAxeViolations(page, 'dashboard');

    await page.goto(`/grupper/${groupA}/moeder`);
    await activate(page, page.getByRole('link', { name: 'Se alle aftalte handlinger' }));
    expect(pathOf(page)).toBe(`/grupper/${groupA}/handlinger`);
    expect(await page.locator('.action-card', { hasText: ACTION.whatAndWhy }).locator('.badge').textContent()).toContain('I gang');
    await expectNoAxeViolations(page, 'actions list');

    // The indicator the action was decided on (the first agenda item).
    const name = titles[0]!;
    await page.goto(`/grupper/${groupA}/indikatorer/${name === 'Sygefravær' ? sickLeave : satisfaction}`);
    expect(await h1(page)).toBe(name);
    const chart = page.locator('figure.trend-chart');
    // Named by a short title and described by the caption, through ids, as a screen reader gets them.
    const accessible = await accessibleNameAndDescription(page, `figure.trend-chart svg.trend-chart__svg--wide`);
    expect(accessible.name).toBe(`Graf: ${name}`);
    expect(accessible.description).toBe((await chart.locator('figcaption').textContent())?.trim());
    // The action's start period is a marker on the chart, and the table lists it.
    await openDetails(page, chart.locator('.trend-chart__details > summary'));
    expect(await chart.locator('table').textContent()).toContain(`Handling fra ledermøde: ${ACTION.whatAndWhy}`);
    await expectNoAxeViolations(page, 'indicator page with its chart and table');
  }, FLOW_TIMEOUT);
});
