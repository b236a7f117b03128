import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningLocal, startLocal } from '../../functions/local/start';

// A large new catalog folder is seeded and published after the server is ready. Here the committed
// catalog stands in for a province's (backgroundAbove: 0) and the background work is held, so the
// server can be looked at while its first release is "still being built".
const catalogs = resolve(import.meta.dirname, '..', '..', 'catalogs');
const procedures = readdirSync(join(catalogs, 'procedures')).filter((f) => f.endsWith('.json')).length;
const dataDir = mkdtempSync(join(tmpdir(), 'tthc-start-bg-'));
// A project root whose builder/portal is "built": a shell page is all this test needs of it.
const root = mkdtempSync(join(tmpdir(), 'tthc-start-bg-root-'));
mkdirSync(join(root, 'builder-ui', 'dist'), { recursive: true });
writeFileSync(
  join(root, 'builder-ui', 'dist', 'index.html'),
  '<!doctype html><title>Cổng dịch vụ công</title><div id="root"></div>',
);
const lines: string[] = [];
let running: RunningLocal | undefined;

afterAll(async () => {
  await running?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

describe('npm start with a large new catalog', { timeout: 120_000 }, () => {
  it('answers /health and serves the portal shell while the first release is built, then publishes it', async () => {
    let release = () => {};
    const held = new Promise<void>((done) => {
      release = done;
    });
    running = await startLocal({
      root,
      dataDir,
      catalogDir: catalogs,
      port: 0,
      dynamoPort: 0,
      s3Port: 0,
      backgroundAbove: 0,
      holdBackgroundSeed: held,
      log: (line) => lines.push(line),
    });
    expect(running.seed.seedingInBackground).toBeGreaterThanOrEqual(procedures);
    expect(running.seed.release.pending).toBe(true);

    expect((await fetch(`${running.url}/health`)).status).toBe(200);
    const shell = await fetch(`${running.url}/`);
    expect(shell.status).toBe(200);
    expect(await shell.text()).toContain('<div id="root">');
    // The portal's catalog says, in both languages, that the first release is not ready yet.
    const catalog = await fetch(`${running.url}/api/catalog`);
    expect(catalog.status).toBe(503);
    const problem = (await catalog.json()) as { code: string; messages: { vi: string; en: string } };
    expect(problem.code).toBe('catalog.no-release');
    expect(problem.messages.vi).toContain('lần công bố đầu tiên có thể đang chạy');
    expect(problem.messages.en).toContain('a first publish may be running');
    expect(lines.join('\n')).toContain('in the background');

    release();
    expect(await running.firstRelease).toBe(true);
    const published = await fetch(`${running.url}/api/catalog`);
    expect(published.status).toBe(200);
    expect(((await published.json()) as { total: number }).total).toBe(procedures);
    expect(lines.join('\n')).toContain(`seeded ${procedures}`);
    expect(lines.some((l) => l.includes('first release current'))).toBe(true);
  });
});
