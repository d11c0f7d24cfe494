// `npm run bench`: every benchmark, one after the other (they share the machine's 2 cores).
// Each prints the machine it ran on and a table of medians; see bench/README.md for the method.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'dist');
const only = process.argv.slice(2);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
  const name = file.replace(/\.js$/, '');
  if (only.length && !only.includes(name)) continue;
  console.log(`\n## ${name}`);
  const result = spawnSync(process.execPath, [join(dir, file)], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = 1;
}
