/**
 * Browser test harness: the shared test world served on a real port, driven by Debian's chromium
 * through playwright-core, with axe-core for accessibility checks.
 *
 *   const bw = await startBrowserWorld();
 *   const page = await bw.newPage();
 *   await bw.login(page, 'editorA');
 *   await expectNoAxeViolations(page);
 *   await bw.close();
 *
 * Nothing is skipped: without /usr/bin/chromium the tests fail with a message saying how to install it.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { createTestWorld, PASSWORD, people, type Person, type TestWorld } from './test-app.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const VIEWPORT = { width: 1280, height: 900 } as const;

export interface BrowserWorld {
  world: TestWorld;
  /** http://127.0.0.1:<port>, without a trailing slash. */
  baseUrl: string;
  browser: Browser;
  /** A page in its own context (own cookies), so several people can be signed in at once. */
  newPage(): Promise<Page>;
  /** Signs in through the login form and waits for the page after it. */
  login(page: Page, person: Person): Promise<void>;
  close(): Promise<void>;
}

function listen(world: TestWorld): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = world.app.listen(0, '127.0.0.1');
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export interface BrowserWorldOptions {
  /** Only for testing the harness itself; the tests always use Debian's chromium. */
  chromiumPath?: string;
}

export async function startBrowserWorld({ chromiumPath = CHROMIUM_PATH }: BrowserWorldOptions = {}): Promise<BrowserWorld> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Browser tests need Chromium at ${chromiumPath}, and it is missing. Install Debian's chromium: apt-get install -y chromium ` +
        '(npx playwright install cannot download on this machine).',
    );
  }
  const world = await createTestWorld();
  const server = await listen(world);
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  } catch (err) {
    await closeServer(server);
    await world.db.destroy();
    throw new Error(`Could not start Chromium at ${chromiumPath}. Install Debian's chromium: apt-get install -y chromium\n${String(err)}`);
  }

  const contexts: BrowserContext[] = [];
  return {
    world,
    baseUrl,
    browser,
    async newPage() {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: VIEWPORT, locale: 'da-DK' });
      contexts.push(context);
      return context.newPage();
    },
    async login(page, person) {
      await page.goto('/log-ind');
      await page.getByLabel('E-mail', { exact: true }).fill(people[person].email);
      await page.getByLabel('Adgangskode', { exact: true }).fill(PASSWORD);
      await Promise.all([page.waitForURL((url) => url.pathname !== '/log-ind'), page.getByRole('button', { name: 'Log ind' }).click()]);
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await closeServer(server);
      await world.db.destroy();
    },
  };
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe (WCAG 2.1 A and AA) on the page as it is now and fails with a readable list of what is wrong. */
export async function expectNoAxeViolations(page: Page, label?: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (results.violations.length === 0) return;
  const where = label ? `${label} (${page.url()})` : page.url();
  const lines = results.violations.flatMap((v) => [
    `- ${v.id} [${v.impact ?? 'unknown'}]: ${v.help}`,
    `  ${v.helpUrl}`,
    ...v.nodes.map((n) => `    at ${n.target.map(String).join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replaceAll('\n', '\n      ')}` : ''}`),
  ]);
  throw new Error(`axe found ${results.violations.length} accessibility violation(s) on ${where}:\n${lines.join('\n')}`);
}

/** The accessible name and description Chromium computes for the first element matching `selector`. */
export async function accessibleNameAndDescription(page: Page, selector: string): Promise<{ name: string; description: string; role: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })) as { nodeId: number };
    if (!nodeId) throw new Error(`nothing matches ${selector}`);
    const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as {
      nodes: Array<{ name?: { value?: string }; description?: { value?: string }; role?: { value?: string } }>;
    };
    const node = nodes[0];
    return { name: node?.name?.value ?? '', description: node?.description?.value ?? '', role: node?.role?.value ?? '' };
  } finally {
    await cdp.detach();
  }
}
