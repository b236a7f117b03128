#!/usr/bin/env node
// Runs before `npm start` and `npm test` so that each is one command on a fresh clone:
// installs the npm packages when node_modules is missing or older than package-lock.json, Java 17
// for DynamoDB Local when it is missing (or says how to install it), and,
// for tests, Debian's Chromium when it is missing and we may install it (root with apt-get); for
// `npm start`, builds the builder/portal when builder-ui/dist is missing or older than its sources
// (the UI bundles the domain core, so core changes count too).
// Plain JavaScript on purpose: it must run before TypeScript tooling is installed.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('Cài đặt thư viện — installing dependencies (npm install)…');
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
}

// DynamoDB Local (npm start's and the tests' DynamoDB) runs on Java 17+.
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
const javaMajor = Number(/version "(\d+)/.exec(`${java.stderr ?? ''}${java.stdout ?? ''}`)?.[1] ?? 0);
if (java.error || javaMajor < 17) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('Cài Java 17 cho DynamoDB Local — installing Java 17 for DynamoDB Local…');
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless',
      {
        stdio: 'inherit',
      },
    );
  } else {
    console.error(
      'Thiếu Java 17+, cần cho DynamoDB Local: hãy cài `apt-get install -y openjdk-17-jre-headless` (hoặc https://adoptium.net).\n' +
        'Java 17+ is missing; DynamoDB Local needs it: install it with `apt-get install -y openjdk-17-jre-headless` (or from https://adoptium.net).',
    );
    process.exit(1);
  }
}

if (process.argv.includes('--browser') && !existsSync('/usr/bin/chromium')) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('Cài Chromium cho kiểm thử trình duyệt — installing Debian chromium for browser tests…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  } else {
    console.error(
      'Thiếu Chromium: hãy cài gói "chromium" (apt-get install chromium).\n' +
        'Chromium is missing: install the Debian package "chromium" (apt-get install chromium).',
    );
    process.exit(1);
  }
}

/** Newest modification time of any file below `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    if (time > latest) latest = time;
  }
  return latest;
}

if (process.argv.includes('--ui')) {
  const built = existsSync('builder-ui/dist/index.html') ? statSync('builder-ui/dist/index.html').mtimeMs : 0;
  const sources = Math.max(
    newest('builder-ui/src'),
    newest('functions/core'),
    statSync('builder-ui/index.html').mtimeMs,
  );
  if (sources > built) {
    console.log('Build giao diện — building the builder and portal (vite)…');
    execSync('npm run build:ui', { stdio: 'inherit' });
  }
}
