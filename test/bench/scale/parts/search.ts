/**
 * Search at scale: for generated catalogs of each size, the bytes of the release's `search.json`
 * (raw and gzip, beside `index.json` which search read before), the time to build it, and the
 * latency of catalog searches over a fixed mix of queries.
 *
 * How it is measured (say so with the figures):
 * - The release files are built with the publish step's own `buildReleaseFiles` from the generated
 *   definitions (registry and policies of the generated catalog), not published through the
 *   publish route: at 2,000 procedures that would time the publish job, which is another part.
 *   `search.json` comes out of that call exactly as a publish writes it.
 * - "build" times `buildSearchIndex` + `JSON.stringify` over the release's index entries (median
 *   of 5 runs); "prepare" the parse and preparation a container does once per release.
 * - Searches go through the forms app in-process (`app.request`, no socket), one at a time,
 *   with `Accept-Encoding: gzip`, the body read whole; storage is the real local stack
 *   (DynamoDB Local and s3rver, through the AWS SDK): the release is written there and made
 *   current by its pointer. "pointer in memory" runs the same through the app but answers the
 *   current-release pointer from memory (caching it is the HTTP part's work), "index only" the
 *   same queries on the prepared index with no I/O and no HTTP (filter, rank, page): they tell
 *   the search from the per-request storage read.
 *
 * Run: `tsx test/bench/scale/parts/search.ts --sizes 100,500,2000`; prints a markdown table.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { createFormsApp } from '../../../../functions/apps/forms/app';
import { parseCatalogQuery } from '../../../../functions/apps/forms/catalog-query';
import type {
  CatalogContext,
  JurisdictionPolicy,
  Procedure,
  Registry,
} from '../../../../functions/core/types';
import type { AppDeps, ProcedureVersion } from '../../../../functions/ports';
import { searchCatalog } from '../../../../functions/use-cases/forms/search-catalog';
import { prepare } from '../../../../functions/use-cases/forms/search-index';
import { buildReleaseFiles } from '../../../../functions/use-cases/publish/build-release-files';
import { buildSearchIndex } from '../../../../functions/use-cases/publish/build-search-index';
import type { ReleaseManifest } from '../../../../functions/use-cases/publish/read-release';
import { releaseKeys } from '../../../../functions/use-cases/publish/release-keys';
import { createTestDeps } from '../../../support/test-deps';
import { generateCatalog } from '../generate-catalog';

const DATE = '2026-03-13';
const NOW = new Date(`${DATE}T02:00:00Z`);
const ROUNDS = 40;

function sizesFromArgs(): number[] {
  const at = process.argv.indexOf('--sizes');
  const list = at >= 0 ? process.argv[at + 1] : undefined;
  return (list ?? '100,500,2000')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

function contextOf(catalog: ReturnType<typeof generateCatalog>): CatalogContext {
  const policies: JurisdictionPolicy[] = [];
  for (const doc of Object.values(catalog.policies) as { jurisdiction: string; policies: object[] }[]) {
    for (const policy of doc.policies)
      policies.push({ ...policy, jurisdiction: doc.jurisdiction } as JurisdictionPolicy);
  }
  return { registry: catalog.registry as Registry, policies };
}

function versionOf(definition: Record<string, unknown>): ProcedureVersion {
  const procedure = definition as unknown as Procedure;
  return {
    procedureId: procedure.id,
    version: 1,
    status: 'published',
    agency: procedure.agency,
    definition: procedure,
    revision: 1,
    createdAt: NOW.toISOString(),
    createdBy: 'bench',
    updatedAt: NOW.toISOString(),
    updatedBy: 'bench',
    publishedAt: NOW.toISOString(),
  } as ProcedureVersion;
}

/** What citizens type and click: names without diacritics, codes, one common word, filters, later pages. */
function queryMix(definitions: Procedure[], registry: Registry): string[] {
  const plain = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
  const pick = (i: number) => definitions[(i * 7919) % definitions.length]!;
  const mix = [
    '',
    'q=khai+sinh',
    `q=${encodeURIComponent(plain(pick(1).name.vi).split(' (')[0]!)}`,
    `q=${encodeURIComponent(pick(2).name.vi)}`,
    `q=${encodeURIComponent(pick(3).code)}`,
    'q=cap',
    'q=cap&page=3',
    'q=dang+ky',
    'q=giay+phep+xay+dung',
    'q=khong+co+thu+tuc+nay',
    `field=${registry.fields[0]!.id}`,
    'zeroFeeOnline=true',
    'onlineLevel=full&q=ho+tich',
    'pageSize=100',
    `q=${encodeURIComponent(`mau ${Math.ceil(definitions.length / 2)}`)}`,
  ];
  return mix.map((q) => `/api/catalog?${q}`);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const kb = (n: number) =>
  n >= 1_000_000 ? `${(n / 1_000_000).toFixed(2)} MB` : `${(n / 1000).toFixed(1)} KB`;

interface Row {
  size: number;
  searchRaw: number;
  searchGzip: number;
  indexRaw: number;
  buildMs: number;
  prepareMs: number;
  coldMs: number;
  p50: number;
  p99: number;
  pageGzip: number;
  pointerP50: number;
  pointerP99: number;
  pureP50: number;
  pureP99: number;
  requests: number;
}

async function main(): Promise<void> {
  const sizes = sizesFromArgs();
  const t = await createTestDeps({ overrides: { clock: { now: () => NOW } } });
  const rows: Row[] = [];
  try {
    for (const size of sizes) {
      const generated = generateCatalog(size, { seed: 11 });
      const catalog = contextOf(generated);
      const versions = generated.procedures.map((p) => versionOf(p.definition));
      const release = buildReleaseFiles(catalog, versions, DATE);
      const body = (path: string) => release.files.find((f) => f.path === path)!.body;
      const search = body('search.json');
      const index = body('index.json');

      const builds: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        JSON.stringify(buildSearchIndex(release.entries));
        builds.push(performance.now() - start);
      }
      const prepareStart = performance.now();
      const prepared = prepare('bench', JSON.parse(search));
      prepared.on(DATE);
      const prepareMs = performance.now() - prepareStart;

      // The real storage path: the search file stored by content, named by a release manifest made
      // current by its pointer (the layout publish writes, release-keys.ts).
      const releaseId = `bench-${size}-${Date.now()}`;
      const sha256 = createHash('sha256').update(search).digest('hex');
      const key = releaseKeys.object(sha256, 'search.json');
      await t.deps.releases.putObject(key, search, 'application/json');
      const manifest: ReleaseManifest = {
        releaseId,
        createdAt: NOW.toISOString(),
        createdBy: 'bench',
        digest: release.digest,
        feesAsOf: DATE,
        previous: null,
        procedures: versions.map((v) => ({ id: v.procedureId, version: v.version })),
        files: [{ path: 'search.json', bytes: Buffer.byteLength(search), sha256, key }],
      };
      await t.deps.releases.putObject(
        releaseKeys.manifest(releaseId),
        JSON.stringify(manifest),
        'application/json',
      );
      await t.deps.releases.setCurrentPointer({
        releaseId,
        publishedAt: NOW.toISOString(),
        digest: release.digest,
      });
      const paths = queryMix(
        versions.map((v) => v.definition),
        catalog.registry,
      );
      const releases = t.deps.releases;
      const pointerInMemory: AppDeps = {
        ...t.deps,
        releases: {
          getObject: (key) => releases.getObject(key),
          putObject: (key, value, type) => releases.putObject(key, value, type),
          setCurrentPointer: (pointer, options) => releases.setCurrentPointer(pointer, options),
          getCurrentPointer: async () => ({
            releaseId,
            publishedAt: NOW.toISOString(),
            digest: release.digest,
          }),
        },
      };
      /** Latencies of every path, ROUNDS times, sorted; `run` answers one path. */
      const latencies = async (run: (path: string) => Promise<unknown>) => {
        const times: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          for (const path of paths) {
            const start = performance.now();
            await run(path);
            times.push(performance.now() - start);
          }
        }
        return times.sort((a, b) => a - b);
      };
      const through = (app: ReturnType<typeof createFormsApp>) => async (path: string) => {
        const res = await app.request(path, { headers: { 'accept-encoding': 'gzip' } });
        if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
        return (await res.arrayBuffer()).byteLength;
      };
      const get = through(createFormsApp(t.deps));
      const coldStart = performance.now();
      const pageGzip = await get(paths[0]!);
      const coldMs = performance.now() - coldStart;
      for (const path of paths) await get(path); // warm every path once
      const times = await latencies(get);
      // The same through the app with the release pointer in memory (its caching is another part's).
      const cachedPointer = await latencies(through(createFormsApp(pointerInMemory)));
      // The same queries on the prepared index alone (no storage, no HTTP).
      const pure = await latencies((path) =>
        searchCatalog(
          pointerInMemory,
          parseCatalogQuery(Object.fromEntries(new URL(path, 'http://x').searchParams)),
        ),
      );

      builds.sort((a, b) => a - b);
      rows.push({
        size,
        searchRaw: Buffer.byteLength(search),
        searchGzip: gzipSync(search).length,
        indexRaw: Buffer.byteLength(index),
        buildMs: builds[2]!,
        prepareMs,
        coldMs,
        p50: percentile(times, 0.5),
        p99: percentile(times, 0.99),
        pageGzip,
        pointerP50: percentile(cachedPointer, 0.5),
        pointerP99: percentile(cachedPointer, 0.99),
        pureP50: percentile(pure, 0.5),
        pureP99: percentile(pure, 0.99),
        requests: times.length,
      });
      process.stderr.write(`search: ${size} procedures done\n`);
    }
  } finally {
    await t.stop();
  }
  print(rows);
}

