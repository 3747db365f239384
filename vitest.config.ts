import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    env: { TZ: 'Europe/Copenhagen' },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    server: { deps: { inline: ['kysely'] } },
  },
});
