import { defineConfig } from 'vitest/config';

// The integration suites run once per database engine, as projects named after the engine, so
// every result says which engine it ran on. TEST_DB=sqlite or TEST_DB=postgres runs only that one.
const ENGINES = ['sqlite', 'postgres'] as const;
const chosen = process.env.TEST_DB;
if (chosen && !ENGINES.includes(chosen as never)) throw new Error(`TEST_DB must be one of ${ENGINES.join(', ')}, got "${chosen}"`);
const engines = chosen ? [chosen] : ENGINES;

export default defineConfig({
  test: {
    env: { TZ: 'Europe/Copenhagen' },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    server: { deps: { inline: ['kysely'] } },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], env: { TEST_DB: 'sqlite' } } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], env: { TEST_DB: 'sqlite' } } },
      ...engines.map((engine) => ({
        extends: true as const,
        test: {
          name: engine,
          include: ['tests/integration/**/*.test.ts'],
          env: { TEST_DB: engine },
          globalSetup: engine === 'postgres' ? ['tests/support/postgres-global-setup.ts'] : [],
        },
      })),
    ],
  },
});