function print(rows: Row[]): void {
  const growth = (i: number, f: (r: Row) => number) => {
    const prev = rows[i - 1];
    return prev ? ` (×${(f(rows[i]!) / f(prev)).toFixed(2)})` : '';
  };
  console.log(
    `### search (${rows[0]?.requests ?? 0} searches per size over a mix of 15 queries, in-process \`app.request\`, gzip)`,
  );
  console.log('');
  console.log(
    '| procedures | search.json raw | search.json gzip | index.json raw (read before) | build search.json | parse + prepare (once per release) | first search (cold) | search p50 | search p99 | same, pointer in memory p50 / p99 | index only p50 / p99 | default page, gzip |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  rows.forEach((r, i) => {
    console.log(
      `| ${r.size}${growth(i, (x) => x.size)} | ${kb(r.searchRaw)}${growth(i, (x) => x.searchRaw)} | ${kb(r.searchGzip)}${growth(i, (x) => x.searchGzip)} | ${kb(r.indexRaw)}${growth(i, (x) => x.indexRaw)} | ${ms(r.buildMs)} ms${growth(i, (x) => x.buildMs)} | ${ms(r.prepareMs)} ms${growth(i, (x) => x.prepareMs)} | ${ms(r.coldMs)} ms | ${ms(r.p50)} ms${growth(i, (x) => x.p50)} | ${ms(r.p99)} ms${growth(i, (x) => x.p99)} | ${ms(r.pointerP50)} / ${ms(r.pointerP99)} ms${growth(i, (x) => x.pointerP99)} | ${ms(r.pureP50)} / ${ms(r.pureP99)} ms${growth(i, (x) => x.pureP99)} | ${kb(r.pageGzip)} |`,
    );
  });
}

await main();
