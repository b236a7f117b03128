/**
 * Builds the UI the way `npm run build:ui` does, into builder-ui/dist (what the local server
 * serves). Several UI test files may run in parallel forks: a lock directory makes one build
 * while the others wait, and a build newer than every source file is reused.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const uiDir = join(root, 'builder-ui');
const distIndex = join(uiDir, 'dist', 'index.html');
const lockDir = join(root, '.tmp', 'build-ui.lock');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  try {
    const built = statSync(distIndex).mtimeMs;
    const sources = Math.max(
      newestMtime(uiDir),
      newestMtime(join(root, 'functions', 'core')),
      newestMtime(join(root, 'catalogs')),
    );
    return built > sources;
  } catch {
    return false;
  }
}

async function acquire(): Promise<() => void> {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  for (let i = 0; i < 600; i++) {
    try {
      mkdirSync(lockDir);
      return () => rmSync(lockDir, { recursive: true, force: true });
    } catch {
      // A lock older than two minutes belongs to a crashed run.
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > 120_000)
          rmSync(lockDir, { recursive: true, force: true });
      } catch {}
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error('Timed out waiting for another UI build');
}

/** Builds builder-ui/dist unless an up-to-date build is there. */
export async function buildUi(): Promise<void> {
  const release = await acquire();
  try {
    if (isFresh()) return;
    // vitest sets NODE_ENV=test, which would make Vite bundle React's development build (every
    // keystroke several times slower than what officers and citizens run): build as production.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile: join(uiDir, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  } finally {
    release();
  }
}
