/**
 * Catalog publishing at scale, against DynamoDB Local and s3rver (the real SDK, commands counted on
 * the real clients). For each size, a generated catalog is seeded as published versions, then:
 * - cold: the first full build (what the publish job runs), objects written;
 * - one change: a procedure gets a new published version, then publish — from a fresh container
 *   (new clients, nothing cached), so it reads the manifest and index like a cold Lambda would;
 * - no-op: publish again from a fresh container (reads: revision, pointer, manifest) and from the
 *   same one (manifest cached);
 * - after a draft edit: the revision moved but nothing published changed — the check path;
 * - manifest and index bytes; growth from size to size.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlatform } from '../../../../functions/composition/build-deps';
import type { Procedure } from '../../../../functions/core/types';
import { seedPublisher } from '../../../../functions/local/seed-all';
import { seedCatalog } from '../../../../functions/local/seed-catalog';
import { readCatalogData, seedCatalogData } from '../../../../functions/local/seed-catalog-data';
import type { AppDeps } from '../../../../functions/ports';
import { publishCatalog } from '../../../../functions/use-cases/publish/publish-catalog';
import { countCommands } from '../../../support/count-commands';
import { startLocalAws } from '../../../support/local-aws';
import { createTestDeps, type TestPlatform } from '../../../support/test-deps';
import { generateCatalog, writeCatalog } from '../generate-catalog';
import { growth, parseSizes } from '../sizes';

interface Measure {
  seconds: number;
  /** CPU seconds of this process (user + system) — s3rver runs in it, DynamoDB Local does not. */
  cpuSeconds: number;
  changed: boolean;
  built: number;
  puts: number;
  s3Reads: number;
  dynamoCalls: number;
}

interface Row {
  size: number;
  seedSeconds: number;
  cold: Measure;
  oneChange: Measure;
  noOpFresh: Measure;
  noOpWarm: Measure;
  afterDraft: Measure;
  manifestBytes: number;
  indexBytes: number;
}

async function measure(target: { deps: AppDeps; clients: TestPlatform['clients'] }): Promise<Measure> {
  const commands = countCommands(target);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await publishCatalog(target.deps, seedPublisher);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  commands.remove();
  return {
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    changed: result.changed,
    built: result.stats.built,
    puts: commands.of('s3', 'PutObjectCommand'),
    s3Reads: commands.of('s3', 'GetObjectCommand'),
    dynamoCalls: commands.of('dynamodb'),
  };
}

/** A new container on the same tables and buckets: new clients, empty per-store caches. */
const containers: ReturnType<typeof buildPlatform>[] = [];
function freshContainer(env: TestPlatform) {
  const platform = buildPlatform(env.config, { verifier: env.deps.verifier });
  containers.push(platform);
  return platform;
}

/** Commits `version` of `id` as the store's new version (published, or a draft). */
async function commitVersion(deps: AppDeps, id: string, status: 'published' | 'draft') {
  const head = (await deps.procedures.getHead(id))!;
  const base = (await deps.procedures.getVersion(id, head.latestVersion))!;
  const at = new Date().toISOString();
  const definition = structuredClone(base.definition) as Procedure;
  definition.keywords = [...(definition.keywords ?? []), `thay đổi ${head.latestVersion + 1}`];
  const version = head.latestVersion + 1;
  await deps.procedures.commit({
    version: {
      ...base,
      version,
      status,
      definition,
      revision: 1,
      createdAt: at,
      updatedAt: at,
      publishedAt: at,
    },
    versionRevision: null,
    head: {
      ...head,
      latestVersion: version,
      publishedVersion: status === 'published' ? version : head.publishedVersion,
      revision: head.revision + 1,
      updatedAt: at,
    },
    headRevision: head.revision,
    audit: { at, actor: 'bench', action: `procedure.${status}`, entity: `procedure:${id}` },
  });
}

