import { resolve } from 'node:path';
import { configFromEnv } from '../config.js';
import { backupSqlite } from '../db/sqlite-backup.js';

/** npm run backup -- FILE: a consistent online copy of the embedded database while the app runs. */
const target = process.argv[2];
if (!target) {
  console.error('Skriv, hvor kopien skal ligge: npm run backup -- /sti/til/datadialog-backup.sqlite');
  process.exit(2);
}
if (process.env.DATABASE_URL) {
  console.error('Datadialog kører på PostgreSQL. Tag backup med pg_dump, fx: pg_dump --format=custom "$DATABASE_URL" > datadialog.dump');
  process.exit(2);
}
const config = configFromEnv();
const source = resolve(config.databasePath);
const destination = resolve(target);
if (source === destination) {
  console.error('Kopien kan ikke ligge samme sted som databasen.');
  process.exit(2);
}
try {
  const { bytes } = await backupSqlite(source, destination);
  console.log(`Backup gemt: ${destination} (${(bytes / 1024 / 1024).toFixed(1)} MB, kontrolleret med integrity_check).`);
} catch (err) {
  console.error(`Backup mislykkedes: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
