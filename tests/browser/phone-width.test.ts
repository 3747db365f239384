/**
 * Issue 10, item 5: on a phone (390 × 844 px) no page scrolls sideways. Every page each role can
 * reach by following links is visited (editor, reader, the other group's editor, administrator),
 * plus the import preview in its mapping and warning states; tables stack or scroll in their own
 * box. axe (WCAG 2.1 A/AA) runs on every page the editor and the reader see at this width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, startBrowserWorld, type BrowserWorld } from '../support/browser.js';
import type { Person } from '../support/test-app.js';
import { addIndicators, fixture } from '../support/import-helpers.js';
import { commitImport } from '../../src/imports/import-service.js';
import { insertUpload } from '../../src/imports/upload-queries.js';
import { createMeeting, decideAction } from '../../src/meetings/meeting-service.js';
import { listItems } from '../../src/meetings/meeting-queries.js';
import { startGoal } from '../../src/goals/goal-service.js';
import { createToken } from '../../src/api/api-token-service.js';

const PHONE = { width: 390, height: 844 } as const;
const CRAWL_TIMEOUT = 300_000;

let bw: BrowserWorld;
const extraPages: Partial<Record<Person, string[]>> = {};

beforeAll(async () => {
  bw = await startBrowserWorld();
  const { db, ids } = bw.world;
  const ellen = { userId: ids.users.editorA, groupId: ids.groupA };
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const held = await createMeeting(db, ellen, { title: 'Ledermøde med et langt navn om sygefravær og vagtplaner', date: day(-20), indicatorIds: String(ids.sickLeave), topic: 'Ny vagtplan – erfaringer fra weekendholdene' }, new Map());
  const [item] = await listItems(db, held.id);
  await decideAction(db, ellen, held.id, item!.id, { whatAndWhy: 'Vi genindfører faste teams i weekenden, fordi fraværet steg efter den nye vagtplan.', howAndWho: 'Planlæggerne', responsible: 'Ellen Redaktør', dueDate: day(5), startPeriod: '2027K1' });
  await createMeeting(db, ellen, { title: 'Næste ledermøde', date: day(10), indicatorIds: String(ids.sickLeave) }, new Map());
  await startGoal(db, ellen, { title: 'Færre sygedage i hjemmeplejen' });
  await createToken(db, ellen, { name: 'BI-eksport fra Ældre og Sundhed' });
  await addIndicators(bw.world, ids.groupA, [
    { name: 'Sygefravær, medarbejdere', unit: '%' },
    { name: 'Sagsbehandlingstid, visitation', unit: 'dage', decimals: 0 },
    { name: 'Borgertilfredshed, hjemmeplejen', unit: '%' },
  ]);
  await commitImport(db, ellen, { fileName: 'aeldreomraadet-lang-utf8-bom.csv', bytes: fixture('aeldreomraadet-lang-utf8-bom.csv'), via: 'ui' }, { settings: {}, skipErrors: false });
  // Two previews waiting: one with names to map, one that changes older values.
  const daycare = fixture('dagtilbud-bred-windows1252.csv');
  const mapping = await insertUpload(db, { ...ellen, fileName: 'dagtilbud-bred-windows1252.csv', sha256: 'x', sizeBytes: daycare.length, content: daycare });
  const older = new TextEncoder().encode('Indikator;Kvartal;Værdi;Bemærkning\r\nSygefravær, medarbejdere (%);2019K1;9,9;Rettet efter ny opgørelse af fravær i hele forvaltningen\r\n');
  const revision = await insertUpload(db, { ...ellen, fileName: 'rettelse-af-gamle-tal.csv', sha256: 'y', sizeBytes: older.length, content: older });
  extraPages.editorA = [`/grupper/${ids.groupA}/import/${mapping}`, `/grupper/${ids.groupA}/import/${revision}`];
});
afterAll(async () => {
  await bw?.close();
});

/** Pixels the page is wider than the screen: 0 when nothing scrolls sideways. */
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The widest elements sticking out of the screen, for the failure message. */
const culprits = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${Math.round(el.getBoundingClientRect().right)} px`),
  );

async function crawl(person: Person, withAxe: boolean): Promise<{ visited: string[]; problems: string[] }> {
  const context = await bw.browser.newContext({ baseURL: bw.baseUrl, viewport: PHONE, locale: 'da-DK' });
  const page = await context.newPage();
  await bw.login(page, person);
  const queue = [new URL(page.url()).pathname, ...(extraPages[person] ?? [])];
  const seen = new Set<string>();
  const problems: string[] = [];
  while (queue.length && seen.size < 120) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const res = await page.goto(path);
    if (!res || res.status() !== 200) {
      problems.push(`${path}: status ${res?.status()}`);
      continue;
    }
    if (!(res.headers()['content-type'] ?? '').includes('text/html')) continue;
    const extra = await sidewaysScroll(page);
    if (extra > 0) problems.push(`${path}: ${extra} px sideways (${(await culprits(page)).join('; ')})`);
    if (withAxe) await expectNoAxeViolations(page, `${path} at 390 px as ${person}`);
    const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''));
    for (const href of links) {
      if (!href.startsWith('/') || href.startsWith('//')) continue;
      const target = href.split('#')[0]!;
      if (!target || /\.(csv|svg)(\?|$)/.test(target) || target.startsWith('/log-ud')) continue;
      if (!seen.has(target)) queue.push(target);
    }
  }
  await context.close();
  return { visited: [...seen], problems };
}

describe('on a 390 px phone screen no page scrolls sideways', () => {
  it.each([
    ['editorA', true, 40],
    ['readerA', true, 25],
    ['editorB', false, 15],
    ['admin', false, 8],
  ] as const)('as %s, on every page reachable by links', async (person, withAxe, atLeast) => {
    const { visited, problems } = await crawl(person, withAxe);
    expect(problems).toEqual([]);
    expect(visited.length, visited.join('\n')).toBeGreaterThanOrEqual(atLeast);
  }, CRAWL_TIMEOUT);
});
