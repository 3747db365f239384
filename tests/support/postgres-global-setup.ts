import type { TestProject } from 'vitest/node';
import { migrateToLatest } from '../../src/db/connection.js';
import { openPostgres } from '../../src/db/postgres.js';
import { closeAdminConnections, createDatabase, freezeAsTemplate, MIGRATED_TEMPLATE, startCluster } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser connection string of this run's throwaway PostgreSQL cluster. */
    postgresClusterUrl: string;
  }
}

/**
 * One throwaway cluster per test run, with the schema migrated once into a template; each test
 * copies the template into a database of its own (tests/support/test-db.ts).
 */
export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  try {
    const db = openPostgres(await createDatabase(cluster.url, MIGRATED_TEMPLATE));
    await migrateToLatest(db);
    await db.destroy();
    await freezeAsTemplate(cluster.url, MIGRATED_TEMPLATE);
    await closeAdminConnections();
  } catch (err) {
    await cluster.stop();
    throw err;
  }
  project.provide('postgresClusterUrl', cluster.url);
  return () => cluster.stop();
}
