/**
 * Sign-in with a work account in a real browser against a real OpenID provider started in the test:
 * Ellen presses "Log ind med din arbejdskonto", picks her account on the provider's login page, lands
 * in Datadialog signed in, and signs out. Nina, whom Datadialog does not know, is refused while
 * first sign-in creation is off, and let in once it is on. axe checks every Datadialog page on the way.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { messages } from '../../src/auth/oidc/sign-in-error.js';
import { signInConfigFromEnv } from '../../src/sign-in-config.js';
import { CHROMIUM_PATH, expectNoAxeViolations, VIEWPORT } from '../support/browser.js';
import { startTestProvider, type TestProvider } from '../support/oidc-provider.js';
import { workAccounts } from '../support/oidc-world.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';

const TIMEOUT = 60_000;
let server: Server;
let provider: TestProvider;
let world: TestWorld;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  // The app's address must be known before the provider registers its redirect URI.
  let app: RequestListener = (_req, res) => res.writeHead(503).end();
  server = createServer((req, res) => app(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = await startTestProvider({ accounts: workAccounts, redirectUri: `${baseUrl}/log-ind/arbejdskonto/retur` });
  world = await createTestWorld(
    signInConfigFromEnv({
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      PUBLIC_URL: baseUrl,
    }),
  );
  app = world.app;
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await provider?.stop();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await world?.db.destroy();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: VIEWPORT, locale: 'da-DK' });
  return context.newPage();
}

/** From Datadialog's login page through the provider's login form, as a person would click. */
async function signInWithWorkAccount(page: Page, accountId: string): Promise<void> {
  await page.goto('/log-ind');
  await page.getByRole('link', { name: 'Log ind med din arbejdskonto' }).click();
  await page.waitForURL((url) => url.origin === provider.issuer);
  await page.getByLabel('Konto').selectOption(accountId);
  await Promise.all([page.waitForURL((url) => url.origin === baseUrl), page.getByRole('button', { name: 'Log ind', exact: true }).click()]);
}

describe('signing in with a work account in a browser', () => {
  it(
    'signs Ellen in from the login page and out again',
    async () => {
      const page = await newPage();
      await page.goto('/log-ind');
      await expectNoAxeViolations(page, 'login page with the work-account button');
      await signInWithWorkAccount(page, 'ellen');
      expect(new URL(page.url()).pathname).not.toMatch(/^\/log-ind/);
      await expect(page.locator('.header-user-name').textContent()).resolves.toContain('Ellen Redaktør');
      await expectNoAxeViolations(page, 'front page after a work-account sign-in');

      await Promise.all([page.waitForURL(/\/log-ind\?logget-ud=1$/), page.getByRole('button', { name: 'Log ud' }).click()]);
      await expect(page.getByText('Du er logget ud.').isVisible()).resolves.toBe(true);
      await page.goto('/konto');
      expect(new URL(page.url()).pathname).toBe('/log-ind');
    },
    TIMEOUT,
  );

  it(
    'refuses a first sign-in while creation is off, and creates the user once it is on',
    async () => {
      const page = await newPage();
      await signInWithWorkAccount(page, 'nina');
      expect(new URL(page.url()).pathname).toBe('/log-ind/arbejdskonto/retur');
      await expect(page.getByRole('alert').textContent()).resolves.toContain(messages['user-unknown']);
      await expectNoAxeViolations(page, 'login page with a refused work-account sign-in');
      expect(await world.db.selectFrom('users').select('id').where('email', '=', 'nina@kommune.dk').execute()).toEqual([]);

      // The operator sets OIDC_CREATE_USERS=on (here without a restart: the app reads its config object).
      world.config.oidc!.createUsers = true;
      try {
        // A fresh browser: the provider would otherwise remember Nina and skip its login page.
        const fresh = await newPage();
        await signInWithWorkAccount(fresh, 'nina');
        expect(new URL(fresh.url()).pathname).toBe('/');
        await expect(fresh.locator('.header-user-name').textContent()).resolves.toContain('Nina Nyansat');
      } finally {
        world.config.oidc!.createUsers = false;
      }
    },
    TIMEOUT,
  );
});
