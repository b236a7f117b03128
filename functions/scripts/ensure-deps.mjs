#!/usr/bin/env node
// Runs before `npm start` and `npm test` so that each is one command on a fresh clone:
// installs the npm packages when node_modules is missing or older than package-lock.json, and,
// for tests, Debian's Chromium when it is missing and we may install it (root with apt-get).
// Plain JavaScript on purpose: it must run before TypeScript tooling is installed.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('Cài đặt thư viện — installing dependencies (npm install)…');
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
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
