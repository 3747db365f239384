// Our side of bench/import-bench.ts, alone in its process so its peak RSS is its own. It runs the
// compiled build (npm run build), as a production instance does (npm run start:production): plain
// Node, no TypeScript loader. Arguments: target (SQLite path or postgres:// URL), file, user id, group id.
// Prints one JSON line: { seconds, peakRssMb, startRssMb, counts }.
import { createReadStream, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [target, filePath, userId, groupId] = process.argv.slice(2);
const build = new URL('../build/', import.meta.url);
const { openDatabase } = await import(new URL('db/connection.js', build).href);
const { commitImport } = await import(new URL('imports/import-service.js', build).href);
const { SpooledFile } = await import(new URL('imports/spooled-file.js', build).href);

const db = openDatabase(target.startsWith('postgres') ? { databasePath: '', databaseUrl: target } : { databasePath: target, databaseUrl: null });
// One query first, so the process before the import includes the database driver (pg is loaded
// with the first query) and an open connection, as in a running server.
await db.selectFrom('groups').select('id').limit(1).execute();
// As the API route hands a text/csv body on: a stream read as its bytes arrive (64 kB pieces, as from a socket).
const file = new SpooledFile(createReadStream(filePath, { highWaterMark: 64 * 1024 }));
const startRssMb = process.memoryUsage().rss / 1024 / 1024;
const start = performance.now();
const result = await commitImport(db, { userId: Number(userId), groupId: Number(groupId) }, { fileName: 'bench.csv', bytes: file, via: 'api' }, { settings: {}, skipErrors: false });
const seconds = (performance.now() - start) / 1000;
await file.dispose();
await db.destroy();
const kb = /VmHWM:\s*(\d+)\s*kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
process.stdout.write(`${JSON.stringify({ seconds, peakRssMb: Number(kb) / 1024, startRssMb, counts: result.counts })}\n`);