const aws = await startLocalAws();
const rows: Row[] = [];
try {
  for (const size of parseSizes(process.argv.slice(2))) {
    const env = await createTestDeps({ aws });
    const dir = mkdtempSync(join(tmpdir(), `scale-publish-${size}-`));
    try {
      const catalog = generateCatalog(size);
      writeCatalog(dir, catalog);
      const seedStarted = performance.now();
      await seedCatalogData(env.deps, readCatalogData(dir));
      await seedCatalog(
        env.deps,
        catalog.procedures.map((p) => p.definition as unknown as Procedure),
      );
      const seedSeconds = (performance.now() - seedStarted) / 1000;

      const cold = await measure(env);
      const ids = catalog.procedures.map((p) => String(p.definition.id));
      await commitVersion(env.deps, ids[Math.floor(ids.length / 2)]!, 'published');
      const oneChange = await measure(freshContainer(env));
      const noOpFresh = await measure(freshContainer(env));
      const warm = freshContainer(env);
      await publishCatalog(warm.deps, seedPublisher);
      const noOpWarm = await measure(warm);
      await commitVersion(env.deps, ids[1]!, 'draft');
      const afterDraft = await measure(warm);

      const pointer = (await env.deps.releases.getCurrentPointer())!;
      const manifestText = (await env.deps.releases.getObject(
        `releases/${pointer.releaseId}/manifest.json`,
      ))!;
      const manifest = JSON.parse(manifestText) as { files: { path: string; bytes: number }[] };
      rows.push({
        size,
        seedSeconds,
        cold,
        oneChange,
        noOpFresh,
        noOpWarm,
        afterDraft,
        manifestBytes: Buffer.byteLength(manifestText),
        indexBytes: manifest.files.find((f) => f.path === 'index.json')!.bytes,
      });
      if (
        !cold.changed ||
        !oneChange.changed ||
        noOpFresh.changed ||
        noOpWarm.changed ||
        afterDraft.changed
      ) {
        throw new Error(`size ${size}: a publish changed (or did not) unexpectedly`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      for (const c of containers.splice(0)) {
        c.clients.dynamodb.destroy();
        c.clients.s3.destroy();
      }
      await env.stop();
    }
  }
} finally {
  await aws.stop();
}

const s = (m: Measure) => m.seconds.toFixed(2);
console.log(
  '| procedures | seed s | cold publish s (built, objects written) | growth | cold CPU s | growth | one change s (built, PUTs, S3 GETs, DynamoDB calls) | growth | no-op s fresh / warm (S3 GETs, DynamoDB calls, PUTs) | growth | after a draft edit s (DynamoDB calls, PUTs) | manifest KB | index KB | growth |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
rows.forEach((r, i) => {
  const p = rows[i - 1];
  console.log(
    `| ${r.size} | ${r.seedSeconds.toFixed(1)} | ${s(r.cold)} (${r.cold.built}, ${r.cold.puts}) | ${growth(r.cold.seconds, p?.cold.seconds)} | ${r.cold.cpuSeconds.toFixed(2)} | ${growth(r.cold.cpuSeconds, p?.cold.cpuSeconds)} | ${s(r.oneChange)} (${r.oneChange.built}, ${r.oneChange.puts}, ${r.oneChange.s3Reads}, ${r.oneChange.dynamoCalls}) | ${growth(r.oneChange.seconds, p?.oneChange.seconds)} | ${s(r.noOpFresh)} / ${s(r.noOpWarm)} (${r.noOpFresh.s3Reads}, ${r.noOpFresh.dynamoCalls}, ${r.noOpFresh.puts}) | ${growth(r.noOpFresh.seconds, p?.noOpFresh.seconds)} | ${s(r.afterDraft)} (${r.afterDraft.dynamoCalls}, ${r.afterDraft.puts}) | ${(r.manifestBytes / 1024).toFixed(0)} | ${(r.indexBytes / 1024).toFixed(0)} | ${growth(r.indexBytes, p?.indexBytes)} |`,
  );
});
