/**
 * The ledermøde as a record (issue 11), in a real browser with axe on every new page state:
 * Ellen holds a meeting with a mødeleder and a referent — the reason on the slide, questions ticked
 * as discussed, a decision on an indicator and one on a theme box from the leadership foundation —
 * closes it, imports a correction for a period the meeting saw, and the minutes still show what the
 * meeting saw, with a note about the newer figure. Reopening and closing again keeps the earlier
 * version. Actions are made, followed and edited between meetings. Then the demo meeting's minutes
 * are printed to PDF: the page count, every decision on page 1–2, the meeting's name and the page
 * numbers in the margins, and the screen's font (pdftotext and pdffonts from Debian's poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, expectNoAxeViolations, startBrowserWorld, VIEWPORT, type BrowserWorld } from '../support/browser.js';
import { openTestDatabase } from '../support/test-db.js';
import { createApp } from '../../src/app/create-app.js';
import { configFromEnv } from '../../src/config.js';
import { loadContent } from '../../src/content/content-loader.js';
import { DEMO_PASSWORD, seedDemoData } from '../../src/seed/demo-seed.js';
import type { Db } from '../../src/db/connection.js';
import { displayDate } from '../../src/periods/calendar-date.js';
import { startGoal } from '../../src/goals/goal-service.js';

const FLOW_TIMEOUT = 120_000;
const PDF_PATH = '/tmp/demo-referat.pdf';

let bw: BrowserWorld;
beforeAll(async () => {
  bw = await startBrowserWorld();
});
afterAll(async () => {
  await bw?.close();
});

const pathOf = (page: Page) => new URL(page.url()).pathname;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const mainText = async (page: Page) => squash(await page.locator('main').textContent());

async function submit(page: Page, name: string | RegExp, scope = page.locator('main')) {
  await Promise.all([page.waitForLoadState('load'), page.waitForURL(() => true), scope.getByRole('button', { name }).first().click()]);
  await page.waitForLoadState('load');
}

async function fillDate(page: Page, field: string, day: string, month: string, year: string) {
  await page.locator(`#${field}-day`).fill(day);
  await page.locator(`#${field}-month`).fill(month);
  await page.locator(`#${field}-year`).fill(year);
}

describe('a meeting kept as a record', () => {
  let page: Page;
  let meetingPath = '';

  it('holds a meeting with roles, discussed questions and decisions on an indicator and on a theme box', async () => {
    const { groupA, users } = bw.world.ids;
    page = await bw.newPage();
    await bw.login(page, 'editorA');

    await page.goto(`/grupper/${groupA}/moeder`);
    expect(await mainText(page)).toContain('Næste forslag: Vi ser lederskabet som en profession');
    await expectNoAxeViolations(page, 'meetings list with the leadership foundation boxes');

    await page.goto(`/grupper/${groupA}/moeder/nyt`);
    await page.locator('#title').fill('Ledermøde december');
    await fillDate(page, 'date', '10', '12', '2026');
    await page.locator('#chairUserId').selectOption(String(users.editorA));
    await page.locator('#secretaryUserId').selectOption(String(users.readerA));
    await expectNoAxeViolations(page, 'new meeting with mødeleder and referent');
    await submit(page, 'Opret mødet');
    meetingPath = pathOf(page);
    expect(meetingPath).toMatch(/\/moeder\/\d+$/);
    expect(await mainText(page)).toContain('Mødeleder: Ellen Redaktør · Referent: Rasmus Læser');
    // The keyboard continues from the confirmation, not from the top of the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('flash');

    // The suggested box is chosen in the select: one click puts it on the agenda.
    expect(await page.locator('#add-theme option:checked').textContent()).toBe('Hele kassen: Vi ser lederskabet som en profession');
    await submit(page, 'Tilføj fra ledelsesgrundlaget');
    const titles = (await page.locator('.agenda__item h3').allTextContents()).map(squash);
    expect(titles.at(-1)).toBe('Vi ser lederskabet som en profession');
    await expectNoAxeViolations(page, 'meeting overview with a theme box');

    // Slide 1: the indicator, its reason, questions ticked as discussed, a decision.
    await page.goto(`${meetingPath}/afvikling/1`);
    expect(squash(await page.locator('h1').textContent())).toBe('Sygefravær');
    expect(squash(await page.locator('.meeting-reason').textContent())).toMatch(/^På dagsordenen fordi: .+/);
    expect(squash(await page.locator('.meeting-bar__roles').textContent())).toBe('Mødeleder: Ellen Redaktør · Referent: Rasmus Læser');
    const boxes = page.locator('.discussed-form input[type="checkbox"]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await submit(page, 'Gem drøftede spørgsmål');
    expect(await page.locator('.discussed-form input:checked').count()).toBe(2);
    await page.locator('summary', { hasText: 'Aftal en handling' }).click();
    await page.locator('#whatAndWhy').fill('Faste makkerpar i nattevagten, fordi fraværet er højest dér');
    await page.locator('#howAndWho').fill('Teamlederne sætter makkerpar sammen med medarbejderne');
    await page.locator('#responsibleUserId').selectOption(String(users.editorA));
    await fillDate(page, 'dueDate', '31', '3', '2027');
    await page.locator('#interventionKind-organisation').check();
    await submit(page, 'Gem handlingen');
    // A period is needed for an intervention: the form says so and keeps the answers.
    expect(await page.locator('#error-summary').textContent()).toContain('Skriv, fra hvilken periode indsatsen virker');
    expect(await page.locator('#responsibleUserId option:checked').textContent()).toBe('Ellen Redaktør');
    await expectNoAxeViolations(page, 'meeting mode, the shared action form with an error');
    await page.locator('#startPeriod').fill('1. kvt. 2027');
    await submit(page, 'Gem handlingen');
    expect(await page.locator('section[aria-labelledby="decide-heading"] .action-card').count()).toBe(1);
    await expectNoAxeViolations(page, 'meeting mode, discussed questions and a decision');

    // The theme box: its behaviours, its questions, its methods; a decision on it.
    const boxSlide = titles.length;
    await page.goto(`${meetingPath}/afvikling/${boxSlide}`);
    expect(await mainText(page)).toContain('Det ses, når vi:');
    expect(await page.locator('.bank-entry__method').count()).toBeGreaterThan(0);
    await page.locator('.bank-entry__method summary').first().click();
    await page.locator('.discussed-form input[type="checkbox"]').last().check();
    await submit(page, 'Gem drøftede spørgsmål');
    await page.locator('summary', { hasText: 'Aftal en handling' }).click();
    expect(await page.locator('#interventionKind').count(), 'no intervention without an indicator').toBe(0);
    await page.locator('#whatAndWhy').fill('Et fælles punkt om fravær på hvert ledermøde');
    await page.locator('#howAndWho').fill('Distriktslederne deler på skift, hvad der virker');
    await page.locator('#responsibleUserId').selectOption('other');
    await page.locator('#responsible').fill('Karen Ekstern, HR');
    await fillDate(page, 'dueDate', '28', '2', '2027');
    await submit(page, 'Gem handlingen');
    expect(squash(await page.locator('section[aria-labelledby="decide-heading"] .action-card').textContent())).toContain('Ansvarlig: Karen Ekstern, HR');
    await expectNoAxeViolations(page, 'meeting mode, a theme box with a method opened and a decision');
  }, FLOW_TIMEOUT);

  it('closes it, and after a correction the minutes still show what the meeting saw, with a note and a link', async () => {
    const { groupA, sickLeave } = bw.world.ids;
    await page.goto(meetingPath);
    await submit(page, 'Afslut mødet');
    expect(pathOf(page)).toBe(`${meetingPath}/referat`);
    const decisions = page.locator('.minutes-decisions tbody tr');
    expect(await decisions.count()).toBe(2);
    expect(squash(await decisions.first().textContent())).toContain('Faste makkerpar i nattevagten');
    expect(await mainText(page)).toContain('Drøftede spørgsmål');
    await expectNoAxeViolations(page, 'minutes just closed');

    // A correction of 2. kvt. 2026 arrives by import.
    await page.goto(`/grupper/${groupA}/import`);
    await page.locator('#file').setInputFiles({ name: 'rettelse.csv', mimeType: 'text/csv', buffer: Buffer.from('Indikator;Kvartal;Værdi\r\nSygefravær;2026K2;7,9\r\n') });
    await submit(page, 'Læs filen');
    await submit(page, /^Importér$/);
    expect(squash(await page.getByRole('status').first().textContent())).toContain('Importen er gennemført');

    await page.goto(`${meetingPath}/referat`);
    const item = page.locator('section.minutes__item', { has: page.getByRole('heading', { name: '1. Sygefravær' }) });
    const words = squash(await item.textContent());
    expect(words).toContain('Seneste værdi 7,5 % (2. kvt. 2026)');
    expect(words).toContain('Tallene er ændret siden mødet: 2. kvt. 2026 er nu 7,9 % (mødet så 7,5 %)');
    expect(await item.getByRole('link', { name: 'Se Sygefravær, som den er nu' }).getAttribute('href')).toBe(`/grupper/${groupA}/indikatorer/${sickLeave}`);
    await expectNoAxeViolations(page, 'minutes with a newer figure');

    // Reopened and closed again: both versions are kept.
    await page.goto(meetingPath);
    await submit(page, 'Genåbn mødet');
    await page.goto(`${meetingPath}/referat`);
    expect(await mainText(page)).toContain('Referatet herunder er et udkast');
    await expectNoAxeViolations(page, 'draft minutes of a reopened meeting');
    await page.goto(meetingPath);
    await submit(page, 'Afslut mødet');
    expect(await mainText(page)).toContain('Udgave 2, gemt da mødet blev afsluttet');
    await page.getByRole('link', { name: 'Udgave 1' }).click();
    await page.waitForLoadState('load');
    expect(pathOf(page)).toBe(`${meetingPath}/referat/udgaver/1`);
    expect(await mainText(page)).toContain('Tidligere udgave: udgave 1');
    await expectNoAxeViolations(page, 'an earlier version of the minutes');
  }, FLOW_TIMEOUT);

  it('makes, follows and edits actions between meetings, from the list, an indicator and a goal', async () => {
    const { groupA, sickLeave, users } = bw.world.ids;
    await page.goto(`/grupper/${groupA}/handlinger`);
    await expectNoAxeViolations(page, 'actions list with decisions from the meeting');
    await page.getByRole('link', { name: 'Ny handling' }).click();
    await page.waitForLoadState('load');
    await expectNoAxeViolations(page, 'new action form');
    await submit(page, 'Gem handlingen');
    expect(await page.locator('#error-summary li').count()).toBe(4);
    await expectNoAxeViolations(page, 'new action form with errors');
    await page.locator('#whatAndWhy').fill('Introduktion for nye nattevagter, fordi de står alene');
    await page.locator('#howAndWho').fill('Teamlederne laver et program');
    await page.locator('#responsibleUserId').selectOption(String(users.readerA));
    await fillDate(page, 'dueDate', '1', '1', '2026');
    await page.locator('#indicatorId').selectOption(String(sickLeave));
    await submit(page, 'Gem handlingen');
    const card = page.locator('.action-card', { hasText: 'Introduktion for nye nattevagter' });
    expect(squash(await card.locator('.action-card__status').textContent())).toBe('Ikke startet – fristen er overskredet');
    expect(await card.locator('.action-overdue svg use').getAttribute('href')).toContain('#warning');
    // The card's text keeps its distance from the card's left bar.
    expect(await card.evaluate((li) => Number.parseFloat(getComputedStyle(li).paddingLeft))).toBeGreaterThanOrEqual(12);

    await card.getByRole('link', { name: 'Introduktion for nye nattevagter, fordi de står alene' }).click();
    await page.waitForLoadState('load');
    await page.locator('select[name="status"]').selectOption('in-progress');
    await page.locator('input[name="comment"]').fill('Programmet er skrevet; første hold starter i januar.');
    await submit(page, /Gem status/);
    const history = page.locator('section[aria-labelledby="history-heading"] tbody tr');
    expect(await history.count()).toBe(2);
    expect(squash(await history.nth(1).textContent())).toContain('Ikke startet → i gang Programmet er skrevet; første hold starter i januar. Ellen Redaktør');
    await expectNoAxeViolations(page, 'an action with its history');
    await page.getByRole('link', { name: 'Rediger handlingen' }).click();
    await page.waitForLoadState('load');
    await expectNoAxeViolations(page, 'editing an action');

    // Shown on its indicator, which also has an owner now.
    await page.goto(`/grupper/${groupA}/indikatorer/${sickLeave}/rediger`);
    await page.locator('#ownerUserId').selectOption(String(users.readerA));
    await expectNoAxeViolations(page, 'indicator form with an owner');
    await submit(page, 'Gem ændringer');
    const indicatorPage = await mainText(page);
    expect(indicatorPage).toMatch(/Ejer\s*Rasmus Læser/);
    expect(indicatorPage).toContain('Introduktion for nye nattevagter');
    await expectNoAxeViolations(page, 'indicator page with its owner and actions');

    // A goal lists its actions and starts new ones.
    const goal = await startGoal(bw.world.db, { userId: users.editorA, groupId: groupA }, { title: 'Færre sygedage' });
    await page.goto(`/grupper/${groupA}/maal/${goal.id}`);
    await page.getByRole('link', { name: 'Ny handling på målet' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('#goalId option:checked').textContent()).toBe('Færre sygedage');
    await page.locator('#whatAndWhy').fill('Fælles sygefraværssamtaler');
    await page.locator('#howAndWho').fill('HR klæder lederne på');
    await page.locator('#responsibleUserId').selectOption(String(users.editorA));
    await fillDate(page, 'dueDate', '30', '6', '2027');
    await submit(page, 'Gem handlingen');
    expect(pathOf(page)).toBe(`/grupper/${groupA}/maal/${goal.id}`);
    expect(await page.locator('section[aria-labelledby="goal-actions-heading"] .action-card').count()).toBe(1);
    await expectNoAxeViolations(page, 'goal page with its actions');
  }, FLOW_TIMEOUT);
});

/** The demo, as `npm start` seeds it, served on its own port. */
async function startDemo(): Promise<{ db: Db; server: Server; browser: Browser; baseUrl: string }> {
  const config = configFromEnv({ NODE_ENV: 'test' });
  const db = await openTestDatabase();
  await seedDemoData(db);
  const app = createApp({ db, config, content: await loadContent(config.contentDir) });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return { db, server, browser, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** The text of each page of a PDF, by Debian's pdftotext. */
function pagesOf(path: string): string[] {
  const all = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return all.split('\f').slice(0, -1).map(squash);
}

describe('the demo meeting’s minutes, printed', () => {
  it('fit on a few A4 pages, decisions first, with the meeting and page numbers in the margin, in IBM Plex Sans', async () => {
    const demo = await startDemo();
    try {
      const context = await demo.browser.newContext({ baseURL: demo.baseUrl, viewport: VIEWPORT, locale: 'da-DK' });
      const page = await context.newPage();
      await page.goto('/log-ind');
      await page.getByLabel('E-mail', { exact: true }).fill('mette@datadialog.local');
      await page.getByLabel('Adgangskode', { exact: true }).fill(DEMO_PASSWORD);
      await Promise.all([page.waitForURL((url) => url.pathname !== '/log-ind'), page.getByRole('button', { name: 'Log ind' }).click()]);
      const group = (await demo.db.selectFrom('groups').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
      const meeting = await demo.db.selectFrom('meetings').select(['id', 'title', 'meeting_date']).where('group_id', '=', group).executeTakeFirstOrThrow();
      const decisions = await demo.db.selectFrom('actions').select('what_and_why').where('meeting_id', '=', meeting.id).execute();
      expect(decisions.length).toBeGreaterThanOrEqual(2);

      await page.goto(`/grupper/${group}/moeder/${meeting.id}/referat`);
      expect(await page.locator('.minutes-decisions tbody tr').count()).toBe(decisions.length);
      await expectNoAxeViolations(page, 'the demo minutes');
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      await page.emulateMedia({ media: 'screen' });
      writeFileSync(PDF_PATH, pdf);

      const pages = pagesOf(PDF_PATH);
      expect(pages.length, pages.join('\n---\n')).toBeGreaterThanOrEqual(1);
      expect(pages.length, 'the demo meeting fits on four A4 pages').toBeLessThanOrEqual(4);
      // The demo meeting reads as held on its own day, closed at ten, with its roles spaced as words.
      expect(pages[0]).toContain(`afsluttet ${displayDate(meeting.meeting_date)} kl. 10.00`);
      expect(pages[0]).toMatch(/Mødeleder: Mette Holm/);
      const firstTwo = pages.slice(0, 2).join(' ');
      for (const { what_and_why: what } of decisions) expect(firstTwo, what).toContain(squash(what).slice(0, 40));
      pages.forEach((text, i) => {
        expect(text, `page ${i + 1}`).toContain(`Referat: ${meeting.title}`);
        expect(text, `page ${i + 1}`).toContain(`Side ${i + 1} af ${pages.length}`);
      });
      const fonts = execFileSync('pdffonts', [PDF_PATH], { encoding: 'utf8' });
      expect(fonts).toContain('IBMPlexSans');
      expect(fonts).not.toMatch(/Georgia|Times|Serif/i);
      await context.close();
    } finally {
      await demo.browser.close();
      await new Promise<void>((resolve) => demo.server.close(() => resolve()));
      await demo.db.destroy();
    }
  }, FLOW_TIMEOUT);
});
