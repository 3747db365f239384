/**
 * A leader writes a SMARTE goal by keyboard alone (Tab, Enter, Space, arrow keys and typing; focus is
 * only placed directly where a keyboard user would Tab to), sees the verdicts beside the fields and
 * on the whole check, is refused activation while something is "mangler", follows the check's links
 * to fix it, and ends with every criterion "opfyldt" and an active goal. axe (WCAG 2.1 A/AA) runs on
 * every step, the error states, the check, the goal page and the goals list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations, startBrowserWorld, type BrowserWorld } from '../support/browser.js';
import { PASSWORD, people } from '../support/test-app.js';
import { upsertObservation } from '../../src/indicators/observation-queries.js';
import { parseCanonical } from '../../src/periods/period.js';

const FLOW_TIMEOUT = 180_000;

let bw: BrowserWorld;
beforeAll(async () => {
  bw = await startBrowserWorld();
  // Two years of Sygefravær before the world's 2026K1 = 7,7 and 2026K2 = 7,5, so R can judge the pace.
  const history: [string, number][] = [
    ['2024K1', 8.6], ['2024K2', 8.4], ['2024K3', 8.1], ['2024K4', 7.9],
    ['2025K1', 7.8], ['2025K2', 7.9], ['2025K3', 7.8], ['2025K4', 7.7],
  ];
  for (const [period, value] of history) {
    await upsertObservation(bw.world.db, bw.world.ids.sickLeave, { period: parseCanonical(period), value, comment: null, userId: null });
  }
});
afterAll(async () => {
  await bw?.close();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const path = (page: Page) => new URL(page.url()).pathname;
const h1 = async (page: Page) => (await page.getByRole('heading', { level: 1 }).textContent())?.trim();

async function navigates(page: Page, action: () => Promise<unknown>): Promise<void> {
  const committed = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await action();
  await committed;
  await page.waitForLoadState('load');
}

async function pressEnterOn(page: Page, target: Locator): Promise<void> {
  await target.focus();
  await navigates(page, () => page.keyboard.press('Enter'));
}

/** Tabs forward until the element with this id has focus (at most `limit` presses). */
async function tabTo(page: Page, id: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  expect(await focusedId(page)).toBe(id);
}

/** Tabs forward to the button with this text and presses Enter on it. */
async function tabToButtonAndPress(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const text = await page.evaluate(() => (document.activeElement?.tagName === 'BUTTON' ? document.activeElement.textContent?.trim() : ''));
    if (text === name) return navigates(page, () => page.keyboard.press('Enter'));
    await page.keyboard.press('Tab');
  }
  throw new Error(`no button "${name}" reached by Tab`);
}

