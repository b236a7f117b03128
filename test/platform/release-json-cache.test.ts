import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReleaseStore } from '../../functions/ports';
import { MAX_CACHED, readReleaseJson } from '../../functions/use-cases/forms/read-current-release';
import { releaseKeys } from '../../functions/use-cases/publish/release-keys';
import { createTestDeps, type TestPlatform } from '../support/test-deps';

// The portal's parsed release objects are kept in a bounded cache, least recently used first out:
// the context and index, read on every request, must stay while a citizen browses many pages.
let t: TestPlatform;
const releaseId = `cache-${Date.now().toString(36)}`;
const pages = MAX_CACHED + 1;
const reads = new Map<string, number>();
let releases: ReleaseStore;

beforeAll(async () => {
  t = await createTestDeps();
  const files = [{ path: 'catalog-context.json', key: `objects/${releaseId}-context.json` }];
  for (let i = 0; i < pages; i++)
    files.push({ path: `procedures/p${i}.json`, key: `objects/${releaseId}-p${i}.json` });
  await t.deps.releases.putObject(
    releaseKeys.manifest(releaseId),
    JSON.stringify({ releaseId, files: files.map((f) => ({ ...f, bytes: 1, sha256: '' })) }),
    'application/json',
  );
  for (let i = 0; i < files.length; i += 50) {
    await Promise.all(
      files
        .slice(i, i + 50)
        .map((f, j) => t.deps.releases.putObject(f.key, JSON.stringify({ n: i + j }), 'application/json')),
    );
  }
  releases = {
    ...t.deps.releases,
    getObject: (key) => {
      reads.set(key, (reads.get(key) ?? 0) + 1);
      return t.deps.releases.getObject(key);
    },
  };
}, 120_000);
afterAll(async () => {
  await t.stop();
});

describe('parsed release objects', () => {
  it('keeps a hot object while more than the bound pass through, and evicts the least recently used', async () => {
    const deps = { ...t.deps, releases };
    const read = (path: string) => readReleaseJson(deps, releaseId, path);
    expect(await read('catalog-context.json')).toEqual({ n: 0 });
    for (let i = 0; i < pages; i++) {
      expect(await read(`procedures/p${i}.json`)).toEqual({ n: i + 1 });
      if (i % 100 === 0) await read('catalog-context.json');
    }
    // The context, used all along, was read from storage once.
    await read('catalog-context.json');
    expect(reads.get(`objects/${releaseId}-context.json`)).toBe(1);
    // The first page, unused since, was evicted by the ones after it: read again.
    await read('procedures/p0.json');
    expect(reads.get(`objects/${releaseId}-p0.json`)).toBe(2);
    // The last page is still kept.
    await read(`procedures/p${pages - 1}.json`);
    expect(reads.get(`objects/${releaseId}-p${pages - 1}.json`)).toBe(1);
  });
});
