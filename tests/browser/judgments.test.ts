/**
 * What the judgments look like in a real browser: a meeting slide on a 1366×768 projector shows the
 * key figures, the whole chart and the questions without scrolling; the chart is named and described
 * for a screen reader; on a phone the chart is drawn for the width with text of 12 px or more; the
 * dashboard says in words which cards need attention and has one legend; the suggested agenda ticks at
 * most five. axe runs on every page state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibleNameAndDescription, expectNoAxeViolations, startBrowserWorld, type BrowserWorld } from '../support/browser.js';
import { insertIndicator } from '../../src/indicators/indicator-queries.js';
import { upsertObservation } from '../../src/indicators/observation-queries.js';
import { insertAction } from '../../src/meetings/action-queries.js';
import { insertItem, insertMeeting } from '../../src/meetings/meeting-queries.js';
import { parseCanonical } from '../../src/periods/period.js';

const TIMEOUT = 90_000;
let bw: BrowserWorld;
let meetingPath = '';

beforeAll(async () => {
  bw = await startBrowserWorld();
  const { db, ids } = bw.world;
  // Sick leave from 2023 with an intervention in 2025, and a wrong turn in 3. kvt. 2026.
  const values = [7.1, 6.9, 7.0, 7.2, 7.1, 6.9, 7.0, 7.2, 6.6, 6.4, 6.5, 6.3, 7.7, 7.5, 8.4];
  for (const [i, value] of values.entries()) {
    const period = parseCanonical(`${2023 + Math.floor(i / 4)}K${(i % 4) + 1}`);
    await upsertObservation(db, ids.sickLeave, { period, value, comment: i === 12 ? 'Ny vagtplan' : null, userId: null });
  }
  // Six more indicators whose 3. kvt. 2026 is missing: seven reasons for the agenda, of which five are ticked.
  for (const name of ['Borgertilfredshed', 'Faldulykker', 'Genindlæggelser', 'Rehabilitering', 'Ventetid', 'Visitation']) {
    const indicator = await insertIndicator(db, ids.groupA, {
      code: null, name, definition: 'Målt hvert kvartal.', whyItMatters: 'Viser om vi når borgerne.', unit: '%', decimals: 1,
      direction: 'up', rangeMin: null, rangeMax: null, frequency: 'quarter', dataSource: '', deliveredBy: '',
    });
    await upsertObservation(db, indicator.id, { period: parseCanonical('2026K2'), value: 60, comment: null, userId: null });
  }
  const meeting = await insertMeeting(db, ids.groupA, ids.users.editorA, { title: 'Ledermøde december', date: '2026-12-03', attendees: 'Ellen, Rasmus', startTime: null, durationMinutes: 120, location: '' });
  const item = await insertItem(db, meeting.id, { kind: 'indicator', indicatorId: ids.sickLeave, reason: null });
  await insertAction(
    db,
    { groupId: ids.groupA, meetingId: meeting.id, itemId: item.id, indicatorId: ids.sickLeave, goalId: null, userId: ids.users.editorA },
    { whatAndWhy: 'Faste makkerpar i nattevagten', howAndWho: 'Teamlederne', responsible: 'Ellen', dueDate: '2026-12-31', startPeriod: parseCanonical('2025K1'), interventionKind: 'organisation' },
  );
  meetingPath = `/grupper/${ids.groupA}/moeder/${meeting.id}`;
}, 60_000);

afterAll(async () => {
  await bw?.close();
});

async function signedIn(viewport: { width: number; height: number }): Promise<Page> {
  const context = await bw.browser.newContext({ baseURL: bw.baseUrl, viewport, locale: 'da-DK' });
  const page = await context.newPage();
  await bw.login(page, 'editorA');
  return page;
}

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not shown`);
  return found;
}

describe('a meeting slide on a projector', () => {
  it('shows key figures, the whole chart and the questions at 1366×768 without scrolling, and names the chart for a screen reader', async () => {
    const page = await signedIn({ width: 1366, height: 768 });
    await page.goto(`${meetingPath}/afvikling/1`);
    for (const selector of ['.key-figures', 'svg.trend-chart__svg--wide', '#questions-heading', '.reflection-questions li:last-child', '.meeting-item-head .status-badge']) {
      const b = await box(page, selector);
      expect(b.y, `${selector} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(b.y + b.height, `${selector} ends above the fold`).toBeLessThanOrEqual(768);
    }
    // The key figures stand above the chart.
    expect((await box(page, '.key-figures')).y).toBeLessThan((await box(page, 'svg.trend-chart__svg--wide')).y);
    const words = ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
    expect(words).toContain('Går den forkerte vej');
    expect(words).toContain('På dagsordenen fordi: Gik den forkerte vej fra 2. kvt. 2026 til 3. kvt. 2026 (+0,9 procentpoint), mere end den normale variation');
    expect(words).toContain('Spørgsmål til drøftelsen: Går den forkerte vej');

    const accessible = await accessibleNameAndDescription(page, 'svg.trend-chart__svg--wide');
    expect(accessible.role).toBe('image');
    expect(accessible.name).toBe('Graf: Sygefravær');
    const caption = ((await page.locator('figcaption').textContent()) ?? '').trim();
    expect(accessible.description).toBe(caption);
    expect(caption).toContain('Det går den forkerte vej.');
    // The intervention's before and after are shaded and summed up on the chart itself.
    const labels = await page.locator('svg.trend-chart__svg--wide text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['Faste makkerpar i nattevagten', 'Ny vagtplan']));
    expect(labels.some((t) => /^Efter: \d/.test(t))).toBe(true);
    await expectNoAxeViolations(page, 'meeting slide at 1366×768');
    await page.context().close();
  }, TIMEOUT);
});

describe('marking an action as an intervention', () => {
  it('asks for the period an intervention works from, in the fieldset that asks whether it is one', async () => {
    const page = await signedIn({ width: 1366, height: 768 });
    await page.goto(`${meetingPath}/afvikling/1`);
    await page.locator('summary', { hasText: 'Aftal en handling' }).click();
    const fieldset = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Er det en indsats, vi vil måle effekten af?' }) });
    expect(await fieldset.locator('input[type="radio"]').count()).toBe(6);
    expect(await fieldset.locator('#interventionKind').isChecked()).toBe(true);
    expect(await fieldset.locator('#startPeriod').count()).toBe(1);
    await page.locator('#whatAndWhy').fill('Kursus i nærværende ledelse for alle teamledere');
    await page.locator('#howAndWho').fill('HR holder kurset');
    await page.locator('#responsible').fill('Ellen');
    await fieldset.getByLabel('Ja: kompetenceudvikling').check();
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Gem handlingen' }).click()]);
    await page.locator('#error-summary').waitFor();
    expect(await page.locator('#error-summary').textContent()).toContain('Skriv, fra hvilken periode indsatsen virker');
    expect(await page.locator('#interventionKind-competence').isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'meeting slide, intervention without a start period');
    await page.context().close();
  }, TIMEOUT);
});

describe('charts on a phone', () => {
  it('draws the chart for the width, with text of at least 12 px, and keeps the table', async () => {
    const page = await signedIn({ width: 390, height: 844 });
    await page.goto(`/grupper/${bw.world.ids.groupA}/indikatorer/${bw.world.ids.sickLeave}`);
    expect(await page.locator('svg.trend-chart__svg--wide').isVisible()).toBe(false);
    const narrow = page.locator('svg.trend-chart__svg--narrow');
    expect(await narrow.isVisible()).toBe(true);
    const size = await narrow.evaluate((svg) => {
      const s = svg as SVGSVGElement;
      return { shown: s.getBoundingClientRect().width, drawn: s.viewBox.baseVal.width, font: Number(s.getAttribute('font-size')) };
    });
    expect((size.font * size.shown) / size.drawn).toBeGreaterThanOrEqual(12);
    expect(size.shown).toBeLessThanOrEqual(390);
    const accessible = await accessibleNameAndDescription(page, 'svg.trend-chart__svg--narrow');
    expect(accessible.name).toBe('Graf: Sygefravær');
    expect(await page.locator('figure.trend-chart details summary').first().textContent()).toContain('Se tallene');
    await expectNoAxeViolations(page, 'indicator page at 390 px');
    await page.context().close();
  }, TIMEOUT);
});

describe('the dashboard', () => {
  it('pads its cards, says in words and with an icon which need attention, and has one legend', async () => {
    const page = await signedIn({ width: 1280, height: 900 });
    await page.goto(`/grupper/${bw.world.ids.groupA}/overblik`);
    const first = page.locator('.dashboard-card').first();
    expect(await first.locator('.dashboard-card__flag').textContent()).toContain('Kræver opmærksomhed');
    expect(await first.locator('.dashboard-card__flag svg use').getAttribute('href')).toContain('#warning');
    const padding = await first.evaluate((el) => Number.parseFloat(getComputedStyle(el).paddingLeft));
    expect(padding).toBeGreaterThanOrEqual(16);
    expect(await page.locator('.trend-chart__legend').count()).toBe(1);
    expect(await page.locator('.dashboard-card .trend-chart__legend').count()).toBe(0);
    // Every small chart has its numbers.
    const cards = await page.locator('.dashboard-card').count();
    expect(await page.locator('.dashboard-card figure details table').count()).toBe(cards);
    await expectNoAxeViolations(page, 'dashboard');
    await page.context().close();
  }, TIMEOUT);
});

describe('the suggested agenda', () => {
  it('ticks the five that most need the group, with reasons, and offers the rest unticked', async () => {
    const page = await signedIn({ width: 1280, height: 900 });
    await page.goto(`/grupper/${bw.world.ids.groupA}/moeder/nyt?dato=2026-12-10`);
    const ticked = page.locator('input[name="indicatorIds"]:checked');
    expect(await ticked.count()).toBe(5);
    expect(await page.locator(`#indicator-${bw.world.ids.sickLeave}`).isChecked()).toBe(true);
    expect(await page.locator(`#reason-${bw.world.ids.sickLeave}`).textContent()).toContain('Gik den forkerte vej');
    const more = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Også værd at se på' }) });
    expect(await more.locator('input[type="checkbox"]').count()).toBe(2);
    expect(await more.locator('input[type="checkbox"]:checked').count()).toBe(0);
    expect(await more.locator('.suggestion-reasons li').first().textContent()).toContain('Mangler data for');
    await expectNoAxeViolations(page, 'new meeting with a suggested agenda');
    await page.context().close();
  }, TIMEOUT);
});