async function typeInto(page: Page, id: string, text: string): Promise<void> {
  expect(await focusedId(page)).toBe(id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** The verdict the step indicator shows for a letter, as text. */
async function stepVerdict(page: Page, title: string): Promise<string> {
  const item = page.getByRole('navigation', { name: 'Trin i målet' }).getByRole('listitem').filter({ hasText: title });
  return ((await item.locator('.step-verdict').textContent()) ?? '').trim();
}

async function panelVerdict(page: Page): Promise<string> {
  return ((await page.locator('.verdict-panel .criterion__head .status-badge').textContent()) ?? '').trim();
}

const goalTitle = 'Lavere sygefravær i hjemmeplejen';
const goodDescription =
  'Sygefraværet blandt medarbejderne i hjemmeplejen skal ned fra 7,5 % til 6,9 %, så borgerne oftere møder kendte ansigter.';

describe('writing a SMARTE goal by keyboard', () => {
  it('goes through every step, is told what is missing, fixes it and makes the goal active', async () => {
    const { groupA } = bw.world.ids;
    const goals = `/grupper/${groupA}/maal`;
    const page = await bw.newPage();

    // Log in by keyboard; Ellen lands on her group's page.
    await page.goto('/log-ind');
    await page.locator('#email').focus();
    await page.keyboard.type(people.editorA.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(path(page)).toBe(`/grupper/${groupA}`);
    expect(await page.locator('#goals-heading').textContent()).toBe('Mål');

    // The goals list, empty, and the first step.
    await pressEnterOn(page, page.getByRole('link', { name: 'Mål – alle gruppens mål' }));
    expect(path(page)).toBe(goals);
    expect(await page.locator('main').textContent()).toContain('Gruppen har ingen mål endnu.');
    await expectNoAxeViolations(page, 'empty goals list');
    await pressEnterOn(page, page.getByRole('link', { name: 'Nyt mål' }));
    expect(await h1(page)).toBe('S – Specifik');
    expect(await page.locator('.seed-quote').textContent()).toContain('Det skal formuleres på en måde, så alle ved, hvad der tales om.');
    await expectNoAxeViolations(page, 'step S, new goal');

    // S: a description too short to say anything. Enter in the last field means "Næste".
    await page.locator('#title').focus();
    await page.keyboard.type(goalTitle);
    await page.keyboard.press('Tab');
    await typeInto(page, 'description', 'Færre sygedage.');
    await page.keyboard.press('Tab');
    await typeInto(page, 'responsible', 'Områdeleder Hanne Berg');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(await h1(page)).toBe('M – Målbar');
    expect(await stepVerdict(page, 'Specifik')).toBe('Mangler');
    await expectNoAxeViolations(page, 'step M before an indicator is chosen');

    // M: choose the indicator with Space, write the target; the baseline is proposed from the data.
    await page.locator('#indicatorId').focus();
    await page.keyboard.press('Space');
    expect(await page.locator('#indicatorId').isChecked()).toBe(true);
    await tabTo(page, 'targetValue');
    await page.keyboard.type('6,9');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(await h1(page)).toBe('M – Målbar');
    expect(await page.getByRole('status').textContent()).toContain('Vi har foreslået udgangspunktet.');
    expect(await page.locator('#baselineValue').inputValue()).toBe('7,5');
    expect(await page.locator('#baselinePeriod').inputValue()).toBe('2. kvt. 2026');
    expect(await page.locator('#baselineValue-hint').textContent()).toBe('Fra jeres data: 7,5 % i 2. kvt. 2026.');
    expect(await panelVerdict(page)).toBe('Opfyldt');
    await expectNoAxeViolations(page, 'step M with the proposed baseline');

    // A number that cannot be read is a hard error: summary first, message beside the field.
    await page.locator('#targetValue').focus();
    await typeInto(page, 'targetValue', '1.234');
    await navigates(page, () => page.keyboard.press('Enter'));
    await expect.poll(() => focusedId(page)).toBe('error-summary');
    const link = page.locator('#error-summary a[href="#targetValue"]');
    expect((await link.textContent())?.trim()).toBe('„1.234“ kan betyde både 1234 og 1,234. Skriv 1234 eller 1,234.');
    expect(await page.locator('#targetValue').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#targetValue').inputValue()).toBe('1.234');
    await expectNoAxeViolations(page, 'step M with an unreadable number');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('targetValue');
    await typeInto(page, 'targetValue', '6,9');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(await h1(page)).toBe('A – Accepteret');
    await expectNoAxeViolations(page, 'step A');

    // A: the party with the arrow keys on the select, then how and when.
    await page.locator('#acceptance-0-party').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#acceptance-0-party').inputValue()).toBe('employees');
    await tabTo(page, 'acceptance-0-how');
    await page.keyboard.type('MED-udvalget godkendte målet');
    await page.keyboard.press('Tab');
    await typeInto(page, 'acceptance-0-when', '12. november 2026');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(await h1(page)).toBe('R – Realistisk');
    expect(await stepVerdict(page, 'Accepteret')).toBe('Opfyldt');
    await expectNoAxeViolations(page, 'step R');

    // R: two text areas (Enter makes a new line there), then Tab to "Næste".
    await page.locator('#resources').focus();
    await page.keyboard.type('To timer om ugen til arbejdsmiljørepræsentanten og en samtale senest 14 dage efter første sygedag.');
    await page.keyboard.press('Tab');
    await typeInto(page, 'realismReasoning', 'I 2024 fik vi fraværet ned med tidlige samtaler. Vi genindfører det, der virkede.');
    await tabToButtonAndPress(page, 'Næste: T – Tidsbestemt');
    expect(await h1(page)).toBe('T – Tidsbestemt');
    await expectNoAxeViolations(page, 'step T');

    // T: the deadline as Danish write it.
    await page.locator('#deadline').focus();
    await page.keyboard.type('4. kvt. 2027');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(await h1(page)).toBe('E – Engagerende');
    expect(await stepVerdict(page, 'Realistisk')).toBe('Opfyldt');
    expect(await stepVerdict(page, 'Tidsbestemt')).toBe('Opfyldt');
    await expectNoAxeViolations(page, 'step E');

    // E: the why, but nobody named to drive the work.
    await page.locator('#whyItMatters').focus();
    await page.keyboard.type('Når en kollega er syg, møder borgerne vikarer, som ikke kender deres vaner. Færre sygedage giver ro.');
    await tabToButtonAndPress(page, 'Næste: Tjek hele målet');

    // The whole check: S and E are "mangler", the others are met.
    expect(await h1(page)).toBe('Tjek hele målet');
    const verdicts = await page.locator('.criteria-list .criterion').evaluateAll((sections) =>
      sections.map((s) => `${s.querySelector('h2')?.textContent?.trim()}: ${s.querySelector('.status-badge')?.textContent?.trim()}`),
    );
    expect(verdicts).toEqual(['S Specifik: Mangler', 'M Målbar: Opfyldt', 'A Accepteret: Opfyldt', 'R Realistisk: Opfyldt', 'T Tidsbestemt: Opfyldt', 'E Engagerende: Mangler']);
    // Every verdict is text with an icon, never colour alone.
    expect(await page.locator('.criteria-list .status-badge svg use').count()).toBe(6);
    await expectNoAxeViolations(page, 'the whole check');

    // Activation is refused; the summary links to the fields to fix.
    await pressEnterOn(page, page.getByRole('button', { name: 'Gør målet aktivt' }));
    await expect.poll(() => focusedId(page)).toBe('error-summary');
    expect(await page.locator('#error-summary h2').textContent()).toBe('Målet kan ikke gøres aktivt endnu');
    const fixes = await page.locator('#error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(fixes).toEqual([`${goals}/${goalIdOf(page)}/trin/s#description`, `${goals}/${goalIdOf(page)}/trin/e#drivenBy`]);
    await expectNoAxeViolations(page, 'the check with activation refused');

    // Follow the first link: step S opens with the cursor in the description.
    await page.keyboard.press('Tab');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(await h1(page)).toBe('S – Specifik');
    await expect.poll(() => focusedId(page)).toBe('description');
    expect(await panelVerdict(page)).toBe('Mangler');
    await typeInto(page, 'description', goodDescription);
    await tabToButtonAndPress(page, 'Gem og tjek igen');
    expect(await h1(page)).toBe('S – Specifik');
    expect(await panelVerdict(page)).toBe('Opfyldt');
    await expectNoAxeViolations(page, 'step S after the fix');

    // Then E, through the step indicator.
    await pressEnterOn(page, page.getByRole('navigation', { name: 'Trin i målet' }).getByRole('link', { name: /Engagerende/ }));
    await page.locator('#drivenBy').focus();
    await page.keyboard.type('Teamlederne i hjemmeplejen');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(await h1(page)).toBe('Tjek hele målet');
    expect(await page.locator('.check-summary').textContent()).toContain('Alle seks kriterier er opfyldt.');
    expect(await page.locator('.criteria-list .status-badge').allTextContents()).toEqual(Array(6).fill(' Opfyldt'));
    await expectNoAxeViolations(page, 'the whole check, all met');

    // Active.
    await pressEnterOn(page, page.getByRole('button', { name: 'Gør målet aktivt' }));
    expect(path(page)).toMatch(new RegExp(`^${goals}/\\d+$`));
    expect(await h1(page)).toBe(goalTitle);
    expect(await page.getByRole('status').textContent()).toContain('Målet er aktivt.');
    expect((await page.locator('.goal-header__meta .badge').textContent())?.trim()).toBe('Aktiv');
    const progress = page.locator('.progress-box');
    expect((await progress.locator('.status-badge').textContent())?.trim()).toBe('Mangler data');
    expect(await progress.locator('.status-badge use').getAttribute('href')).toBe('/dkfds/img/all-svg-icons.svg#help');
    expect(await progress.textContent()).toContain('Tallet for 3. kvt. 2026 mangler.');
    expect(await page.locator('#history-heading + table').textContent()).toContain('fra kladde til aktiv');
    await expectNoAxeViolations(page, 'the goal page');

    // The list, filtered by keyboard to drafts (none) and back to active goals.
    await pressEnterOn(page, page.getByRole('navigation', { name: 'Brødkrumme' }).getByRole('link', { name: 'Mål' }));
    expect(path(page)).toBe(goals);
    await page.locator('#status').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#status').inputValue()).toBe('kladde');
    await tabToButtonAndPress(page, 'Vis');
    expect(new URL(page.url()).search).toBe('?status=kladde');
    expect(await page.locator('main').textContent()).toContain('Der er ingen mål med den status.');
    await page.locator('#status').focus();
    await page.keyboard.press('ArrowDown');
    await tabToButtonAndPress(page, 'Vis');
    expect(new URL(page.url()).search).toBe('?status=aktiv');
    const row = page.locator('.goal-table tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.locator('th').textContent()).toBe(goalTitle);
    await expectNoAxeViolations(page, 'the goals list filtered to active goals');
    await page.context().close();
  }, FLOW_TIMEOUT);
});

function goalIdOf(page: Page): string {
  return /\/maal\/(\d+)/.exec(page.url())?.[1] ?? '';
}
