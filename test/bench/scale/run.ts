/**
 * `npm run bench:scale [-- --sizes 100,500,2000]`: runs every part in test/bench/scale/parts/, each
 * as its own process (so each part's memory is its own), with the same sizes, and prints each
 * part's table between the machine's load average at the start and at the end — figures taken on
 * a busy machine say so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSizes } from './sizes';

const partsDir = fileURLToPath(new URL('./parts/', import.meta.url));

function uptime(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`;
  }
}

const sizes = parseSizes(process.argv.slice(2));
const only = process.argv
  .slice(2)
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length);
const parts = readdirSync(partsDir)
  .filter((f) => f.endsWith('.ts') && (!only || only.split(',').includes(f.replace(/\.ts$/, ''))))
  .sort();

console.log(`# bench:scale — sizes ${sizes.join(', ')}\n`);
console.log(`start: \`${uptime()}\`\n`);
let failed = 0;
for (const part of parts) {
  console.log(`## ${part.replace(/\.ts$/, '')}\n`);
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(partsDir, part), '--sizes', sizes.join(',')],
    { stdio: 'inherit' },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    failed++;
    console.log(`\n**${part} failed** (exit ${run.status ?? run.signal}) after ${seconds} s\n`);
  } else console.log(`\n(${part}: ${seconds} s)\n`);
}
console.log(`end: \`${uptime()}\``);
process.exitCode = failed > 0 ? 1 : 0;
