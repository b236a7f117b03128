import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DeleteItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningLocal, startLocal } from '../../functions/local/start';

// A first start interrupted after seeding, before its first release became current: the next start
// must not plan and build that release before /health answers — it resumes it in the background,
// like a fresh large start. The interruption is made real on disk: a completed start, then its
// current-release record deleted from DynamoDB Local (seeded data and stamp kept, nothing current).
const catalogs = resolve(import.meta.dirname, '..', '..', 'catalogs');
const dataDir = mkdtempSync(join(tmpdir(), 'tthc-start-resume-'));
const root = mkdtempSync(join(tmpdir(), 'tthc-start-resume-root-'));
mkdirSync(join(root, 'builder-ui', 'dist'), { recursive: true });
writeFileSync(join(root, 'builder-ui', 'dist', 'index.html'), '<!doctype html><div id="root"></div>');
const lines: string[] = [];
let running: RunningLocal | undefined;

afterAll(async () => {
  await running?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

describe('npm start after a first start interrupted before its release', { timeout: 180_000 }, () => {
  it('answers /health at once and resumes the first release in the background', async () => {
    const dynamoPort = await freePort();
    const start = (hold?: Promise<unknown>) =>
      startLocal({
        root,
        dataDir,
        catalogDir: catalogs,
        port: 0,
        dynamoPort,
        s3Port: 0,
        log: (line) => lines.push(line),
        ...(hold ? { holdBackgroundSeed: hold } : {}),
      });
    running = await start();
    expect(await running.firstRelease).toBe(true);
    const client = new DynamoDBClient({
      region: 'ap-southeast-1',
      endpoint: `http://127.0.0.1:${dynamoPort}`,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await client.send(
      new DeleteItemCommand({
        TableName: 'tthc-procedures',
        Key: { pk: { S: 'CATALOG#RELEASE' }, sk: { S: 'CURRENT' } },
      }),
    );
    client.destroy();
    await running.stop();
    running = undefined;

    let release = () => {};
    const held = new Promise<void>((done) => {
      release = done;
    });
    running = await start(held);
    expect(running.seed.unchangedFolder).toBe(true);
    expect(running.seed.release.pending).toBe(true);
    expect((await fetch(`${running.url}/health`)).status).toBe(200);
    expect((await fetch(`${running.url}/api/catalog`)).status).toBe(503);

    release();
    expect(await running.firstRelease).toBe(true);
    expect((await fetch(`${running.url}/api/catalog`)).status).toBe(200);
  });
});
