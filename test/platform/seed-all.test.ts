import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAll } from '../../functions/local/seed-all';
import { createTestDeps, type TestPlatform } from '../support/test-deps';

const catalogs = resolve(import.meta.dirname, '..', '..', 'catalogs');
const dir = mkdtempSync(join(tmpdir(), 'tthc-seed-'));
let t: TestPlatform;

beforeAll(async () => {
  t = await createTestDeps();
  cpSync(join(catalogs, 'registry.json'), join(dir, 'registry.json'));
  cpSync(join(catalogs, 'policies'), join(dir, 'policies'), { recursive: true });
  mkdirSync(join(dir, 'procedures'));
  const good = join(catalogs, 'procedures', '1.001193-dang-ky-khai-sinh.json');
  cpSync(good, join(dir, 'procedures', '1.001193-dang-ky-khai-sinh.json'));
  // A procedure of an agency the registry does not know: the catalog check rejects it.
  const bad = JSON.parse(readFileSync(good, 'utf8')) as Record<string, unknown>;
  writeFileSync(
    join(dir, 'procedures', '9.999999-sai.json'),
    JSON.stringify({ ...bad, id: 'thu-tuc-sai', code: '9.999999', agency: 'co-quan-khong-ton-tai' }),
  );
});
afterAll(async () => {
  await t.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('local seeding', () => {
  it('publishes the sound procedures, reports the broken ones, and is idempotent', async () => {
    const first = await seedAll(t.deps, t.citizens, dir);
    expect(first.proceduresCreated).toEqual(['dang-ky-khai-sinh']);
    expect(first.skipped.map((s) => s.file)).toEqual([join(dir, 'procedures', '9.999999-sai.json')]);
    expect(first.skipped[0]?.problems.join('\n')).toContain('co-quan-khong-ton-tai');
    expect(first.release.changed).toBe(true);
    expect(await t.deps.procedures.getHead('thu-tuc-sai')).toBeNull();

    const second = await seedAll(t.deps, t.citizens, dir);
    expect(second.proceduresCreated).toEqual([]);
    expect(second.citizenItemsWritten).toBe(0);
    expect(second.release).toEqual({ releaseId: first.release.releaseId, changed: false });
  });
});
