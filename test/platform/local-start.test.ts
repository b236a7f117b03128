import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningLocal, startLocal } from '../../functions/local/start';

const root = resolve(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'tthc-start-'));
const catalogFiles = readdirSync(join(root, 'catalogs', 'procedures')).filter((f) =>
  f.endsWith('.json'),
).length;
const quiet = () => {};
let running: RunningLocal | undefined;
// What the first start produced, compared by the second.
let firstIds: string[] = [];
let firstRelease = '';
let firstToken = '';

afterAll(async () => {
  await running?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const start = () => startLocal({ root, dataDir, port: 0, dynamoPort: 0, s3Port: 0, log: quiet });

async function signIn(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/dev-idp/officers/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

async function listProcedures(url: string, token: string): Promise<string[]> {
  const res = await fetch(`${url}/api/admin/procedures`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { procedures: { procedureId: string }[] }).procedures.map(
    (p) => p.procedureId,
  );
}

// Each start launches DynamoDB Local (a JVM) and seeds the catalog: slow on a busy shared machine.
describe('npm start (local mode)', { timeout: 120_000 }, () => {
  it('starts, seeds the catalog, serves the API and stops cleanly', async () => {
    running = await start();
    const health = await fetch(`${running.url}/health`);
    expect(health.status).toBe(200);
    expect(running.seed.proceduresCreated).toHaveLength(catalogFiles);
    const token = await signIn(running.url, 'admin.saigon');
    const ids = await listProcedures(running.url, token);
    expect(ids).toContain('dang-ky-khai-sinh');
    const catalog = await fetch(`${running.url}/api/catalog`);
    expect(((await catalog.json()) as { total: number }).total).toBe(catalogFiles);
    firstIds = ids;
    firstRelease = running.seed.release.releaseId;
    firstToken = token;
    await running.stop();
    await expect(fetch(`${running.url}/health`)).rejects.toThrow();
  });

  it('reuses the data on a second start: nothing duplicated or overwritten, tokens still valid', async () => {
    running = await start();
    expect(running.seed.proceduresCreated).toEqual([]);
    expect(running.seed.citizenItemsWritten).toBe(0);
    expect(running.seed.release.changed).toBe(false);
    expect(running.seed.release.releaseId).toBe(firstRelease);
    // The dev IdP's key is kept in the data folder, so a token from before the restart still works.
    expect(await listProcedures(running.url, firstToken)).toEqual(firstIds);
  });

  it('says clearly when a port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    const other = mkdtempSync(join(tmpdir(), 'tthc-start-busy-'));
    try {
      await expect(
        startLocal({ root, dataDir: other, port, dynamoPort: 0, s3Port: 0, log: quiet }),
      ).rejects.toThrow(`Port ${port} is in use`);
    } finally {
      await new Promise((done) => blocker.close(done));
      rmSync(other, { recursive: true, force: true });
    }
  });

  it.each([
    ['S3_PORT', 's3Port'],
    ['DYNAMODB_PORT', 'dynamoPort'],
  ] as const)('says clearly which variable to set when %s is taken', async (variable, option) => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    const other = mkdtempSync(join(tmpdir(), 'tthc-start-busy-'));
    try {
      const started = startLocal({
        root,
        dataDir: other,
        port: 0,
        dynamoPort: 0,
        s3Port: 0,
        [option]: port,
        log: quiet,
      });
      await expect(started).rejects.toThrow(`Port ${port} is already in use`);
      await expect(started).rejects.toThrow(`set another ${variable}`);
      await expect(started).rejects.toThrow(`Cổng ${port} đang bị chiếm`);
    } finally {
      await new Promise((done) => blocker.close(done));
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('refuses a second instance on the same data folder, naming DATA_DIR, and leaves the first running', async () => {
    expect(running).toBeDefined();
    const second = start();
    await expect(second).rejects.toThrow(
      `The data folder ${dataDir} is in use by another process (pid ${process.pid})`,
    );
    await expect(second).rejects.toThrow('set another DATA_DIR');
    expect((await fetch(`${running!.url}/health`)).status).toBe(200);
  });

  it('runs DynamoDB in memory when asked (the HTTP bench): seeds afresh, whatever the folder says', async () => {
    await running?.stop();
    running = await startLocal({
      root,
      dataDir,
      port: 0,
      dynamoPort: 0,
      s3Port: 0,
      log: quiet,
      dynamoInMemory: true,
    });
    // the seed stamp of the disk database is not taken for this empty one
    expect(running.seed.proceduresCreated).toHaveLength(catalogFiles);
    const catalog = await fetch(`${running.url}/api/catalog`);
    expect(((await catalog.json()) as { total: number }).total).toBe(catalogFiles);
    await running.stop();
    // the disk database is still there for the next ordinary start
    running = await start();
    expect(running.seed.proceduresCreated).toEqual([]);
    expect(await listProcedures(running.url, firstToken)).toEqual(firstIds);
  });
});
