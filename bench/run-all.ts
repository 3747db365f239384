// Runs every benchmark in bench/ in sequence: npm run bench
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const benches = readdirSync(dir)
  .filter((name) => name.endsWith('-bench.ts'))
  .sort();
let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(process.execPath, [...process.execArgv, `${dir}${name}`], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`${name} exited with ${run.status ?? run.signal}`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
