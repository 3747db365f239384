import { readFileSync } from 'node:fs';

/**
 * How `npm run start:production` runs Node: its flags and its entry file, read from package.json so
 * that the tests and the benchmarks start the build exactly as a server does.
 */
export function productionCommand(): { flags: string[]; entry: string } {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
  const words = (pkg.scripts['start:production'] ?? '').split(/\s+/).filter(Boolean);
  if (words[0] !== 'node') throw new Error('package.json: start:production must run node');
  const entry = words.at(-1)!;
  return { flags: words.slice(1, -1), entry };
}
